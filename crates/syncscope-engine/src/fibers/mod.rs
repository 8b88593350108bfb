//! Goroutines M:N, as Go's runtime runs them: each goroutine is a fiber, a coroutine with a
//! small stack of its own (`stacks`), and one OS thread from the pool, the run's machine,
//! plays every fiber of the run. The scheduler (`sched`) still says whose turn it is; a
//! goroutine that has to wait for it parks its fiber here, and whoever gives it the turn
//! wakes it, so a hand-off is a switch of stacks on one thread, not a futex between two.
//!
//! One machine a run is enough: only the goroutine holding the turn runs code (processors
//! beside it are played in virtual time, see `sched::parallel`), and the only waits that
//! hold a thread are that goroutine's own: for the wall clock, a pause, the viewer.
//!
//! What each goroutine's thread used to keep for itself (its draws, its stack's limit) goes
//! with its fiber (`locals`): a fiber that parks takes it along.

mod held;
mod locals;
mod packed;
mod stacks;

use corosensei::Yielder;
use std::cell::Cell;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use syncscope_program::event::Gid;

/// What a goroutine runs: its whole life, from its first turn to its exit.
pub(crate) type Job = Box<dyn FnOnce() + Send>;

thread_local! {
    /// The fiber running on this thread, if one is: where `park` suspends to.
    static CURRENT: Cell<*const Yielder<(), ()>> = const { Cell::new(std::ptr::null()) };
    /// Where the last fiber to park on this thread had its `park` frame, for the machine to
    /// pack its stack from (`packed`).
    static PARKED_AT: Cell<usize> = const { Cell::new(0) };
    /// Whether the last fiber to park on this thread waits for others (blocked), so may wait
    /// long, rather than for its turn, which comes soon: only the first kind is packed.
    static PARKED_BLOCKED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the calling code runs on a fiber (a goroutine's), not on a thread's own stack.
pub(crate) fn on_a_fiber() -> bool {
    !CURRENT.get().is_null()
}

/// One run's fibers as the threads that start, park and wake them see them.
#[derive(Default)]
pub(crate) struct Fibers {
    board: Mutex<Board>,
    /// The machine waits here for a fiber to start or to wake.
    changed: Condvar,
    /// How many parked fibers the machine holds packed, as it last said.
    #[cfg(test)]
    packed: std::sync::atomic::AtomicUsize,
}

#[derive(Default)]
struct Board {
    /// Goroutines to start, in the order they were made or woken.
    new: VecDeque<(Gid, Job)>,
    /// Goroutines that start when first woken, which is when they get their first turn: until
    /// then they take no stack, so a million may wait to run.
    unstarted: HashMap<Gid, Job>,
    /// Parked fibers woken, in the order they were.
    ready: VecDeque<Gid>,
    /// Parked fibers, with the time they wake at by themselves, if they do.
    parked: HashMap<Gid, Option<Instant>>,
    /// The parked fibers that wake by themselves, soonest first.
    timed: BTreeSet<(Instant, Gid)>,
    /// Wake-ups of fibers that were not parked: their next park returns at once.
    woken: HashSet<Gid>,
    /// Fibers started or to be started that have not returned.
    alive: usize,
    /// The run is cancelled (`wake_all`): a goroutine started from now on starts at once and
    /// no fiber parks, so that each finds the run over and returns.
    closing: bool,
    /// A machine plays the fibers now.
    machine: bool,
    /// The machine waits on `changed`.
    waiting: bool,
}

/// What the machine does next.
enum Next {
    Start(Gid, Job),
    Resume(Gid),
}

impl Fibers {
    fn board(&self) -> MutexGuard<'_, Board> {
        self.board.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Goroutine `g` starts on a fiber of its own: at once if the machine waits, or when it
    /// next stops; a machine from the pool is started if none plays the run's fibers.
    pub(crate) fn spawn(self: &Arc<Self>, g: Gid, job: Job) -> Result<(), String> {
        self.add(g, job, true)
    }

    /// Goroutine `g`, whose `job` begins by waiting for its turn, starts on a fiber when it is
    /// first woken.
    pub(crate) fn spawn_unstarted(self: &Arc<Self>, g: Gid, job: Job) -> Result<(), String> {
        self.add(g, job, false)
    }

    fn add(self: &Arc<Self>, g: Gid, job: Job, now: bool) -> Result<(), String> {
        let mut board = self.board();
        board.alive += 1;
        if now || board.closing {
            board.new.push_back((g, job));
        } else {
            board.unstarted.insert(g, job);
        }
        if board.machine {
            self.poke(&board);
            return Ok(());
        }
        board.machine = true;
        drop(board);
        let fibers = self.clone();
        crate::pool::global()
            .spawn(move || fibers.play())
            .inspect_err(|_| {
                let mut board = self.board();
                board.machine = false;
                board.alive -= 1;
                board.unstarted.remove(&g);
                board.new.retain(|(other, _)| *other != g);
            })
    }

    fn poke(&self, board: &Board) {
        if board.waiting {
            self.changed.notify_one();
        }
    }

    /// `g` may go on: its fiber is resumed if parked, or its next park returns at once.
    pub(crate) fn wake(&self, g: Gid) {
        let mut board = self.board();
        if let Some(job) = board.unstarted.remove(&g) {
            board.new.push_back((g, job));
            self.poke(&board);
            return;
        }
        match board.parked.remove(&g) {
            Some(at) => {
                if let Some(at) = at {
                    board.timed.remove(&(at, g));
                }
                board.ready.push_back(g);
                self.poke(&board);
            }
            None => {
                board.woken.insert(g);
            }
        }
    }

    /// Every parked fiber is resumed, and every one not started starts, to find its run
    /// cancelled; so does every one started or parking from now on.
    pub(crate) fn wake_all(&self) {
        let mut board = self.board();
        board.closing = true;
        let parked: Vec<Gid> = board.parked.drain().map(|(g, _)| g).collect();
        board.timed.clear();
        board.ready.extend(parked);
        let unstarted: Vec<(Gid, Job)> = board.unstarted.drain().collect();
        board.new.extend(unstarted);
        self.poke(&board);
    }

    /// The running fiber, goroutine `me`, is about to park until woken, or until `timeout`
    /// has passed: false if a wake-up came first and it goes on at once. The caller then
    /// lets go of what others need to wake it and calls `park`.
    pub(crate) fn enlist(&self, me: Gid, timeout: Option<Duration>) -> bool {
        let mut board = self.board();
        if board.closing || board.woken.remove(&me) {
            return false;
        }
        let at = timeout.map(|t| Instant::now() + t);
        board.parked.insert(me, at);
        if let Some(at) = at {
            board.timed.insert((at, me));
        }
        true
    }

    /// How many fibers are parked now.
    #[cfg(test)]
    pub(crate) fn parked(&self) -> usize {
        self.board().parked.len()
    }

    /// The machine's part: starts and resumes the run's fibers one at a time, on the calling
    /// thread, until every one has returned.
    fn play(&self) {
        let mut held = held::Held::default();
        while let Some(next) = self.next() {
            let g = match next {
                Next::Start(g, job) => {
                    held.start(g, job);
                    g
                }
                Next::Resume(g) => g,
            };
            let returned = held.run(g);
            #[cfg(test)]
            self.packed
                .store(held.packed(), std::sync::atomic::Ordering::Relaxed);
            if returned {
                let mut board = self.board();
                board.alive -= 1;
                board.woken.remove(&g);
            }
        }
    }

    /// The next fiber to start or resume; none once every fiber has returned, and the run
    /// has no machine then.
    fn next(&self) -> Option<Next> {
        let mut board = self.board();
        loop {
            if let Some((g, job)) = board.new.pop_front() {
                return Some(Next::Start(g, job));
            }
            if let Some(g) = board.ready.pop_front() {
                return Some(Next::Resume(g));
            }
            if board.alive == 0 {
                board.machine = false;
                return None;
            }
            board.waiting = true;
            board = match board.timed.first().copied() {
                Some((at, g)) => {
                    let now = Instant::now();
                    if at <= now {
                        board.timed.remove(&(at, g));
                        board.parked.remove(&g);
                        board.ready.push_back(g);
                        board.waiting = false;
                        continue;
                    }
                    self.changed
                        .wait_timeout(board, at - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                None => self.changed.wait(board).unwrap_or_else(|e| e.into_inner()),
            };
            board.waiting = false;
        }
    }
}

/// The running fiber, enlisted (`Fibers::enlist`), parks: the machine goes on with another
/// until this one is woken. What the goroutine keeps on its thread goes with it. `blocked`:
/// it waits for others, not for a turn that comes soon.
pub(crate) fn park(blocked: bool) {
    let yielder = CURRENT.get();
    assert!(!yielder.is_null(), "a park outside a fiber");
    let saved = locals::save();
    PARKED_BLOCKED.set(blocked);
    // SAFETY: `CURRENT` is the yielder of the fiber running on this thread, set by the fiber
    // itself, and valid while the fiber lives; the fiber is suspended here and resumed by
    // the machine that started it.
    suspend_marked(unsafe { &*yielder });
    CURRENT.set(yielder);
    locals::restore(saved);
}

/// Suspends the running fiber, saying where this frame is (`PARKED_AT`). Every suspension
/// goes through this one function, so the switch writes the same depth below its frame
/// each time, which `packed` measures once.
#[inline(never)]
fn suspend_marked(yielder: &Yielder<(), ()>) {
    let marker = 0u8;
    PARKED_AT.set(std::hint::black_box(&marker) as *const u8 as usize);
    yielder.suspend(());
}

#[cfg(test)]
mod tests;

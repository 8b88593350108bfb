//! One run's scheduler and virtual clock: the goroutines take turns on one processor,
//! as Go's do under `GOMAXPROCS=1`, and every event is stamped here.
//!
//! The rules are Go's (src/runtime/proc.go), at the level a person can see:
//! - The goroutine that runs goes on until it blocks, sleeps, yields or returns. Code between
//!   those points takes no virtual time, so "the same instant" means "before the running
//!   goroutine stops".
//! - A goroutine made ready (started by `go`, woken by an unlock, a `Done` or a timer) takes the
//!   `runnext` slot and runs next; the one it displaces goes to the back of the run queue,
//!   which holds 256 and spills into a global queue (see `runq`).
//! - When nothing can run, virtual time moves to the next timer and every timer due then fires,
//!   in the order the sleeps began. Instant pacing moves at once; real time waits for the wall
//!   clock. Either way the same goroutines run in the same order at the same virtual times.
//! - Nothing runnable and no timer left: Go's "all goroutines are asleep" deadlock.
//!
//! Each goroutine is a fiber that parks until it gets the turn (see `fibers`), so a hand-off
//! wakes exactly one goroutine.

mod control;
#[cfg(test)]
pub(crate) mod on_fiber;
mod outbox;
mod pace;
mod parallel;
mod procs;
mod runq;
mod runtime;
mod starts;
mod stream;
#[cfg(test)]
mod tests;
mod timers;
mod touches;
mod turns;

pub use pace::Pacing;
pub use procs::{Claim, Claimed, SLICE_US};
pub(crate) use starts::{Spawn, Spawned};
pub use stream::{Break, Breaks};
pub use timers::Stamp;
pub(crate) use turns::Wait;

use crate::channel::{BATCH, Batch, EventSink};
use crate::fibers::{self, Fibers};
use pace::Pace;
use procs::{Procs, Wake};
use runq::RunQueue;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use syncscope_program::event::{Ending, EventKind, Gid, MAX_STEPS, event_budget};

/// Why a blocking call returned without doing its job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// The run was cancelled (restart or quit); unwind quietly.
    Cancelled,
    /// A Go panic or fatal error, with Go's words.
    Panic(String),
    /// The program exits with this status (`log.Fatal`): the run ends at once, no deferred
    /// call run.
    Exit(i32),
    /// `runtime.Goexit()`: the goroutine ends, each frame's deferred calls run on the way.
    Goexit,
}

struct State {
    /// Virtual time in nanoseconds: code's cost is counted in them (see `cost`).
    now_ns: u64,
    pace: Pace,
    running: Option<Gid>,
    queue: RunQueue,
    /// Goroutines whose park on a processor has ended: they run before anyone else.
    resumed: std::collections::VecDeque<Gid>,
    /// When an idle processor, woken because a goroutine became ready, is up to take it
    /// (see `parallel`).
    idle_up_at: u64,
    /// The goroutine that had the turn parked on its processor: the next one runs on
    /// another, which steals from the queue's front rather than taking `runnext`.
    stealing: bool,
    /// The time of the last event stamped: a park's end can fall inside the statement that
    /// made another goroutine park, so stamps are kept from going back.
    last_at_ns: u64,
    /// Sleeps and compute slices by (wake-up time, order they began).
    timers: BTreeMap<(u64, u64), (Gid, Wake)>,
    /// The keys of each blocked goroutine's claims in `timers` (some may have fired).
    claim_keys: std::collections::HashMap<Gid, Vec<(u64, u64)>>,
    procs: Procs,
    timer_seq: u64,
    /// Scheduling points so far: Go's runtime runs its due timers at each, so a timer set
    /// for now fires at the next one, never inside the goroutine that set it.
    points: u64,
    /// Goroutines started and not yet returned.
    live: usize,
    /// main called `runtime.Goexit`: the run goes on without it, until no goroutine is left.
    main_goexited: bool,
    breaks: Breaks,
    /// Whether the first lost update and the first lock wait have happened.
    seen: Breaks,
    /// The event the run paused itself at, and why.
    hit: Option<(u64, Break)>,
    /// `End` or a cancel was the last word: later reports are dropped.
    ended: bool,
    seq: u64,
    /// Events not sent yet: they go out when the batch is full, when the run waits for the
    /// wall clock or a pause, and at its end; a batch per hand-off would wake the viewer for
    /// every few events.
    pending: Batch,
}

impl State {
    /// The time of the next wake-up, if nothing runs and `me` owns it.
    fn keeper_due(&self, me: Gid) -> Option<u64> {
        let (&(due, _), &(owner, _)) = self.timers.first_key_value()?;
        (self.running.is_none() && owner == me).then_some(due)
    }
}

pub struct Sched {
    run: u32,
    state: Mutex<State>,
    /// The goroutines' fibers, and the machine that plays them.
    fibers: Arc<Fibers>,
    cancelled: AtomicBool,
    /// The pause, readable without the lock at every step.
    paused: AtomicBool,
    /// More than one processor and code that takes time: code on one processor runs beside
    /// code on another (see `parallel`).
    parallel: AtomicBool,
    /// Code takes time (see `cost`): timers due close together wake as one batch.
    costed: AtomicBool,
    /// Statements executed so far, against `statements`.
    steps: AtomicU64,
    /// The most statements the run executes.
    statements: AtomicU64,
    /// The events this run may make: the budget, or fewer once the viewer says the run's
    /// history is full (`stop_at_budget`).
    budget: AtomicU64,
    sink: EventSink,
}

impl Sched {
    /// A run on `procs` processors, in which `main` has the turn.
    pub fn new(run: u32, pacing: Pacing, speed: f64, procs: usize, sink: EventSink) -> Sched {
        Sched {
            run,
            state: Mutex::new(State {
                now_ns: 0,
                pace: Pace::new(pacing, speed),
                running: Some(Gid::MAIN),
                queue: RunQueue::at_main(),
                resumed: std::collections::VecDeque::new(),
                last_at_ns: 0,
                idle_up_at: 0,
                stealing: false,
                timers: BTreeMap::new(),
                claim_keys: std::collections::HashMap::new(),
                procs: Procs::new(procs),
                timer_seq: 0,
                points: 0,
                live: 1,
                main_goexited: false,
                breaks: Breaks::default(),
                seen: Breaks::default(),
                hit: None,
                ended: false,
                seq: 0,
                pending: Vec::with_capacity(BATCH),
            }),
            fibers: Arc::default(),
            cancelled: AtomicBool::new(false),
            paused: AtomicBool::new(false),
            parallel: AtomicBool::new(false),
            costed: AtomicBool::new(false),
            steps: AtomicU64::new(0),
            statements: AtomicU64::new(MAX_STEPS),
            budget: AtomicU64::new(event_budget() as u64),
            sink,
        }
    }

    /// The state, the caller's cost not yet turned into time.
    fn lock_as_is(&self) -> MutexGuard<'_, State> {
        // A panicking goroutine must not take the whole run down with a poisoned lock.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        let mut st = self.lock_as_is();
        // The goroutine holding the turn has run since it last looked: what its code cost is
        // time now, before it changes anything another goroutine sees.
        if outbox::holds(self.owner()) {
            // Never past another processor's next move: what is left is owed until the
            // goroutine next lets the others catch up (see `parallel`).
            let room = match self.parallel.load(Ordering::Relaxed) {
                true => st
                    .procs
                    .earliest_release()
                    .map_or(u64::MAX, |at| at.saturating_sub(st.now_ns)),
                false => u64::MAX,
            };
            let spent = crate::cost::take_ns(room);
            if spent > 0 {
                st.now_ns += spent;
                outbox::rebase(self.owner(), st.now_ns);
            }
        }
        st
    }

    fn notify(&self, g: Gid) {
        self.fibers.wake(g);
    }

    /// Goroutine `g` starts on a fiber of the run's at once, running `job`: its whole life,
    /// which waits for its turn (`first_turn`) unless it has it, and ends with `exit`.
    pub(crate) fn start(&self, g: Gid, job: fibers::Job) -> Result<(), String> {
        self.fibers.spawn(g, job)
    }

    /// Goroutine `g` starts on a fiber when it first gets the turn; till then it takes only
    /// what `job` holds.
    pub(crate) fn start_waiting(&self, g: Gid, job: fibers::Job) -> Result<(), String> {
        self.fibers.spawn_unstarted(g, job)
    }

    /// Virtual time now: exact while a goroutine runs, moving with the wall clock (up to the
    /// next wake-up) while every goroutine waits.
    pub fn now_us(&self) -> u64 {
        let st = self.lock();
        let idle = match (st.running, st.timers.first_key_value()) {
            (None, Some((&(due, _), _))) => st.pace.idle_us().min((due - st.now_ns) / 1000),
            _ => 0,
        };
        st.now_ns / 1000 + idle
    }

    /// Virtual time as the running goroutine sees it.
    pub(crate) fn exact_now_us(&self) -> u64 {
        self.lock().now_ns / 1000
    }

    /// This scheduler's identity for the outboxes of the goroutines it plays (see `outbox`).
    fn owner(&self) -> usize {
        std::ptr::from_ref(self) as usize
    }

    /// The running goroutine starts a step: reported, then held while the run is paused.
    pub(crate) fn step(&self, me: Gid, kind: EventKind) -> Result<(), Stop> {
        // Only the goroutine holding the turn steps, and turns pass under the scheduler's
        // lock: a load and a store count exactly, without a locked add at every statement.
        let steps = self.steps.load(Ordering::Relaxed);
        self.steps.store(steps + 1, Ordering::Relaxed);
        if steps >= self.statements.load(Ordering::Relaxed) {
            self.emit(me, EventKind::End(Ending::Budget));
            self.cancelled.store(true, Ordering::SeqCst);
            return Err(Stop::Cancelled);
        }
        self.interleave_within(me, parallel::LOOKAHEAD_NS)?;
        self.emit(me, kind);
        if self.is_cancelled() {
            return Err(Stop::Cancelled);
        }
        if crate::cost::turn_ns() >= SLICE_US * 1000 {
            self.preempt(me)?;
        }
        if !self.paused.load(Ordering::SeqCst) {
            return Ok(());
        }
        let mut st = self.lock();
        self.settle(&mut st, false);
        self.wait_turn(st, me, Wait::Ready)
    }
}

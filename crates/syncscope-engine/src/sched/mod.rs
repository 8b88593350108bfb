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

#[cfg(test)]
pub(crate) mod on_fiber;
mod outbox;
mod pace;
mod parallel;
mod procs;
mod runq;
mod runtime;
mod starts;
#[cfg(test)]
mod tests;
mod timers;
mod touches;

pub use pace::Pacing;
pub use procs::{Claim, Claimed, SLICE_US};
pub(crate) use starts::{Spawn, Spawned};
pub use timers::Stamp;

use crate::channel::{BATCH, Batch, EventSink};
use crate::fibers::{self, Fibers};
use pace::Pace;
use procs::{Procs, Wake};
use runq::RunQueue;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use syncscope_program::event::{
    Ending, Event, EventKind, Gid, LockAction, MAX_STEPS, event_budget,
};

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

/// Where the run pauses itself: the engine stops at the event, so that nothing after it runs
/// before the viewer sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Breaks {
    /// The first update lost to a racing append.
    pub lost_update: bool,
    /// The first lock call that has to wait.
    pub lock_wait: bool,
}

/// A break point the run stopped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Break {
    LostUpdate,
    LockWait,
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

/// Events that can end or hold the run at once go the locked way, in order.
fn stops_the_run(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::End(_)
            | EventKind::Store {
                overwrote: Some(_),
                ..
            }
            | EventKind::Lock {
                action: LockAction::Wait,
                ..
            }
    )
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

    /// Stamps and queues one event. The goroutine holding the turn keeps its events on its
    /// own thread (see `outbox`); anyone else, and the events that can stop a run (its end,
    /// the first lost update or lock wait at a break point), take the lock.
    pub fn emit(&self, who: Gid, kind: EventKind) {
        if self.is_cancelled() || !touches::fresh(&kind) {
            return;
        }
        crate::cost::charge(crate::cost::price_of(&kind));
        let kind = if stops_the_run(&kind) {
            kind
        } else {
            match outbox::push(self.owner(), who, kind, self.budget.load(Ordering::Relaxed)) {
                outbox::Pushed::Kept(waiting) if waiting < BATCH => {
                    // A turn's first event: goroutines that hand the turn on every few events
                    // never fill a batch in one, so they wait for the viewer here.
                    if waiting == 1 {
                        self.sink.wait_for_room(|| self.is_cancelled());
                    }
                    return;
                }
                outbox::Pushed::Kept(_) => {
                    self.settle(&mut self.lock(), false);
                    self.sink.wait_for_room(|| self.is_cancelled());
                    return;
                }
                outbox::Pushed::Refused(kind) => kind,
            }
        };
        let mut st = self.lock();
        self.settle(&mut st, false);
        self.emit_locked(&mut st, who, kind);
        drop(st);
        self.sink.wait_for_room(|| self.is_cancelled());
    }

    /// The calling thread's waiting events join the run's stream, in order, with their
    /// sequence numbers; with `close`, its turn is over. A run that has ended takes no more.
    fn settle(&self, st: &mut State, close: bool) {
        // When nothing else waits to be sent, the buffers trade places: no copy.
        let spare = if st.pending.is_empty() {
            std::mem::take(&mut st.pending)
        } else {
            Vec::new()
        };
        let mut events = outbox::take(self.owner(), st.seq, close, spare);
        if st.ended || events.is_empty() {
            return;
        }
        for event in &mut events {
            event.seq = st.seq;
            st.seq += 1;
            event.at_ns = event.at_ns.max(st.last_at_ns);
            st.last_at_ns = event.at_ns;
        }
        if st.pending.is_empty() {
            st.pending = events;
        } else {
            st.pending.append(&mut events);
        }
        if st.pending.len() >= BATCH {
            self.flush(st);
        }
    }

    fn emit_locked(&self, st: &mut State, who: Gid, mut kind: EventKind) {
        if st.ended {
            return;
        }
        // The last event a run may make says why it ends there. Its goroutines stop at their
        // next turn; whoever watches the run cancels it on its end, as on any other.
        if st.seq + 1 >= self.budget.load(Ordering::Relaxed) && !matches!(kind, EventKind::End(_)) {
            kind = EventKind::End(Ending::Budget);
            self.cancelled.store(true, Ordering::SeqCst);
        }
        self.check_breaks(st, &kind);
        let end = matches!(kind, EventKind::End(_));
        st.ended |= end;
        st.last_at_ns = st.last_at_ns.max(st.now_ns);
        let event = Event {
            run: self.run,
            seq: st.seq,
            at_ns: st.last_at_ns,
            who,
            kind,
        };
        st.seq += 1;
        st.pending.push(event);
        if end || st.pending.len() >= BATCH {
            self.flush(st);
        }
    }

    fn check_breaks(&self, st: &mut State, kind: &EventKind) {
        let (seen, armed, hit) = match kind {
            EventKind::Store {
                overwrote: Some(_), ..
            } => (
                &mut st.seen.lost_update,
                st.breaks.lost_update,
                Break::LostUpdate,
            ),
            EventKind::Lock {
                action: LockAction::Wait,
                ..
            } => (&mut st.seen.lock_wait, st.breaks.lock_wait, Break::LockWait),
            _ => return,
        };
        if !std::mem::replace(seen, true) && armed {
            st.hit = Some((st.seq, hit));
            st.pace.set_paused(true);
            self.paused.store(true, Ordering::SeqCst);
        }
    }

    fn flush(&self, st: &mut State) {
        if !st.pending.is_empty() {
            let batch = std::mem::replace(&mut st.pending, self.sink.spare());
            self.sink.send(batch);
        }
    }

    /// The most statements the run executes before it stops at its budget.
    pub(crate) fn set_statements(&self, statements: u64) {
        self.statements.store(statements, Ordering::Relaxed);
    }

    /// The run ends at its budget with its next event, as one that made too many events
    /// does: the viewer says so when the run's history has grown past what it may hold.
    pub fn stop_at_budget(&self) {
        self.budget.store(0, Ordering::Relaxed);
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

    /// The running goroutine has run for Go's preemption period: as Go's `sysmon` does, it is
    /// preempted to the global queue if anyone else is ready to run (a timer due by now
    /// included), and goes on otherwise.
    fn preempt(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        if st
            .timers
            .first_key_value()
            .is_some_and(|(k, _)| k.0 <= st.now_ns)
        {
            let now = st.now_ns;
            self.fire(&mut st, now, false);
        }
        if st.queue.goroutines().next().is_none() {
            crate::cost::restart_turn();
            return Ok(());
        }
        st.queue.preempt(me);
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Ready)
    }

    /// `go`: `child` is ready and runs when the caller stops (Go's `runnext`).
    pub(crate) fn go(&self, child: Gid) {
        let mut st = self.lock();
        st.live += 1;
        let alone = st.queue.goroutines().next().is_none();
        st.queue.ready(child);
        self.wake_idle(&mut st, alone);
        // Where code takes time, a goroutine is runnable until a processor takes it up.
        if self.costed.load(Ordering::Relaxed) {
            // After the `go` event the parent's outbox holds.
            self.settle(&mut st, false);
            self.mark_runnable(&mut st, child);
        }
    }

    /// A blocked goroutine may run again.
    pub(crate) fn ready(&self, g: Gid) {
        let mut st = self.lock();
        let alone = st.queue.goroutines().next().is_none();
        st.queue.ready(g);
        self.wake_idle(&mut st, alone);
    }

    /// A new goroutine's fiber waits here for its first turn.
    pub fn first_turn(&self, me: Gid) -> Result<(), Stop> {
        let st = self.lock();
        self.wait_turn(st, me, Wait::Ready)
    }

    /// The running goroutine blocks until someone makes it ready and it gets the turn.
    pub(crate) fn block(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Blocked)
    }

    /// Go's `goyield`: to the back of the queue, letting whoever is ready run first.
    pub(crate) fn yield_now(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        st.queue.push(me);
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Ready)
    }

    /// The running goroutine has returned for good.
    pub(crate) fn exit(&self, me: Gid) {
        let mut st = self.lock();
        st.live = st.live.saturating_sub(1);
        self.give_up(&mut st, me);
    }

    fn give_up(&self, st: &mut State, me: Gid) {
        self.settle(st, true);
        if st.running == Some(me) {
            st.running = None;
            self.dispatch(st);
        }
    }

    /// Gives the turn to the next goroutine; with none ready, moves time on or finds the
    /// deadlock.
    fn dispatch(&self, st: &mut State) {
        st.points += 1;
        let stealing = std::mem::take(&mut st.stealing);
        loop {
            // Timers already due fire before anyone runs, as Go's schedule runs them first.
            if st
                .timers
                .first_key_value()
                .is_some_and(|(k, _)| k.0 <= st.now_ns)
            {
                let now = st.now_ns;
                self.fire(st, now, false);
            }
            if let Some(g) = st.resumed.pop_front() {
                st.running = Some(g);
                self.notify(g);
                return;
            }
            if st.procs.free().is_none() {
                self.all_busy(st);
            } else if let Some(g) = if stealing {
                st.queue.steal()
            } else {
                st.queue.next()
            } {
                st.running = Some(g);
                self.on_turn(st, g);
                self.notify(g);
                return;
            }
            let Some((&(due, _), &(owner, _))) = st.timers.first_key_value() else {
                if st.live > 0 {
                    self.emit_locked(st, Gid::MAIN, EventKind::End(Ending::Deadlock));
                } else if st.main_goexited {
                    let words =
                        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!";
                    self.emit_locked(st, Gid::MAIN, EventKind::End(Ending::Panic(words.into())));
                }
                // Nothing can happen any more.
                self.flush(st);
                return;
            };
            if st.pace.pacing == Pacing::Instant && !st.pace.paused {
                self.fire(st, due, true);
                continue;
            }
            // The sleeper due first keeps the time: it waits for the wall clock, then fires.
            // What happened up to now goes out first: nothing more happens until then.
            self.flush(st);
            st.pace.go_idle();
            self.notify(owner);
            return;
        }
    }

    fn wait_turn<'a>(
        &'a self,
        mut st: MutexGuard<'a, State>,
        me: Gid,
        wait: Wait,
    ) -> Result<(), Stop> {
        loop {
            if self.is_cancelled() {
                return Err(Stop::Cancelled);
            }
            if st.running == Some(me) {
                if !st.pace.paused {
                    outbox::open(self.owner(), self.run, st.now_ns, st.seq);
                    return Ok(());
                }
                // Held by the pause: the viewer sees everything up to here.
                self.flush(&mut st);
            }
            if let Some(due) = st.keeper_due(me).filter(|_| !st.pace.paused) {
                let left = ((due - due.min(st.now_ns)) / 1000).saturating_sub(st.pace.idle_us());
                match st.pace.wait_for(left) {
                    None => {
                        self.fire(&mut st, due, true);
                        self.dispatch(&mut st);
                    }
                    Some(timeout) => st = self.park(st, me, Some(timeout), wait)?,
                }
                continue;
            }
            st = self.park(st, me, None, wait)?;
        }
    }

    /// Goroutine `me` parks its fiber until it is woken or `timeout` has passed; the state
    /// is locked again when it goes on.
    fn park<'a>(
        &'a self,
        st: MutexGuard<'a, State>,
        me: Gid,
        timeout: Option<Duration>,
        wait: Wait,
    ) -> Result<MutexGuard<'a, State>, Stop> {
        if !fibers::on_a_fiber() {
            return Err(Stop::Panic(format!(
                "{} goroutine {me} waits for its turn outside a fiber",
                crate::BUG
            )));
        }
        if !self.fibers.enlist(me, timeout) {
            return Ok(st);
        }
        drop(st);
        // What a goroutine's thread kept for it goes with its fiber (see `fibers`).
        let (outbox, touches) = (outbox::save(), touches::save());
        fibers::park(wait == Wait::Blocked);
        outbox::restore(outbox);
        touches::restore(touches);
        Ok(self.lock_as_is())
    }

    /// Wakes whoever has to look again: the running goroutine and the time keeper.
    fn nudge(&self, st: &State) {
        if let Some(g) = st.running {
            self.notify(g);
        }
        if let Some((_, &(owner, _))) = st.timers.first_key_value() {
            self.notify(owner);
        }
    }

    /// Whether code takes time (`RunInfo::cost`); set before the run starts.
    pub fn set_cost(&self, cost: bool) {
        let procs = self.lock_as_is().procs.count();
        self.costed.store(cost, Ordering::Relaxed);
        self.parallel.store(cost && procs > 1, Ordering::Relaxed);
    }

    pub fn set_speed(&self, speed: f64) {
        let mut st = self.lock();
        st.pace.set_speed(speed);
        self.nudge(&st);
    }

    pub fn set_paused(&self, paused: bool) {
        let mut st = self.lock();
        st.pace.set_paused(paused);
        self.paused.store(paused, Ordering::SeqCst);
        self.flush(&mut st);
        self.nudge(&st);
    }

    #[cfg(test)]
    pub(crate) fn parked_fibers(&self) -> usize {
        self.fibers.parked()
    }

    #[cfg(test)]
    fn is_paused(&self) -> bool {
        self.lock().pace.paused
    }

    pub fn set_breaks(&self, breaks: Breaks) {
        self.lock().breaks = breaks;
    }

    /// The break point the run paused itself at event `seq`, if it did.
    pub fn break_at(&self, seq: u64) -> Option<Break> {
        self.lock()
            .hit
            .and_then(|(at, hit)| (at == seq).then_some(hit))
    }

    pub(crate) fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }

    /// Ends the run: every goroutine returns `Stop::Cancelled` at its next turn, sleeping or
    /// blocked ones at once. The stream ends here too: a cancelled waiter leaves without an
    /// event, so what the others did after it would not be a faithful run.
    pub(crate) fn cancel(&self) {
        let mut st = self.lock();
        st.ended = true;
        self.cancelled.store(true, Ordering::SeqCst);
        self.flush(&mut st);
        drop(st);
        self.fibers.wake_all();
    }
}

/// How a goroutine waits for its turn: ready to run, soon (a preemption, a yield, the other
/// processor's turn), or blocked until someone readies it, for as long as the program says.
/// Only a blocked one's fiber is worth packing away (see `fibers`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    Ready,
    Blocked,
}

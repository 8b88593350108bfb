//! Processors: Go's Ps, `GOMAXPROCS` of them. Code needs one to run; code between blocking
//! points takes no virtual time, so what holds a P for a while is CPU work (`compute`). The
//! rules are Go's (src/runtime/proc.go):
//! - A goroutine computes on its P in slices of 10 ms, Go's preemption period
//!   (`forcePreemptNS`); at a slice's end it goes on if nobody is waiting for a P, and is
//!   preempted to the global run queue if someone is.
//! - A goroutine made ready while every P computes is `runnable`: it waits in the run queue
//!   until a P is free.
//! - Sleeping and blocking need no P, so they are free to overlap: concurrency without
//!   parallelism.

use super::Wait;
use super::{Sched, State, Stop};
use std::collections::HashSet;
use std::sync::atomic::Ordering;
use syncscope_program::event::{EventKind, Gid, State as GState};

/// Go's preemption period: a goroutine that has run this long is asked to stop.
pub const SLICE_US: u64 = 10_000;

/// What a timer does when it fires.
#[derive(Clone)]
pub(super) enum Wake {
    /// A sleep ends: the sleeper is ready.
    Sleep,
    /// A compute slice on processor `p` ends; `last` when the work is done.
    Slice { p: u16, last: bool },
    /// A goroutine parked on `p` ahead of the others (see `parallel`) goes on.
    Resume { p: u16 },
    /// A timer a blocked goroutine waits on as well as on something else (`time.After` in a
    /// `select`): it wakes the goroutine only if the claim wins, that is if nothing else has
    /// woken it first.
    Claim(Claim),
    /// A program's timer, due then: it wakes nobody, and keeps the run from counting as
    /// stuck until it is past.
    KeepAlive(Claim),
    /// A timer that starts a goroutine (`time.AfterFunc`'s).
    Spawn(super::Spawn),
}

/// Called when its timer fires, with the time, under the scheduler's lock: whether the
/// timer's waiter is to wake. It must take no lock that is held while calling into the
/// scheduler.
pub type Claim = std::sync::Arc<dyn Fn(u64) -> Claimed + Send + Sync>;

/// What a claim says when its timer fires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claimed {
    /// The waiter wakes.
    Won,
    /// It does not (something else woke it, or nothing will come this way).
    Lost,
    /// Not yet: another waiter took the value, or the timer was reset. Ask again then.
    Later(u64),
}

#[derive(Debug)]
pub(super) struct Procs {
    /// Who computes on each processor, or is parked on it running ahead (see `parallel`).
    slots: Vec<Option<Gid>>,
    /// When each occupied processor is released: the end of its slice or park.
    until: Vec<u64>,
    /// How many the program asks for (`runtime.GOMAXPROCS`): those above it finish their
    /// slice and take no more.
    target: usize,
    /// Goroutines reported `runnable`: ready while every P was busy.
    waiting: HashSet<Gid>,
}

impl Procs {
    pub(crate) fn new(procs: usize) -> Procs {
        Procs {
            slots: vec![None; procs.max(1)],
            until: vec![0; procs.max(1)],
            target: procs.max(1),
            waiting: HashSet::new(),
        }
    }

    /// A processor nobody computes on.
    pub(crate) fn free(&self) -> Option<u16> {
        self.slots
            .iter()
            .take(self.target)
            .position(Option::is_none)
            .and_then(|p| u16::try_from(p).ok())
    }

    /// How many processors nobody computes on.
    pub(crate) fn free_count(&self) -> usize {
        self.slots
            .iter()
            .take(self.target)
            .filter(|s| s.is_none())
            .count()
    }

    /// How many processors the program has now.
    pub(crate) fn count(&self) -> usize {
        self.target
    }

    /// `runtime.GOMAXPROCS(n)`: from now on `n` processors.
    pub(crate) fn set(&mut self, n: usize) {
        self.target = n.max(1);
        if self.slots.len() < self.target {
            self.slots.resize(self.target, None);
            self.until.resize(self.target, 0);
        }
    }

    /// `g` occupies `p` until `until`.
    pub(crate) fn hold(&mut self, p: u16, g: Gid, until: u64) {
        let p = usize::from(p);
        if let (Some(slot), Some(end)) = (self.slots.get_mut(p), self.until.get_mut(p)) {
            *slot = Some(g);
            *end = until;
        }
    }

    /// Nobody occupies `p` any more.
    pub(crate) fn release(&mut self, p: u16) {
        if let Some(slot) = self.slots.get_mut(usize::from(p)) {
            *slot = None;
        }
    }

    /// When the first occupied processor is released.
    pub(crate) fn earliest_release(&self) -> Option<u64> {
        self.slots
            .iter()
            .zip(&self.until)
            .filter(|(s, _)| s.is_some())
            .map(|(_, &u)| u)
            .min()
    }
}

impl Sched {
    /// `runtime.GOMAXPROCS(n)` by the running goroutine: `n` processors from now on, and
    /// whoever waited for one may run.
    pub(crate) fn set_procs(&self, me: Gid, n: u32) {
        let mut st = self.lock();
        self.settle(&mut st, false);
        st.procs.set(n as usize);
        let costed = self.costed.load(Ordering::Relaxed);
        self.parallel.store(costed && n > 1, Ordering::Relaxed);
        self.emit_locked(&mut st, me, EventKind::SetProcs(n));
    }

    /// CPU work for `us` microseconds of virtual time, on a processor for all of it.
    pub(crate) fn compute(&self, me: Gid, us: u64) -> Result<(), Stop> {
        let mut left = us;
        while left > 0 {
            if self.is_cancelled() {
                return Err(Stop::Cancelled);
            }
            let mut st = self.lock();
            self.settle(&mut st, false);
            // The turn comes with a free processor (see `dispatch`), unless the program has
            // just lowered GOMAXPROCS under the busy ones: then it waits for one.
            let Some(p) = st.procs.free() else {
                st.queue.preempt(me);
                self.mark_runnable(&mut st, me);
                self.give_up(&mut st, me);
                self.wait_turn(st, me, Wait::Ready)?;
                continue;
            };
            let slice = left.min(SLICE_US);
            left -= slice;
            let end = st.now_ns + slice * 1000;
            st.procs.hold(p, me, end);
            self.emit_locked(&mut st, me, EventKind::Proc { p, on: true });
            let key = (end, st.timer_seq);
            st.timer_seq += 1;
            st.timers
                .insert(key, (me, Wake::Slice { p, last: left == 0 }));
            self.give_up(&mut st, me);
            self.wait_turn(st, me, Wait::Ready)?;
        }
        Ok(())
    }

    /// A compute slice of `g` on `p` ends: the processor is free, and `g` goes on, or is
    /// preempted when others wait to run.
    pub(super) fn slice_ends(&self, st: &mut State, g: Gid, p: u16, last: bool) {
        st.procs.release(p);
        self.emit_locked(st, g, EventKind::Proc { p, on: false });
        // Preempted when going on would leave a ready goroutine without a processor.
        if !last && st.queue.goroutines().count() >= st.procs.free_count() {
            st.queue.preempt(g);
            self.mark_runnable(st, g);
        } else {
            st.queue.ready(g);
        }
    }

    /// Nobody can have the turn: every processor computes. Whoever is ready waits for one.
    pub(super) fn all_busy(&self, st: &mut State) {
        let ready: Vec<Gid> = st.queue.goroutines().collect();
        for g in ready {
            self.mark_runnable(st, g);
        }
    }

    pub(super) fn mark_runnable(&self, st: &mut State, g: Gid) {
        if st.procs.waiting.insert(g) {
            self.emit_locked(st, g, EventKind::State(GState::Runnable));
        }
    }

    /// `g` gets the turn: if it waited for a processor, it runs now.
    pub(super) fn on_turn(&self, st: &mut State, g: Gid) {
        if st.procs.waiting.remove(&g) {
            self.emit_locked(st, g, EventKind::State(GState::Running));
        }
    }
}

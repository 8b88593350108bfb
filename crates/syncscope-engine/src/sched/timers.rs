//! The clock's wake-ups: sleeps, the timers a blocked goroutine waits on as well (a
//! `select` with `time.After`), a program's timers that keep the run from counting as stuck,
//! and time reaching the next of them.

use super::procs::{Claim, Claimed, Wake};
use super::{Sched, State, Stop};
use syncscope_program::event::Gid;

impl Sched {
    /// `time.Sleep`: a zero or negative duration returns at once, as in Go.
    pub(crate) fn sleep(&self, me: Gid, us: u64) -> Result<(), Stop> {
        if self.is_cancelled() {
            return Err(Stop::Cancelled);
        }
        if us == 0 {
            return Ok(());
        }
        let mut st = self.lock();
        let key = (st.now_us + us, st.timer_seq);
        st.timer_seq += 1;
        st.timers.insert(key, (me, Wake::Sleep));
        self.give_up(&mut st, me);
        self.wait_turn(st, me)
    }

    /// Blocks like `block`, and also sets timers: at each `(due, claim)` the claim is asked,
    /// and wakes the goroutine if it wins. Timers still set when it wakes are dropped.
    pub(crate) fn block_until(&self, me: Gid, timers: Vec<(u64, Claim)>) -> Result<(), Stop> {
        let mut st = self.lock();
        for (due, claim) in timers {
            let key = (due.max(st.now_us), st.timer_seq);
            st.timer_seq += 1;
            st.timers.insert(key, (me, Wake::Claim(claim)));
        }
        self.give_up(&mut st, me);
        let woke = self.wait_turn(st, me);
        // Its claims, those set again on firing too: a goroutine blocks in one place at once.
        let mut st = self.lock();
        st.timers
            .retain(|_, (owner, wake)| !(*owner == me && matches!(wake, Wake::Claim(_))));
        woke
    }

    /// A timer of the program that nobody may be waiting on yet: while it is to come, the
    /// run is not stuck (Go 1.22's deadlock check waits for every timer; Go 1.23's sees only
    /// those a goroutine waits on, which its claims cover). `still` says, when it fires,
    /// whether the timer now fires later (a `Reset`): then it is kept until that.
    pub(crate) fn keep_alive(&self, due: u64, still: Claim) {
        let mut st = self.lock();
        let key = (due.max(st.now_us), st.timer_seq);
        st.timer_seq += 1;
        // main keeps the time for it: main is there until the run ends.
        st.timers.insert(key, (Gid::MAIN, Wake::KeepAlive(still)));
    }

    /// Virtual time and the scheduling points so far, read together.
    pub(crate) fn stamp(&self) -> Stamp {
        let st = self.lock();
        Stamp {
            us: st.now_us,
            point: st.points,
        }
    }

    /// Sets blocked goroutines' claims again at `due` (a timer they wait on was reset).
    pub(crate) fn arm(&self, due: u64, claims: Vec<(Gid, Claim)>) {
        let mut st = self.lock();
        for (g, claim) in claims {
            let key = (due.max(st.now_us), st.timer_seq);
            st.timer_seq += 1;
            st.timers.insert(key, (g, Wake::Claim(claim)));
        }
    }

    /// Time reaches `due`: every sleeper due then is ready, in the order its sleep began,
    /// and every compute slice due then ends.
    pub(super) fn fire(&self, st: &mut State, due: u64) {
        st.now_us = st.now_us.max(due);
        st.pace.wake();
        while let Some(entry) = st.timers.first_entry() {
            if entry.key().0 > due {
                break;
            }
            match entry.remove() {
                (g, Wake::Sleep) => st.queue.ready(g),
                (_, Wake::Spawn(spawn)) => self.spawned(st, spawn()),
                (g, Wake::Slice { p, last }) => self.slice_ends(st, g, p, last),
                (g, Wake::KeepAlive(still)) => {
                    if let Claimed::Later(at) = still(due) {
                        let key = (at.max(due + 1), st.timer_seq);
                        st.timer_seq += 1;
                        st.timers.insert(key, (g, Wake::KeepAlive(still)));
                    }
                }
                (g, Wake::Claim(claim)) => match claim(due) {
                    Claimed::Won => st.queue.ready(g),
                    Claimed::Lost => {}
                    Claimed::Later(at) => {
                        let key = (at.max(due + 1), st.timer_seq);
                        st.timer_seq += 1;
                        st.timers.insert(key, (g, Wake::Claim(claim)));
                    }
                },
            }
        }
    }
}

/// A moment of the run: virtual time, and how many scheduling points have passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub(crate) us: u64,
    pub(crate) point: u64,
}

//! Processors that run at once: with more than one P, goroutines on different Ps advance
//! together in virtual time, as a discrete-event simulation plays them on one thread at a
//! time. The goroutine holding the turn runs ahead on its own P; before it does something
//! another goroutine could see (a statement begins, a shared variable is read and is about to
//! be written), it checks that nobody could act earlier: the goroutines parked on the other
//! Ps at the times they had reached, a goroutine ready with a P free for it, a timer that
//! would wake one onto a free P. If one could, it parks on its P at its own time and lets the
//! earliest go on. Two goroutines' reads and writes of a counter interleave as on a multicore
//! machine, and an update can be lost. With one P nobody else runs while code runs: nothing
//! parks, and the run is exactly the one-processor run.

use super::Wait;
use super::procs::Wake;
use super::{Sched, State, Stop, outbox};
use std::sync::atomic::Ordering;
use syncscope_program::event::Gid;

/// How far ahead of the other processors a goroutine runs statements that only compute
/// before it lets them catch up: one park a microsecond, not one a statement.
pub(super) const LOOKAHEAD_NS: u64 = 1_000;

/// How long an idle processor takes to wake and take a ready goroutine: a thread woken from
/// its futex, then spinning to find the work (Go's `wakep`, `findRunnable`). Go 1.26 on this
/// machine: a goroutine queued behind another starts on the idle P 10 to 150 µs after its
/// `go`, most often about 130 µs (a tenth of the time a thread still spinning takes it
/// within 10 µs); one in `runnext`, which is stolen last, 60 to 200 µs.
pub(super) const IDLE_P_WAKE_NS: u64 = 130_000;

impl Sched {
    /// Whether goroutines on several processors advance together (code takes time, more
    /// than one P).
    pub(crate) fn runs_at_once(&self) -> bool {
        self.parallel.load(Ordering::Relaxed)
    }

    /// The running goroutine is about to do something others could see: if another could
    /// act before the time it has reached, it parks on its processor until then.
    pub(crate) fn interleave(&self, me: Gid) -> Result<(), Stop> {
        self.interleave_within(me, 0)
    }

    /// As `interleave`, once the goroutine is more than `lookahead_ns` ahead: a statement
    /// that only computes may run a little ahead of the other processors, which see nothing
    /// of it (shared variables, channels, locks, output and `go` interleave exactly).
    pub(crate) fn interleave_within(&self, me: Gid, lookahead_ns: u64) -> Result<(), Stop> {
        // Even a fraction of a nanosecond spent puts it behind a goroutine ready now.
        let owed = crate::cost::owed_ns_up();
        if !self.parallel.load(Ordering::Relaxed) || owed == 0 || owed <= lookahead_ns {
            return Ok(());
        }
        let mut st = self.lock_as_is();
        let reached = st.now_ns + owed;
        let slot = st.procs.free();
        match slot {
            Some(p) if reached > self.horizon(&st) => {
                // Time moves to the first thing another processor does; the parked goroutine
                // goes on at the time it reached.
                let next = self.horizon(&st);
                st.now_ns = st.now_ns.max(next);
                crate::cost::settle_all();
                let spent = crate::cost::turn_ns();
                st.procs.hold(p, me, reached);
                let key = (reached, st.timer_seq);
                st.timer_seq += 1;
                st.timers.insert(key, (me, Wake::Resume { p }));
                super::touches::parking();
                st.stealing = true;
                self.give_up(&mut st, me);
                let turn = self.wait_turn(st, me, Wait::Ready);
                crate::cost::resume_turn(spent);
                turn
            }
            // Nobody can act earlier (or no P to park on, right after GOMAXPROCS shrank):
            // the time reached is the run's time.
            _ => {
                st.now_ns = reached;
                crate::cost::settle_all();
                outbox::rebase(self.owner(), reached);
                Ok(())
            }
        }
    }

    /// The earliest time another goroutine could act at: the end of another P's park or
    /// compute slice; with a P free besides the caller's, also when that idle P is up to
    /// take a goroutine that is ready, and the next timer, whose sleeper would run on it.
    fn horizon(&self, st: &State) -> u64 {
        let mut at = st.procs.earliest_release().unwrap_or(u64::MAX);
        if st.procs.free_count() > 1 {
            if st.queue.goroutines().next().is_some() {
                at = at.min(st.now_ns.max(st.idle_up_at));
            }
            if let Some((&(due, _), _)) = st.timers.first_key_value() {
                at = at.min(due);
            }
        }
        at
    }

    /// A goroutine became ready: an idle processor, if there is one besides the caller's,
    /// is woken to take it, and is up a few microseconds later, as Go's `wakep` starts a
    /// spinning thread. Meanwhile the caller's own processor may run it first (`runnext`).
    /// `alone`: nobody else was ready, so no processor is waking already (Go wakes one
    /// spinning thread at a time, which takes the queue's work once up).
    pub(super) fn wake_idle(&self, st: &mut State, alone: bool) {
        if alone && self.parallel.load(Ordering::Relaxed) && st.procs.free_count() > 1 {
            st.idle_up_at = st.now_ns + IDLE_P_WAKE_NS;
        }
    }

    /// A park on `p` ends: the goroutine goes on before anyone else is given a P, as it
    /// never stopped running on its own.
    pub(super) fn resume(&self, st: &mut State, g: Gid, p: u16) {
        st.procs.release(p);
        st.resumed.push_back(g);
    }
}

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

use super::procs::Wake;
use super::{Sched, State, Stop, outbox};
use std::sync::atomic::Ordering;
use syncscope_program::event::Gid;

impl Sched {
    /// The running goroutine is about to do something others could see: if another could
    /// act before the time it has reached, it parks on its processor until then.
    pub(crate) fn interleave(&self, me: Gid) -> Result<(), Stop> {
        if !self.parallel.load(Ordering::Relaxed) || crate::cost::owed_ns() == 0 {
            return Ok(());
        }
        let mut st = self.lock_as_is();
        let reached = st.now_ns + crate::cost::owed_ns();
        let slot = st.procs.free();
        match slot {
            Some(p) if reached > self.horizon(&st) => {
                crate::cost::take_ns();
                let spent = crate::cost::turn_ns();
                st.procs.hold(p, me, reached);
                let key = (reached, st.timer_seq);
                st.timer_seq += 1;
                st.timers.insert(key, (me, Wake::Resume { p }));
                super::touches::parking();
                self.give_up(&mut st, me);
                let turn = self.wait_turn(st, me);
                crate::cost::resume_turn(spent);
                turn
            }
            // Nobody can act earlier (or no P to park on, right after GOMAXPROCS shrank):
            // the time reached is the run's time.
            _ => {
                st.now_ns = reached;
                crate::cost::take_ns();
                outbox::rebase(self.owner(), reached);
                Ok(())
            }
        }
    }

    /// The earliest time another goroutine could act at: the end of another P's park or
    /// compute slice; with a P free besides the caller's, also now when someone is ready,
    /// and the next timer, whose sleeper would run on it.
    fn horizon(&self, st: &State) -> u64 {
        let mut at = st.procs.earliest_release().unwrap_or(u64::MAX);
        if st.procs.free_count() > 1 {
            if st.queue.goroutines().next().is_some() {
                at = at.min(st.now_ns);
            }
            if let Some((&(due, _), _)) = st.timers.first_key_value() {
                at = at.min(due);
            }
        }
        at
    }

    /// A park on `p` ends: the goroutine goes on before anyone else is given a P, as it
    /// never stopped running on its own.
    pub(super) fn resume(&self, st: &mut State, g: Gid, p: u16) {
        st.procs.release(p);
        st.resumed.push_back(g);
    }
}

//! What the viewer asks of a run while it goes: its speed, its pause, whether code takes
//! time, its budgets, and its end.

use super::{Sched, State};
use std::sync::atomic::Ordering;

impl Sched {
    /// The most statements the run executes before it stops at its budget.
    pub(crate) fn set_statements(&self, statements: u64) {
        self.statements.store(statements, Ordering::Relaxed);
    }

    /// The run ends at its budget with its next event, as one that made too many events
    /// does: the viewer says so when the run's history has grown past what it may hold.
    pub fn stop_at_budget(&self) {
        self.budget.store(0, Ordering::Relaxed);
    }

    /// Wakes whoever has to look again: the running goroutine and the time keeper.
    pub(super) fn nudge(&self, st: &State) {
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
    pub(super) fn is_paused(&self) -> bool {
        self.lock().pace.paused
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

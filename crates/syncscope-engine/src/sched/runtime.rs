//! What package `runtime` asks of the scheduler: `Gosched`, `Goexit` from main,
//! `NumGoroutine` and `GOMAXPROCS`'s current value.

use super::Wait;
use super::{Sched, Stop};
use syncscope_program::event::Gid;

impl Sched {
    /// `runtime.Gosched`: the running goroutine goes to the back of the global run queue, as
    /// Go's `goschedImpl` puts it, and runs again when its turn comes.
    pub(crate) fn gosched(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        st.queue.preempt(me);
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Ready)
    }

    /// main called `runtime.Goexit`: with the last goroutine gone, Go finds no one left.
    pub(crate) fn main_goexited(&self) {
        self.lock().main_goexited = true;
    }

    /// `runtime.NumGoroutine`: goroutines started and not yet returned, `main` among them.
    pub(crate) fn live(&self) -> usize {
        self.lock().live
    }

    /// `runtime.GOMAXPROCS(0)`: the processors the run has now.
    pub(crate) fn procs(&self) -> u32 {
        u32::try_from(self.lock().procs.count()).unwrap_or(u32::MAX)
    }

    /// Whether any goroutine but the running one is ready to run.
    pub(crate) fn others_ready(&self) -> bool {
        self.lock().queue.goroutines().next().is_some()
    }
}

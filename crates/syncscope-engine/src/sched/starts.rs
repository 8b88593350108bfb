//! Timers that start a goroutine when they fire (`time.AfterFunc`'s): the scheduler fires
//! them among its other timers, and the goroutine takes `runnext`, as a goroutine started by
//! Go's timer code does.

use super::{Sched, State};
use syncscope_program::event::{Ending, EventKind, Gid};

/// Called when its timer fires, under the scheduler's lock: the goroutine it starts, if it
/// still starts one. It must take no lock that is held while calling into the scheduler.
pub(crate) type Spawn = std::sync::Arc<dyn Fn() -> Spawned + Send + Sync>;

/// What a firing `Spawn` did.
pub(crate) enum Spawned {
    /// Nothing: the timer was stopped or reset since.
    Nothing,
    /// `child` waits for its first turn; `parent` set the timer.
    Child { parent: Gid, child: Gid },
    /// No goroutine could be started: the run ends with these words.
    Failed(String),
}

impl Sched {
    /// `spawn` is asked at `due` for a goroutine to start. Until then the run is not stuck,
    /// as Go's deadlock check waits for every timer in the runtime's heap.
    pub(crate) fn spawn_at(&self, due: u64, spawn: Spawn) {
        let mut st = self.lock();
        let key = (due.saturating_mul(1000).max(st.now_ns), st.timer_seq);
        st.timer_seq += 1;
        // main keeps the time for it: main is there until the run ends.
        st.timers
            .insert(key, (Gid::MAIN, super::procs::Wake::Spawn(spawn)));
    }

    /// A `Spawn` has fired: its goroutine is started, and ready to run next.
    pub(super) fn spawned(&self, st: &mut State, spawned: Spawned) {
        match spawned {
            Spawned::Nothing => {}
            Spawned::Child { parent, child } => {
                st.live += 1;
                self.emit_locked(st, parent, EventKind::Go(child));
                st.queue.ready(child);
            }
            Spawned::Failed(message) => {
                self.emit_locked(st, Gid::MAIN, EventKind::End(Ending::Panic(message)));
                self.cancelled
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                self.nudge(st);
            }
        }
    }
}

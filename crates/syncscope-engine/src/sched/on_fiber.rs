//! Tests run a goroutine's part on a fiber of a scheduler's run, as the engine does, and
//! wait for what it returns as they would join a thread.

use super::Sched;
use crossbeam_channel::{Receiver, RecvTimeoutError, bounded};
use std::time::Duration;
use syncscope_program::event::Gid;

/// What a fiber returns, once it has.
pub(crate) struct Joined<T>(Receiver<T>);

impl<T> Joined<T> {
    /// What the fiber returned; an error if it has not within 20 seconds (the run hangs) or
    /// it never will (it panicked).
    pub(crate) fn join(self) -> Result<T, RecvTimeoutError> {
        self.0.recv_timeout(Duration::from_secs(20))
    }

    pub(crate) fn is_finished(&self) -> bool {
        !self.0.is_empty()
    }
}

/// Runs `part` as goroutine `g` of `sched`'s run, on a fiber of its own.
pub(crate) fn on_fiber<T: Send + 'static>(
    sched: &Sched,
    g: Gid,
    part: impl FnOnce() -> T + Send + 'static,
) -> Joined<T> {
    let (tx, rx) = bounded(1);
    sched
        .start(
            g,
            Box::new(move || {
                let _ = tx.send(part());
            }),
        )
        .expect("a machine for the fibers");
    Joined(rx)
}

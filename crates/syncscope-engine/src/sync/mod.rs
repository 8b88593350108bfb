//! Go's `sync` primitives as explicit state machines that follow Go's own algorithms, on a
//! semaphore like Go's runtime one, blocking and waking through the run's scheduler.
//!
//! Rust's own locks promise no order; these reproduce what Go does at demo time scales, and
//! report every step through a [`Probe`] so the run can be drawn.

pub mod channel;
mod cond;
mod mutex;
mod probe;
mod rwmutex;
mod sema;
mod timer;
mod waitgroup;

pub(crate) use cond::Cond;
pub use mutex::{Mutex, STARVATION_US, UNLOCK_OF_UNLOCKED};
pub use probe::Probe;
pub use rwmutex::{RUNLOCK_OF_UNLOCKED, RwMutex, UNLOCK_OF_UNLOCKED as RW_UNLOCK_OF_UNLOCKED};
pub use waitgroup::{NEGATIVE_COUNTER, REUSED, WaitGroup};

use std::sync::MutexGuard;

/// Locks a primitive's inner state; a panicked goroutine must not poison the rest of the run.
fn lock<T>(m: &std::sync::Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod cond_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod timer_tests;

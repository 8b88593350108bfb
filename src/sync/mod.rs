//! Go's `sync` primitives as explicit state machines on std `Mutex` + `Condvar`.
//!
//! Rust's own locks promise no order; these reproduce what Go does at demo time scales, and
//! report every step through a [`Probe`] so the run can be drawn.

mod mutex;
mod parking;
mod probe;
mod racy_slice;
mod rwmutex;
mod waitgroup;

pub use mutex::Mutex;
pub use probe::{NoProbe, Probe};
pub use racy_slice::RacySlice;
pub use rwmutex::RwMutex;
pub use waitgroup::WaitGroup;

use std::sync::MutexGuard;

/// Locks a primitive's inner state; a panicked goroutine must not poison the rest of the run.
fn lock<T>(m: &std::sync::Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn wait<'a, T>(cv: &std::sync::Condvar, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
    cv.wait(g).unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests;

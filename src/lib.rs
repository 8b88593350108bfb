//! syncscope: watch Go-style concurrency happen.

pub mod clock;
pub mod event;
pub mod sync;

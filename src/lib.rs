//! syncscope: watch Go-style concurrency happen.

pub mod cli;
pub mod clock;
pub mod engine;
pub mod event;
pub mod headless;
pub mod model;
pub mod sync;
pub mod tui;
pub mod workload;

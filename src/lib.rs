//! syncscope: watch Go-style concurrency happen.

pub mod app;
pub mod channel;
pub mod cli;
pub mod config;
pub mod describe;
pub mod engine;
pub mod event;
pub mod exit;
pub mod fault;
pub mod front;
pub mod headless;
pub mod input_file;
pub mod model;
pub mod picture;
pub mod program;
pub mod race_report;
pub mod safe_text;
pub mod sched;
pub mod sync;
pub mod trace;
pub mod tui;
pub mod ui;

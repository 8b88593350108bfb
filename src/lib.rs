//! syncscope: watch Go-style concurrency happen. This crate is the app: the TUI, the headless
//! runs, traces and pictures, over the crates below it (the lower layers, re-exported under
//! the names the app and its tests use).

#![warn(unreachable_pub)]

pub use syncscope_engine as engine;
pub use syncscope_engine::{channel, sched, sync};
pub use syncscope_front as front;
pub use syncscope_front::input_file;
pub use syncscope_model as model;
pub use syncscope_model::{describe, race_report};
pub use syncscope_program as program;
pub use syncscope_program::{event, safe_text};

pub mod app;
pub mod cli;
pub mod config;
pub mod exit;
mod fault;
pub mod handout;
pub mod headless;
pub mod picture;
pub mod trace;
pub mod tui;
pub mod ui;

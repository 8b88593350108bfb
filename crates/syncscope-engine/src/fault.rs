//! A fault on request, so tests of the real binary can prove that a panic in a goroutine
//! thread still leaves a usable terminal: `SYNCSCOPE_FAULT=worker-panic` makes g1 panic at its
//! first step. (The app reads the same variable for its own faults.)

use std::sync::OnceLock;

/// Whether g1 is to panic at its first step. Read once: the environment does not change.
pub(crate) fn worker_panic() -> bool {
    static ASKED: OnceLock<bool> = OnceLock::new();
    *ASKED.get_or_init(|| std::env::var("SYNCSCOPE_FAULT").is_ok_and(|f| f == "worker-panic"))
}

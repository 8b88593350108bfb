//! Faults on request, so tests of the real binary can prove that a panic in the UI thread or
//! in a goroutine thread still leaves a usable terminal. Set `SYNCSCOPE_FAULT` to `ui-panic`
//! (panics at the first key press), `ui-abort` (aborts the process there, as a panic while
//! panicking would) or `worker-panic` (g1 panics at its first step).

use std::sync::OnceLock;

const VARIABLE: &str = "SYNCSCOPE_FAULT";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    UiPanic,
    UiAbort,
    WorkerPanic,
}

/// Whether this fault was asked for. Read once: the environment does not change under us.
pub fn injected(fault: Fault) -> bool {
    static ASKED: OnceLock<Option<Fault>> = OnceLock::new();
    let asked = ASKED.get_or_init(|| match std::env::var(VARIABLE).ok()?.as_str() {
        "ui-panic" => Some(Fault::UiPanic),
        "ui-abort" => Some(Fault::UiAbort),
        "worker-panic" => Some(Fault::WorkerPanic),
        _ => None,
    });
    *asked == Some(fault)
}

//! Faults on request, so tests of the real binary can prove that a panic in the UI thread still
//! leaves a usable terminal. `SYNCSCOPE_FAULT=ui-panic` panics at the first key press,
//! `ui-abort` aborts the process there, as a panic while panicking would. (`worker-panic`, a
//! goroutine thread's, is the engine's.)

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fault {
    UiPanic,
    UiAbort,
}

/// Whether this fault was asked for. Read once: the environment does not change under us.
pub(crate) fn injected(fault: Fault) -> bool {
    static ASKED: OnceLock<Option<Fault>> = OnceLock::new();
    let asked = ASKED.get_or_init(|| match std::env::var("SYNCSCOPE_FAULT").ok()?.as_str() {
        "ui-panic" => Some(Fault::UiPanic),
        "ui-abort" => Some(Fault::UiAbort),
        _ => None,
    });
    *asked == Some(fault)
}

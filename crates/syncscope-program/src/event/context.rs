//! A `context` cancelled: who did it and why, as Go's `cancelCtx.cancel` records it.

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The reporting goroutine cancelled the context `ctx` (named for the variable it was made
/// into): it called its cancel function, or it is the goroutine its deadline's timer
/// started, or it cancelled an ancestor (`inherited`). `err` is what `Err()` says from now
/// on; `cause` what `context.Cause` says when that is something else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cancel {
    /// The context's number in the run, for the race detector.
    pub id: u32,
    pub ctx: Arc<str>,
    pub err: Arc<str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Arc<str>>,
    /// Its deadline passed; with how long after the context was made, in microseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_after_us: Option<u64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inherited: bool,
    /// Its `Done` channel, if anyone asked for it: closed now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chan: Option<u32>,
}

impl Cancel {
    /// The event in words: `main cancels ctx: context canceled`.
    pub fn describe(&self) -> String {
        let why = match &self.cause {
            Some(cause) => format!("{} (cause: {cause})", self.err),
            None => self.err.to_string(),
        };
        match (self.deadline_after_us, self.inherited) {
            (_, true) => format!("{} is cancelled with its parent: {why}", self.ctx),
            (Some(us), false) => format!(
                "{}'s deadline passed after {}: {why}",
                self.ctx,
                duration(us)
            ),
            (None, false) => format!("cancels {}: {why}", self.ctx),
        }
    }
}

/// A span of virtual time as Go prints a `time.Duration` of whole microseconds.
fn duration(us: u64) -> String {
    match us {
        0 => "0s".into(),
        us if us < 1000 => format!("{us}µs"),
        us if us < 1_000_000 => trimmed(us as f64 / 1000.0, "ms"),
        us => trimmed(us as f64 / 1_000_000.0, "s"),
    }
}

fn trimmed(x: f64, unit: &str) -> String {
    let text = format!("{x:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cancel_says_who_and_why() {
        let cancel = Cancel {
            id: 1,
            ctx: "ctx".into(),
            err: "context deadline exceeded".into(),
            cause: None,
            deadline_after_us: Some(50_000),
            inherited: false,
            chan: Some(2),
        };
        assert_eq!(
            cancel.describe(),
            "ctx's deadline passed after 50ms: context deadline exceeded"
        );
        let by_hand = Cancel {
            deadline_after_us: None,
            err: "context canceled".into(),
            cause: Some("shutting down".into()),
            ..cancel
        };
        assert_eq!(
            by_hand.describe(),
            "cancels ctx: context canceled (cause: shutting down)"
        );
        assert_eq!(duration(1_500), "1.5ms");
        assert_eq!(duration(2_000_000), "2s");
    }

    #[test]
    fn a_cancel_travels_in_a_trace_with_only_what_it_has() {
        let cancel = Cancel {
            id: 3,
            ctx: "ctx".into(),
            err: "context canceled".into(),
            cause: None,
            deadline_after_us: None,
            inherited: false,
            chan: Some(1),
        };
        let kind = crate::event::EventKind::Cancel(Box::new(cancel));
        let wire = serde_json::to_value(&kind).expect("writes");
        let want = serde_json::json!({
            "cancel": { "id": 3, "ctx": "ctx", "err": "context canceled", "chan": 1 }
        });
        assert_eq!(wire, want);
        let read: crate::event::EventKind = serde_json::from_value(wire).expect("reads");
        assert_eq!(read, kind);
    }
}

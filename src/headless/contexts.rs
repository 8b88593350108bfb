//! The JSON of a run's `context` cancellations: when, by whom, which context and why.

use crate::model::Model;

/// Each cancellation in order, those a parent's cancel reached marked `inherited`.
pub(super) fn cancels_json(model: &Model) -> serde_json::Value {
    let cancels = model.contexts.cancels.iter().map(|c| {
        let mut one = serde_json::json!({
            "at_ms": (c.at_ns / 1000) as f64 / 1000.0,
            "by": c.by.to_string(),
            "ctx": c.cancel.ctx.as_ref(),
            "err": c.cancel.err.as_ref(),
            "text": c.cancel.describe(),
        });
        if let Some(cause) = &c.cancel.cause {
            one["cause"] = cause.as_ref().into();
        }
        if let Some(us) = c.cancel.deadline_after_us {
            one["deadline_after_ms"] = (us as f64 / 1000.0).into();
        }
        if c.cancel.inherited {
            one["inherited"] = true.into();
        }
        one
    });
    serde_json::Value::Array(cancels.collect())
}

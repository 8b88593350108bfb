//! The JSON of a run's `sync.Cond`s: who still waits on each, in ticket order, and how many
//! Signals and Broadcasts it had.

use crate::model::Model;

/// Each Cond: its name, its lock's, its waiters left and its notifications.
pub(super) fn conds_json(model: &Model) -> serde_json::Value {
    let conds = model.conds.list.iter().map(|c| {
        let waiting: Vec<String> = c.waiting.iter().map(|(_, g)| g.to_string()).collect();
        serde_json::json!({
            "name": c.name,
            "lock": model.locks.get(c.lock).map(|l| l.name.as_str()),
            "waiting": waiting,
            "signals": c.signals,
            "broadcasts": c.broadcasts,
        })
    });
    serde_json::Value::Array(conds.collect())
}

//! What happens on a `sync.Cond`: Go's notify list (src/runtime/sema.go), where each
//! `Wait` takes a ticket and `Signal` wakes the oldest one.

use super::Gid;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CondOp {
    /// `sync.NewCond(&mu)`, at the statement that names it, on the run's lock `lock`.
    Make { name: Arc<str>, lock: usize },
    /// The reporting goroutine took `ticket` in `c.Wait()` and is about to unlock `c.L`.
    Wait { ticket: u32 },
    /// `c.Signal()`: the holder of the oldest ticket was notified, if anyone waited.
    Signal { woke: Option<Gid> },
    /// `c.Broadcast()`: every waiter was notified, oldest ticket first.
    Broadcast { woke: Vec<Gid> },
}

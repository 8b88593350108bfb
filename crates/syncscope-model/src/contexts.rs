//! The run's `context` cancellations, in order: who cancelled which context and why, for
//! the lanes' marks, the notes and the event log.

use std::sync::Arc;
use syncscope_program::event::{Cancel, Gid};

/// One context cancelled at `at_ns` by `by`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cancellation {
    pub at_ns: u64,
    pub by: Gid,
    pub cancel: Cancel,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contexts {
    pub cancels: Vec<Cancellation>,
}

impl Contexts {
    pub(crate) fn cancelled(&mut self, at_ns: u64, by: Gid, cancel: &Cancel) {
        self.cancels.push(Cancellation {
            at_ns,
            by,
            cancel: cancel.clone(),
        });
    }

    /// The cancels that started a cancellation (a cancel function's call or a deadline),
    /// not those that followed from a parent's: one note each.
    pub fn first_hand(&self) -> impl Iterator<Item = &Cancellation> {
        self.cancels.iter().filter(|c| !c.cancel.inherited)
    }

    /// The notes' line for a cancellation: `main cancelled ctx: context canceled`, or
    /// `ctx's deadline passed after 50ms (g3 cancelled it): context deadline exceeded`.
    pub fn note(c: &Cancellation) -> String {
        let text = c.cancel.describe();
        match c.cancel.deadline_after_us {
            Some(_) => text,
            None => format!("{} {}", c.by, text.replacen("cancels", "cancelled", 1)),
        }
    }

    /// The names of the contexts a cancel reached, the first-hand one first.
    pub fn reached(&self, first: &Cancellation) -> Vec<Arc<str>> {
        self.cancels
            .iter()
            .filter(|c| c.at_ns == first.at_ns && c.by == first.by)
            .map(|c| c.cancel.ctx.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_names_who_cancelled_and_why() {
        let mut contexts = Contexts::default();
        let cancel = Cancel {
            id: 1,
            ctx: "ctx".into(),
            err: "context canceled".into(),
            cause: None,
            deadline_after_us: None,
            inherited: false,
            chan: None,
        };
        contexts.cancelled(10, Gid::MAIN, &cancel);
        let child = Cancel {
            ctx: "child".into(),
            inherited: true,
            ..cancel
        };
        contexts.cancelled(10, Gid::MAIN, &child);
        let first: Vec<_> = contexts.first_hand().collect();
        assert_eq!(first.len(), 1);
        assert_eq!(
            Contexts::note(first[0]),
            "main cancelled ctx: context canceled"
        );
        let names: Vec<String> = contexts
            .reached(first[0])
            .iter()
            .map(|n| n.to_string())
            .collect();
        assert_eq!(names, ["ctx", "child"]);
    }
}

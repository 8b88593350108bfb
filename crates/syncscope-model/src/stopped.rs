//! Which of syncscope's budgets stopped a run, told from what the model holds: the events
//! it was allowed, the history it may keep, or else the statements it may run.

use crate::{HISTORY_BUDGET, Model};
use syncscope_program::event::{Ending, MAX_STEPS, event_budget};

/// A budget a run reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reached {
    /// `--max-events` or its default: this many.
    Events(usize),
    /// The recorded history grew past `HISTORY_BUDGET`, at this many events.
    History(usize),
    /// `MAX_STEPS` statements ran.
    Statements(u64),
}

impl Model {
    /// The budget that stopped the run, for a run that ended at one: a run of few events ran
    /// out of statements, one of fewer events than its budget filled its history.
    pub fn budget_reached(&self) -> Reached {
        let events = self.events.len();
        if events >= event_budget() {
            Reached::Events(event_budget())
        } else if self.history_past(HISTORY_BUDGET) {
            Reached::History(events)
        } else {
            Reached::Statements(MAX_STEPS)
        }
    }

    /// How the run's end is told: Go's words, or for a run syncscope stopped, which budget.
    pub fn ending_words(&self, ending: &Ending) -> String {
        let budget = match (ending, self.budget_reached()) {
            (Ending::Budget, Reached::Events(n)) => format!("its budget of {n} events"),
            (Ending::Budget, Reached::History(n)) => format!(
                "{n} events, its history at the {} MiB it may keep",
                HISTORY_BUDGET >> 20
            ),
            (Ending::Budget, Reached::Statements(n)) => format!("its budget of {n} statements"),
            (other, _) => return crate::describe::ending_text(other),
        };
        format!("syncscope stopped the run at {budget}: the program would go on")
    }
}

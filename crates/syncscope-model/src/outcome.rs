//! How a run ended, as one word.

use super::Model;
use syncscope_program::event::{Ending, State};

/// How a run ended, in the words `--json` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    LostUpdates,
    Deadlock,
    Panic,
    /// `main` returned while goroutines were still at work.
    Abandoned,
    /// syncscope stopped the run at its event budget.
    Stopped,
    /// The program exited before `main` returned: `os.Exit`, or `log.Fatal` (status 1).
    Exited,
}

impl Outcome {
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::LostUpdates => "lost-updates",
            Outcome::Deadlock => "deadlock",
            Outcome::Panic => "panic",
            Outcome::Abandoned => "abandoned",
            Outcome::Stopped => "stopped",
            Outcome::Exited => "exit",
        }
    }
}

impl Model {
    pub fn outcome(&self) -> Option<Outcome> {
        let abandoned = self
            .lanes
            .iter()
            .any(|l| l.current() == Some(State::Abandoned));
        Some(match self.ending.as_ref()?.0 {
            Ending::Deadlock => Outcome::Deadlock,
            Ending::Panic(_) => Outcome::Panic,
            Ending::Budget => Outcome::Stopped,
            Ending::Exit(_) => Outcome::Exited,
            Ending::Finished if abandoned => Outcome::Abandoned,
            Ending::Finished if self.results.lost().is_empty() => Outcome::Ok,
            Ending::Finished => Outcome::LostUpdates,
        })
    }
}

//! Pure state derived from one run's events: no I/O, no clock. Every consumer (TUI, headless
//! report, JSON) reads this.

mod lanes;
mod results;

pub use lanes::{Lane, Segment};
pub use results::{Overwrite, Results};

use crate::event::{Ending, Event, EventKind, Gid, RunInfo, State};

#[derive(Debug, Clone, Default)]
pub struct Model {
    pub run: u32,
    pub info: Option<RunInfo>,
    /// Index 0 is `main`, then `g1`..`gN`.
    pub lanes: Vec<Lane>,
    pub wait_group: i64,
    pub results: Results,
    pub writers_now: usize,
    pub readers_now: usize,
    pub max_writers: usize,
    pub max_readers: usize,
    /// Time of the latest event.
    pub last_us: u64,
    pub ending: Option<(Ending, u64)>,
    pub events: Vec<Event>,
}

/// How a run ended, in the words `--json` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    LostUpdates,
    Deadlock,
    Panic,
}

impl Outcome {
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::LostUpdates => "lost-updates",
            Outcome::Deadlock => "deadlock",
            Outcome::Panic => "panic",
        }
    }
}

impl Model {
    pub fn new(run: u32) -> Model {
        Model {
            run,
            ..Model::default()
        }
    }

    /// Applies one event; events of other runs are ignored, so a cancelled run's stragglers
    /// cannot leak into the new one.
    pub fn apply(&mut self, event: &Event) {
        if event.run != self.run {
            return;
        }
        let at = event.at_us;
        self.last_us = self.last_us.max(at);
        match &event.kind {
            EventKind::RunStarted(info) => {
                self.info = Some(info.clone());
                self.lanes = vec![Lane::default(); info.workers as usize + 1];
            }
            EventKind::State(state) => self.enter(event.who, *state, at),
            EventKind::Lock { .. } | EventKind::Read(_) => {}
            EventKind::WaitGroup(counter) => self.wait_group = *counter,
            EventKind::Store {
                slot,
                value,
                overwrote,
            } => self
                .results
                .store(at, event.who, *slot, value, overwrote.as_deref()),
            EventKind::Len(len) => self.results.set_len(*len),
            EventKind::End(ending) => self.end(ending.clone(), at),
        }
        self.events.push(event.clone());
    }

    fn enter(&mut self, who: Gid, state: State, at: u64) {
        let index = who.index();
        if self.lanes.len() <= index {
            self.lanes.resize(index + 1, Lane::default());
        }
        let Some(previous) = self.lanes[index].enter(state, at) else {
            return;
        };
        match previous {
            Some(State::Writing) => self.writers_now -= 1,
            Some(State::Reading) => self.readers_now -= 1,
            _ => {}
        }
        match state {
            State::Writing => self.writers_now += 1,
            State::Reading => self.readers_now += 1,
            _ => {}
        }
        self.max_writers = self.max_writers.max(self.writers_now);
        self.max_readers = self.max_readers.max(self.readers_now);
    }

    /// Lanes still going when the run ends are blocked forever (deadlock) or cut off.
    fn end(&mut self, ending: Ending, at: u64) {
        let fate = match ending {
            Ending::Deadlock => State::Deadlocked,
            Ending::Finished | Ending::Panic(_) => State::Abandoned,
        };
        for id in 0..self.lanes.len() {
            if !self.lanes[id].is_finished() && !self.lanes[id].segments.is_empty() {
                self.enter(Gid(id as u32), fate, at);
            }
        }
        self.ending = Some((ending, at));
    }

    pub fn is_finished(&self) -> bool {
        self.ending.is_some()
    }

    /// The run's length so far, or in total once it ended.
    pub fn total_us(&self) -> Option<u64> {
        self.ending.as_ref().map(|(_, at)| *at)
    }

    pub fn expected(&self) -> usize {
        self.info.as_ref().map_or(0, |i| i.workers as usize)
    }

    pub fn outcome(&self) -> Option<Outcome> {
        Some(match self.ending.as_ref()?.0 {
            Ending::Deadlock => Outcome::Deadlock,
            Ending::Panic(_) => Outcome::Panic,
            Ending::Finished if self.results.lost().is_empty() => Outcome::Ok,
            Ending::Finished => Outcome::LostUpdates,
        })
    }
}

#[cfg(test)]
mod tests;

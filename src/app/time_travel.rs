//! The time cursor: a paused or finished run seen as it was at any earlier moment. The view is
//! the model rebuilt from the events (from the nearest checkpoint before the cursor, see
//! `checkpoints`), so every panel shows the past the same way.

use super::App;
use crate::event::{Event, EventKind};
use crate::model::{EventStore, Model};

/// Where the cursor is: how many events have happened, and the time (nanoseconds).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cursor {
    pub applied: usize,
    pub at_ns: u64,
}

/// Left and right move this fraction of the run at a time.
const STEPS_PER_RUN: u64 = 100;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Travel {
    Earlier,
    Later,
    PreviousEvent,
    NextEvent,
    Start,
    Now,
    /// To a moment, in virtual nanoseconds (a click on the lanes).
    To(u64),
}

impl App {
    /// The model every panel shows: at the cursor, or now.
    pub fn shown(&self) -> &Model {
        self.view.as_ref().map_or(&self.model, |(_, m)| m)
    }

    pub fn cursor(&self) -> Option<Cursor> {
        self.view.as_ref().map(|(c, _)| *c)
    }

    pub(super) fn travel(&mut self, travel: Travel) {
        if !self.is_still() {
            self.status = Some("pause first (space): time travel works on a still run".into());
            return;
        }
        let events = &self.model.events;
        if events.is_empty() {
            return;
        }
        let end_ns = self.model.total_ns().unwrap_or(self.model.last_ns);
        let current = self.cursor().unwrap_or(Cursor {
            applied: events.len(),
            at_ns: end_ns,
        });
        let step = (end_ns / STEPS_PER_RUN).max(1);
        let target = match travel {
            Travel::Now => None,
            Travel::Start => Some(at_time(events, 0)),
            Travel::To(at_ns) => Some(at_time(events, at_ns.min(end_ns))),
            Travel::Earlier => Some(at_time(events, current.at_ns.saturating_sub(step))),
            Travel::Later => Some(at_time(events, (current.at_ns + step).min(end_ns))),
            Travel::PreviousEvent => Some(step_to(events, current.applied, false)),
            Travel::NextEvent => Some(step_to(events, current.applied, true)),
        };
        let near = self.view.take().map(|(_, m)| m);
        self.view = match target {
            Some(c) if c.applied < events.len() || c.at_ns < end_ns => {
                Some((c, self.checkpoints.rebuild(&self.model, near, c.applied)))
            }
            _ => None,
        };
    }

    /// Whether the run stands still, so the cursor can move: paused, finished, or replayed.
    pub(super) fn is_still(&self) -> bool {
        self.handle.is_none() || self.paused || self.model.is_finished()
    }

    /// The live run moved on (new run, resumed): the cursor goes back to now.
    pub(super) fn leave_the_past(&mut self) {
        self.view = None;
    }
}

/// Everything that happened up to and including `at_ns`.
fn at_time(events: &EventStore, at_ns: u64) -> Cursor {
    let applied = events.count_until(at_ns).max(1);
    Cursor { applied, at_ns }
}

/// One visible event back or forward (step markers are invisible on their own).
fn step_to(events: &EventStore, applied: usize, forward: bool) -> Cursor {
    let visible = |e: &Event| !matches!(e.kind, EventKind::At { .. });
    let applied = if forward {
        events
            .iter_from(applied)
            .position(|e| visible(&e))
            .map_or(events.len(), |i| applied + i + 1)
    } else {
        events
            .rposition_before(applied.saturating_sub(1), visible)
            .map_or(1, |i| i + 1)
    };
    Cursor {
        applied,
        at_ns: events.get(applied - 1).map_or(0, |e| e.at_ns),
    }
}

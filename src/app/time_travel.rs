//! The time cursor: a paused or finished run seen as it was at any earlier moment. The view is
//! the model rebuilt from the first events, so every panel shows the past the same way.

use super::App;
use crate::event::{Event, EventKind};
use crate::model::Model;

/// Where the cursor is: how many events have happened, and the time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cursor {
    pub applied: usize,
    pub at_us: u64,
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
    /// To a moment, in virtual microseconds (a click on the lanes).
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
        let end_us = self.model.total_us().unwrap_or(self.model.last_us);
        let current = self.cursor().unwrap_or(Cursor {
            applied: events.len(),
            at_us: end_us,
        });
        let step = (end_us / STEPS_PER_RUN).max(1);
        let target = match travel {
            Travel::Now => None,
            Travel::Start => Some(at_time(events, 0)),
            Travel::To(at_us) => Some(at_time(events, at_us.min(end_us))),
            Travel::Earlier => Some(at_time(events, current.at_us.saturating_sub(step))),
            Travel::Later => Some(at_time(events, (current.at_us + step).min(end_us))),
            Travel::PreviousEvent => Some(step_to(events, current.applied, false)),
            Travel::NextEvent => Some(step_to(events, current.applied, true)),
        };
        self.view = match target {
            Some(c) if c.applied < events.len() || c.at_us < end_us => {
                Some((c, rebuild(&self.model, c.applied)))
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

/// Everything that happened up to and including `at_us`.
fn at_time(events: &[Event], at_us: u64) -> Cursor {
    let applied = events.partition_point(|e| e.at_us <= at_us).max(1);
    Cursor { applied, at_us }
}

/// One visible event back or forward (step markers are invisible on their own).
fn step_to(events: &[Event], applied: usize, forward: bool) -> Cursor {
    let visible = |e: &Event| !matches!(e.kind, EventKind::At { .. });
    let applied = if forward {
        (applied + 1..=events.len())
            .find(|&n| visible(&events[n - 1]))
            .unwrap_or(events.len())
    } else {
        (1..applied)
            .rev()
            .find(|&n| visible(&events[n - 1]))
            .unwrap_or(1)
    };
    Cursor {
        applied,
        at_us: events[applied - 1].at_us,
    }
}

fn rebuild(model: &Model, applied: usize) -> Model {
    let mut view = Model::new(model.run);
    for e in &model.events[..applied] {
        view.apply(e);
    }
    view
}

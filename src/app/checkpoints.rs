//! Models kept along a still run for time travel, so a move of the cursor replays at most
//! `SPACING` events from the nearest one before it instead of the whole run from its start
//! (a second or more at ten million events). A checkpoint shares the run's recorded events
//! (`EventStore` clones share their chunks); what it costs of its own is the rest of the
//! model, so they are kept while that adds up to less than `MAX_BYTES`.

use crate::model::Model;

/// A checkpoint every this many events: about a tenth of a second of replay at most.
pub(crate) const SPACING: usize = 1 << 20;

/// What the checkpoints may hold besides the events they share.
const MAX_BYTES: usize = 64 << 20;

/// The last chunk of events a checkpoint copies when either side writes to it.
const CHUNK_COPY: usize = 1 << 20;

pub(crate) struct Checkpoints {
    run: u32,
    /// `SPACING`, or fewer events in tests.
    spacing: usize,
    /// By the number of events applied, in order.
    kept: Vec<(usize, Model)>,
    bytes: usize,
}

impl Default for Checkpoints {
    fn default() -> Checkpoints {
        Checkpoints {
            run: 0,
            spacing: SPACING,
            kept: Vec::new(),
            bytes: 0,
        }
    }
}

impl Checkpoints {
    /// `model` as it was after its first `applied` events, built from the latest of a
    /// checkpoint and `near` (the view shown until now) that comes before it, keeping
    /// checkpoints on the way.
    pub(crate) fn rebuild(&mut self, model: &Model, near: Option<Model>, applied: usize) -> Model {
        if self.run != model.run {
            *self = Checkpoints {
                run: model.run,
                spacing: self.spacing,
                kept: Vec::new(),
                bytes: 0,
            };
        }
        let kept = self
            .kept
            .iter()
            .rev()
            .find(|(at, _)| *at <= applied)
            .map(|(at, m)| (*at, m));
        let mut view = match (near, kept) {
            (Some(near), kept)
                if near.run == model.run
                    && near.events.len() <= applied
                    && kept.is_none_or(|(at, _)| at <= near.events.len()) =>
            {
                near
            }
            (_, Some((_, m))) => m.clone(),
            (_, None) => Model::new(model.run),
        };
        let from = view.events.len();
        for (at, e) in (from + 1..=applied).zip(model.events.iter_from(from)) {
            view.apply(&e);
            if at.is_multiple_of(self.spacing) {
                self.keep(at, &view);
            }
        }
        view
    }

    fn keep(&mut self, at: usize, view: &Model) {
        let Err(place) = self.kept.binary_search_by_key(&at, |(a, _)| *a) else {
            return;
        };
        let cost = view.history_bytes() - view.events.bytes() + CHUNK_COPY;
        if self.bytes + cost <= MAX_BYTES {
            self.bytes += cost;
            self.kept.insert(place, (at, view.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::RunInfo;
    use crate::headless::{Narration, run};
    use crate::sched::Pacing;
    use std::sync::Arc;

    /// The Tour's channel pages and the seeds' lessons are short; this one has a few
    /// hundred events.
    fn finished_run() -> Model {
        let lesson = crate::front::toml::built_in("mutex")
            .and_then(Result::ok)
            .expect("a built-in lesson");
        let info = RunInfo::new(Arc::new(lesson), 7);
        run(info, Pacing::Instant, 1.0, Narration::Quiet).expect("runs")
    }

    fn from_scratch(model: &Model, applied: usize) -> Model {
        let mut view = Model::new(model.run);
        for e in model.events.iter().take(applied) {
            view.apply(&e);
        }
        view
    }

    #[test]
    fn a_view_from_a_checkpoint_or_the_last_view_is_the_view_from_the_start() {
        let model = finished_run();
        let len = model.events.len();
        assert!(len > 100, "{len} events");
        let mut checkpoints = Checkpoints {
            spacing: 16,
            ..Checkpoints::default()
        };
        let mut near = None;
        // Far forward, back, a step on from the last view, back again, to the very end.
        for applied in [len * 2 / 3, len / 3, len / 3 + 1, 17, 5, len] {
            let view = checkpoints.rebuild(&model, near.take(), applied);
            assert_eq!(
                view,
                from_scratch(&model, applied),
                "after {applied} events"
            );
            near = Some(view);
        }
        assert_eq!(checkpoints.kept.len(), len / 16, "one every 16 events");
        assert!(checkpoints.kept.iter().all(|(at, m)| m.events.len() == *at));
    }

    #[test]
    fn checkpoints_of_another_run_are_dropped() {
        let model = finished_run();
        let mut checkpoints = Checkpoints {
            spacing: 16,
            ..Checkpoints::default()
        };
        checkpoints.rebuild(&model, None, 40);
        assert_eq!(checkpoints.kept.len(), 2);
        let mut next = from_scratch(&model, model.events.len());
        next.run += 1;
        let view = checkpoints.rebuild(&next, None, 0);
        assert_eq!(view.run, next.run);
        assert!(checkpoints.kept.is_empty());
    }
}

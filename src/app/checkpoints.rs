//! Models kept along a run for time travel, so a move of the cursor replays at most
//! `spacing` events from the nearest one before it instead of the whole run from its start
//! (a second or more at ten million events). A checkpoint shares the run's history with the
//! model it was taken from (the event store's chunks, and the `ChunkedVec` chunks of the
//! lanes, processors, hand-offs and output): what it holds of its own is the last chunk of
//! each and the small rest of the model (`Model::clone_bytes`). They are taken as the live
//! run goes, and on the way of a replay; when they would hold more than `MAX_BYTES`, every
//! other one is dropped and the spacing doubles, so a run of any length keeps checkpoints to
//! its end.

use crate::model::Model;

/// A checkpoint every this many events to begin with: a few hundredths of a second of
/// replay at most.
pub(crate) const SPACING: usize = 1 << 18;

/// What the checkpoints may hold besides what they share: a few hundred of a long run's.
const MAX_BYTES: usize = 64 << 20;

pub(crate) struct Checkpoints {
    run: u32,
    /// `SPACING` or more (doubled as the checkpoints thin out), or fewer events in tests.
    spacing: usize,
    /// `MAX_BYTES`, or fewer in tests.
    max_bytes: usize,
    /// By the number of events applied, in order, with what each holds of its own.
    kept: Vec<(usize, usize, Model)>,
    bytes: usize,
}

impl Default for Checkpoints {
    fn default() -> Checkpoints {
        Checkpoints {
            run: 0,
            spacing: SPACING,
            max_bytes: MAX_BYTES,
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
        self.follow(model.run);
        let kept = self
            .kept
            .iter()
            .rev()
            .find(|(at, _, _)| *at <= applied)
            .map(|(at, _, m)| (*at, m));
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

    /// The live run applied an event: a checkpoint of it if it is at one's place, so the
    /// first move of the cursor does not replay the whole run.
    pub(crate) fn live(&mut self, model: &Model) {
        self.follow(model.run);
        let at = model.events.len();
        if at > 0 && at.is_multiple_of(self.spacing) && model.log_is_complete() {
            self.keep(at, model);
        }
    }

    /// Checkpoints of another run are dropped.
    fn follow(&mut self, run: u32) {
        if self.run != run {
            *self = Checkpoints {
                run,
                spacing: self.spacing.min(SPACING),
                max_bytes: self.max_bytes,
                kept: Vec::new(),
                bytes: 0,
            };
        }
    }

    fn keep(&mut self, at: usize, view: &Model) {
        if self.kept.iter().any(|(a, _, _)| *a == at) {
            return;
        }
        let cost = view.clone_bytes();
        if cost > self.max_bytes {
            return;
        }
        while self.bytes + cost > self.max_bytes {
            self.thin_out();
        }
        if at.is_multiple_of(self.spacing) {
            let place = self.kept.partition_point(|(a, _, _)| *a < at);
            self.bytes += cost;
            self.kept.insert(place, (at, cost, view.clone()));
        }
    }

    /// Every other checkpoint goes: twice the replay at most, half the memory.
    fn thin_out(&mut self) {
        self.spacing *= 2;
        let spacing = self.spacing;
        self.kept.retain(|(at, _, _)| at.is_multiple_of(spacing));
        self.bytes = self.kept.iter().map(|(_, cost, _)| cost).sum();
    }
}

#[cfg(test)]
mod tests;

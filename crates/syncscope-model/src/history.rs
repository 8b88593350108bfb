//! What a run's recorded history weighs: the event store and everything the model keeps one
//! of per state change, hand-off or slice. A run whose history passes `HISTORY_BUDGET` is
//! stopped at its budget like one that makes too many events: a run of channel ping-pong
//! keeps several times more than its events' few bytes each, and memory must stay bounded
//! whatever the program does.

use crate::{ChunkedVec, Model};

/// The most bytes of history a run keeps before it is stopped: with the viewer's own needs
/// this keeps a run under 500 MB.
pub const HISTORY_BUDGET: usize = 384 << 20;

/// Of the budget, what the model may keep besides the store (a quarter of 384 MiB is 96 MiB).
/// A time-travel view or checkpoint shares this part's chunks (`ChunkedVec`), so it counts
/// once; the share stays where it was because it is the one that stops channel-heavy runs:
/// more would let ping-pong run to four times its 6 million events and near 500 MB, for a
/// story its first million round trips tell.
const DERIVED_SHARE: (usize, usize) = (1, 4);

/// How often, in events, a viewer needs to ask: the history grows by at most a few hundred
/// bytes an event, so a few thousand events overshoot the budget by a megabyte or two.
pub const CHECK_EVERY: u64 = 4096;

/// What the allocator takes for a short shared string (a number, a word).
const VALUE_ALLOCATION: usize = 32;

impl Model {
    /// The bytes the run's history holds now. Vectors count their length, not their
    /// capacity: the room a vector reserves as it doubles is not touched, so it costs no
    /// memory until it is used.
    pub fn history_bytes(&self) -> usize {
        let lanes = self.lane_segments * std::mem::size_of::<crate::Segment>();
        let procs: usize = self.procs.lanes.iter().map(ChunkedVec::bytes).sum();
        // Each hand-off's value is a string of its own: a short one's allocation, about.
        let chan_values = self.chans.handoffs.len() * VALUE_ALLOCATION;
        self.events.bytes()
            + lanes
            + procs
            + self.chans.handoffs.bytes()
            + chan_values
            + self.handoffs.bytes()
            + self.unchunked_bytes()
    }

    /// What a clone of the model (a checkpoint, a time-travel view) holds of its own once
    /// either side goes on: the histories share every chunk but their last.
    pub fn clone_bytes(&self) -> usize {
        let lanes: usize = self.lanes.iter().map(|l| l.segments.tail_bytes()).sum();
        let procs: usize = self.procs.lanes.iter().map(ChunkedVec::tail_bytes).sum();
        self.events.tail_bytes()
            + lanes
            + procs
            + self.chans.handoffs.tail_bytes()
            + self.handoffs.tail_bytes()
            + self.output.lines.tail_bytes()
            + self.output.text.len()
            + self.output.stderr.len()
            + self.unchunked_bytes()
    }

    /// The histories that are short in runs that make long ones: a clone copies them whole.
    fn unchunked_bytes(&self) -> usize {
        std::mem::size_of_val(self.results.overwrites.as_slice())
            + std::mem::size_of_val(self.warnings.as_slice())
    }

    /// Whether the run's history has passed `budget` bytes (`HISTORY_BUDGET`, or a share of
    /// it when runs are shown side by side), or what it keeps besides the store its share of
    /// that; it answers at every `CHECK_EVERY`th event only, as adding it up takes a walk over
    /// the lanes.
    pub fn history_over(&self, budget: usize) -> bool {
        self.event_count.is_multiple_of(CHECK_EVERY) && self.history_past(budget)
    }

    /// Whether the history has passed `budget`, or its share of it besides the store, now.
    pub fn history_past(&self, budget: usize) -> bool {
        let all = self.history_bytes();
        let derived = all - self.events.bytes();
        all > budget || derived > budget / DERIVED_SHARE.1 * DERIVED_SHARE.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{info, stream};
    use syncscope_program::event::{EventKind, State};

    /// A run of two goroutines that take turns sleeping: every event is a state change, a
    /// segment on a lane besides its bytes in the store.
    fn turns(changes: u64) -> Model {
        let mut steps = vec![(0, 0, EventKind::RunStarted(Box::new(info(1))))];
        steps.extend((1..=changes).map(|i| {
            let state = [State::Running, State::Sleeping][(i / 2) as usize % 2];
            (i, (i % 2) as u32, EventKind::State(state))
        }));
        let mut model = Model::new(1);
        for e in stream(steps) {
            model.apply(&e);
        }
        model
    }

    #[test]
    fn the_history_weighs_the_store_and_a_segment_a_state_change() {
        let (small, large) = (turns(1000), turns(5000));
        let segments = |m: &Model| m.lanes.iter().map(|l| l.segments.len()).sum::<usize>();
        assert!(segments(&large) >= 4000);
        let grew = large.history_bytes() - small.history_bytes();
        let at_least = large.events.bytes() - small.events.bytes()
            + (segments(&large) - segments(&small)) * std::mem::size_of::<crate::Segment>();
        assert!(grew >= at_least, "{grew} bytes for {at_least}");
    }

    #[test]
    fn a_full_history_is_said_at_the_next_check_only() {
        let model = turns(CHECK_EVERY - 1);
        assert_eq!(model.event_count, CHECK_EVERY);
        assert!(model.history_over(1), "over one byte, at a check");
        let all = model.history_bytes();
        let derived = all - model.events.bytes();
        assert!(!model.history_over(all.max(derived * 4 + 8)), "not over");
        assert!(
            model.history_over(derived * 4 - 8),
            "over the share besides the store"
        );
        assert!(!turns(CHECK_EVERY).history_over(1), "between checks");
    }
}

use crate::ChunkedVec;
use crate::lane_summary::{BLOCK, SegmentSummary};
use syncscope_program::event::{Gid, State};

/// One stretch of time a goroutine spent in one state. `end_ns` is `None` while it lasts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub state: State,
    pub start_ns: u64,
    pub end_ns: Option<u64>,
}

/// A goroutine's history: memory grows with its state changes, not with time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lane {
    pub segments: ChunkedVec<Segment>,
    /// One for each full block of `lane_summary::BLOCK` segments, in order.
    pub summaries: ChunkedVec<SegmentSummary>,
    /// The step the goroutine is at: function (0 is `main`) and step number.
    pub at: Option<(u16, u16)>,
    /// Who started it, and at which step (the `go` statement).
    pub created: Option<(Gid, Option<(u16, u16)>)>,
}

impl Lane {
    pub fn current(&self) -> Option<State> {
        self.segments.last().map(|s| s.state)
    }

    pub fn is_finished(&self) -> bool {
        self.current().is_some_and(State::is_final)
    }

    /// Records a change to `state` at `at_ns`. Returns the state it left, if it changed.
    pub fn enter(&mut self, state: State, at_ns: u64) -> Option<Option<State>> {
        let previous = self.current();
        if previous == Some(state) {
            return None;
        }
        // A lane's history stays in time order, which the views search it by.
        let at_ns = self
            .segments
            .last()
            .map_or(at_ns, |l| at_ns.max(l.start_ns));
        if let Some(last) = self.segments.last_mut() {
            last.end_ns = Some(at_ns);
        }
        // A final state is a point, not a stretch: the lane ends there.
        let end_ns = state.is_final().then_some(at_ns);
        self.segments.push(Segment {
            state,
            start_ns: at_ns,
            end_ns,
        });
        self.summarise_full_block();
        Some(previous)
    }

    /// Adds the summary of the block the last push has just closed, if it has: the push
    /// that opens a block is the first after the one before filled, and only then has that
    /// one's last segment an end.
    fn summarise_full_block(&mut self) {
        let len = self.segments.len();
        if len < 2 || !(len - 1).is_multiple_of(BLOCK) {
            return;
        }
        let block = (len - 1) / BLOCK - 1;
        if self.summaries.len() != block {
            return;
        }
        let full = self.segments.iter_from(block * BLOCK).take(BLOCK);
        if let Some(sum) = SegmentSummary::of(full.map(|s| (s.state, s.start_ns, s.end_ns))) {
            self.summaries.push(sum);
        }
    }

    /// Total time spent in `state`, counting an open segment up to `now_ns`.
    pub fn time_in(&self, state: State, now_ns: u64) -> u64 {
        self.segments
            .iter()
            .filter(|s| s.state == state)
            .map(|s| s.end_ns.unwrap_or(now_ns).saturating_sub(s.start_ns))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_full_block_of_a_lane_is_summed_once() {
        let mut lane = Lane::default();
        let per = BLOCK as u64;
        for i in 0..3 * per + 5 {
            let state = if i % 2 == 0 {
                State::Running
            } else {
                State::Sleeping
            };
            lane.enter(state, 10 * i);
        }
        assert_eq!(lane.summaries.len(), 3);
        for (k, sum) in lane.summaries.iter().enumerate() {
            let k = k as u64;
            assert_eq!(
                (sum.start_ns, sum.end_ns),
                (10 * per * k, 10 * per * (k + 1))
            );
            assert_eq!(sum.total_ns[State::Running as usize], 5 * per);
        }
    }

    #[test]
    fn entering_a_state_closes_the_previous_segment() {
        let mut lane = Lane::default();
        lane.enter(State::Running, 0);
        lane.enter(State::Sleeping, 10);
        assert_eq!(lane.enter(State::Sleeping, 20), None);
        lane.enter(State::Done, 30);
        assert_eq!(
            lane.segments.iter().copied().collect::<Vec<_>>(),
            vec![
                Segment {
                    state: State::Running,
                    start_ns: 0,
                    end_ns: Some(10)
                },
                Segment {
                    state: State::Sleeping,
                    start_ns: 10,
                    end_ns: Some(30)
                },
                Segment {
                    state: State::Done,
                    start_ns: 30,
                    end_ns: Some(30)
                },
            ]
        );
        assert_eq!(lane.time_in(State::Sleeping, 99), 20);
        assert!(lane.is_finished());
    }
}

use crate::ChunkedVec;
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
    pub summaries: ChunkedVec<crate::lane_summary::SegmentSummary>,
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
        crate::lane_summary::on_push(&self.segments, &mut self.summaries);
        Some(previous)
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

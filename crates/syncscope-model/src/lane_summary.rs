//! What each full block of a lane's segments adds up to, so a view showing a long run whole
//! draws a block that falls inside one cell of its track from the block's summary instead of
//! from its hundreds of segments.

use crate::ChunkedVec;
use crate::lanes::Segment;
use syncscope_program::event::State;

/// Segments in a block: few enough that a block straddling two cells costs little drawn one
/// by one, many enough that the summaries take a twentieth of the segments' room.
pub const BLOCK: usize = 256;

/// A full block of segments, all ended: the time it covers, and per state the longest
/// segment (with the index in the block of the first that long) and the time in all of them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SegmentSummary {
    pub start_ns: u64,
    pub end_ns: u64,
    /// By `State as usize`: the longest segment's duration and where the first such is.
    pub longest: [Option<(u64, u32)>; State::ALL.len()],
    pub total_ns: [u64; State::ALL.len()],
}

impl SegmentSummary {
    /// The summary of `segments`, each ended; `None` if one is not.
    pub(crate) fn of<'a>(segments: impl Iterator<Item = &'a Segment>) -> Option<SegmentSummary> {
        let mut sum = SegmentSummary {
            start_ns: u64::MAX,
            end_ns: 0,
            longest: [None; State::ALL.len()],
            total_ns: [0; State::ALL.len()],
        };
        for (i, s) in segments.enumerate() {
            let end = s.end_ns?;
            let duration = end.saturating_sub(s.start_ns);
            sum.start_ns = sum.start_ns.min(s.start_ns);
            sum.end_ns = sum.end_ns.max(end);
            let k = s.state as usize;
            sum.total_ns[k] += duration;
            // A stretch of no time is drawn nowhere.
            if duration > 0 && sum.longest[k].is_none_or(|(d, _)| duration > d) {
                sum.longest[k] = Some((duration, u32::try_from(i).unwrap_or(u32::MAX)));
            }
        }
        (sum.start_ns <= sum.end_ns).then_some(sum)
    }
}

/// Adds the summary of the block `segments` has just filled, if it has.
pub(crate) fn on_push(segments: &ChunkedVec<Segment>, summaries: &mut ChunkedVec<SegmentSummary>) {
    let len = segments.len();
    // The push that opens a block is the first after the one before filled: only then has
    // that one's last segment an end.
    if len < 2 || !(len - 1).is_multiple_of(BLOCK) {
        return;
    }
    let block = (len - 1) / BLOCK - 1;
    if summaries.len() != block {
        return;
    }
    let full = segments.iter_from(block * BLOCK).take(BLOCK);
    if let Some(sum) = SegmentSummary::of(full) {
        summaries.push(sum);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(state: State, start_ns: u64, end_ns: u64) -> Segment {
        Segment {
            state,
            start_ns,
            end_ns: Some(end_ns),
        }
    }

    #[test]
    fn a_chunk_sums_its_states_and_keeps_the_first_longest() {
        let segs = [
            seg(State::Running, 10, 15),
            seg(State::Sleeping, 15, 40),
            seg(State::Running, 40, 45),
            seg(State::Runnable, 45, 50),
        ];
        let sum = SegmentSummary::of(segs.iter()).expect("all ended");
        assert_eq!((sum.start_ns, sum.end_ns), (10, 50));
        assert_eq!(sum.longest[State::Running as usize], Some((5, 0)));
        assert_eq!(sum.longest[State::Sleeping as usize], Some((25, 1)));
        assert_eq!(sum.total_ns[State::Running as usize], 10);
        assert_eq!(sum.longest[State::WaitingLock as usize], None);
        let open = [Segment {
            state: State::Running,
            start_ns: 0,
            end_ns: None,
        }];
        assert_eq!(SegmentSummary::of(open.iter()), None);
    }

    #[test]
    fn every_full_block_of_a_lane_is_summed_once() {
        let mut lane = crate::Lane::default();
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
}

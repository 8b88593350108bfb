//! What each full block of a lane's segments adds up to, so a view showing a long run whole
//! draws a block that falls inside one cell of its track from the block's summary instead of
//! from its hundreds of segments.

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
    /// The summary of a block of segments, each its state, start and end; `None` if one
    /// has not ended.
    pub(crate) fn of(segments: impl Iterator<Item = (State, u64, Option<u64>)>) -> Option<Self> {
        let mut sum = SegmentSummary {
            start_ns: u64::MAX,
            end_ns: 0,
            longest: [None; State::ALL.len()],
            total_ns: [0; State::ALL.len()],
        };
        for (i, (state, start_ns, end_ns)) in segments.enumerate() {
            let end = end_ns?;
            let duration = end.saturating_sub(start_ns);
            sum.start_ns = sum.start_ns.min(start_ns);
            sum.end_ns = sum.end_ns.max(end);
            let k = state as usize;
            sum.total_ns[k] += duration;
            // A stretch of no time is drawn nowhere.
            if duration > 0 && sum.longest[k].is_none_or(|(d, _)| duration > d) {
                sum.longest[k] = Some((duration, u32::try_from(i).unwrap_or(u32::MAX)));
            }
        }
        (sum.start_ns <= sum.end_ns).then_some(sum)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_sums_its_states_and_keeps_the_first_longest() {
        let segs = [
            (State::Running, 10, Some(15)),
            (State::Sleeping, 15, Some(40)),
            (State::Running, 40, Some(45)),
            (State::Runnable, 45, Some(50)),
        ];
        let sum = SegmentSummary::of(segs.into_iter()).expect("all ended");
        assert_eq!((sum.start_ns, sum.end_ns), (10, 50));
        assert_eq!(sum.longest[State::Running as usize], Some((5, 0)));
        assert_eq!(sum.longest[State::Sleeping as usize], Some((25, 1)));
        assert_eq!(sum.total_ns[State::Running as usize], 10);
        assert_eq!(sum.longest[State::WaitingLock as usize], None);
        let open = [(State::Running, 0, None)];
        assert_eq!(SegmentSummary::of(open.into_iter()), None);
    }
}

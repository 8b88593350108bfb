//! Where each goroutine's time went, and how that spreads across goroutines.

use super::Model;
use syncscope_program::event::{Gid, LockAction, State};

/// One goroutine's time, in microseconds.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TimeSplit {
    pub sleeping: u64,
    /// Blocked in Lock, RLock or Wait.
    pub waiting: u64,
    /// Holding at least one lock.
    pub holding: u64,
}

/// One state's time across goroutines: median, 99th percentile and maximum.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StateStats {
    pub state: State,
    pub median_us: u64,
    pub p99_us: u64,
    pub max_us: u64,
}

impl Model {
    /// Counts lock holding per lane: from its first acquire to its last release.
    pub(super) fn count_hold(&mut self, who: Gid, action: LockAction, at: u64) {
        let i = who.index();
        if self.holds.len() <= i {
            self.holds.resize(i + 1, (0, 0, 0));
        }
        let (count, since, total) = &mut self.holds[i];
        match action {
            LockAction::Acquire => {
                if *count == 0 {
                    *since = at;
                }
                *count += 1;
            }
            LockAction::Release => {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    *total += at.saturating_sub(*since);
                }
            }
            LockAction::Wait
            | LockAction::Requeue { .. }
            | LockAction::Woken
            | LockAction::Claim => {}
        }
    }

    /// Lane `i`'s time up to `now_us`.
    pub fn time_split(&self, i: usize, now_us: u64) -> TimeSplit {
        let Some(lane) = self.lanes.get(i) else {
            return TimeSplit::default();
        };
        let holding = self.holds.get(i).map_or(0, |(count, since, total)| {
            total
                + if *count > 0 {
                    now_us.saturating_sub(*since)
                } else {
                    0
                }
        });
        TimeSplit {
            sleeping: lane.time_in(State::Sleeping, now_us * 1000) / 1000,
            waiting: [
                State::WaitingLock,
                State::WaitingRLock,
                State::WaitingWg,
                State::WaitingSend,
                State::WaitingRecv,
                State::WaitingSelect,
            ]
            .iter()
            .map(|s| lane.time_in(*s, now_us * 1000) / 1000)
            .sum(),
            holding,
        }
    }

    /// For each state some goroutine spent time in: median, p99 and max over the goroutines
    /// (`main` excluded: it mostly waits, by design).
    pub fn state_stats(&self, now_us: u64) -> Vec<StateStats> {
        let states = [
            State::Running,
            State::Runnable,
            State::Sleeping,
            State::WaitingLock,
            State::WaitingRLock,
            State::WaitingSend,
            State::WaitingRecv,
            State::WaitingSelect,
            State::Writing,
            State::Reading,
        ];
        states
            .into_iter()
            .filter_map(|state| {
                let mut times: Vec<u64> = self
                    .lanes
                    .iter()
                    .skip(1)
                    .map(|l| l.time_in(state, now_us * 1000) / 1000)
                    .collect();
                if times.iter().all(|&t| t == 0) {
                    return None;
                }
                times.sort_unstable();
                Some(StateStats {
                    state,
                    median_us: percentile(&times, 50),
                    p99_us: percentile(&times, 99),
                    max_us: *times.last()?,
                })
            })
            .collect()
    }
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[u64], p: usize) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1]
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn nearest_rank_percentiles() {
        let v = [10, 20, 30, 40, 50];
        assert_eq!(percentile(&v, 50), 30);
        assert_eq!(percentile(&v, 99), 50);
        assert_eq!(percentile(&[7], 99), 7);
    }
}

//! What a run's scenario works out to with its numbers: who runs what, for how long, and what a
//! correct run ends with.

use super::{Count, Millis, Op, Scenario, Step};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::ops::Deref;
use syncscope_program::event::{LockMode, RunInfo};

/// A scenario with one run's numbers.
pub(super) struct Workload<'a> {
    pub(crate) scenario: &'a Scenario,
    pub(crate) info: &'a RunInfo,
}

impl Deref for Workload<'_> {
    type Target = RunInfo;

    fn deref(&self) -> &RunInfo {
        self.info
    }
}

impl Workload<'_> {
    /// Goroutines per group.
    pub(crate) fn counts(&self) -> Vec<u32> {
        self.scenario.counts(self.workers)
    }

    /// Each goroutine id (1-based) with the index of the group it runs.
    pub(crate) fn goroutines(&self) -> impl Iterator<Item = (u32, usize)> + use<> {
        let counts = self.counts();
        counts
            .into_iter()
            .enumerate()
            .flat_map(|(group, n)| std::iter::repeat_n(group, n as usize))
            .zip(1..)
            .map(|(group, id)| (id, group))
    }

    /// Whether `main` starts goroutines (and so they get lanes) rather than calling them.
    pub(crate) fn spawns(&self) -> bool {
        self.scenario
            .main
            .iter()
            .any(|s| matches!(s.op, Op::Spawn { .. }))
    }

    /// How many lanes the run draws: `main`, then its goroutines.
    pub(crate) fn lane_count(&self) -> usize {
        1 + if self.spawns() {
            self.workers as usize
        } else {
            0
        }
    }

    /// Each goroutine's database-call delay in whole milliseconds, `g1` first. Random delays
    /// are uniform in `0..delay`, like the tutorial's `rand.Float32() * 2000`, drawn from the
    /// seed; whole milliseconds, so the Go program shown can list them exactly.
    pub(crate) fn delays_ms(&self) -> Vec<u64> {
        if !self.random_delay || self.delay_ms == 0 {
            return vec![self.delay_ms; self.workers as usize];
        }
        let mut rng = StdRng::seed_from_u64(self.seed);
        (0..self.workers)
            .map(|_| rng.random_range(0..self.delay_ms))
            .collect()
    }

    pub(crate) fn delays_us(&self) -> Vec<u64> {
        self.delays_ms().into_iter().map(|ms| ms * 1000).collect()
    }

    /// A duration step's length for goroutine `id` (0 is `main`), given its delays.
    pub(crate) fn step_us(&self, ms: Millis, id: u32, delays_us: &[u64]) -> u64 {
        match ms {
            Millis::Fixed(ms) => ms * 1000,
            Millis::Delay => id
                .checked_sub(1)
                .and_then(|i| delays_us.get(i as usize).copied())
                .unwrap_or(self.delay_ms * 1000),
            Millis::Write => self.write_ms * 1000,
            Millis::Read => self.read_ms * 1000,
        }
    }

    pub(crate) fn times(&self, count: Count) -> u32 {
        match count {
            Count::Fixed(n) => n,
            Count::Reads => self.reads,
            Count::Goroutines => self.workers,
        }
    }

    /// How many values a correct run leaves in `results`.
    pub(crate) fn expected(&self) -> usize {
        let per_group: usize = self
            .counts()
            .iter()
            .zip(&self.scenario.groups)
            .map(|(&n, g)| n as usize * self.appends(&g.steps))
            .sum();
        self.scenario
            .main
            .iter()
            .map(|s| match s.op {
                Op::Spawn { .. } | Op::Call => per_group,
                _ => self.appends(std::slice::from_ref(s)),
            })
            .sum()
    }

    fn appends(&self, steps: &[Step]) -> usize {
        steps
            .iter()
            .map(|s| match &s.op {
                Op::Append(_) => 1,
                Op::Repeat { times, body } => self.times(*times) as usize * self.appends(body),
                _ => 0,
            })
            .sum()
    }

    /// The run's likely length, to scale the time axis before the end is known: main's own
    /// steps, plus the slowest goroutine, plus (under a lock) every goroutine's locked time.
    pub(crate) fn expected_span_us(&self) -> u64 {
        let delays = self.delays_us();
        let each: Vec<(u64, u64)> = self
            .goroutines()
            .map(|(id, g)| self.duration_us(&self.scenario.groups[g].steps, id, &delays))
            .collect();
        let mut span = 0;
        for step in &self.scenario.main {
            span += match step.op {
                Op::Call => each.iter().map(|(total, _)| total).sum(),
                Op::Spawn { .. } => {
                    let slowest = each.iter().map(|(total, _)| *total).max().unwrap_or(0);
                    slowest + each.iter().map(|(_, locked)| locked).sum::<u64>()
                }
                _ => self.duration_us(std::slice::from_ref(step), 0, &delays).0,
            };
        }
        span
    }

    /// Total time of `steps` for goroutine `id`, and the part of it spent holding a lock.
    fn duration_us(&self, steps: &[Step], id: u32, delays: &[u64]) -> (u64, u64) {
        let (mut total, mut locked, mut held) = (0, 0, 0usize);
        for step in steps {
            let us = match &step.op {
                Op::Sleep(ms) | Op::Compute(ms) | Op::Append(ms) | Op::Read(ms) => {
                    self.step_us(*ms, id, delays)
                }
                Op::Repeat { times, body } => {
                    let (t, l) = self.duration_us(body, id, delays);
                    locked += l * u64::from(self.times(*times));
                    t * u64::from(self.times(*times))
                }
                // A guess for the time axis: a loop or a select's body once.
                Op::Range { .. } | Op::Select { .. } => step
                    .op
                    .nested()
                    .map(|b| self.duration_us(b, id, delays).0)
                    .max()
                    .unwrap_or(0),
                Op::Lock(_) if !matches!(self.mode, LockMode::None | LockMode::Channel) => {
                    held += 1;
                    0
                }
                Op::Unlock(_) if !matches!(self.mode, LockMode::None | LockMode::Channel) => {
                    held = held.saturating_sub(1);
                    0
                }
                _ => 0,
            };
            total += us;
            if held > 0 {
                locked += us;
            }
        }
        (total, locked)
    }

    /// The channel the channel mode adds for the results: after the scenario's own.
    pub(crate) fn out_chan(&self) -> usize {
        self.scenario.chans.len()
    }

    /// The channels a run makes: the scenario's, and in the channel mode `out`.
    pub(crate) fn chans(&self) -> Vec<(String, u32)> {
        let mut chans = self.scenario.chans.clone();
        if self.mode == LockMode::Channel {
            chans.push(("out".into(), 0));
        }
        chans
    }
}

#[cfg(test)]
#[path = "workload_tests.rs"]
mod tests;

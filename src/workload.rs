//! The tutorials' program as data: how many goroutines, how long each "database call" takes.

use crate::event::{LockMode, RunInfo};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

impl RunInfo {
    /// Each goroutine's database-call delay in microseconds, `g1` first. Random delays are
    /// uniform in `0..delay`, like the tutorial's `rand.Float32() * 2000`, drawn from the seed.
    pub fn delays_us(&self) -> Vec<u64> {
        let max_us = self.delay_ms * 1000;
        if !self.random_delay || max_us == 0 {
            return vec![max_us; self.workers as usize];
        }
        let mut rng = StdRng::seed_from_u64(self.seed);
        (0..self.workers)
            .map(|_| rng.random_range(0..max_us))
            .collect()
    }

    /// An upper bound on the run's length when nothing goes wrong: every critical section one
    /// after another after the slowest call. Used to scale the time axis before the end is known.
    pub fn worst_case_us(&self) -> u64 {
        let slowest = self.delays_us().into_iter().max().unwrap_or(0);
        let per_worker = (self.write_ms + self.read_ms * u64::from(self.reads)) * 1000;
        slowest + per_worker * u64::from(self.workers)
    }

    /// The run's expected length: with no lock everyone overlaps, with a lock the critical
    /// sections may line up one after another.
    pub fn expected_span_us(&self) -> u64 {
        match self.mode {
            LockMode::None => {
                let slowest = self.delays_us().into_iter().max().unwrap_or(0);
                slowest + (self.write_ms + self.read_ms * u64::from(self.reads)) * 1000
            }
            LockMode::Mutex | LockMode::RwMutex => self.worst_case_us(),
        }
    }

    /// The value goroutine `id` (1-based) appends: the tutorials' `dbData[i]`.
    pub fn value(id: u32) -> String {
        format!("id{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(random: bool, seed: u64) -> RunInfo {
        RunInfo {
            mode: LockMode::Mutex,
            workers: 5,
            delay_ms: 2000,
            random_delay: random,
            seed,
            write_ms: 300,
            read_ms: 300,
            reads: 1,
        }
    }

    #[test]
    fn fixed_delays_are_all_the_same() {
        assert_eq!(info(false, 1).delays_us(), vec![2_000_000; 5]);
    }

    #[test]
    fn random_delays_repeat_with_the_seed_and_stay_in_range() {
        let a = info(true, 42).delays_us();
        assert_eq!(a, info(true, 42).delays_us());
        assert_ne!(a, info(true, 43).delays_us());
        assert!(a.iter().all(|&d| d < 2_000_000));
    }

    #[test]
    fn worst_case_serializes_every_critical_section() {
        assert_eq!(info(false, 1).worst_case_us(), 5_000_000);
    }
}

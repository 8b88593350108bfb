//! How virtual time passes while every goroutine is blocked: at once (instant pacing), or with
//! the wall clock scaled by the speed, frozen while paused. While a goroutine runs, virtual time
//! stands still: code that does not sleep or block takes no time, so both pacings stamp the
//! same events with the same times.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pacing {
    /// Virtual time follows the wall clock, scaled by the speed.
    RealTime,
    /// Virtual time jumps to the next wake-up as soon as every goroutine is blocked.
    Instant,
}

/// The wall-clock side of virtual time.
pub(super) struct Pace {
    pub(crate) pacing: Pacing,
    pub(crate) speed: f64,
    pub(crate) paused: bool,
    /// Virtual time gone by since the run last went idle, up to the last rebase.
    idle_us: f64,
    /// When the run went idle or was last rebased; `None` while something runs.
    idle_since: Option<Instant>,
}

impl Pace {
    pub(crate) fn new(pacing: Pacing, speed: f64) -> Pace {
        Pace {
            pacing,
            speed,
            paused: false,
            idle_us: 0.0,
            idle_since: None,
        }
    }

    /// Every goroutine is blocked: wall time starts to count.
    pub(crate) fn go_idle(&mut self) {
        self.idle_us = 0.0;
        self.idle_since = Some(Instant::now());
    }

    /// A wake-up came: time is exact again.
    pub(crate) fn wake(&mut self) {
        self.idle_since = None;
        self.idle_us = 0.0;
    }

    /// Virtual microseconds gone by since the run went idle.
    pub(crate) fn idle_us(&self) -> u64 {
        let running = match self.idle_since {
            Some(since) if !self.paused && self.pacing == Pacing::RealTime => {
                since.elapsed().as_secs_f64() * 1e6 * self.speed
            }
            _ => 0.0,
        };
        (self.idle_us + running) as u64
    }

    /// Folds the time so far in before the speed or pause changes.
    fn rebase(&mut self) {
        if self.idle_since.is_some() {
            self.idle_us = self.idle_us() as f64;
            self.idle_since = Some(Instant::now());
        }
    }

    pub(crate) fn set_speed(&mut self, speed: f64) {
        self.rebase();
        self.speed = speed;
    }

    pub(crate) fn set_paused(&mut self, paused: bool) {
        self.rebase();
        self.paused = paused;
    }

    /// How long to wait for `virtual_us` more to pass; `None` when it has passed.
    pub(crate) fn wait_for(&self, virtual_us: u64) -> Option<Duration> {
        if self.pacing == Pacing::Instant || virtual_us == 0 {
            return None;
        }
        let real_us = virtual_us as f64 / self.speed;
        Some(Duration::from_micros(real_us.ceil() as u64 + 1))
    }
}

//! The app's state and what each action does to it. No terminal here: the loop in
//! `event_loop` feeds it, and tests drive it directly.

mod event_loop;
mod keys;

pub use event_loop::run_loop;
pub use keys::{Action, action};

use crate::cli::{SPEED_MAX, SPEED_MIN, fresh_seed};
use crate::clock::Pacing;
use crate::engine::{self, RunHandle};
use crate::event::{Event, LockMode, RunInfo};
use crate::model::Model;
use crossbeam_channel::Sender;

const SPEED_STEPS: [f64; 7] = [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0];

pub struct App {
    /// The workload the next run uses.
    pub info: RunInfo,
    pub speed: f64,
    pacing: Pacing,
    tx: Sender<Event>,
    run: u32,
    handle: Option<RunHandle>,
    pub model: Model,
    pub paused: bool,
    pub help: bool,
    pub quit: bool,
}

impl App {
    /// An app with no run yet; `start_run` begins one.
    pub fn new(info: RunInfo, speed: f64, pacing: Pacing, tx: Sender<Event>) -> App {
        App {
            info,
            speed,
            pacing,
            tx,
            run: 0,
            handle: None,
            model: Model::new(0),
            paused: false,
            help: false,
            quit: false,
        }
    }

    /// Cancels the current run (without waiting for its sleeps) and starts a fresh one.
    pub fn start_run(&mut self) {
        self.stop_run();
        self.run += 1;
        self.model = Model::new(self.run);
        self.paused = false;
        let handle = engine::start(
            self.run,
            self.info.clone(),
            self.pacing,
            self.speed,
            self.tx.clone(),
        );
        self.handle = Some(handle);
    }

    fn stop_run(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.cancel();
        }
    }

    /// Shows a recorded stream instead of a live run (tests, and later replay).
    pub fn show_run(&mut self, run: u32) {
        self.stop_run();
        self.run = run;
        self.model = Model::new(run);
    }

    pub fn on_event(&mut self, event: &Event) {
        self.model.apply(event);
        if self.model.is_finished() {
            // The run is over: stop what is left of it (a deadlock's blocked threads).
            self.stop_run();
        }
    }

    pub fn on_action(&mut self, action: Action) {
        match action {
            Action::Mode(mode) => {
                self.info.mode = mode;
                self.start_run();
            }
            Action::RunAgain => {
                if self.info.random_delay {
                    self.info.seed = fresh_seed();
                }
                self.start_run();
            }
            Action::TogglePause => {
                if let Some(handle) = &self.handle {
                    self.paused = !self.paused;
                    handle.clock().set_paused(self.paused);
                }
            }
            Action::Faster => self.set_speed(step_speed(self.speed, true)),
            Action::Slower => self.set_speed(step_speed(self.speed, false)),
            Action::ToggleHelp => self.help = !self.help,
            Action::Back if self.help => self.help = false,
            Action::Back | Action::Quit => {
                self.stop_run();
                self.quit = true;
            }
        }
    }

    fn set_speed(&mut self, speed: f64) {
        self.speed = speed;
        if let Some(handle) = &self.handle {
            handle.clock().set_speed(speed);
        }
    }

    /// Virtual time now: the clock's while a run goes on, the end once it is over.
    pub fn now_us(&self) -> u64 {
        match (&self.handle, self.model.total_us()) {
            (_, Some(total)) => total,
            (Some(handle), None) => handle.clock().now_us().max(self.model.last_us),
            (None, None) => self.model.last_us,
        }
    }

    /// Whether the screen changes with time alone (lanes grow while a run goes on).
    pub fn is_animating(&self) -> bool {
        self.handle.is_some() && !self.paused && !self.model.is_finished()
    }

    pub fn mode(&self) -> LockMode {
        self.model.info.as_ref().map_or(self.info.mode, |i| i.mode)
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop_run();
    }
}

/// The next speed step up or down, within 0.1x..10x.
fn step_speed(speed: f64, faster: bool) -> f64 {
    let next = if faster {
        SPEED_STEPS.iter().copied().find(|&s| s > speed + 1e-9)
    } else {
        SPEED_STEPS
            .iter()
            .rev()
            .copied()
            .find(|&s| s < speed - 1e-9)
    };
    next.unwrap_or(speed).clamp(SPEED_MIN, SPEED_MAX)
}

#[cfg(test)]
mod tests;

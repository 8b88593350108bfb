//! The compare view: the same workload, same seed, under every mode the scenario allows (or,
//! for CPU work, on 1, 2 and 4 processors), all running at once as separate runs on the same
//! event channel.

use super::{App, RunRow};
use crate::engine::{self, RunConfig, RunHandle};
use crate::event::{Event, LockMode};
use crate::model::{HISTORY_BUDGET, Model};

/// One of the side-by-side runs.
pub struct Side {
    pub(crate) mode: LockMode,
    /// What this side changes: its mode, or its processors.
    pub(crate) label: String,
    pub(crate) model: Model,
    handle: Option<RunHandle>,
}

impl Side {
    /// Virtual time now in this run.
    pub(crate) fn now_us(&self) -> u64 {
        self.now_ns() / 1000
    }

    /// Virtual time now in nanoseconds, for the lanes.
    pub(crate) fn now_ns(&self) -> u64 {
        match (&self.handle, self.model.total_ns()) {
            (_, Some(total)) => total,
            (Some(h), None) => (h.sched().now_us() * 1000).max(self.model.last_ns),
            (None, None) => self.model.last_ns,
        }
    }

    fn stop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.cancel();
        }
    }
}

/// The processors a computing scenario is compared on.
const COMPARED_PROCS: [u32; 3] = [1, 2, 4];

impl App {
    /// `C`: start the comparison, or leave it.
    pub(super) fn toggle_compare(&mut self) {
        if self.compare.is_some() {
            self.stop_compare();
            return;
        }
        // CPU work is compared by processors; everything else by lock mode.
        // A program that sets its own processors would run each side on those: by mode then.
        let uses = &self.info.lesson.uses;
        let variants: Vec<(LockMode, u32, String)> = if uses.processors && !uses.sets_procs {
            COMPARED_PROCS
                .into_iter()
                .map(|p| (self.info.mode, p, format!("GOMAXPROCS {p}")))
                .collect()
        } else {
            LockMode::ALL
                .into_iter()
                .filter(|m| self.info.lesson.modes.contains(m))
                .map(|m| (m, self.info.procs, m.title().to_string()))
                .collect()
        };
        if variants.len() < 2 {
            self.status = Some(format!(
                "{} runs under one mode only: nothing to compare",
                self.info.lesson.name
            ));
            return;
        }
        self.stop_run();
        self.leave_the_past();
        self.awaiting = false;
        self.paused = false;
        let sides = variants
            .into_iter()
            .map(|(mode, procs, label)| {
                self.run += 1;
                let mut info = self.info.clone();
                info.mode = mode;
                info.procs = procs;
                let handle = engine::start(
                    RunConfig::new(self.run, info, self.pacing, self.speed),
                    self.tx.clone(),
                );
                Side {
                    mode,
                    label,
                    model: Model::new(self.run),
                    handle: Some(handle),
                }
            })
            .collect();
        self.compare = Some(sides);
    }

    /// Shows recorded runs side by side instead of live ones (tests).
    pub fn show_compare(&mut self, recorded: Vec<(LockMode, Vec<Event>)>) {
        self.stop_compare();
        self.stop_run();
        let sides = recorded
            .into_iter()
            .map(|(mode, events)| {
                self.run += 1;
                let mut model = Model::new(self.run);
                for e in &events {
                    model.apply(&Event {
                        run: self.run,
                        ..e.clone()
                    });
                }
                let label = match &model.info {
                    Some(info) if info.lesson.uses.processors => {
                        format!("GOMAXPROCS {}", info.procs)
                    }
                    _ => mode.title().to_string(),
                };
                Side {
                    mode,
                    label,
                    model,
                    handle: None,
                }
            })
            .collect();
        self.compare = Some(sides);
    }

    pub(super) fn stop_compare(&mut self) {
        for side in self.compare.iter_mut().flatten() {
            side.stop();
        }
        self.compare = None;
    }

    /// Routes an event to its side; returns false when it belongs to none.
    pub(super) fn compare_event(&mut self, event: &Event) -> bool {
        let Some(side) = self
            .compare
            .iter_mut()
            .flatten()
            .find(|s| s.model.run == event.run)
        else {
            return false;
        };
        let was_finished = side.model.is_finished();
        side.model.apply(event);
        // Two runs share what one may hold.
        if side.model.history_over(HISTORY_BUDGET / 2)
            && let Some(handle) = &side.handle
        {
            handle.sched().stop_at_budget();
        }
        if side.model.is_finished() && !was_finished {
            side.stop();
            if let Some(row) = RunRow::of(&side.model) {
                self.runs.record(row);
            }
        }
        true
    }

    pub(super) fn compare_clocks(&self, paused: Option<bool>, speed: Option<f64>) {
        for side in self.compare.iter().flatten() {
            if let Some(h) = &side.handle {
                if let Some(p) = paused {
                    h.sched().set_paused(p);
                }
                if let Some(s) = speed {
                    h.sched().set_speed(s);
                }
            }
        }
    }

    /// The run the code panel's markers follow: in the compare view, the side in the mode the
    /// program is shown for.
    pub(crate) fn code_model(&self) -> &Model {
        self.compare
            .iter()
            .flatten()
            .find(|s| s.mode == self.info.mode)
            .map_or_else(|| self.shown(), |s| &s.model)
    }

    /// Whether any side still runs.
    pub(super) fn compare_animating(&self) -> bool {
        !self.paused
            && self
                .compare
                .iter()
                .flatten()
                .any(|s| s.handle.is_some() && !s.model.is_finished())
    }
}

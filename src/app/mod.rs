//! The app's state and what each action does to it. No terminal here: the loop in
//! `tui::event_loop` feeds it, and tests drive it directly.

mod actions;
mod checkpoints;
mod compare;
mod course;
mod keymap;
mod keys;
mod runs;
mod screen;
mod time_travel;
mod zoom;

pub use compare::Side;
pub use keymap::{BINDABLE, KeyError, KeyMap, default_keys_toml, parse_key};
pub use keys::{Action, Scroll, Zoom, mouse_action};
pub use runs::{RunRow, Runs};
pub use time_travel::{Cursor, Travel};
pub use zoom::Window;

use crate::channel::EventSink;

use crate::engine::{self, RunConfig, RunHandle};
use crate::event::{Ending, Event, EventKind, LockAction, LockMode, RunInfo};
use crate::exit::Exit;
use crate::model::{HISTORY_BUDGET, Model};
use crate::program::{Listing, Outline};
use crate::sched::{Break, Breaks, Pacing};
use crate::trace;
use checkpoints::Checkpoints;
use rand::RngExt;
pub use screen::{LanesAt, Screen};
use std::path::{Path, PathBuf};

/// The panel under the lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Notes,
    Locks,
    Log,
}

const SPEED_STEPS: [f64; 7] = [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0];
/// Virtual time per real time, at least and at most.
pub(crate) const SPEED_MIN: f64 = 0.1;
pub(crate) const SPEED_MAX: f64 = 10.0;

/// Whether the processors' lanes start on screen: CPU work on more than one processor, where
/// who runs in parallel is the point.
fn procs_matter(info: &RunInfo) -> bool {
    info.lesson.uses.processors && info.procs > 1
}

/// A seed short enough to type back in.
pub(crate) fn fresh_seed() -> u64 {
    rand::rng().random_range(0..1_000_000)
}

pub struct App {
    /// The workload the next run uses.
    pub info: RunInfo,
    pub(crate) speed: f64,
    pacing: Pacing,
    tx: EventSink,
    run: u32,
    handle: Option<RunHandle>,
    pub model: Model,
    pub(crate) paused: bool,
    /// Overlays, panels and scrolling.
    pub screen: Screen,
    /// Set when the app should end, with why.
    pub exit: Option<Exit>,
    /// A bug in a goroutine thread, kept to be reported again on exit.
    pub(crate) fault: Option<String>,
    /// Lesson mode: where in the course we are.
    pub course: Option<usize>,
    /// Lesson mode: the question is on screen and the run waits for Enter.
    pub awaiting: bool,
    pub(crate) runs: Runs,
    /// The Go program of the current lesson and mode, for the code panel and race report.
    pub(crate) program: Listing,
    /// What the next run is expected to look like.
    pub(crate) outline: Outline,
    /// A one-line message for the footer, such as why a key did nothing.
    pub status: Option<String>,
    /// `--trace`: where each finished run is written.
    pub(crate) trace_path: Option<PathBuf>,
    /// Time travel: the cursor and the model as it was there.
    view: Option<(Cursor, Model)>,
    /// Time travel: models kept along the run, to rebuild the view from.
    checkpoints: Checkpoints,
    /// Break points: pause at the first lost update, at the first contention.
    pub(crate) break_on_lost: bool,
    pub(crate) break_on_wait: bool,
    /// The compare view's runs, one per mode, when it is on.
    pub(crate) compare: Option<Vec<Side>>,
    /// Ctrl-Z was pressed: the loop hands the terminal back and stops.
    pub(crate) suspend: bool,
    /// Which key does what (the config file can change them).
    pub(crate) keys: KeyMap,
}

impl App {
    /// An app with no run yet; `start_run` begins one.
    pub fn new(info: RunInfo, speed: f64, pacing: Pacing, tx: EventSink) -> App {
        let screen = Screen {
            procs: procs_matter(&info),
            ..Screen::default()
        };
        App {
            program: info.listing(),
            outline: info.outline(),
            info,
            speed,
            pacing,
            tx,
            run: 0,
            handle: None,
            model: Model::new(0),
            paused: false,
            screen,
            exit: None,
            fault: None,
            course: None,
            awaiting: false,
            runs: Runs::default(),
            status: None,
            trace_path: None,
            view: None,
            checkpoints: Checkpoints::default(),
            break_on_lost: false,
            break_on_wait: false,
            compare: None,
            suspend: false,
            keys: KeyMap::default(),
        }
    }

    /// Lesson mode from the named lesson's place in the course (the start for a user's file).
    pub fn start_lesson_at(&mut self, name: &str) {
        self.start_course(course::position(name));
    }

    /// Lesson mode from the course's lesson at `index`: shows its question, runs on Enter.
    pub(crate) fn start_course(&mut self, index: usize) {
        let Some(lesson) = course::lesson(index) else {
            return;
        };
        self.course = Some(index);
        self.info = RunInfo::new(lesson, fresh_seed());
        self.screen.procs = procs_matter(&self.info);
        self.prepare();
        self.stop_run();
        self.leave_the_past();
        self.run += 1;
        self.model = Model::new(self.run);
        self.awaiting = true;
        self.status = None;
    }

    /// Cancels the current run (without waiting for its sleeps) and starts a fresh one.
    pub fn start_run(&mut self) {
        // A story is of one run.
        self.screen.story = None;
        self.stop_compare();
        self.stop_run();
        self.leave_the_past();
        self.run += 1;
        self.model = Model::new(self.run);
        self.paused = false;
        self.awaiting = false;
        self.prepare();
        let mut config = RunConfig::new(self.run, self.info.clone(), self.pacing, self.speed);
        config.breaks = self.breaks();
        self.handle = Some(engine::start(config, self.tx.clone()));
    }

    /// The code and the outline of the run `info` describes.
    fn prepare(&mut self) {
        self.program = self.info.listing();
        self.outline = self.info.outline();
    }

    /// The engine itself stops at a break point, so nothing runs past it before it is seen.
    fn arm_breaks(&self) {
        if let Some(handle) = &self.handle {
            handle.sched().set_breaks(self.breaks());
        }
    }

    fn breaks(&self) -> Breaks {
        Breaks {
            lost_update: self.break_on_lost,
            lock_wait: self.break_on_wait,
        }
    }

    fn stop_run(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.cancel();
        }
    }

    /// An app that shows a finished run as the TUI would at its end, with no threads: for a
    /// picture of it.
    pub fn showing(model: &Model) -> Option<App> {
        let (tx, _) = crate::channel::channel();
        let mut app = App::new(model.info.clone()?, 1.0, Pacing::Instant, tx);
        app.show_run(model.run);
        for event in &model.events {
            app.on_event(&event);
        }
        Some(app)
    }

    /// Shows a recorded stream instead of a live run (tests, and later replay).
    pub fn show_run(&mut self, run: u32) {
        self.stop_run();
        self.leave_the_past();
        self.run = run;
        self.model = Model::new(run);
    }

    pub fn on_event(&mut self, event: &Event) {
        if self.compare_event(event) {
            return;
        }
        let was_finished = self.model.is_finished();
        self.model.apply(event);
        if event.run == self.model.run {
            self.checkpoints.live(&self.model);
            self.check_breaks(event);
            if self.model.history_over(HISTORY_BUDGET)
                && let Some(handle) = &self.handle
            {
                handle.sched().stop_at_budget();
            }
        }
        if self.model.is_finished() && !was_finished {
            // The run is over: stop what is left of it (a deadlock's blocked threads).
            // A bug is ours only in a live run, not in a recorded one being replayed.
            let live = self.handle.is_some();
            self.stop_run();
            if let Some((Ending::Panic(message), _)) = &self.model.ending
                && engine::is_bug(message)
                && live
            {
                self.fault = Some(message.clone());
            }
            if let Some(row) = RunRow::of(&self.model) {
                self.runs.record(row);
            }
            if let Some(path) = self.trace_path.clone() {
                self.write_trace(&path);
            }
        }
    }

    /// The engine pauses itself at a break point; the app shows where.
    fn check_breaks(&mut self, event: &Event) {
        let maybe = match event.kind {
            EventKind::Store {
                overwrote: Some(_), ..
            } => self.break_on_lost,
            EventKind::Lock {
                action: LockAction::Wait,
                ..
            } => self.break_on_wait,
            _ => false,
        };
        let Some(handle) = self.handle.as_ref().filter(|_| maybe) else {
            return;
        };
        let Some(hit) = handle.sched().break_at(event.seq) else {
            return;
        };
        if !self.paused && !self.model.is_finished() {
            self.paused = true;
            self.status = Some(match hit {
                Break::LostUpdate => "break: the first lost update (space resumes)".into(),
                Break::LockWait => {
                    "break: the first goroutine waiting for a lock (space resumes)".into()
                }
            });
        }
    }

    /// Shows a recorded run as if it had just finished.
    pub(crate) fn replay(&mut self, events: impl IntoIterator<Item = Event>) {
        self.show_run(self.run + 1);
        for e in events {
            self.on_event(&Event { run: self.run, ..e });
        }
        if let Some(info) = self.model.info.clone() {
            self.info = info;
            self.prepare();
        }
        self.status = Some("replaying a recorded run: n, m, r or Enter run it live".into());
    }

    /// Writes the current run as a trace; the outcome goes to the status line.
    pub(crate) fn write_trace(&mut self, path: &Path) {
        self.status = Some(match trace::write(&self.model, path) {
            Ok(()) => format!("trace written to {}", path.display()),
            Err(e) => e.to_string(),
        });
    }

    /// The `t` key: a file name from the lesson, mode and run number, in the current directory.
    fn trace_here(&mut self) {
        let name = match &self.model.info {
            Some(info) => format!(
                "syncscope-{}-{}-run{}.trace.json",
                info.lesson.name,
                info.mode.key(),
                self.model.run
            ),
            None => {
                self.status = Some("no run to write yet".into());
                return;
            }
        };
        self.write_trace(Path::new(&name));
    }

    /// The `s` key: the screen as an SVG picture in the current directory, named like a trace.
    fn picture_here(&mut self) {
        let Some(info) = &self.model.info else {
            self.status = Some("no run to picture yet".into());
            return;
        };
        let name = format!(
            "syncscope-{}-{}-run{}.svg",
            info.lesson.name,
            info.mode.key(),
            self.model.run
        );
        // The loop draws the screen as it is and writes it.
        self.screen.picture = Some(PathBuf::from(name));
    }

    /// The picture the `s` key asked for was written to `path`, or not.
    pub(crate) fn pictured(&mut self, path: &Path, written: std::io::Result<()>) {
        let name = path.display();
        self.status = Some(match written {
            Ok(()) => format!("wrote {name}: a picture of this screen"),
            Err(e) => format!("could not write {name}: {e}"),
        });
    }

    /// Stops every run without waiting for it and asks the loop to end.
    pub(crate) fn end(&mut self, exit: Exit) {
        self.stop_compare();
        self.stop_run();
        if self.exit.is_none() {
            self.exit = Some(exit);
        }
    }

    /// Stops virtual time while the process is stopped, so a real-time run does not race
    /// ahead of the screen; `false` when it was paused already.
    pub(crate) fn hold_for_suspend(&mut self) -> bool {
        let running = !self.paused && (self.handle.is_some() || self.compare.is_some());
        if running {
            self.on_action(Action::TogglePause);
        }
        running
    }

    fn set_speed(&mut self, speed: f64) {
        self.speed = speed;
        self.compare_clocks(None, Some(speed));
        if let Some(handle) = &self.handle {
            handle.sched().set_speed(speed);
        }
    }

    /// Virtual time now: the clock's while a run goes on, the end once it is over.
    pub(crate) fn now_us(&self) -> u64 {
        self.now_ns() / 1000
    }

    /// [`App::now_us`] in nanoseconds, for the lanes.
    pub(crate) fn now_ns(&self) -> u64 {
        match (&self.handle, self.model.total_ns()) {
            (_, Some(total)) => total,
            (Some(handle), None) => (handle.sched().now_us() * 1000).max(self.model.last_ns),
            (None, None) => self.model.last_ns,
        }
    }

    fn scroll(&mut self, scroll: Scroll) {
        let lanes = self.shown().lanes.len();
        let page = self.screen.lane_page.get();
        let last = lanes.saturating_sub(page);
        self.screen.lane_scroll = match scroll {
            Scroll::Up => self.screen.lane_scroll.saturating_sub(1),
            Scroll::Down => self.screen.lane_scroll + 1,
            Scroll::PageUp => self.screen.lane_scroll.saturating_sub(page),
            Scroll::PageDown => self.screen.lane_scroll + page,
            Scroll::Top => 0,
            Scroll::Bottom => last,
        }
        .min(last);
    }

    /// The course's length, for "lesson 3 of 12".
    pub(crate) fn course_len(&self) -> usize {
        course::len()
    }

    /// Whether the screen changes with time alone (lanes grow while a run goes on).
    pub(crate) fn is_animating(&self) -> bool {
        self.compare_animating()
            || self.handle.is_some() && !self.paused && !self.model.is_finished()
    }

    pub(crate) fn mode(&self) -> LockMode {
        self.model.info.as_ref().map_or(self.info.mode, |i| i.mode)
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.stop_compare();
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

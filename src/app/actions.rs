//! What each action does to the app.

use super::fresh_seed;
use super::{App, Panel, Scroll, course, step_speed};
use crate::app::{Action, Travel};
use crate::event::Gid;
use crate::exit::Exit;

impl App {
    pub fn on_action(&mut self, action: Action) {
        self.status = None;
        match action {
            Action::Mode(mode) if !self.info.lesson.modes.contains(&mode) => {
                let lesson = &self.info.lesson;
                let why = lesson.not_offered.iter().find(|(m, _)| *m == mode);
                self.status = Some(match why {
                    Some((_, why)) => why.clone(),
                    None => {
                        let allowed: Vec<&str> = lesson.modes.iter().map(|m| m.title()).collect();
                        format!("{} runs only under {}", lesson.name, allowed.join(", "))
                    }
                });
            }
            Action::Mode(mode) => {
                self.info.mode = mode;
                self.start_run();
            }
            Action::RunAgain if self.awaiting => self.start_run(),
            Action::RunAgain => {
                if self.info.random_delay {
                    self.info.seed = fresh_seed();
                }
                self.start_run();
            }
            Action::TogglePause if self.compare.is_some() => {
                self.paused = !self.paused;
                self.compare_clocks(Some(self.paused), None);
            }
            Action::Compare => self.toggle_compare(),
            // With the help open, the scroll keys move through it.
            Action::Scroll(scroll) if self.screen.help => {
                let h = &mut self.screen.help_scroll;
                *h = match scroll {
                    Scroll::Up => h.saturating_sub(1),
                    Scroll::Down => h.saturating_add(1),
                    Scroll::PageUp => h.saturating_sub(10),
                    Scroll::PageDown => h.saturating_add(10),
                    Scroll::Top => 0,
                    Scroll::Bottom => u16::MAX,
                };
            }
            // A presentation remote's buttons walk the course; other keys scroll there.
            Action::Scroll(Scroll::PageDown) if self.course.is_some() => {
                self.on_action(Action::NextLesson)
            }
            Action::Scroll(Scroll::PageUp) if self.course.is_some() => {
                self.on_action(Action::PreviousLesson)
            }
            Action::Scroll(scroll) => self.scroll(scroll),
            Action::Click { column, row } => self.click(column, row),
            Action::ToggleLessonText => {
                self.screen.lesson = !self.screen.lesson;
                self.screen.story = None;
            }
            Action::TogglePresent => {
                self.screen.present = !self.screen.present;
                // Presentation has no notes to tell a story in.
                self.screen.story = None;
            }
            Action::ToggleProcsView => self.screen.procs = !self.screen.procs,
            Action::ToggleCost => {
                self.info.cost = !self.info.cost;
                self.start_run();
            }
            Action::CycleProcs => {
                self.info.procs = match self.info.procs {
                    0 | 1 => 2,
                    2 | 3 => 4,
                    4..=7 => 8,
                    _ => 1,
                };
                self.start_run();
            }
            Action::ToggleDense => self.screen.dense = !self.screen.dense,
            Action::TogglePause => {
                if let Some(handle) = &self.handle {
                    self.paused = !self.paused;
                    handle.sched().set_paused(self.paused);
                    if !self.paused {
                        self.leave_the_past();
                    }
                }
            }
            Action::Travel(travel) => self.travel(travel),
            Action::BreakOnLost => {
                self.break_on_lost = !self.break_on_lost;
                self.arm_breaks();
            }
            Action::BreakOnWait => {
                self.break_on_wait = !self.break_on_wait;
                self.arm_breaks();
            }
            Action::Zoom(zoom) => self.zoom(zoom),
            Action::ZoomAt { column, zoom_in } => self.zoom_at(column, zoom_in),
            Action::Faster => self.set_speed(step_speed(self.speed, true)),
            Action::Slower => self.set_speed(step_speed(self.speed, false)),
            Action::ToggleHelp => {
                self.screen.help = !self.screen.help;
                self.screen.help_scroll = 0;
            }
            Action::WriteTrace => self.trace_here(),
            Action::WritePicture => self.picture_here(),
            Action::ToggleCode => self.screen.code = !self.screen.code,
            Action::CyclePanel => {
                self.screen.panel = match self.screen.panel {
                    Panel::Notes => Panel::Locks,
                    Panel::Locks => Panel::Log,
                    Panel::Log => Panel::Notes,
                }
            }
            Action::ToggleLesson => match self.course {
                Some(_) => self.course = None,
                None => self.start_course(course::position(&self.info.lesson.name)),
            },
            Action::NextLesson | Action::PreviousLesson if self.course.is_none() => {
                self.status = Some("press l for lesson mode, then ] and [ walk the course".into());
            }
            Action::NextLesson => {
                let next = self.course.map_or(0, |i| (i + 1).min(course::len() - 1));
                self.start_course(next);
            }
            Action::PreviousLesson => {
                let previous = self.course.map_or(0, |i| i.saturating_sub(1));
                self.start_course(previous);
            }
            Action::Back if self.screen.help => self.screen.help = false,
            Action::Back if self.screen.story.is_some() => self.screen.story = None,
            Action::Back if self.compare.is_some() => self.stop_compare(),
            Action::Back | Action::Quit => self.end(Exit::Quit),
            Action::Interrupt => self.end(Exit::Interrupted),
            Action::Suspend => self.suspend = true,
        }
    }

    /// A click on a lane tells its goroutine's story; on a still run it also moves the time
    /// cursor there.
    fn click(&mut self, column: u16, row: u16) {
        if self.screen.help || self.compare.is_some() {
            return;
        }
        let Some(at) = self.screen.lanes_at.get() else {
            return;
        };
        let (Some(lane), Some(at_ns)) = (at.lane_at(row), at.time_at(column)) else {
            return;
        };
        self.screen.story = Some(Gid(lane as u32));
        if self.is_still() {
            self.travel(Travel::To(at_ns));
        }
    }
}

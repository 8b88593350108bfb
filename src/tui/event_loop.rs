//! The loop: engine events, terminal input and frame ticks on one `select!`. Generic over the
//! backend so tests run it on a `TestBackend`.

use crate::app::{Action, App, mouse_action};
use crate::channel::EventSource;
use crate::exit::Exit;
use crate::fault::{self, Fault};
use crate::picture;
use crate::ui;
use crossbeam_channel::{Receiver, after, never, select};
use crossterm::event::Event as Input;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::time::{Duration, Instant};

/// 60 frames a second while something moves; nothing at all while nothing does.
const FRAME: Duration = Duration::from_micros(16_667);

/// What the loop asks of the real terminal, which only the caller can touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TerminalAction {
    /// Ctrl-Z or SIGTSTP: give the terminal back, stop the process, and take it again after.
    Suspend,
    /// SIGCONT: the terminal may have been changed under us; take it again and draw it all.
    Refresh,
}

/// Does what the loop asks of the real terminal.
pub type TerminalHandler<'a, B> =
    dyn FnMut(&mut Terminal<B>, TerminalAction) -> Result<(), <B as Backend>::Error> + 'a;

#[cfg(unix)]
const SIGTSTP: i32 = signal_hook::consts::SIGTSTP;
#[cfg(unix)]
const SIGCONT: i32 = signal_hook::consts::SIGCONT;
#[cfg(not(unix))]
const SIGTSTP: i32 = -1;
#[cfg(not(unix))]
const SIGCONT: i32 = -2;

/// Runs until the app quits, a signal arrives or the input channel closes, and says which.
/// Draws only when something changed, at most once a frame; when paused or finished it
/// sleeps until an event, a key or a signal.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &EventSource,
    input: &Receiver<Input>,
    signals: &Receiver<i32>,
    tty: &mut TerminalHandler<'_, B>,
) -> Result<Exit, B::Error> {
    let mut signals = signals.clone();
    let mut dirty = true;
    let mut next_frame = Instant::now();
    loop {
        let now = Instant::now();
        if dirty && now >= next_frame {
            terminal.draw(|frame| ui::draw(frame, app))?;
            dirty = false;
            next_frame = now + FRAME;
        }
        let wake = if dirty || app.is_animating() {
            after(next_frame.saturating_duration_since(Instant::now()))
        } else {
            never()
        };
        select! {
            recv(events) -> event => {
                let Ok(batch) = event else { continue };
                for batch in std::iter::once(batch).chain(events.try_iter()) {
                    for event in &batch {
                        app.on_event(event);
                    }
                    events.recycle(batch);
                }
                dirty = true;
            }
            recv(signals) -> signal => match signal {
                Ok(SIGTSTP) => app.suspend = true,
                Ok(SIGCONT) => {
                    tty(terminal, TerminalAction::Refresh)?;
                    dirty = true;
                }
                Ok(number) => app.end(Exit::from_signal(number)),
                // Nobody sends signals any more: stop listening rather than spin.
                Err(_) => signals = never(),
            },
            recv(input) -> first => {
                // Keys that came faster than frames (a paste, key repeat) are all answered
                // before the next draw, which then comes at once.
                let mut next = Some(first);
                let mut answered = false;
                while let Some(received) = next.take() {
                    match received {
                        Ok(one) => answered |= on_input(terminal, app, one)?,
                        // The terminal is gone: as good as a hang-up.
                        Err(_) => app.end(Exit::HungUp),
                    }
                    // Keys after a Ctrl-Z wait until the terminal is ours again.
                    if app.exit.is_none() && !app.suspend {
                        next = input.try_recv().ok().map(Ok);
                    }
                }
                // Keys the app ignores do not hurry the next frame.
                if answered {
                    dirty = true;
                    next_frame = Instant::now();
                }
            }
            recv(wake) -> _ => dirty = true,
        }
        if let Some(exit) = app.exit {
            return Ok(exit);
        }
        if std::mem::take(&mut app.suspend) {
            let held = app.hold_for_suspend();
            tty(terminal, TerminalAction::Suspend)?;
            if held {
                app.on_action(Action::TogglePause);
            }
            dirty = true;
            next_frame = Instant::now();
        }
    }
}

/// One key or resize; whether the screen must be redrawn now.
fn on_input<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    input: Input,
) -> Result<bool, B::Error> {
    match input {
        Input::Key(key) => {
            if fault::injected(Fault::UiPanic) {
                panic!("injected by SYNCSCOPE_FAULT=ui-panic");
            }
            if fault::injected(Fault::UiAbort) {
                std::process::abort();
            }
            let Some(action) = app.keys.action(key) else {
                return Ok(false);
            };
            app.on_action(action);
            take_picture(terminal, app)?;
            Ok(true)
        }
        Input::Mouse(mouse) => {
            let Some(action) = mouse_action(mouse) else {
                return Ok(false);
            };
            app.on_action(action);
            Ok(true)
        }
        Input::Resize(..) => {
            terminal.autoresize()?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// A picture the key asked for: the screen as it is now (before the status says so), drawn off
/// the terminal at its size, so neither the terminal nor a recording sees an extra frame.
fn take_picture<B: Backend>(terminal: &mut Terminal<B>, app: &mut App) -> Result<(), B::Error> {
    if let Some(path) = app.screen.picture.take() {
        let size = terminal.size()?;
        let screen = ui::screen(app, size.width, size.height);
        let written = picture::write_buffer_svg(&screen, &path);
        app.pictured(&path, written);
    }
    Ok(())
}

#[cfg(test)]
mod tests;

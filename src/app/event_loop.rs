//! The loop: engine events, terminal input and frame ticks on one `select!`. Generic over the
//! backend so tests run it on a `TestBackend`.

use super::{App, action};
use crate::channel::EventSource;
use crate::ui;
use crossbeam_channel::{Receiver, after, never, select};
use crossterm::event::Event as Input;
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::time::{Duration, Instant};

/// 60 frames a second while something moves; nothing at all while nothing does.
const FRAME: Duration = Duration::from_micros(16_667);

/// Runs until the app quits or the input channel closes. Draws only when something changed,
/// at most once a frame; when paused or finished it sleeps until an event or a key.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &EventSource,
    input: &Receiver<Input>,
) -> Result<(), B::Error> {
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
            recv(input) -> input => {
                match input {
                    Ok(Input::Key(key)) => {
                        if let Some(action) = action(key) {
                            app.on_action(action);
                            // A key press is answered now, not at the next frame.
                            next_frame = Instant::now();
                            dirty = true;
                        }
                    }
                    Ok(Input::Resize(..)) => {
                        terminal.autoresize()?;
                        next_frame = Instant::now();
                        dirty = true;
                    }
                    Ok(_) => {}
                    Err(_) => return Ok(()),
                }
                if app.quit {
                    return Ok(());
                }
            }
            recv(wake) -> _ => dirty = true,
        }
    }
}

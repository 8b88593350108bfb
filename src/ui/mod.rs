//! Drawing: pure functions of the app's state, one file per panel, and a layout per kind of
//! screen: the run with the lesson and code beside it (wide), the same stacked (narrow), and
//! presentation mode.

mod boxes;
mod cells;
mod chans;
mod code;
mod compare;
mod conds;
mod event_log;
mod footer;
mod header;
mod help;
mod lane_cells;
mod lane_marks;
mod lanes;
mod legend;
mod lesson;
mod locks;
mod notes;
mod output;
pub(crate) mod panel_text;
mod presentation;
mod procs_view;
mod results;
mod run_view;
mod runs;
mod side;
mod story;
pub(crate) mod style;
mod text;
pub mod theme;
mod time_format;
mod waitgroup;

use crate::app::App;
use ratatui::Frame;
use ratatui::backend::TestBackend;
use ratatui::prelude::*;
use ratatui::widgets::{Paragraph, Wrap};

pub(crate) const MIN_WIDTH: u16 = 60;
pub(crate) const MIN_HEIGHT: u16 = 18;
/// The lesson and code go beside the lanes from this width on.
const SIDE_MIN_TOTAL: u16 = 110;
const SIDE_MIN: u16 = 44;
const SIDE_MAX: u16 = 72;

/// The app's screen as it draws at `width`x`height`, off the terminal.
pub fn screen(app: &App, width: u16, height: u16) -> Buffer {
    // A test backend cannot fail.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    let Ok(_) = terminal.draw(|f| draw(f, app));
    terminal.backend().buffer().clone()
}

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    // Set again by whatever draws the lanes this frame: a click finds only what is on screen.
    app.screen.lanes_at.set(None);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = format!(
            "terminal too small: {}x{}, syncscope needs {MIN_WIDTH}x{MIN_HEIGHT}",
            area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(header::Header { app }, header);
    frame.render_widget(footer::Footer { app }, footer);
    if app.screen.present {
        presentation::draw(frame, app, body);
    } else if body.width >= SIDE_MIN_TOTAL {
        let side_width = (body.width * 2 / 5).clamp(SIDE_MIN, SIDE_MAX);
        let [main, side] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(side_width)]).areas(body);
        side::draw(frame, app, side);
        draw_run(frame, app, main, false);
    } else {
        draw_run(frame, app, body, true);
    }
    if app.screen.help {
        frame.render_widget(
            help::Help {
                scroll: app.screen.help_scroll,
                keys: &app.keys,
                chans: run_view::has_channels(app),
                conds: run_view::has_conds(app),
                cancels: !app.model.contexts.cancels.is_empty(),
            },
            area,
        );
    }
}

/// The run, or all modes side by side.
fn draw_run(frame: &mut Frame, app: &App, area: Rect, narrow: bool) {
    match &app.compare {
        Some(sides) => frame.render_widget(
            compare::CompareView {
                sides,
                procs: app.screen.procs,
            },
            area,
        ),
        None => run_view::draw(frame, app, area, narrow),
    }
}

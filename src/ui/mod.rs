//! Drawing: pure functions of the app's state, one file per panel.

mod event_log;
mod footer;
mod header;
mod help;
mod lanes;
mod legend;
mod results;
mod style;
mod time_format;
mod waitgroup;

use crate::app::App;
use ratatui::Frame;
use ratatui::prelude::*;
use ratatui::widgets::{Block, Paragraph, Wrap};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
const LOG_MIN_HEIGHT: u16 = 3;

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = format!(
            "terminal too small: {}x{}, syncscope needs {MIN_WIDTH}x{MIN_HEIGHT}",
            area.width, area.height
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let legend_height = legend::Legend::height(area.width);
    let (lanes_height, bottom_height) =
        split_height(area.height - 2 - legend_height, app.model.lanes.len());
    let [header, lanes, legend, bottom, log, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(lanes_height),
        Constraint::Length(legend_height),
        Constraint::Length(bottom_height),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(header::Header { app }, header);

    let block = Block::bordered().title(" Goroutines: virtual time → ");
    let inner = block.inner(lanes);
    frame.render_widget(block, lanes);
    let now_us = app.now_us();
    frame.render_widget(
        lanes::Swimlanes {
            model: &app.model,
            now_us,
            span_us: span_us(app, now_us),
        },
        inner,
    );
    frame.render_widget(legend::Legend, legend);

    let [gauge, results] =
        Layout::horizontal([Constraint::Percentage(30), Constraint::Percentage(70)]).areas(bottom);
    frame.render_widget(waitgroup::WaitGroupGauge { model: &app.model }, gauge);
    frame.render_widget(results::ResultsPanel { model: &app.model }, results);
    if log.height >= LOG_MIN_HEIGHT {
        frame.render_widget(event_log::EventLog { model: &app.model }, log);
    }
    frame.render_widget(footer::Footer { app }, footer);
    if app.help {
        frame.render_widget(help::Help, area);
    }
}

/// Shares `rows` between the lanes box and the panels below it. Lanes come first, one row
/// each; then the panels; then a blank row between lanes; what is left goes to the event log.
fn split_height(rows: u16, lanes: usize) -> (u16, u16) {
    let compact = (lanes as u16).saturating_add(3);
    let roomy = lanes::Swimlanes::wanted_height(lanes).saturating_add(2);
    let bottom = if rows >= compact + 7 + LOG_MIN_HEIGHT {
        7
    } else {
        5
    };
    let lanes_height = if rows >= roomy + bottom + LOG_MIN_HEIGHT {
        roomy
    } else {
        compact.min(rows.saturating_sub(bottom))
    };
    (lanes_height, bottom)
}

/// The time the lanes' width stands for: the whole run once it ended, before that the longest
/// it can take when nothing goes wrong, or the time so far if that is longer.
fn span_us(app: &App, now_us: u64) -> u64 {
    if let Some(total) = app.model.total_us() {
        return total.max(1);
    }
    let info = app.model.info.as_ref().unwrap_or(&app.info);
    info.expected_span_us().max(now_us).max(1)
}

//! Drawing: pure functions of the app's state, one file per panel.

mod boxes;
mod cells;
mod code;
mod compare;
mod event_log;
mod footer;
mod header;
mod help;
mod lanes;
mod legend;
mod lesson;
mod locks;
mod notes;
mod output;
mod results;
mod runs;
mod style;
mod text;
pub mod theme;
mod time_format;
mod waitgroup;

use crate::app::{App, Panel};
use crate::event::{Access, LockMode};
use crate::race_report::race_report;
use ratatui::Frame;
use ratatui::prelude::*;
use ratatui::widgets::{Paragraph, Wrap};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
const LOG_MIN_HEIGHT: u16 = 3;
/// What the notes keep when the lanes scroll.
const LOWER_MIN_HEIGHT: u16 = 8;
/// The lesson and code go beside the lanes from this width on.
const SIDE_MIN_TOTAL: u16 = 110;
const SIDE_MIN: u16 = 44;
const SIDE_MAX: u16 = 72;

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
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(header::Header { app }, header);
    frame.render_widget(footer::Footer { app }, footer);
    let main = if body.width >= SIDE_MIN_TOTAL {
        let side_width = (body.width * 2 / 5).clamp(SIDE_MIN, SIDE_MAX);
        let [main, side] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(side_width)]).areas(body);
        draw_side(frame, app, side);
        main
    } else {
        body
    };
    match &app.compare {
        Some(sides) => frame.render_widget(compare::CompareView { sides }, main),
        None => draw_main(frame, app, main),
    }
    if app.screen.help {
        frame.render_widget(
            help::Help {
                scroll: app.screen.help_scroll,
            },
            area,
        );
    }
}

/// Beside the lanes: the lesson, the Go program, and the runs so far.
fn draw_side(frame: &mut Frame, app: &App, area: Rect) {
    let runs_height = (app.runs.rows.len() as u16 + 3).clamp(4, 9);
    let wanted = lesson::LessonPanel::wanted_height(app, area.width);
    // While the question waits for Enter, it matters more than the code.
    let share = if app.awaiting {
        2 * area.height / 3
    } else {
        area.height / 3
    };
    let lesson_height = if app.screen.code {
        wanted.min(share)
    } else {
        wanted.min(area.height.saturating_sub(runs_height))
    };
    let [lesson_area, code_area, runs_area] = Layout::vertical([
        Constraint::Length(lesson_height),
        Constraint::Fill(1),
        Constraint::Length(runs_height),
    ])
    .areas(area);
    frame.render_widget(lesson::LessonPanel { app }, lesson_area);
    if app.screen.code && code_area.height >= 3 {
        frame.render_widget(code_panel(app), code_area);
    }
    frame.render_widget(runs::RunsTable { runs: &app.runs }, runs_area);
}

fn code_panel(app: &App) -> code::CodePanel<'_> {
    let scenario = &app.info.scenario;
    let (file, completed) = match &scenario.go {
        Some(source) => (
            format!("{}.go", scenario.name),
            if source.added_lines > 0 {
                ", + goimports"
            } else {
                ""
            },
        ),
        None => ("main.go".to_string(), ""),
    };
    code::CodePanel {
        program: &app.program,
        model: app.code_model(),
        title: format!(" {file} ({}{completed}, c hides) ", app.mode().title()),
        changed: changed_lines(app),
    }
}

/// The lines of a Go file that the mode removes or runs otherwise than written; a
/// scenario's program is written for its mode, so none.
fn changed_lines(app: &App) -> Vec<(usize, code::Change)> {
    let Some(source) = &app.info.scenario.go else {
        return Vec::new();
    };
    let mode = app.mode();
    source
        .program
        .lock_marks()
        .into_iter()
        .filter_map(|(func, pc, r)| {
            let change = match (mode, r.access) {
                (LockMode::None, _) => code::Change::Removed,
                (LockMode::Mutex, Access::Read) => code::Change::AsLock,
                _ => return None,
            };
            Some((*source.marks.get(&(func, pc))?, change))
        })
        .collect()
}

/// The time the panels show: the cursor's, or now.
fn shown_now_us(app: &App) -> u64 {
    app.cursor().map_or_else(|| app.now_us(), |c| c.at_us)
}

/// The lanes and everything about the run itself.
fn draw_main(frame: &mut Frame, app: &App, area: Rect) {
    let model = app.shown();
    let legend_height = legend::Legend::height(area.width);
    let lanes_count = app.model.lanes.len().max(app.info.lane_count());
    let (lanes_height, bottom_height) = split_height(area.height - legend_height, lanes_count);
    let [lanes, legend, bottom, lower] = Layout::vertical([
        Constraint::Length(lanes_height),
        Constraint::Length(legend_height),
        Constraint::Length(bottom_height),
        Constraint::Fill(1),
    ])
    .areas(area);

    let inner = boxes::frame(
        frame.buffer_mut(),
        lanes,
        Line::raw(" Goroutines: virtual time → "),
    );
    if app.awaiting {
        let prompt = Paragraph::new(format!(
            "Before it runs: {}\n\nPress Enter to run it.",
            app.info.scenario.predict
        ))
        .style(style::warn())
        .wrap(Wrap { trim: true });
        frame.render_widget(prompt, inner);
    } else {
        let now_us = app.now_us();
        frame.render_widget(
            lanes::Swimlanes {
                model,
                now_us: shown_now_us(app),
                span_us: span_us(app, now_us),
                cursor_us: app.cursor().map(|c| c.at_us),
                first: app.screen.lane_scroll,
                dense: app.screen.dense,
            },
            inner,
        );
        let (_, fits) = lanes::fit(
            model.lanes.len(),
            inner.height.saturating_sub(1),
            app.screen.dense,
        );
        let page = if fits < model.lanes.len() {
            fits - 1
        } else {
            fits
        };
        app.screen.lane_page.set(page.max(1));
    }
    frame.render_widget(legend::Legend, legend);

    let [gauge, results] =
        Layout::horizontal([Constraint::Percentage(30), Constraint::Percentage(70)]).areas(bottom);
    frame.render_widget(waitgroup::WaitGroupGauge { model }, gauge);
    frame.render_widget(results::ResultsPanel { model }, results);
    if lower.height < LOG_MIN_HEIGHT {
        return;
    }
    let narrow = area.width == frame.area().width;
    // A Go file's output shares the bottom with the notes (in the runs table's place when
    // narrow); without the side column the runs table does.
    let go = app.info.scenario.go.is_some();
    let share = if narrow {
        9
    } else if go {
        10
    } else {
        0
    };
    let [notes, beside] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(lower.width * share / 20),
    ])
    .areas(lower);
    if go {
        frame.render_widget(output::OutputPanel { model }, beside);
    }
    if narrow && app.screen.code {
        // No room beside the lanes: the code takes the notes' place.
        frame.render_widget(code_panel(app), notes);
    } else {
        match app.screen.panel {
            Panel::Log => frame.render_widget(event_log::EventLog { model }, notes),
            Panel::Locks => frame.render_widget(
                locks::LockPanel {
                    model,
                    now_us: shown_now_us(app),
                },
                notes,
            ),
            Panel::Notes => {
                let report = race_report(model, &app.program);
                frame.render_widget(
                    notes::Notes {
                        model,
                        race_report: &report,
                    },
                    notes,
                );
            }
        }
    }
    if narrow && !go {
        frame.render_widget(runs::RunsTable { runs: &app.runs }, beside);
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
    } else if compact + bottom <= rows {
        compact
    } else {
        // Too many lanes for the screen: they scroll, and the panels below keep some room.
        rows.saturating_sub(bottom + LOWER_MIN_HEIGHT).max(5)
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

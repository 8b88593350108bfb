//! The run on screen: its lanes (or, before a lesson's run on a narrow screen, the lesson in
//! their place), the legend, the WaitGroup and the results, and a panel below.

use super::{
    boxes, chans, event_log, lanes, legend, lesson, locks, notes, output, procs_view, results,
    runs, side, story, style, waitgroup,
};
use crate::app::{App, LanesAt, Panel};
use crate::race_report::race_report;
use ratatui::Frame;
use ratatui::prelude::*;
use ratatui::widgets::{Paragraph, Wrap};

const LOG_MIN_HEIGHT: u16 = 3;
/// What the panel below keeps before the lanes get blank rows between them, or scroll.
const LOWER_MIN_HEIGHT: u16 = 8;
/// The WaitGroup and results boxes, roomy and tight.
const BOTTOM_ROOMY: u16 = 7;
const BOTTOM_TIGHT: u16 = 4;
/// The question before a run: two lines of text, a blank, the Enter line, and borders.
const PROMPT_ROWS: u16 = 6;

pub(crate) fn draw(frame: &mut Frame, app: &App, area: Rect, narrow: bool) {
    let model = app.shown();
    let legend = legend::Legend {
        chans: has_channels(app),
        conds: has_conds(app),
        cancels: !app.model.contexts.cancels.is_empty(),
    };
    let legend_height = legend.height(area.width);
    let lanes_count = app.model.lanes.len().max(app.outline.lanes);
    let rows = area.height.saturating_sub(legend_height);
    let uses = &app.info.lesson.uses;
    let has_bottom = !uses.wait_groups.is_empty() || uses.results;
    let lower_min = if stacks_sync_panels(app) {
        2 * LOWER_MIN_HEIGHT
    } else {
        LOWER_MIN_HEIGHT
    };
    let (mut top_height, bottom_height) = split_height(rows, lanes_count, has_bottom, lower_min);
    let room = rows.saturating_sub(bottom_height + LOG_MIN_HEIGHT);
    // Nothing runs yet, or the lesson was brought forward (i): on a narrow screen it takes
    // the lanes' place, where it has the most room.
    let lesson_on_top = narrow && (app.awaiting || app.screen.lesson);
    if lesson_on_top {
        let wanted = lesson::LessonPanel::wanted_height(app, area.width);
        top_height = top_height.max(wanted.min(room));
    } else if app.awaiting {
        top_height = top_height.max(PROMPT_ROWS.min(room));
    }
    // The processors' lanes, when asked for, above the goroutines' (from the panel below).
    let procs_height = if app.screen.procs && !lesson_on_top {
        procs_view::ProcsView::height(model)
    } else {
        0
    };
    let [procs, top, legend_area, bottom, lower] = Layout::vertical([
        Constraint::Length(procs_height),
        Constraint::Length(top_height),
        Constraint::Length(legend_height),
        Constraint::Length(bottom_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    if procs_height > 0 {
        procs_box(frame, app, procs);
    }
    if lesson_on_top {
        frame.render_widget(lesson::LessonPanel { app }, top);
    } else {
        let spacing = if app.screen.dense {
            lanes::Spacing::Dense
        } else {
            lanes::Spacing::Gaps
        };
        lanes_box(frame, app, top, spacing);
    }
    frame.render_widget(legend, legend_area);
    // The WaitGroup and results boxes only for a program that has them.
    let gauge_share = match (!uses.wait_groups.is_empty(), uses.results) {
        (true, true) => 30,
        (true, false) => 100,
        _ => 0,
    };
    let [gauge, results] = Layout::horizontal([
        Constraint::Percentage(gauge_share),
        Constraint::Percentage(100 - gauge_share),
    ])
    .areas(bottom);
    if !uses.wait_groups.is_empty() && bottom.height > 0 {
        frame.render_widget(waitgroup::WaitGroupGauge { model }, gauge);
    }
    if uses.results && bottom.height > 0 {
        frame.render_widget(results::ResultsPanel { model }, results);
    }
    if lower.height >= LOG_MIN_HEIGHT {
        draw_lower(frame, app, lower, narrow);
    }
}

/// The processors' lanes, on the goroutines' time scale.
pub(crate) fn procs_box(frame: &mut Frame, app: &App, area: Rect) {
    let model = app.shown();
    frame.render_widget(
        procs_view::ProcsView {
            model,
            now_ns: shown_now_ns(app),
            window: app.lanes_window(),
            label_width: lanes::label_width(model.lanes.len()),
        },
        area,
    );
}

/// The lanes in their box, or the question before a lesson's run; remembers where they went.
pub(crate) fn lanes_box(frame: &mut Frame, app: &App, area: Rect, spacing: lanes::Spacing) {
    // In the course the lanes' box says which lesson this is, and where its text is.
    let title = match app.course {
        Some(i) => Line::from(vec![
            Span::styled(
                format!(" Lesson {}: {} ", i + 1, app.info.lesson.title),
                style::title(),
            ),
            Span::styled("(i: its text) ", style::dim()),
        ]),
        None => Line::raw(" Goroutines: virtual time → "),
    };
    // Zoomed in: which part of the run, and the way back.
    let title = match app.screen.zoom {
        Some(_) => {
            let w = app.lanes_window();
            let mut title = title;
            title.push_span(Span::styled(
                format!(
                    "zoom {}..{} of {} (0 fits) ",
                    crate::ui::time_format::short_ns(w.start_ns),
                    crate::ui::time_format::short_ns(w.start_ns + w.span_ns),
                    crate::ui::time_format::short_ns(app.run_span_ns())
                ),
                style::highlight(),
            ));
            title
        }
        None => title,
    };
    let inner = boxes::frame(frame.buffer_mut(), area, title);
    if app.awaiting {
        let prompt = Paragraph::new(format!(
            "Before it runs: {}\n\nPress Enter to run it.",
            app.info.lesson.predict
        ))
        .style(style::warn())
        .wrap(Wrap { trim: true });
        frame.render_widget(prompt, inner);
        return;
    }
    let model = app.shown();
    let window = app.lanes_window();
    let widget = lanes::Swimlanes {
        model,
        now_ns: shown_now_ns(app),
        start_ns: window.start_ns,
        span_ns: window.span_ns,
        cursor_ns: app.cursor().map(|c| c.at_ns),
        first: app.screen.lane_scroll,
        spacing,
        axis: true,
    };
    let rows = inner.height.saturating_sub(1);
    let fit = lanes::fit(model.lanes.len(), rows, spacing);
    let page = if fit.shown < model.lanes.len() {
        fit.shown.saturating_sub(1)
    } else {
        fit.shown
    };
    app.screen.lane_page.set(page.max(1));
    let label = widget.label_width();
    app.screen.lanes_at.set(Some(LanesAt {
        track: Rect {
            x: inner.x + label,
            width: inner.width.saturating_sub(label),
            height: rows,
            ..inner
        },
        first: app
            .screen
            .lane_scroll
            .min(model.lanes.len().saturating_sub(page)),
        stride: fit.stride,
        shown: page,
        start_ns: window.start_ns,
        span_ns: window.span_ns,
    }));
    frame.render_widget(widget, inner);
}

/// Below the WaitGroup and results: the notes (or locks, or log), or on a narrow screen what
/// would be beside the lanes, as the keys ask; a goroutine's story when its lane was clicked.
fn draw_lower(frame: &mut Frame, app: &App, lower: Rect, narrow: bool) {
    let model = app.shown();
    // A program's own output shares the bottom with the notes (in the runs table's place when
    // narrow); without the side column the runs table does.
    let own_output = app.info.lesson.uses.own_output;
    let share = if narrow {
        9
    } else if own_output {
        10
    } else {
        0
    };
    let [notes, beside] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(lower.width * share / 20),
    ])
    .areas(lower);
    if own_output {
        frame.render_widget(output::OutputPanel { model }, beside);
    } else if narrow {
        frame.render_widget(runs::RunsTable { runs: &app.runs }, beside);
    }
    if let Some(who) = app.screen.story {
        frame.render_widget(story::Story { model, who }, notes);
    } else if narrow && app.screen.code {
        // No room beside the lanes: the code takes the notes' place.
        frame.render_widget(side::code_panel(app), notes);
    } else {
        match app.screen.panel {
            Panel::Log => frame.render_widget(event_log::EventLog { model }, notes),
            Panel::Locks => chans_and_locks(frame, app, notes, true),
            Panel::Notes => {
                let notes = if stacks_sync_panels(app) && notes.height >= 3 * LOG_MIN_HEIGHT {
                    // A program of its own shows its channels and locks without a key,
                    // above the notes, which keep a third.
                    let most = notes.height - notes.height / 3;
                    let height = if app.info.lesson.uses.locks {
                        most
                    } else {
                        chans::ChanPanel { model }.wanted_height().min(most)
                    };
                    let [sync, rest] =
                        Layout::vertical([Constraint::Length(height), Constraint::Fill(1)])
                            .areas(notes);
                    chans_and_locks(frame, app, sync, app.info.lesson.uses.locks);
                    rest
                } else {
                    notes
                };
                let mut report = crate::race_report::map_fatal_report(model, &app.program);
                report.extend(race_report(model, &app.program));
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
}

/// The channels (if the run has any) above the locks (when `locks`).
fn chans_and_locks(frame: &mut Frame, app: &App, area: Rect, locks: bool) {
    let model = app.shown();
    let rest = match (has_channels(app), locks) {
        (true, true) => chans_box(frame, model, area),
        (true, false) => {
            frame.render_widget(chans::ChanPanel { model }, area);
            return;
        }
        (false, _) => area,
    };
    if rest.height >= LOG_MIN_HEIGHT {
        let now_us = shown_now_us(app);
        frame.render_widget(locks::LockPanel { model, now_us }, rest);
    }
}

/// Whether the notes share their place with the channel and lock panels: for a program of
/// its own that uses channels or locks. A course lesson and a program with the tutorials'
/// results slice keep their notes whole: their lost updates and race report are the point.
fn stacks_sync_panels(app: &App) -> bool {
    let uses = &app.info.lesson.uses;
    uses.workload.is_none() && !uses.results && (has_channels(app) || uses.locks)
}

/// Whether the run has channels: a program that makes any has them from its start, so the
/// legend does not shift under the lanes at the first `make`.
/// Whether the run's program makes Conds: their wait has a place in the legend.
pub(crate) fn has_conds(app: &App) -> bool {
    app.info.lesson.uses.conds || !app.model.conds.list.is_empty()
}

pub(crate) fn has_channels(app: &App) -> bool {
    app.info.lesson.uses.chans
        || app.info.mode == crate::event::LockMode::Channel
        || !app.model.chans.is_empty()
}

/// The channels above the locks, taking what they need but leaving the locks a box; returns
/// the locks' area.
fn chans_box(frame: &mut Frame, model: &crate::model::Model, area: Rect) -> Rect {
    let panel = chans::ChanPanel { model };
    let most = if area.height >= 2 * LOG_MIN_HEIGHT {
        area.height - LOG_MIN_HEIGHT
    } else {
        area.height
    };
    let height = panel.wanted_height().max(LOG_MIN_HEIGHT).min(most);
    let [top, rest] =
        Layout::vertical([Constraint::Length(height), Constraint::Fill(1)]).areas(area);
    frame.render_widget(panel, top);
    rest
}

/// The time the panels show: the cursor's, or now.
pub(crate) fn shown_now_us(app: &App) -> u64 {
    shown_now_ns(app) / 1000
}

/// [`shown_now_us`] in nanoseconds, for the lanes.
pub(crate) fn shown_now_ns(app: &App) -> u64 {
    app.cursor().map_or_else(|| app.now_ns(), |c| c.at_ns)
}

/// Shares `rows` between the lanes box and the panels below it. Lanes come first, one row
/// each; then the panels, tight; then the panel below gets its room; then the panels roomy;
/// then a blank row between lanes.
fn split_height(rows: u16, lanes: usize, has_bottom: bool, lower_min: u16) -> (u16, u16) {
    let compact = (lanes as u16).saturating_add(3);
    let roomy = lanes::Swimlanes::wanted_height(lanes).saturating_add(2);
    let bottom = if !has_bottom {
        0
    } else if rows >= compact + BOTTOM_ROOMY + lower_min {
        BOTTOM_ROOMY
    } else {
        BOTTOM_TIGHT
    };
    let lanes_height = if rows >= roomy + bottom + lower_min {
        roomy
    } else if compact + bottom <= rows {
        compact
    } else {
        // Too many lanes for the screen: they scroll, and the panels below keep some room.
        rows.saturating_sub(bottom + lower_min).max(5)
    };
    (lanes_height, bottom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panel_below_gets_its_room_before_the_lanes_get_gaps() {
        // 5 lanes in 26 rows: gaps would leave the panel below 3 rows; without, 12.
        let (lanes, bottom) = split_height(26, 5, true, LOWER_MIN_HEIGHT);
        assert_eq!(lanes, 8, "one row per lane, the axis and the borders");
        assert!(26 - lanes - bottom >= LOWER_MIN_HEIGHT);
        // With room for both, the gaps come back.
        let (lanes, _) = split_height(40, 5, true, LOWER_MIN_HEIGHT);
        assert_eq!(lanes, lanes::Swimlanes::wanted_height(5) + 2);
    }

    #[test]
    fn a_program_without_a_waitgroup_or_results_gives_their_rows_away() {
        let (lanes, bottom) = split_height(40, 5, false, LOWER_MIN_HEIGHT);
        assert_eq!(bottom, 0);
        assert_eq!(lanes, lanes::Swimlanes::wanted_height(5) + 2);
    }

    #[test]
    fn a_short_screen_gets_the_tight_panels() {
        assert_eq!(split_height(19, 5, true, LOWER_MIN_HEIGHT).1, BOTTOM_TIGHT);
        assert_eq!(split_height(30, 5, true, LOWER_MIN_HEIGHT).1, BOTTOM_ROOMY);
    }
}

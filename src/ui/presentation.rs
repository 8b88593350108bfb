//! Presentation mode, for a projector: the lanes take the screen, as tall as the room allows,
//! with the WaitGroup and the results on one line under them, and the lesson above them when
//! it is asked for.

use super::{lanes, lesson, procs_view, run_view, style, text};
use crate::app::App;
use ratatui::Frame;
use ratatui::prelude::*;

pub(crate) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let [top, bottom] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let spacing = if app.screen.dense {
        lanes::Spacing::Dense
    } else {
        lanes::Spacing::Tall
    };
    // The lesson above the lanes when it waits for Enter or is brought forward (i).
    let top = if app.awaiting || app.screen.lesson {
        let wanted = lesson::LessonPanel::wanted_height(app, top.width);
        let [lesson_area, rest] = Layout::vertical([
            Constraint::Length(wanted.min(top.height / 2)),
            Constraint::Fill(1),
        ])
        .areas(top);
        frame.render_widget(lesson::LessonPanel { app }, lesson_area);
        rest
    } else {
        top
    };
    let top = if app.screen.procs {
        let [procs, rest] = Layout::vertical([
            Constraint::Length(procs_view::ProcsView::height(app.shown())),
            Constraint::Fill(1),
        ])
        .areas(top);
        run_view::procs_box(frame, app, procs);
        rest
    } else {
        top
    };
    run_view::lanes_box(frame, app, top, spacing);
    let model = app.shown();
    let (count, total) = (model.wait_group.max(0), model.wait_group_peak.max(0));
    let bar_width = 20usize;
    let filled = if total > 0 {
        (count as usize * bar_width).div_ceil(total as usize)
    } else {
        0
    };
    let got = model.results.contents().len();
    let lost = model.results.lost().len();
    let mut spans = vec![
        Span::styled(" WaitGroup ", style::title()),
        Span::styled("█".repeat(filled), style::info()),
        Span::styled("░".repeat(bar_width - filled), style::dim()),
        Span::raw(format!(" {count} of {total}   ")),
        Span::styled("Results ", style::title()),
        Span::raw(format!("expected {}, got {got}", model.expected())),
    ];
    if lost > 0 {
        spans.push(Span::raw("   "));
        spans.push(Span::styled(
            format!(
                " {lost} lost update(s): {} ",
                model.results.lost().join(" ")
            ),
            style::lost(),
        ));
    }
    text::line(
        frame.buffer_mut(),
        bottom.x,
        bottom.y,
        &Line::from(spans),
        bottom.width,
    );
}

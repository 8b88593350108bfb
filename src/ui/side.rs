//! Beside the lanes on a wide screen: the lesson, the Go program, and the runs so far.

use super::{code, lesson, runs};
use crate::app::App;

use ratatui::Frame;
use ratatui::prelude::*;

pub(crate) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let runs_height = (app.runs.rows.len() as u16 + 3).clamp(4, 9);
    let wanted = lesson::LessonPanel::wanted_height(app, area.width);
    // While the question waits for Enter, it matters more than the code; brought forward
    // (i), the lesson takes what it needs.
    let share = if app.screen.lesson {
        area.height
    } else if app.awaiting {
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

pub(crate) fn code_panel(app: &App) -> code::CodePanel<'_> {
    let program = &app.program;
    let lesson = &app.info.lesson;
    let mut notes = Vec::new();
    // The mode only where there is one to switch.
    if lesson.modes.len() > 1 || lesson.uses.workload.is_some() {
        notes.push(app.mode().title());
    }
    if program.added > 0 {
        notes.push("+ goimports");
    }
    notes.push("c hides");
    code::CodePanel {
        program,
        model: app.code_model(),
        title: format!(" {} ({}) ", program.file, notes.join(", ")),
    }
}

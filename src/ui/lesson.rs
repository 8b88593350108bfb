use super::{boxes, style, text};
use crate::app::App;
use crate::event::LockMode;
use ratatui::prelude::*;

/// The scenario's title and lesson; in lesson mode, the question to answer before it runs.
pub(super) struct LessonPanel<'a> {
    pub(crate) app: &'a App,
}

/// The channel mode's own lesson: a lesson's text is about its locks, which this mode drops.
const CHANNEL_MODE: &str = "The channel mode: the same calls with no lock and nothing shared. \
    Each goroutine sends its result on the channel out instead of saving it, and main receives \
    the results one at a time and saves each one itself, so only main ever touches results. \
    Nothing is lost and nothing races, because a send happens before the receive that gets its \
    value. The goroutines now wait in waiting-send for main to take their value, where under a \
    Mutex they waited for the lock.";

/// The lesson's text as this run shows it.
fn lesson_text(app: &App) -> &str {
    if app.info.mode == LockMode::Channel {
        CHANNEL_MODE
    } else {
        &app.info.lesson.text
    }
}

impl LessonPanel<'_> {
    /// Rows the text needs at `width`, borders included, so the code below gets the rest.
    pub(crate) fn wanted_height(app: &App, width: u16) -> u16 {
        let inner = usize::from(width.saturating_sub(2)).max(1);
        let scenario = &app.info.lesson;
        let mut total = rows(lesson_text(app), inner) + 2;
        if app.course.is_some() {
            // A blank row, the question, and the keys' row.
            total += 1 + rows(&format!("Predict: {}", scenario.predict), inner) + 1;
        }
        u16::try_from(total).unwrap_or(u16::MAX)
    }
}

impl Widget for LessonPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let scenario = &app.info.lesson;
        let title = match app.course {
            Some(i) => format!(
                " Lesson {} of {}: {} ",
                i + 1,
                app.course_len(),
                scenario.title
            ),
            None => format!(" {} ", scenario.title),
        };
        let inner = boxes::frame(buf, area, Line::styled(title, style::title()));
        let lesson = [(lesson_text(app), Style::new())];
        if app.course.is_none() {
            text::paragraph(buf, inner, &lesson);
            return;
        }
        let predict = format!("Predict: {}", scenario.predict);
        let next = if app.awaiting {
            "Enter runs it.  [ ] previous / next lesson"
        } else {
            "[ ] previous / next lesson"
        };
        // The question keeps its rows at the bottom; the lesson's text gets the rest.
        let width = usize::from(inner.width).max(1);
        let asked = (rows(&predict, width) + rows(next, width)) as u16;
        let question_rows = asked.min(inner.height);
        let text_rows = inner.height - question_rows;
        let text_area = Rect {
            height: text_rows.saturating_sub(1),
            ..inner
        };
        text::paragraph(buf, text_area, &lesson);
        let question = Rect {
            y: inner.y + text_rows,
            height: question_rows,
            ..inner
        };
        let items = [
            (predict.as_str(), style::warn().add_modifier(Modifier::BOLD)),
            (next, style::dim()),
        ];
        text::paragraph(buf, question, &items);
    }
}

/// Rows `text` takes wrapped to `width` (text outside ASCII, which ratatui wraps, is counted
/// by characters with a row to spare).
fn rows(text: &str, width: usize) -> usize {
    match text::wrap(text, width) {
        Some(rows) => rows.len().max(1),
        None => text.chars().count().div_ceil(width.max(1)) + 1,
    }
}

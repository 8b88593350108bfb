use super::{boxes, style, text};
use crate::app::App;
use ratatui::prelude::*;

/// The scenario's title and lesson; in lesson mode, the question to answer before it runs.
pub struct LessonPanel<'a> {
    pub app: &'a App,
}

impl LessonPanel<'_> {
    /// Rows the text needs at `width`, borders included, so the code below gets the rest.
    pub fn wanted_height(app: &App, width: u16) -> u16 {
        let inner = usize::from(width.saturating_sub(2)).max(1);
        let rows = |text: &str| text.chars().count().div_ceil(inner).max(1);
        let scenario = &app.info.scenario;
        let mut total = rows(&scenario.lesson) + 2;
        if app.course.is_some() {
            total += rows(&scenario.predict) + 2;
        }
        u16::try_from(total).unwrap_or(u16::MAX)
    }
}

impl Widget for LessonPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let scenario = &app.info.scenario;
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
        let predict = format!("Predict: {}", scenario.predict);
        let mut items = vec![(scenario.lesson.as_str(), Style::new())];
        if app.course.is_some() {
            let next = if app.awaiting {
                "Enter runs it.  [ ] previous / next lesson"
            } else {
                "[ ] previous / next lesson"
            };
            items.extend([
                ("", Style::new()),
                (predict.as_str(), style::warn().add_modifier(Modifier::BOLD)),
                (next, style::dim()),
            ]);
        }
        text::paragraph(buf, inner, &items);
    }
}

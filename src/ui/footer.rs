use super::{style, text};
use crate::app::App;
use crate::event::LockMode;
use crate::safe_text;
use ratatui::prelude::*;

/// The keys, with the current mode's key lit.
pub struct Footer<'a> {
    pub app: &'a App,
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mode = self.app.mode();
        let mode_key = |key: &'static str, name: &'static str, this: LockMode| {
            let key_style = if mode == this {
                style::mode(this).add_modifier(Modifier::REVERSED)
            } else {
                style::key()
            };
            [
                Span::styled(key, key_style),
                Span::raw(format!(" {name}  ")),
            ]
        };
        let key = |key: &'static str, name: &'static str| {
            [
                Span::styled(key, style::key()),
                Span::raw(format!(" {name}  ")),
            ]
        };
        if let Some(status) = &self.app.status {
            // It may name a file the user typed: shown as text, never as terminal codes.
            let status = safe_text::one_line(status, usize::from(area.width));
            Line::styled(format!(" {status}"), Style::new().fg(Color::Yellow)).render(area, buf);
            return;
        }
        let pause = if self.app.paused { "resume" } else { "pause" };
        let enter = if self.app.awaiting { "run" } else { "again" };
        let lesson = if self.app.course.is_some() {
            [key(" [ ] ", "lesson"), key(" l ", "free play")]
        } else {
            [key(" l ", "lessons"), [Span::raw(""), Span::raw("")]]
        };
        let code = if self.app.code { "hide code" } else { "code" };
        let on_off = |on: bool| if on { "on" } else { "off" };
        let breaks = format!(
            "break lost {} / wait {}",
            on_off(self.app.break_on_lost),
            on_off(self.app.break_on_wait)
        );
        let spans: Vec<Span> = [
            mode_key(" n ", "none", LockMode::None),
            mode_key(" m ", "Mutex", LockMode::Mutex),
            mode_key(" r ", "RWMutex", LockMode::RwMutex),
            key(" enter ", enter),
        ]
        .into_iter()
        .chain(lesson)
        .chain([
            key(" space ", pause),
            key(" c ", code),
            key(" ? ", "help"),
            key(" q ", "quit"),
            key(" ←→ ,. ", "time"),
            key(" e ", "panel"),
            [
                Span::styled(" x/w ", style::key()),
                Span::raw(format!(" {breaks}  ")),
            ],
            key(" +/- ", "speed"),
        ])
        .flatten()
        .collect();
        text::line(buf, area.x, area.y, &Line::from(spans), area.width);
    }
}

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
            Line::styled(format!(" {status}"), style::warn()).render(area, buf);
            return;
        }
        let pause = if self.app.paused { "resume" } else { "pause" };
        let enter = if self.app.awaiting { "run" } else { "again" };
        let code = if self.app.screen.code {
            "hide code"
        } else {
            "code"
        };
        // In priority order: what does not fit drops from the right, but help and quit are
        // always there, at the end.
        let mut wanted = vec![
            mode_key(" n ", "none", LockMode::None),
            mode_key(" m ", "Mutex", LockMode::Mutex),
            mode_key(" r ", "RWMutex", LockMode::RwMutex),
            key(" enter ", enter),
        ];
        if self.app.course.is_some() {
            wanted.push(key(" [ ] ", "lesson"));
            wanted.push(key(" l ", "free play"));
        } else {
            wanted.push(key(" l ", "lessons"));
        }
        wanted.extend([
            key(" space ", pause),
            key(" ←→ ,. ", "time"),
            key(" c ", code),
            key(" e ", "panel"),
            key(" C ", "compare"),
            key(" x/w ", "breaks"),
            key(" +/- ", "speed"),
        ]);
        let always = [key(" ? ", "help"), key(" q ", "quit")];
        let width_of = |item: &[Span; 2]| item.iter().map(Span::width).sum::<usize>();
        let room = usize::from(area.width).saturating_sub(always.iter().map(width_of).sum());
        let mut used = 0;
        let mut spans: Vec<Span> = Vec::new();
        for item in wanted {
            used += width_of(&item);
            if used > room {
                break;
            }
            spans.extend(item);
        }
        spans.extend(always.into_iter().flatten());
        text::line(buf, area.x, area.y, &Line::from(spans), area.width);
    }
}

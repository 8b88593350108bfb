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
        let app = self.app;
        if let Some(status) = &app.status {
            // It may name a file the user typed: shown as text, never as terminal codes.
            let status = safe_text::one_line(status, usize::from(area.width));
            Line::styled(format!(" {status}"), style::warn()).render(area, buf);
            return;
        }
        let mode = app.mode();
        let key_style = |this: LockMode| {
            if mode == this {
                style::mode(this).add_modifier(Modifier::REVERSED)
            } else {
                style::key()
            }
        };
        let key = |key: &'static str, name: &'static str| {
            vec![
                Span::styled(key, style::key()),
                Span::raw(format!(" {name}  ")),
            ]
        };
        let modes = [
            (" n ", "none", LockMode::None),
            (" m ", "Mutex", LockMode::Mutex),
            (" r ", "RWMutex", LockMode::RwMutex),
        ];
        let mode_keys: Vec<Vec<Span>> = modes
            .iter()
            .map(|&(k, name, this)| {
                vec![
                    Span::styled(k, key_style(this)),
                    Span::raw(format!(" {name}  ")),
                ]
            })
            .collect();
        // Where the three do not fit with the rest, one item: the keys, the current one lit.
        let mut mode_item: Vec<Span> = modes
            .iter()
            .map(|&(k, _, this)| Span::styled(k, key_style(this)))
            .collect();
        mode_item.push(Span::raw(" mode  "));
        let pause = if app.paused { "resume" } else { "pause" };
        let enter = if app.awaiting { "run" } else { "again" };
        let code = if app.screen.code { "hide code" } else { "code" };
        let present = if app.screen.present {
            "panels"
        } else {
            "present"
        };
        // In priority order: what does not fit drops from the right, but help and quit are
        // always there, at the end. In the course, running and moving through it come first.
        let rest = |mut items: Vec<Vec<Span<'static>>>| {
            items.push(key(" space ", pause));
            if app.course.is_none() {
                items.push(key(" i ", "about"));
            }
            items.extend([
                key(" ←→ ,. ", "time"),
                key(" c ", code),
                key(" e ", "panel"),
                key(" p ", present),
                key(" C ", "compare"),
                key(" x/w ", "breaks"),
                key(" +/- ", "speed"),
            ]);
            items
        };
        let layout = |modes: Vec<Vec<Span<'static>>>| {
            rest(if app.course.is_some() {
                let mut items = vec![
                    key(" enter ", enter),
                    key(" i ", "lesson"),
                    key(" [ ] ", "prev/next"),
                ];
                items.extend(modes);
                items.push(key(" l ", "free play"));
                items
            } else {
                let mut items = modes;
                items.extend([key(" enter ", enter), key(" l ", "lessons")]);
                items
            })
        };
        let always = [key(" ? ", "help"), key(" q ", "quit")];
        let width_of = |item: &[Span]| item.iter().map(Span::width).sum::<usize>();
        let room = usize::from(area.width).saturating_sub(always.iter().map(|i| width_of(i)).sum());
        let full = layout(mode_keys);
        let modes_fit = full.iter().take(if app.course.is_some() { 6 } else { 3 });
        let wanted = if modes_fit.map(|i| width_of(i)).sum::<usize>() <= room {
            full
        } else {
            layout(vec![mode_item])
        };
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

use super::{style, text};
use crate::app::App;
use crate::event::LockMode;
use crate::safe_text;
use ratatui::prelude::*;

/// The keys, with the current mode's key lit.
pub(super) struct Footer<'a> {
    pub(crate) app: &'a App,
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
        // The keys as bound, which the config file may have changed.
        let k = |names: &[&str], sep: &str| {
            let shown: Vec<String> = names.iter().map(|n| app.keys.shown(n)).collect();
            format!(" {} ", shown.join(sep))
        };
        let key = |key: String, name: &'static str| {
            vec![
                Span::styled(key, style::key()),
                Span::raw(format!(" {name}  ")),
            ]
        };
        let mut modes = vec![
            (k(&["none"], ""), "none", LockMode::None),
            (k(&["mutex"], ""), "Mutex", LockMode::Mutex),
            (k(&["rwmutex"], ""), "RWMutex", LockMode::RwMutex),
        ];
        // The channel mode only where the workload has it.
        if app.info.lesson.modes.contains(&LockMode::Channel) {
            modes.push((k(&["channel"], ""), "channel", LockMode::Channel));
        }
        // A program of its own offers the modes its locks allow (none without locks), named
        // by what they do to its code.
        if app.info.lesson.uses.workload.is_none() {
            let offered = &app.info.lesson.modes;
            modes.retain(|(_, _, this)| offered.len() > 1 && offered.contains(this));
            for (_, name, this) in &mut modes {
                *name = match this {
                    LockMode::None => "no locks",
                    LockMode::Mutex if offered.contains(&LockMode::RwMutex) => "all Mutex",
                    _ => "as written",
                };
            }
        }
        let mode_keys: Vec<Vec<Span>> = modes
            .iter()
            .map(|(k, name, this)| {
                vec![
                    Span::styled(k.clone(), key_style(*this)),
                    Span::raw(format!(" {name}  ")),
                ]
            })
            .collect();
        // Where the three do not fit with the rest, one item: the keys, the current one lit.
        let mut mode_item: Vec<Span> = modes
            .iter()
            .map(|(k, _, this)| Span::styled(k.clone(), key_style(*this)))
            .collect();
        if !mode_item.is_empty() {
            mode_item.push(Span::raw(" mode  "));
        }
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
            items.push(key(k(&["pause"], ""), pause));
            if app.course.is_none() {
                items.push(key(k(&["lesson-text"], ""), "about"));
            }
            items.extend([
                key(
                    k(&["earlier", "later", "previous-event", "next-event"], ""),
                    "time",
                ),
                key(k(&["code"], ""), code),
                key(k(&["panel"], ""), "panel"),
                key(k(&["present"], ""), present),
                key(k(&["compare"], ""), "compare"),
                key(k(&["break-on-lost", "break-on-wait"], "/"), "breaks"),
                key(k(&["faster", "slower"], "/"), "speed"),
            ]);
            items
        };
        let layout = |modes: Vec<Vec<Span<'static>>>| {
            rest(if app.course.is_some() {
                let mut items = vec![
                    key(k(&["run"], ""), enter),
                    key(k(&["lesson-text"], ""), "lesson"),
                    key(k(&["previous-lesson", "next-lesson"], " "), "prev/next"),
                ];
                items.extend(modes);
                items.push(key(k(&["lessons"], ""), "free play"));
                items
            } else {
                let mut items = modes;
                items.extend([
                    key(k(&["run"], ""), enter),
                    key(k(&["lessons"], ""), "lessons"),
                ]);
                items
            })
        };
        let always = [key(k(&["help"], ""), "help"), key(k(&["quit"], ""), "quit")];
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

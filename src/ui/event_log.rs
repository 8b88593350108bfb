use super::{boxes, style};
use crate::describe::describe;
use crate::event::{EventKind, State};
use crate::model::Model;
use ratatui::prelude::*;
use ratatui::widgets::Paragraph;

/// The latest events in words, newest at the bottom, as the headless timeline prints them.
pub(super) struct EventLog<'a> {
    pub(crate) model: &'a Model,
}

impl Widget for EventLog<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = boxes::frame(buf, area, Line::raw(" Event log (e: notes) "));
        let rows = inner.height as usize;
        let names = self.model.names();
        let mut lines: Vec<Line> = self
            .model
            .events
            .iter_rev()
            // "running" between two steps says nothing a reader needs.
            .filter(|e| !matches!(e.kind, EventKind::State(State::Running) | EventKind::Len(_)))
            .filter_map(|e| {
                let text = describe(&e, names)?;
                Some((e, text))
            })
            .take(rows)
            .map(|(e, text)| match &e.kind {
                EventKind::Store {
                    overwrote: Some(_), ..
                } => Line::styled(text, style::lost()),
                EventKind::State(state) => Line::styled(text, style::state(*state)),
                _ => Line::raw(text),
            })
            .collect();
        lines.reverse();
        Paragraph::new(lines).render(inner, buf);
    }
}

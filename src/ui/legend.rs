use super::{style, text};
use crate::event::State;
use ratatui::prelude::*;

/// What every mark on the lanes means: each state's glyph, then the marks drawn over lanes,
/// on as many lines as the width needs.
pub struct Legend;

/// Work, then waits, then endings.
const SHOWN: [State; 11] = [
    State::Running,
    State::Writing,
    State::Reading,
    State::Sleeping,
    State::WaitingLock,
    State::WaitingRLock,
    State::WaitingWg,
    State::Done,
    State::Abandoned,
    State::Deadlocked,
    State::Panicked,
];

impl Legend {
    /// Each entry: its mark, in its style, and its words.
    fn entries() -> Vec<(String, Style, &'static str)> {
        let mut entries: Vec<(String, Style, &'static str)> = SHOWN
            .iter()
            .map(|&s| (style::glyph(s).to_string(), style::state(s), s.name()))
            .collect();
        entries.push(("»".into(), style::handoff(), "lock handed on"));
        entries.push(("X".into(), style::lost(), "lost update"));
        entries
    }

    /// The entries filled into lines no wider than `width`.
    fn lines(width: u16) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for (mark, st, words) in Legend::entries() {
            let entry = 1 + 1 + words.len() + 2;
            if used + entry > usize::from(width) && spans.len() > 1 {
                lines.push(Line::from(std::mem::replace(
                    &mut spans,
                    vec![Span::raw(" ")],
                )));
                used = 1;
            }
            spans.push(Span::styled(mark, st));
            spans.push(Span::raw(format!(" {words}  ")));
            used += entry;
        }
        lines.push(Line::from(spans));
        lines
    }

    pub fn height(width: u16) -> u16 {
        Legend::lines(width).len() as u16
    }
}

impl Widget for Legend {
    fn render(self, area: Rect, buf: &mut Buffer) {
        for (row, line) in Legend::lines(area.width)
            .iter()
            .enumerate()
            .take(usize::from(area.height))
        {
            text::line(buf, area.x, area.y + row as u16, line, area.width);
        }
    }
}

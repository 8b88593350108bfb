use super::{style, text};
use crate::event::State;
use ratatui::prelude::*;

/// What each glyph and color means, on one line.
pub struct Legend;

const SHOWN: [State; 9] = [
    State::Sleeping,
    State::WaitingLock,
    State::WaitingRLock,
    State::Writing,
    State::Reading,
    State::Running,
    State::WaitingWg,
    State::Done,
    State::Deadlocked,
];

impl Legend {
    fn line(states: &[State], lost: bool) -> Line<'static> {
        let mut spans = vec![Span::raw(" ")];
        for &state in states {
            spans.push(Span::styled(
                style::glyph(state).to_string(),
                style::state(state),
            ));
            spans.push(Span::raw(format!(" {}  ", state.name())));
        }
        if lost {
            spans.push(Span::styled("X", style::lost()));
            spans.push(Span::raw(" lost update"));
        }
        Line::from(spans)
    }

    /// One line when it fits the width, else two, split between entries.
    fn lines(width: u16) -> Vec<Line<'static>> {
        let one = Legend::line(&SHOWN, true);
        if one.width() <= width as usize {
            return vec![one];
        }
        let (first, second) = SHOWN.split_at(SHOWN.len() / 2);
        vec![Legend::line(first, false), Legend::line(second, true)]
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

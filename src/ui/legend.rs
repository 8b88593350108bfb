use super::{style, text};
use crate::event::State;
use ratatui::prelude::*;

/// What every mark on the lanes means: each state's glyph, then the marks drawn over lanes,
/// on as many lines as the width needs. Channel waits and hand-offs only for a run that has
/// channels, so that the others keep their room; the Cond wait only for one with Conds.
pub(super) struct Legend {
    pub(crate) chans: bool,
    pub(crate) conds: bool,
    /// The run cancelled a `context`.
    pub(crate) cancels: bool,
}

/// The channel waits, shown after the WaitGroup's.
const CHANNEL_WAITS: [State; 3] = [State::WaitingSend, State::WaitingRecv, State::WaitingSelect];

/// Work, then waits, then endings.
const SHOWN: [State; 12] = [
    State::Running,
    State::Runnable,
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

/// Fewer words for a narrow screen, where the full names take a third line (the help has
/// them all).
fn short(state: State) -> &'static str {
    match state {
        State::Running => "run",
        State::Runnable => "ready",
        State::Writing => "write",
        State::Reading => "read",
        State::Sleeping => "sleep",
        State::WaitingLock => "Lock wait",
        State::WaitingRLock => "RLock wait",
        State::WaitingWg => "wg wait",
        State::WaitingCond => "Cond wait",
        State::WaitingSend => "send wait",
        State::WaitingRecv => "recv wait",
        State::WaitingSelect => "select",
        State::Deadlocked => "deadlock",
        State::Panicked => "panic",
        other => other.name(),
    }
}

impl Legend {
    /// Each entry: its mark, in its style, and its words.
    fn entries(&self, brief: bool) -> Vec<(String, Style, &'static str)> {
        let words = |s: State| if brief { short(s) } else { s.name() };
        let mut states = SHOWN.to_vec();
        if self.chans {
            let after_wg = SHOWN
                .iter()
                .position(|&s| s == State::WaitingWg)
                .map_or(0, |i| i + 1);
            states.splice(after_wg..after_wg, CHANNEL_WAITS);
        }
        if self.conds {
            let after_wg = states
                .iter()
                .position(|&s| s == State::WaitingWg)
                .map_or(0, |i| i + 1);
            states.insert(after_wg, State::WaitingCond);
        }
        let mut entries: Vec<(String, Style, &'static str)> = states
            .iter()
            .map(|&s| (style::glyph(s).to_string(), style::state(s), words(s)))
            .collect();
        let (handed, lost) = if brief {
            ("handed on", "lost")
        } else {
            ("lock handed on", "lost update")
        };
        let turns = if brief { "turns" } else { "taking turns" };
        entries.push((
            super::lane_cells::TURNS.to_string(),
            style::state(State::Running),
            turns,
        ));
        entries.push(("»".into(), style::handoff(), handed));
        if self.chans {
            let value = if brief { "value" } else { "value handed over" };
            entries.push((style::CHAN_HANDOFF.into(), style::handoff(), value));
        }
        if self.cancels {
            let cancelled = if brief { "cancel" } else { "context cancelled" };
            entries.push((style::CANCEL.into(), style::warn(), cancelled));
        }
        entries.push(("X".into(), style::lost(), lost));
        entries
    }

    /// The entries filled into lines no wider than `width`, in two lines if short words
    /// make them fit there.
    fn lines(&self, width: u16) -> Vec<Line<'static>> {
        let full = self.filled(width, false);
        if full.len() <= 2 {
            return full;
        }
        let brief = self.filled(width, true);
        if brief.len() < full.len() {
            brief
        } else {
            full
        }
    }

    fn filled(&self, width: u16, brief: bool) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for (mark, st, words) in self.entries(brief) {
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

    pub(crate) fn height(&self, width: u16) -> u16 {
        self.lines(width).len() as u16
    }
}

impl Widget for Legend {
    fn render(self, area: Rect, buf: &mut Buffer) {
        for (row, line) in self
            .lines(area.width)
            .iter()
            .enumerate()
            .take(usize::from(area.height))
        {
            text::line(buf, area.x, area.y + row as u16, line, area.width);
        }
    }
}

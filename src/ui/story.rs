//! One goroutine's story, told when its lane is clicked: who started it, then each state it
//! was in, with its times, and what it passed to whom over channels.

use super::{boxes, style, text, time_format};
use crate::describe::chan_op;
use crate::event::{ChanOp, EventKind, Gid};
use crate::model::Model;
use ratatui::prelude::*;

pub(super) struct Story<'a> {
    pub(crate) model: &'a Model,
    pub(crate) who: Gid,
}

impl Story<'_> {
    /// What the goroutine sent, received and closed, marked where a value was handed
    /// straight over.
    fn chan_lines(&self) -> Vec<(u64, bool, Line<'static>)> {
        let chans = &self.model.chans;
        self.model
            .events
            .iter()
            .filter(|e| e.who == self.who)
            .filter_map(|e| {
                let EventKind::Chan { chan, op } = &e.kind else {
                    return None;
                };
                let mark = match op {
                    ChanOp::Send { to: Some(_), .. } | ChanOp::Recv { from: Some(_), .. } => {
                        Span::styled(style::CHAN_HANDOFF.to_string(), style::handoff())
                    }
                    ChanOp::Send { .. } | ChanOp::Recv { .. } | ChanOp::Close => Span::raw(" "),
                    ChanOp::Make { .. } | ChanOp::Wait { .. } => return None,
                };
                let words = chan_op(&chans.name(*chan), op);
                let when = time_format::short_ns(e.at_ns);
                let line = Line::from(vec![mark, Span::raw(format!(" {words} at {when}"))]);
                Some((e.at_ns, false, line))
            })
            .collect()
    }
}

impl Widget for Story<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let title = format!(" {}'s story (Esc closes) ", self.who);
        let inner = boxes::frame(buf, area, Line::styled(title, style::title()));
        let Some(lane) = self.model.lanes.get(self.who.index()) else {
            return;
        };
        let mut lines: Vec<Line> = Vec::new();
        if let Some((by, _)) = lane.created {
            lines.push(Line::styled(format!("started by {by}"), style::dim()));
        }
        // Each line with its time; a channel operation goes before a state that starts with
        // it, as it is what ended the wait before.
        let mut told: Vec<(u64, bool, Line)> = self.chan_lines();
        // The times line up one column past the longest state name told.
        let longest = lane.segments.iter().map(|s| s.state.name().len()).max();
        let width = longest.map_or(0, |n| n + 1).max(14);
        for segment in &lane.segments {
            let when = match segment.end_ns {
                Some(end) if !segment.state.is_final() => format!(
                    "{} to {} ({})",
                    time_format::short_ns(segment.start_ns),
                    time_format::short_ns(end),
                    time_format::short_ns(end - segment.start_ns)
                ),
                _ if segment.state.is_final() => {
                    format!("at {}", time_format::short_ns(segment.start_ns))
                }
                _ => format!("since {}", time_format::short_ns(segment.start_ns)),
            };
            let line = Line::from(vec![
                Span::styled(
                    style::glyph(segment.state).to_string(),
                    style::state(segment.state),
                ),
                Span::raw(format!(" {:<width$}{when}", segment.state.name())),
            ]);
            told.push((segment.start_ns, true, line));
        }
        told.sort_by_key(|(at, state, _)| (*at, *state));
        lines.extend(told.into_iter().map(|(_, _, line)| line));
        // The end of the story stays in view; the start scrolls off first.
        let skip = lines.len().saturating_sub(usize::from(inner.height));
        for (row, line) in lines.iter().skip(skip).enumerate() {
            text::line(buf, inner.x, inner.y + row as u16, line, inner.width);
        }
    }
}

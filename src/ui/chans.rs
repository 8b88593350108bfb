//! The channels, beside the locks: each one's buffer as a row of slots with the values in
//! them, whether it is closed, and who waits to send (with what) and to receive, in the order
//! they will be served.

use super::{boxes, style, text};
use crate::event::State;
use crate::model::{ChanView, Model, shown_value};
use crate::safe_text;
use ratatui::prelude::*;

/// More slots than this are summed up: a buffer of 100 would push everything else off.
const MAX_SLOTS: usize = 8;
/// A value in a slot is cut to this many characters.
const SLOT_CHARS: usize = 6;
/// Hand-offs listed at the bottom, newest last.
const RECENT: usize = 3;

pub(super) struct ChanPanel<'a> {
    pub(crate) model: &'a Model,
}

impl ChanPanel<'_> {
    /// The rows it would like, borders included.
    pub(crate) fn wanted_height(&self) -> u16 {
        (self.lines().len() as u16).saturating_add(2)
    }

    fn lines(&self) -> Vec<Line<'static>> {
        let chans = &self.model.chans;
        if chans.is_empty() {
            return vec![Line::styled("no channel made yet", style::dim())];
        }
        let mut lines = Vec::new();
        for (i, c) in chans.list.iter().enumerate() {
            lines.push(self.first_row(i as u32, c));
            if !c.senders.is_empty() || !c.receivers.is_empty() {
                lines.push(queues(c));
            }
        }
        let recent: Vec<String> = chans
            .handoffs
            .iter_from(chans.handoffs.len().saturating_sub(RECENT))
            .map(|h| {
                format!(
                    "{}{}{} {}",
                    h.from,
                    style::CHAN_HANDOFF,
                    h.to,
                    shown_value(&h.value)
                )
            })
            .collect();
        if !recent.is_empty() {
            lines.push(Line::styled(
                format!("handed over: {}", recent.join("  ")),
                style::dim(),
            ));
        }
        lines
    }

    /// Name, capacity, the buffer's slots, open or closed, and the counts.
    fn first_row(&self, chan: u32, c: &ChanView) -> Line<'static> {
        let mut spans = vec![
            Span::styled(self.model.chans.name(chan), style::title()),
            Span::raw(format!(" cap {} ", c.cap)),
        ];
        if c.cap == 0 {
            spans.push(Span::styled("(unbuffered) ", style::dim()));
        }
        let cap = c.cap as usize;
        for slot in 0..cap.min(MAX_SLOTS) {
            spans.push(Span::styled("[", style::dim()));
            match c.buffer.get(slot) {
                Some(sent) => spans.push(Span::styled(
                    safe_text::one_line(&sent.value, SLOT_CHARS),
                    style::info(),
                )),
                None => spans.push(Span::raw(" ")),
            }
            spans.push(Span::styled("]", style::dim()));
        }
        if cap > MAX_SLOTS {
            spans.push(Span::styled(
                format!("… {} of {}", c.buffer.len(), c.cap),
                style::dim(),
            ));
        }
        if cap > 0 {
            spans.push(Span::raw(" "));
        }
        spans.push(match c.closed {
            Some(by) => Span::styled(format!("closed by {by}"), style::bad()),
            None => Span::styled("open", style::good()),
        });
        spans.push(Span::styled(
            format!("  sent {}, received {}", c.sent, c.received),
            style::dim(),
        ));
        Line::from(spans)
    }
}

/// Who waits on the channel, in queue order: senders with their values, then receivers.
fn queues(c: &ChanView) -> Line<'static> {
    let in_select = |select: bool| if select { " (select)" } else { "" };
    let mut spans = vec![Span::raw("  ")];
    if !c.senders.is_empty() {
        let senders: Vec<String> = c
            .senders
            .iter()
            .map(|w| {
                let value = w.value.as_deref().map_or(String::new(), shown_value);
                format!("{} <- {value}{}", w.who, in_select(w.select))
            })
            .collect();
        spans.push(Span::styled(
            format!("senders: {}  ", senders.join(", ")),
            style::state(State::WaitingSend),
        ));
    }
    if !c.receivers.is_empty() {
        let receivers: Vec<String> = c
            .receivers
            .iter()
            .map(|w| format!("{}{}", w.who, in_select(w.select)))
            .collect();
        spans.push(Span::styled(
            format!("receivers: {}", receivers.join(", ")),
            style::state(State::WaitingRecv),
        ));
    }
    Line::from(spans)
}

impl Widget for ChanPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = boxes::frame(buf, area, Line::raw(" Channels "));
        let lines = self.lines();
        let rows = usize::from(inner.height);
        if rows == 0 {
            return;
        }
        // What does not fit is counted on the last row rather than cut off unsaid.
        let cut = lines.len() > rows;
        let shown = if cut { rows - 1 } else { lines.len() };
        for (row, line) in lines.iter().take(shown).enumerate() {
            text::line(buf, inner.x, inner.y + row as u16, line, inner.width);
        }
        if cut {
            let more = format!("… {} more rows", lines.len() - shown);
            let y = inner.y + shown as u16;
            text::put(buf, inner.x, y, &more, inner.width, style::dim());
        }
    }
}

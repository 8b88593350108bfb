use super::{boxes, style};
use crate::engine::heap::OUT_OF_MEMORY;
use crate::event::Ending;
use crate::model::{Model, RACE_MAX_GOROUTINES, WarningKind};
use ratatui::prelude::*;
use ratatui::widgets::{Paragraph, Wrap};

/// What to notice, as it happens: warnings, then why a deadlocked run is stuck, then the race
/// report. The newest lines stay in view.
pub(super) struct Notes<'a> {
    pub(crate) model: &'a Model,
    pub(crate) race_report: &'a [String],
}

impl Widget for Notes<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let model = self.model;
        let mut lines: Vec<Line> = model
            .warnings
            .iter()
            .map(|w| {
                let mark = match w.kind {
                    WarningKind::LostUpdate => Span::styled("lost ", style::lost()),
                    _ => Span::styled("note ", style::warn()),
                };
                Line::from(vec![mark, Span::raw(" "), Span::raw(w.text.as_str())])
            })
            .collect();
        lines.extend(model.contexts.first_hand().map(|c| {
            Line::from(vec![
                Span::styled(format!("{} ", style::CANCEL), style::warn()),
                Span::raw(" "),
                Span::raw(crate::model::Contexts::note(c)),
            ])
        }));
        if let Some((Ending::Deadlock, _)) = model.ending {
            lines.push(Line::styled(
                "Why nobody can run:",
                style::bad().add_modifier(Modifier::BOLD),
            ));
            lines.extend(
                model
                    .who_waits()
                    .into_iter()
                    .map(|l| Line::raw(format!("  {l}"))),
            );
        }
        if let Some((Ending::Panic(message), _)) = &model.ending
            && message == OUT_OF_MEMORY
        {
            lines.push(Line::styled(
                OUT_OF_MEMORY,
                style::bad().add_modifier(Modifier::BOLD),
            ));
            lines.push(Line::raw(
                "  The program would have held more than a run may (--max-memory, 1GiB unless \
                 asked): the allocation past it was not made.",
            ));
        }
        lines.extend(
            self.race_report
                .iter()
                .map(|l| Line::styled(l.as_str(), style::bad())),
        );
        if model.race_detector.is_off() {
            lines.push(Line::styled(
                format!(
                    "Races are not looked for in runs of over {RACE_MAX_GOROUTINES} goroutines \
                     (Go's -race stops at 8,128)."
                ),
                style::dim(),
            ));
        }
        if lines.is_empty() {
            lines.push(Line::styled("Nothing to notice yet.", style::dim()));
        }
        let title = if model.chans.is_empty() {
            " Notes (e: locks and time) "
        } else {
            " Notes (e: channels, locks and time) "
        };
        let inner = boxes::frame(buf, area, Line::raw(title));
        // Keep the end in view: count wrapped rows from the bottom.
        let width = usize::from(inner.width.max(1));
        let rows: Vec<usize> = lines
            .iter()
            .map(|l| l.width().div_ceil(width).max(1))
            .collect();
        let mut shown = 0;
        let mut first = lines.len();
        while first > 0 && shown + rows[first - 1] <= usize::from(inner.height) {
            first -= 1;
            shown += rows[first];
        }
        Paragraph::new(lines.split_off(first))
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}

use super::{boxes, style, time_format};
use crate::event::{Access, Gid};
use crate::model::Model;
use ratatui::prelude::*;
use ratatui::widgets::Paragraph;

/// The time table's width: a goroutine's name and three times.
const TIME_WIDTH: u16 = 36;

/// Each lock's holders and queue, the latest hand-offs, and where the goroutines' time went.
pub(super) struct LockPanel<'a> {
    pub(crate) model: &'a Model,
    pub(crate) now_us: u64,
}

impl LockPanel<'_> {
    fn lock_lines(&self) -> Vec<Line<'static>> {
        let model = self.model;
        let mut lines = Vec::new();
        if model.locks.is_empty() {
            lines.push(Line::styled("no locks in this mode", style::dim()));
        }
        for (i, lock) in model.locks.iter().enumerate() {
            let holders = match (lock.writer, lock.readers.is_empty()) {
                (Some(w), _) => Span::styled(format!("held by {w} (Lock)"), style::warn()),
                (None, false) => {
                    let names: Vec<String> = lock.readers.iter().map(Gid::to_string).collect();
                    Span::styled(
                        format!("read by {} (RLock)", names.join(" ")),
                        style::info(),
                    )
                }
                (None, true) => Span::styled("free", style::dim()),
            };
            // Go's Mutex mode decides who gets in next, so it is always in view.
            let mode = if lock.starving {
                Span::styled("  starvation mode", style::bad())
            } else {
                Span::styled("  normal mode", style::dim())
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", lock.name), style::title()),
                holders,
                mode,
            ]));
            if let Some(writer) = lock.claimed {
                lines.push(Line::styled(
                    format!("  {writer} has the writers' turn: new readers wait"),
                    style::accent(),
                ));
            }
            if !lock.waiting.is_empty() {
                let queue: Vec<String> = lock
                    .waiting
                    .iter()
                    .map(|(g, a)| {
                        let call = match a {
                            Access::Write => "Lock",
                            Access::Read => "RLock",
                        };
                        let woken = lock.woken.iter().any(|(w, _)| w == g);
                        format!("{g} {call}{}", if woken { " (woken)" } else { "" })
                    })
                    .collect();
                lines.push(Line::styled(
                    format!("  queue: {}", queue.join(", ")),
                    style::bad(),
                ));
            }
            lines.extend(super::conds::cond_lines(model, i));
        }
        if model.locks.iter().any(|l| l.starving) {
            lines.push(Line::styled(
                "starvation mode: Unlock hands the lock to the first in the queue",
                style::dim(),
            ));
        }
        let recent: Vec<String> = model
            .handoffs
            .iter()
            .rev()
            .take(4)
            .map(|h| {
                let how = if h.direct { " (handed)" } else { "" };
                format!(
                    "{} {}»{}{how}",
                    time_format::short_ns(h.at_ns),
                    h.from,
                    h.to
                )
            })
            .collect();
        if !recent.is_empty() {
            lines.push(Line::raw(format!("hand-offs: {}", recent.join("  "))));
        }
        lines
    }

    fn time_lines(&self) -> Vec<Line<'static>> {
        let model = self.model;
        let mut lines = vec![Line::styled(
            format!("{:<6}{:>9}{:>9}{:>9}", "", "sleeping", "waiting", "holding"),
            style::title(),
        )];
        for i in 1..model.lanes.len() {
            let t = model.time_split(i, self.now_us);
            lines.push(Line::raw(format!(
                "{:<6}{:>9}{:>9}{:>9}",
                Gid(i as u32).to_string(),
                time_format::short(t.sleeping),
                time_format::short(t.waiting),
                time_format::short(t.holding)
            )));
        }
        lines.push(Line::styled(
            format!("{:<14}{:>7}{:>7}{:>7}", "per state", "median", "p99", "max"),
            style::title(),
        ));
        for s in model.state_stats(self.now_us) {
            lines.push(Line::from(vec![
                Span::styled(format!("{:<14}", s.state.name()), style::state(s.state)),
                Span::raw(format!(
                    "{:>7}{:>7}{:>7}",
                    time_format::short(s.median_us),
                    time_format::short(s.p99_us),
                    time_format::short(s.max_us)
                )),
            ]));
        }
        lines
    }
}

impl Widget for LockPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = boxes::frame(buf, area, Line::raw(" Locks and time (e: event log) "));
        let lock_lines = self.lock_lines();
        // Side by side where both fit, else the locks above the time table: the locks are
        // what the panel is for.
        let [left, right] = if inner.width >= TIME_WIDTH + 24 {
            Layout::horizontal([Constraint::Fill(1), Constraint::Length(TIME_WIDTH)]).areas(inner)
        } else {
            let wanted = lock_lines.len() as u16 + 1;
            Layout::vertical([
                Constraint::Length(wanted.min(inner.height - (inner.height / 2).min(3))),
                Constraint::Fill(1),
            ])
            .areas(inner)
        };
        Paragraph::new(lock_lines)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(left, buf);
        // The goroutines' rows scroll so that the per-state summary stays in view.
        let lines = self.time_lines();
        let skip = lines.len().saturating_sub(usize::from(right.height));
        let header = lines[0].clone();
        let mut shown: Vec<Line> = vec![header];
        shown.extend(lines.into_iter().skip(1 + skip));
        Paragraph::new(shown).render(right, buf);
    }
}

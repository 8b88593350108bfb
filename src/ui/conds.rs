//! The Conds of a lock, under it in the lock panel: who waits in `c.Wait()`, in the ticket
//! order `Signal` serves them, oldest first, and whom the latest Signal or Broadcast woke.

use super::style;
use crate::event::Gid;
use crate::model::Model;
use ratatui::prelude::*;

/// Each Cond on lock `lock`: its waiters, and whom its latest Signal or Broadcast woke. Short
/// lines, as the panel may be narrow.
pub(super) fn cond_lines(model: &Model, lock: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for cond in model.conds.list.iter().filter(|c| c.lock == lock) {
        let head = Span::styled(format!("  Cond {}: ", cond.name), style::title());
        let waits = if cond.waiting.is_empty() {
            Span::styled("nobody waits", style::dim())
        } else {
            let queue: Vec<String> = cond.waiting.iter().map(|(_, g)| g.to_string()).collect();
            Span::styled(
                format!("Wait() {}", queue.join(" ")),
                style::state(crate::event::State::WaitingCond),
            )
        };
        lines.push(Line::from(vec![head, waits]));
        if let Some((by, woke)) = &cond.last_woken {
            let names: Vec<String> = woke.iter().map(Gid::to_string).collect();
            let woke = if names.is_empty() {
                "nobody".to_string()
            } else {
                names.join(" ")
            };
            lines.push(Line::styled(format!("    {by} woke {woke}"), style::dim()));
        }
    }
    lines
}

//! Panels as lines of text for pages outside the terminal (the HTML hand-out): each is drawn
//! by its own widget into a buffer, so a page shows what the TUI shows.

use super::{chans, locks};
use crate::model::Model;
use ratatui::prelude::*;

/// The lock panel at `now_us`, as narrow as the TUI's beside-the-output panel: locks first.
pub(crate) fn locks(model: &Model, now_us: u64) -> Vec<String> {
    lines_of(locks::LockPanel { model, now_us }, 48, 18)
}

/// The channel panel: each channel's buffer, its queues and the latest hand-overs.
pub(crate) fn chans(model: &Model) -> Vec<String> {
    lines_of(chans::ChanPanel { model }, 64, 14)
}

/// What `widget` draws inside its frame, row by row, without trailing blanks.
fn lines_of(widget: impl Widget, width: u16, height: u16) -> Vec<String> {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    widget.render(area, &mut buf);
    let mut lines: Vec<String> = (1..height - 1)
        .map(|y| {
            let row: String = (1..width - 1).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

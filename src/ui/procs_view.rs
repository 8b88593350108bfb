//! The processors over time, Go's PROCS view: one lane per P, each cell the goroutine that
//! computed on it then (its number's last digit, `m` for main), on the same time scale as the
//! goroutines' lanes below.

use super::{boxes, style, text};
use crate::event::{Gid, State};
use crate::model::Model;
use ratatui::prelude::*;

/// At most this many processor lanes show; the title counts them all.
pub const MAX_ROWS: u16 = 8;

pub struct ProcsView<'a> {
    pub model: &'a Model,
    pub now_us: u64,
    pub span_us: u64,
    /// The goroutine lanes' label width, so the time columns line up.
    pub label_width: u16,
}

impl ProcsView<'_> {
    /// Rows the box wants, borders included.
    pub fn height(model: &Model) -> u16 {
        (model.procs.lanes.len() as u16).clamp(1, MAX_ROWS) + 2
    }

    /// The processor lanes into `area`, one row each, no border.
    pub fn render_rows(&self, area: Rect, buf: &mut Buffer) {
        let track_x = area.x + self.label_width;
        let width = area.width.saturating_sub(self.label_width);
        if width == 0 {
            return;
        }
        let per_col = self.span_us.max(1) as f64 / f64::from(width);
        let column = |t: u64| ((t as f64 / per_col) as u16).min(width - 1);
        let busy = style::state(State::Running);
        for (row, lane) in self
            .model
            .procs
            .lanes
            .iter()
            .enumerate()
            .take(usize::from(area.height))
        {
            let y = area.y + row as u16;
            text::put(
                buf,
                area.x,
                y,
                &format!("P{row}"),
                self.label_width,
                style::dim(),
            );
            for slice in lane {
                let end = slice.end_us.unwrap_or(self.now_us).min(self.span_us);
                if end <= slice.start_us {
                    continue;
                }
                let mark = mark(slice.who);
                for x in column(slice.start_us)..=column(end.saturating_sub(1)) {
                    buf[(track_x + x, y)].set_char(mark).set_style(busy);
                }
            }
        }
    }
}

/// The goroutine's mark in a processor lane.
fn mark(who: Gid) -> char {
    match who.0 {
        0 => 'm',
        n => char::from_digit(n % 10, 10).unwrap_or('?'),
    }
}

impl Widget for ProcsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let procs = &self.model.procs;
        let title = format!(
            " Processors: {} of {} busy (v hides) ",
            procs.busy(),
            procs.lanes.len()
        );
        let inner = boxes::frame(buf, area, Line::styled(title, style::title()));
        self.render_rows(inner, buf);
    }
}

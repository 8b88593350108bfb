//! The processors over time, Go's PROCS view: one lane per P, each cell the goroutine that
//! computed on it then (its number's last digit, `m` for main; `*` for turns of several in
//! one cell), on the same time scale as the goroutines' lanes below.

use super::{boxes, style, text};
use crate::event::{Gid, State};
use crate::model::Model;
use ratatui::prelude::*;

/// A cell in which several goroutines took turns on the processor: others than the main one
/// had at least this share of it.
const SEVERAL: char = '*';
const SEVERAL_SHARE: f64 = 0.3;

/// At most this many processor lanes show; the title counts them all.
pub(crate) const MAX_ROWS: u16 = 8;

pub(super) struct ProcsView<'a> {
    pub(crate) model: &'a Model,
    pub(crate) now_ns: u64,
    /// The goroutines' lanes' time window, so the columns line up.
    pub(crate) window: crate::app::Window,
    /// The goroutine lanes' label width, so the time columns line up.
    pub(crate) label_width: u16,
}

impl ProcsView<'_> {
    /// Rows the box wants, borders included.
    pub(crate) fn height(model: &Model) -> u16 {
        (model.procs.lanes.len() as u16).clamp(1, MAX_ROWS) + 2
    }

    /// The processor lanes into `area`, one row each, no border.
    pub(crate) fn render_rows(&self, area: Rect, buf: &mut Buffer) {
        let track_x = area.x + self.label_width;
        let width = area.width.saturating_sub(self.label_width);
        if width == 0 {
            return;
        }
        let crate::app::Window { start_ns, span_ns } = self.window;
        let per_col = span_ns.max(1) as f64 / f64::from(width);
        // Times from the window's left edge.
        let column = |t: u64| ((t as f64 / per_col) as u16).min(width - 1);
        let busy = style::state(State::Running);
        let lanes = self.model.procs.lanes.iter().take(usize::from(area.height));
        // Per column: each goroutine's time in it.
        let mut cells: Vec<Vec<(Gid, f64)>> = Vec::with_capacity(usize::from(width));
        for (row, lane) in lanes.enumerate() {
            let y = area.y + row as u16;
            let label = format!("P{row}");
            text::put(buf, area.x, y, &label, self.label_width, style::dim());
            cells.clear();
            cells.resize(usize::from(width), Vec::new());
            for slice in lane {
                let end = slice
                    .end_ns
                    .unwrap_or(self.now_ns)
                    .min(start_ns.saturating_add(span_ns))
                    .saturating_sub(start_ns);
                let begin = slice.start_ns.saturating_sub(start_ns);
                if end <= begin || slice.end_ns.is_some_and(|e| e <= start_ns) {
                    continue;
                }
                for x in column(begin)..=column(end.saturating_sub(1)) {
                    let from = (f64::from(x) * per_col).max(begin as f64);
                    let to = (f64::from(x + 1) * per_col).min(end as f64);
                    let times = &mut cells[usize::from(x)];
                    match times.iter_mut().find(|(g, _)| *g == slice.who) {
                        Some((_, t)) => *t += (to - from).max(0.0),
                        None => times.push((slice.who, (to - from).max(0.0))),
                    }
                }
            }
            for (x, times) in cells.iter().enumerate() {
                let Some(&(g, most)) = times.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
                    continue;
                };
                let rest: f64 = times.iter().map(|(_, t)| t).sum::<f64>() - most;
                // Turns finer than a cell: several goroutines, not whichever was drawn last.
                let glyph = if rest >= per_col * SEVERAL_SHARE {
                    SEVERAL
                } else if most > 0.0 {
                    mark(g)
                } else {
                    continue;
                };
                buf[(track_x + x as u16, y)].set_char(glyph).set_style(busy);
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
            " Processors: {} of {} busy (* several turns in a cell; v hides) ",
            procs.busy(),
            procs.lanes.len()
        );
        let inner = boxes::frame(buf, area, Line::styled(title, style::title()));
        self.render_rows(inner, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One processor's lane over 100 ns drawn in one cell.
    fn cell_of(slices: &[(u32, u64, u64)]) -> String {
        let mut model = Model::new(1);
        model.procs = crate::model::Procs::new(1);
        for &(g, from, to) in slices {
            model.procs.on(0, Gid(g), from);
            model.procs.off(0, to);
        }
        let view = ProcsView {
            model: &model,
            now_ns: 100,
            window: crate::app::Window {
                start_ns: 0,
                span_ns: 100,
            },
            label_width: 5,
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        view.render_rows(buf.area, &mut buf);
        buf[(5, 0)].symbol().to_string()
    }

    #[test]
    fn a_cell_shows_who_had_the_processor_most_or_that_several_took_turns() {
        assert_eq!(cell_of(&[(1, 0, 100)]), "1");
        // g1 20 us, g2 25 us, g1 55 us: g1 had 75 of 100, g2 only a quarter.
        assert_eq!(cell_of(&[(1, 0, 20), (2, 20, 45), (1, 45, 100)]), "1");
        assert_eq!(cell_of(&[(1, 0, 50), (2, 50, 100)]), "*");
    }
}

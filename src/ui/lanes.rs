//! The swimlanes: one row per goroutine, virtual time left to right.

use super::lane_cells::{Cellweight, Pens, TURNS_SHARE, emphasis, weigh_summary};
use super::lane_marks::each_mark;
use super::{cells, style, text, time_format};
use crate::event::{Gid, State};
use crate::model::{Lane, Model, SUMMARY_BLOCK};
use ratatui::buffer::Cell;
use ratatui::prelude::*;

pub(super) struct Swimlanes<'a> {
    pub(crate) model: &'a Model,
    /// Times here are virtual nanoseconds, so a zoomed-in window can be a few of them wide.
    pub(crate) now_ns: u64,
    /// The virtual time at the track's left edge (zoomed in), and what its width stands for.
    pub(crate) start_ns: u64,
    pub(crate) span_ns: u64,
    /// Time travel: where the cursor stands.
    pub(crate) cursor_ns: Option<u64>,
    /// The first lane shown (scrolling).
    pub(crate) first: usize,
    pub(crate) spacing: Spacing,
    /// The time axis on the last row (a stack of lane groups shows it once).
    pub(crate) axis: bool,
}

/// The columns left of `lanes` lanes' tracks: the longest lane name and a space.
pub(crate) fn label_width(lanes: usize) -> u16 {
    let last_label = Gid(lanes.saturating_sub(1) as u32).to_string().len();
    last_label.max("main".len()) as u16 + 1
}

/// How the lanes share their rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Spacing {
    /// One lane per row, no gaps, whatever the room.
    Dense,
    /// A blank row between lanes when there is room: easier to follow from the back row.
    Gaps,
    /// For a projector: lanes several rows tall when there is room, a gap between them.
    Tall,
}

/// How lanes fit in rows: how many rows apart lanes start, how tall each is, and how many show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fit {
    pub(crate) stride: usize,
    pub(crate) height: usize,
    pub(crate) shown: usize,
}

/// How `lanes` lanes fit `rows` rows (the axis not counted).
pub(crate) fn fit(lanes: usize, rows: u16, spacing: Spacing) -> Fit {
    let rows = usize::from(rows);
    let per_lane = rows / lanes.max(1);
    let (stride, height) = match spacing {
        Spacing::Tall if per_lane >= 3 => (per_lane.min(5), per_lane.min(5) - 1),
        Spacing::Gaps | Spacing::Tall if per_lane >= 2 => (2, 1),
        _ => (1, 1),
    };
    Fit {
        stride,
        height,
        shown: lanes.min(rows / stride),
    }
}

impl Widget for Swimlanes<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.height < 1 + u16::from(self.axis) || area.width < 10 {
            return;
        }
        let lanes = &self.model.lanes;
        let label_width = self.label_width();
        let track = Rect {
            x: area.x + label_width,
            width: area.width - label_width,
            ..area
        };
        let rows = area.height - u16::from(self.axis);
        let Fit {
            stride,
            height,
            shown: fits,
        } = fit(lanes.len(), rows, self.spacing);
        // When they do not all fit, the last row says which are shown.
        let shown = if fits < lanes.len() {
            fits.saturating_sub(1)
        } else {
            fits
        };
        let first = self.first.min(lanes.len() - shown);
        let pens = Pens::new();
        let mut weights = Vec::with_capacity(usize::from(track.width));
        for (row, (i, lane)) in lanes.iter().enumerate().skip(first).take(shown).enumerate() {
            let y = area.y + (row * stride) as u16;
            let who = Gid(i as u32);
            text::put(
                buf,
                area.x,
                y,
                &who.to_string(),
                label_width,
                label_style(lane),
            );
            let row = Rect {
                y,
                height: 1,
                ..track
            };
            self.render_lane(lane, row, &pens, &mut weights, buf);
        }
        // Marks go on top, each found once rather than searched for per lane.
        let row_of = |who: Gid| {
            let i = who.index().checked_sub(first).filter(|&i| i < shown)?;
            Some(area.y + (i * stride) as u16)
        };
        // Their styles set every attribute, so whole cells replace the lane's.
        let handoff = cells::glyph('»', style::handoff());
        let endings: Vec<String> = State::ALL
            .iter()
            .filter(|s| s.is_final())
            .map(|&s| style::glyph(s).to_string())
            .collect();
        // A value straight from a sender is marked on the receiver's lane, as a lock is.
        let value = cells::glyph(style::CHAN_HANDOFF, style::handoff());
        let cancel = cells::glyph(style::CANCEL, style::warn());
        // A long run has millions of hand-offs in a few hundred cells: a mark the same as the
        // last one put in its row's cell changes nothing, so the cell is not looked at again.
        let mut last_put = vec![None; usize::from(area.height)];
        let mut put = |to: Gid, at: u64, mark: &Cell| {
            if let (Some(y), Some(col)) = (row_of(to), self.column_of(at, track.width)) {
                let put = Some((col, std::ptr::from_ref(mark)));
                match last_put.get_mut(usize::from(y - area.y)) {
                    Some(last) if *last == put => return,
                    Some(last) => *last = put,
                    None => {}
                }
                let x = track.x + col;
                // How a lane ended matters more than a hand-off in the same column.
                if !endings.iter().any(|e| e == buf[(x, y)].symbol()) {
                    buf[(x, y)].clone_from(mark);
                }
            }
        };
        let one_column = |first: u64, last: u64| {
            let column = self.column_of(first, track.width);
            column.is_some() && column == self.column_of(last, track.width)
        };
        let locks = (&self.model.handoffs, &self.model.handoff_blocks);
        each_mark(
            locks,
            |h| (h.to, h.at_ns),
            one_column,
            |to, at| {
                put(to, at, &handoff);
            },
        );
        let chans = (&self.model.chans.handoffs, &self.model.chans.handoff_blocks);
        each_mark(
            chans,
            |h| (h.to, h.at_ns),
            one_column,
            |to, at| {
                put(to, at, &value);
            },
        );
        for c in self.model.contexts.first_hand() {
            put(c.by, c.at_ns, &cancel);
        }
        // Lost updates, where they happened: on the lane of the append that overwrote.
        let lost_mark = cells::glyph('X', style::lost());
        for lost in &self.model.results.overwrites {
            let at = lost.at_ns.saturating_sub(1);
            if let (Some(y), Some(col)) = (row_of(lost.by), self.column_of(at, track.width)) {
                buf[(track.x + col, y)].clone_from(&lost_mark);
            }
        }
        if shown < lanes.len() {
            let y = area.y + (shown * stride) as u16;
            let text = format!(
                "lanes {}-{} of {}  (j/k, PgUp/PgDn, g/G scroll; d dense)",
                first + 1,
                first + shown,
                lanes.len()
            );
            buf.set_stringn(area.x, y, text, area.width as usize, style::dim());
        }
        // A tall lane is its first row, repeated.
        for row in 0..shown {
            let y = area.y + (row * stride) as u16;
            for extra in 1..height as u16 {
                for x in track.x..track.right() {
                    let cell = buf[(x, y)].clone();
                    buf[(x, y + extra)] = cell;
                }
            }
        }
        if self.axis {
            self.render_axis(
                Rect {
                    y: area.y + rows,
                    height: 1,
                    ..track
                },
                buf,
            );
        }
        if let Some((at, col)) = self
            .cursor_ns
            .and_then(|at| Some((at, self.column_of(at, track.width)?)))
        {
            let x = track.x + col;
            for y in area.y..area.y + rows {
                let cell = &mut buf[(x, y)];
                if cell.symbol() == " " {
                    cell.set_char('│');
                }
                cell.set_style(style::highlight());
            }
            let label = format!("▲{}", time_format::short_ns(at));
            let lx = x.min(track.right().saturating_sub(label.chars().count() as u16));
            if self.axis {
                let y = area.y + rows;
                let width = label.chars().count() as u16;
                // What is left of a tick's time under the label would read as part of it
                // (`▲3.72ss`): that tick's words go.
                let word = |buf: &Buffer, x: u16| !matches!(buf[(x, y)].symbol(), " " | "╵");
                let mut right = lx + width;
                while right < track.right() && word(buf, right) {
                    buf[(right, y)].set_char(' ');
                    right += 1;
                }
                let mut left = lx;
                while left > track.x && word(buf, left - 1) {
                    left -= 1;
                    buf[(left, y)].set_char(' ');
                }
                buf.set_string(lx, y, label, style::highlight());
            }
        }
    }
}

impl Swimlanes<'_> {
    /// The columns left of the tracks: the longest lane name and a space.
    pub(crate) fn label_width(&self) -> u16 {
        label_width(self.model.lanes.len())
    }

    /// Rows the lanes would like, axis included: one per lane plus a gap after each.
    pub(crate) fn wanted_height(lanes: usize) -> u16 {
        (lanes * 2 + 1).min(u16::MAX as usize) as u16
    }

    fn cell_ns(&self, width: u16) -> f64 {
        self.span_ns.max(1) as f64 / f64::from(width.max(1))
    }

    /// The one cell a stretch from `start_ns` to `end_ns` lies in, if it lies in one.
    fn cell_holding(&self, start_ns: u64, end_ns: u64, per_cell: f64) -> Option<usize> {
        let window_end = self.start_ns.saturating_add(self.span_ns);
        if start_ns < self.start_ns || end_ns > window_end || end_ns <= start_ns {
            return None;
        }
        // As a segment's cells are found: the first by flooring, the end by rounding up.
        let first = ((start_ns - self.start_ns) as f64 / per_cell) as usize;
        let last = ((end_ns - self.start_ns) as f64 / per_cell).ceil() as usize;
        (last == first + 1).then_some(first)
    }

    /// The column of a moment in the window, if it is in it.
    fn column_of(&self, at_ns: u64, width: u16) -> Option<u16> {
        let from_start = at_ns.checked_sub(self.start_ns)?;
        (from_start <= self.span_ns).then(|| {
            ((from_start as f64 / self.cell_ns(width)) as u16).min(width.saturating_sub(1))
        })
    }

    /// Each cell shows the state that fills most of its time; holding a lock counts extra, so
    /// that a short critical section never disappears between two cells.
    fn render_lane(
        &self,
        lane: &Lane,
        row: Rect,
        pens: &Pens,
        weights: &mut Vec<Cellweight>,
        buf: &mut Buffer,
    ) {
        let width = row.width;
        let per_cell = self.cell_ns(width);
        weights.clear();
        weights.resize(usize::from(width), Cellweight::default());
        let window_end = self.start_ns.saturating_add(self.span_ns);
        // Only the segments in the window: a long run's history is millions of them.
        let mut i = lane
            .segments
            .partition_point(|s| s.end_ns.is_some_and(|e| e <= self.start_ns));
        let block = SUMMARY_BLOCK;
        while let Some(segment) = lane.segments.get(i) {
            if segment.start_ns >= window_end {
                break;
            }
            // A whole block inside one cell weighs in from its summary.
            if i.is_multiple_of(block)
                && let Some(sum) = lane.summaries.get(i / block)
                && let Some(c) = self.cell_holding(sum.start_ns, sum.end_ns, per_cell)
                && let Some(cell) = weights.get_mut(c)
            {
                weigh_summary(cell, sum);
                i += block;
                continue;
            }
            i += 1;
            if segment.state.is_final() {
                continue;
            }
            let end = segment.end_ns.unwrap_or(self.now_ns).min(window_end);
            let begin = segment.start_ns.max(self.start_ns);
            if end <= begin {
                continue;
            }
            // Times from the window's left edge.
            let (start, end) = ((begin - self.start_ns) as f64, (end - self.start_ns) as f64);
            let first = (start / per_cell) as usize;
            let last = ((end / per_cell).ceil() as usize).min(weights.len());
            let emphasis = emphasis(segment.state);
            let full = per_cell * emphasis;
            for (c, cell) in weights.iter_mut().enumerate().take(last).skip(first) {
                // Only the two end cells are partly covered; the rest weigh a whole cell.
                let weight = if c == first || c + 1 == last {
                    let from = (c as f64 * per_cell).max(start);
                    let to = ((c + 1) as f64 * per_cell).min(end);
                    (to - from) * emphasis
                } else {
                    full
                };
                if cell.best.is_none_or(|(_, w)| weight > w) {
                    cell.best = Some((segment.state, weight));
                }
                match segment.state {
                    State::Running => cell.ran += weight,
                    State::Runnable => cell.waited += weight,
                    _ => {}
                }
            }
        }
        // One index computation per lane, not per cell: this loop is most of a frame.
        let start = buf.index_of(row.x, row.y);
        let share = per_cell * TURNS_SHARE;
        for (c, cell) in weights.iter().enumerate() {
            // Turns on a processor finer than a cell: either glyph alone would be a lie.
            if cell.ran >= share && cell.waited >= share {
                buf.content[start + c].clone_from(&pens.turns);
            } else if let Some((state, _)) = cell.best {
                buf.content[start + c].clone_from(pens.get(state));
            }
        }
        if let Some(last) = lane.segments.last().filter(|s| s.state.is_final())
            && let Some(col) = self.column_of(last.start_ns, width)
        {
            let style = style::state(last.state).add_modifier(Modifier::BOLD);
            buf[(row.x + col, row.y)] = cells::glyph(style::glyph(last.state), style);
        }
    }

    fn render_axis(&self, row: Rect, buf: &mut Buffer) {
        let step = time_format::tick_step(self.span_ns, row.width, 10);
        let mut free_from = row.x;
        // The first tick at or after the window's left edge.
        let mut t = self.start_ns.div_ceil(step).saturating_mul(step);
        while let Some(col) = self.column_of(t, row.width) {
            let x = row.x + col;
            let label = format!("╵{}", time_format::short_ns(t));
            let fits = x + label.chars().count() as u16 <= row.right();
            if x >= free_from && fits {
                buf.set_string(x, row.y, &label, style::dim());
                free_from = x + label.chars().count() as u16 + 1;
            }
            let Some(next) = t.checked_add(step) else {
                break;
            };
            t = next;
        }
    }
}

fn label_style(lane: &Lane) -> Style {
    match lane.current() {
        Some(State::Done) => style::dim(),
        Some(state) if state.is_final() => style::state(state),
        _ => Style::new().add_modifier(Modifier::BOLD),
    }
}

#[cfg(test)]
mod tests;

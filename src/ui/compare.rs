use super::{boxes, lanes, procs_view, style, text, time_format};
use crate::app::Side;
use ratatui::prelude::*;
use ratatui::widgets::{Cell, Row, Table};

/// The same workload under each mode at once: a group of lanes per mode on one time scale,
/// and the numbers side by side.
pub(super) struct CompareView<'a> {
    pub(crate) sides: &'a [Side],
    /// Each side's processors' lanes above its goroutines' (the `v` key).
    pub(crate) procs: bool,
}

impl CompareView<'_> {
    /// One time scale for all, so the lengths compare at a glance.
    fn span_ns(&self) -> u64 {
        self.sides
            .iter()
            .map(|s| match (s.model.total_ns(), s.model.outline()) {
                (Some(total), _) => total,
                (None, Some(outline)) => outline.span_us.saturating_mul(1000).max(s.now_ns()),
                (None, None) => s.now_ns(),
            })
            .max()
            .unwrap_or(1)
            .max(1)
    }

    fn table(&self) -> Table<'_> {
        let rows = self.sides.iter().map(|s| {
            let m = &s.model;
            let waiting: u64 = (1..m.lanes.len())
                .map(|i| m.time_split(i, s.now_us()).waiting)
                .sum();
            let total = match m.total_us() {
                Some(t) => time_format::short(t),
                None => format!("{}…", time_format::short(s.now_us())),
            };
            let lost = m.results.lost().len();
            Row::new(vec![
                Cell::from(s.label.as_str()).style(style::mode(s.mode)),
                Cell::from(total),
                Cell::from(format!("{}/{}", m.results.contents().len(), m.expected())),
                if lost > 0 {
                    Cell::from(lost.to_string()).style(style::lost())
                } else {
                    Cell::from("0")
                },
                Cell::from(m.max_readers.to_string()),
                Cell::from(time_format::short(waiting)),
                Cell::from(m.outcome().map_or("running", |o| o.key())),
            ])
        });
        let first = self.sides.iter().map(|s| s.label.len()).max().unwrap_or(4);
        let by_procs = self.sides.iter().any(|s| s.label.starts_with("GOMAXPROCS"));
        let header = Row::new([
            if by_procs { "run" } else { "mode" },
            "total",
            "results",
            "lost",
            "readers",
            "waiting",
            "end",
        ])
        .style(style::title());
        Table::new(
            rows,
            [
                Constraint::Length(first.max(7) as u16 + 1),
                Constraint::Length(8),
                Constraint::Length(8),
                Constraint::Length(5),
                Constraint::Length(8),
                Constraint::Length(9),
                Constraint::Min(8),
            ],
        )
        .header(header)
    }
}

impl Widget for CompareView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lanes = self
            .sides
            .iter()
            .map(|s| s.model.lanes.len())
            .max()
            .unwrap_or(1);
        let sides = self.sides.len().max(1) as u16;
        let table_height = sides + 3;
        // Boxed groups (border, lanes, axis) and the table, when every lane fits that way;
        // else a tighter stack whose rules carry the table's numbers.
        let boxed = (lanes as u16 + self.procs_rows() + 3) * sides + table_height <= area.height;
        if boxed {
            self.render_boxed(area, table_height, buf);
        } else {
            self.render_stacked(area, buf);
        }
    }
}

impl CompareView<'_> {
    /// Rows each side's processors take when they are shown: the most any side has.
    fn procs_rows(&self) -> u16 {
        if !self.procs {
            return 0;
        }
        let most = self.sides.iter().map(|s| s.model.procs.lanes.len()).max();
        (most.unwrap_or(0) as u16).min(procs_view::MAX_ROWS)
    }

    fn lanes<'a>(&self, side: &'a Side, span_ns: u64, axis: bool) -> lanes::Swimlanes<'a> {
        lanes::Swimlanes {
            model: &side.model,
            now_ns: side.now_ns(),
            start_ns: 0,
            span_ns,
            cursor_ns: None,
            first: 0,
            spacing: lanes::Spacing::Dense,
            axis,
        }
    }

    fn render_boxed(&self, area: Rect, table_height: u16, buf: &mut Buffer) {
        let groups_height = area.height.saturating_sub(table_height);
        let per_group = groups_height / self.sides.len().max(1) as u16;
        let mut constraints = vec![Constraint::Length(per_group); self.sides.len()];
        constraints.push(Constraint::Fill(1));
        let areas = Layout::vertical(constraints).split(area);
        let span_ns = self.span_ns();
        for (side, group) in self.sides.iter().zip(areas.iter()) {
            let title = Line::styled(format!(" {} ", side.label), style::mode(side.mode));
            let mut inner = boxes::frame(buf, *group, title);
            self.procs_rows_into(side, span_ns, &mut inner, buf);
            self.lanes(side, span_ns, true).render(inner, buf);
        }
        if let Some(last) = areas.last() {
            let title = Line::raw(" Same workload, same seed (C leaves) ");
            let inner = boxes::frame(buf, *last, title);
            Widget::render(self.table(), inner, buf);
        }
    }

    /// Each mode under a rule that says how it ended, its lanes one per row, one time axis.
    fn render_stacked(&self, area: Rect, buf: &mut Buffer) {
        let span_ns = self.span_ns();
        let count = self.sides.len().max(1) as u16;
        let per_group = area.height.saturating_sub(1) / count;
        for (i, side) in self.sides.iter().enumerate() {
            let last = i + 1 == self.sides.len();
            let y = area.y + per_group * i as u16;
            let height = if last { area.bottom() - y } else { per_group };
            let m = &side.model;
            let total = match m.total_us() {
                Some(t) => time_format::short(t),
                None => format!("{}…", time_format::short(side.now_us())),
            };
            let lost = m.results.lost().len();
            let rule = Line::from(vec![
                Span::raw("─ "),
                Span::styled(side.label.as_str(), style::mode(side.mode)),
                Span::raw(format!(
                    " {total}, {}/{} results, ",
                    m.results.contents().len(),
                    m.expected()
                )),
                Span::styled(
                    format!("{lost} lost"),
                    if lost > 0 {
                        style::lost()
                    } else {
                        Style::new()
                    },
                ),
                Span::raw(format!(", {} ", m.outcome().map_or("running", |o| o.key()))),
            ]);
            let used = text::line(buf, area.x, y, &rule, area.width);
            for x in area.x + used..area.right() {
                buf[(x, y)].set_char('─').set_style(style::dim());
            }
            let mut lanes_area = Rect {
                y: y + 1,
                height: height.saturating_sub(1),
                ..area
            };
            self.procs_rows_into(side, span_ns, &mut lanes_area, buf);
            self.lanes(side, span_ns, last).render(lanes_area, buf);
        }
    }

    /// The side's processors' lanes at the top of `area`, which keeps the rest.
    fn procs_rows_into(&self, side: &Side, span_ns: u64, area: &mut Rect, buf: &mut Buffer) {
        let own = (side.model.procs.lanes.len() as u16).min(procs_view::MAX_ROWS);
        let rows = self.procs_rows().min(own).min(area.height);
        if rows == 0 {
            return;
        }
        let view = procs_view::ProcsView {
            model: &side.model,
            now_ns: side.now_ns(),
            window: crate::app::Window {
                start_ns: 0,
                span_ns,
            },
            label_width: lanes::label_width(side.model.lanes.len()),
        };
        view.render_rows(
            Rect {
                height: rows,
                ..*area
            },
            buf,
        );
        area.y += rows;
        area.height -= rows;
    }
}

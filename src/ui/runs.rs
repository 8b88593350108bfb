use super::{boxes, style, time_format};
use crate::app::Runs;
use ratatui::prelude::*;
use ratatui::widgets::{Cell, Row, Table};

/// The finished runs side by side: switching modes shows the difference in numbers.
pub(super) struct RunsTable<'a> {
    pub(crate) runs: &'a Runs,
}

/// Below this width the scenario column goes: the header names the current one.
const WITH_SCENARIO: u16 = 52;
/// Below this width the readers column goes too: the compare view has it.
const WITH_READERS: u16 = 42;

impl Widget for RunsTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = boxes::frame(buf, area, Line::raw(" Runs so far "));
        let rows_fit = usize::from(inner.height.saturating_sub(1));
        let wide = area.width >= WITH_SCENARIO;
        let readers = area.width >= WITH_READERS;
        let skip = self.runs.rows.len().saturating_sub(rows_fit);
        let rows = self.runs.rows.iter().skip(skip).map(|r| {
            let lost = if r.lost > 0 {
                Cell::from(r.lost.to_string()).style(style::lost())
            } else {
                Cell::from("0")
            };
            let mut cells = vec![
                Cell::from(r.mode),
                Cell::from(time_format::short(r.total_us)),
                Cell::from(r.got.map_or("-".into(), |(got, of)| format!("{got}/{of}"))),
                lost,
                Cell::from(r.max_readers.to_string()),
                Cell::from(r.outcome),
            ];
            if !readers {
                cells.remove(4);
            }
            if wide {
                cells.insert(0, Cell::from(r.scenario.clone()));
            }
            Row::new(cells)
        });
        let mut titles = vec!["mode", "total", "got", "lost", "rd", "end"];
        let mut widths = vec![
            Constraint::Length(7),
            Constraint::Length(6),
            Constraint::Length(7),
            Constraint::Length(4),
            Constraint::Length(3),
            Constraint::Min(6),
        ];
        if !readers {
            titles.remove(4);
            widths.remove(4);
        }
        if wide {
            titles.insert(0, "scenario");
            widths.insert(0, Constraint::Length(13));
        }
        let table = Table::new(rows, widths).header(Row::new(titles).style(style::title()));
        Widget::render(table, inner, buf);
    }
}

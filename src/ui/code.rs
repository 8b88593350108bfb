use super::{boxes, style, text};
use crate::event::Gid;
use crate::model::Model;
use crate::scenario::go_code::GoProgram;
use ratatui::prelude::*;

/// The Go program the lanes act out, with each goroutine's name on the line it is at.
pub struct CodePanel<'a> {
    pub program: &'a GoProgram,
    pub model: &'a Model,
    pub title: String,
}

impl CodePanel<'_> {
    /// Who is at each line now: goroutines still going, in lane order.
    fn markers(&self) -> Vec<Vec<(Gid, Style)>> {
        let mut at_line = vec![Vec::new(); self.program.lines.len()];
        for (i, lane) in self.model.lanes.iter().enumerate() {
            let (Some((func, pc)), Some(state)) = (lane.at, lane.current()) else {
                continue;
            };
            if state.is_final() && !matches!(state, crate::event::State::Deadlocked) {
                continue;
            }
            if let Some(line) = self.program.line_of(func, pc)
                && let Some(slot) = at_line.get_mut(line)
            {
                slot.push((Gid(i as u32), style::state(state)));
            }
        }
        at_line
    }
}

impl Widget for CodePanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let height = usize::from(area.height.saturating_sub(2));
        let markers = self.markers();
        // Scroll so that the first marked line shows, a few lines below the top; with nobody
        // at a line, show the goroutines' function (the helpers above it matter less).
        let first_func = self.program.line_of(1, 0).or(self.program.line_of(0, 0));
        let first_marked = markers
            .iter()
            .position(|m| !m.is_empty())
            .or(first_func)
            .unwrap_or(0);
        let max_offset = self.program.lines.len().saturating_sub(height);
        let offset = first_marked.saturating_sub(height / 3).min(max_offset);
        let number_width = self.program.lines.len().to_string().len();
        let inner = boxes::frame(buf, area, Line::styled(self.title.as_str(), style::title()));
        let visible = self
            .program
            .lines
            .iter()
            .zip(&markers)
            .enumerate()
            .skip(offset);
        for (row, (n, (code, here))) in visible.take(height).enumerate() {
            let y = inner.y + row as u16;
            let mut x = inner.x;
            let number = format!("{:>number_width$} ", n + 1);
            x += text::put(buf, x, y, &number, inner.right() - x, style::dim());
            let (arrow, code_style) = if here.is_empty() {
                ("  ", Style::new())
            } else {
                ("▶ ", style::title())
            };
            x += text::put(
                buf,
                x,
                y,
                arrow,
                inner.right() - x,
                Style::new().fg(Color::Yellow),
            );
            // Tabs as two spaces: the panel is narrow.
            let depth = code.len() - code.trim_start_matches('\t').len();
            x += text::put(
                buf,
                x,
                y,
                &"  ".repeat(depth),
                inner.right() - x,
                code_style,
            );
            text::put(buf, x, y, &code[depth..], inner.right() - x, code_style);
        }
        // Who is at each line goes over the line's right end: the names matter more than the
        // tail of a long line.
        for (row, here) in markers.iter().skip(offset).take(height).enumerate() {
            if here.is_empty() {
                continue;
            }
            let mut spans = vec![Span::raw(" ")];
            const SHOWN: usize = 6;
            for (gid, st) in here.iter().take(SHOWN) {
                spans.push(Span::styled(
                    format!("{gid} "),
                    st.add_modifier(Modifier::REVERSED),
                ));
            }
            if here.len() > SHOWN {
                spans.push(Span::raw(format!("+{} ", here.len() - SHOWN)));
            }
            let names = Line::from(spans);
            let width = (names.width() as u16).min(inner.width);
            let at = Rect {
                x: inner.right() - width,
                y: inner.y + row as u16,
                width,
                height: 1,
            };
            names.render(at, buf);
        }
    }
}

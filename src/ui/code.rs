use super::{boxes, style, text};
use crate::event::Gid;
use crate::model::Model;
use crate::program::{Change, Listing};
use ratatui::prelude::*;

/// The Go program the lanes act out, with each goroutine's name on the line it is at.
pub(super) struct CodePanel<'a> {
    pub(crate) program: &'a Listing,
    pub(crate) model: &'a Model,
    pub(crate) title: String,
}

/// The tag on a line the lock mode changes.
fn tag(change: Change) -> &'static str {
    match change {
        Change::Removed => " removed (n) ",
        Change::AsLock => " as Lock (m) ",
    }
}

fn change_style(change: Change) -> Style {
    match change {
        Change::Removed => style::dim().add_modifier(Modifier::CROSSED_OUT),
        Change::AsLock => style::accent(),
    }
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
            // Lines a snippet's completion added have no number of the file's.
            let number = if self.program.is_added(n) {
                format!("{:>number_width$} ", "+")
            } else {
                format!("{:>number_width$} ", self.program.file_line(n))
            };
            x += text::put(buf, x, y, &number, inner.right() - x, style::dim());
            let change = self
                .program
                .changed
                .iter()
                .find(|(l, _)| *l == n)
                .map(|(_, c)| *c);
            let (arrow, code_style) = match (here.is_empty(), change) {
                (true, Some(c)) => ("  ", change_style(c)),
                (true, None) if self.program.is_added(n) => ("  ", style::dim()),
                (true, None) => ("  ", Style::new()),
                (false, Some(c)) => ("▶ ", change_style(c).add_modifier(Modifier::BOLD)),
                (false, None) => ("▶ ", style::title()),
            };
            x += text::put(buf, x, y, arrow, inner.right() - x, style::warn());
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
        // tail of a long line. A line the mode changes says so there when nobody is at it.
        for (row, here) in markers.iter().skip(offset).take(height).enumerate() {
            let change = self
                .program
                .changed
                .iter()
                .find(|(l, _)| *l == row + offset);
            if here.is_empty() {
                if let Some((_, c)) = change {
                    let tag = tag(*c);
                    let x = inner.right().saturating_sub(tag.chars().count() as u16);
                    let st = style::tag();
                    text::put(
                        buf,
                        x.max(inner.x),
                        inner.y + row as u16,
                        tag,
                        inner.width,
                        st,
                    );
                }
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

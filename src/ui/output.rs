use super::{boxes, style, text};
use crate::model::{Model, Stream};
use crate::safe_text;
use ratatui::prelude::*;

/// What the program printed, each line after the goroutine that began it; the newest lines
/// stay in view.
pub(super) struct OutputPanel<'a> {
    pub(crate) model: &'a Model,
}

impl Widget for OutputPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let output = &self.model.output;
        let inner = boxes::frame(buf, area, Line::raw(" Output "));
        let rows = usize::from(inner.height);
        if output.lines.is_empty() {
            let empty = "Nothing printed yet.";
            text::put(buf, inner.x, inner.y, empty, inner.width, style::dim());
            return;
        }
        let first = output.lines.len().saturating_sub(rows);
        let name_width = output
            .lines
            .iter_from(first)
            .map(|l| l.who.to_string().len())
            .max()
            .unwrap_or(2);
        for (row, line) in output.lines.iter_from(first).enumerate() {
            let y = inner.y + row as u16;
            let mut x = inner.x;
            let name = format!("{:<name_width$} ", line.who.to_string());
            x += text::put(buf, x, y, &name, inner.right() - x, style::dim());
            // stderr's lines (the log package's) are marked, in a colour and without one.
            let look = match line.stream {
                Stream::Stdout => Style::new(),
                Stream::Stderr => {
                    x += text::put(buf, x, y, "2> ", inner.right() - x, style::dim());
                    style::warn()
                }
            };
            // The program's own text, made safe to show: tabs as spaces, controls spelled out.
            let shown = safe_text::output(&line.text).replace('\t', "    ");
            text::put(buf, x, y, &shown, inner.right() - x, look);
        }
        if output.dropped > 0 && rows > 0 {
            let note = format!(" +{} lines not kept ", output.dropped);
            let x = inner.right().saturating_sub(note.len() as u16);
            text::put(buf, x, inner.y, &note, inner.width, style::dim());
        }
    }
}

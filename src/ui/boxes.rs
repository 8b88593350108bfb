//! A bordered box with a title, drawn straight into the buffer. ratatui's `Block` restyles
//! every cell it covers, which for a dozen panels was an eighth of each frame.

use super::{cells, text};
use ratatui::buffer::Cell;
use ratatui::prelude::*;

/// Draws the border of `area` with `title` on its top edge; returns the inside.
pub(crate) fn frame(buf: &mut Buffer, area: Rect, title: Line) -> Rect {
    let area = area.intersection(buf.area);
    if area.width < 2 || area.height < 2 {
        return Rect::default();
    }
    let (left, right) = (area.left(), area.right() - 1);
    let (top, bottom) = (area.top(), area.bottom() - 1);
    // The title first, so that the top edge only fills what it leaves: border cells are
    // forced to one column, which a wide character of the title must not inherit.
    let mut x = left + 1;
    for span in &title.spans {
        if x >= right {
            break;
        }
        let style = title.style.patch(span.style);
        x += text::put(buf, x, top, &span.content, right - x, style);
    }
    let glyph = |c: char| cells::glyph(c, Style::new());
    fill(buf, x, right, top, &glyph('─'));
    fill(buf, left + 1, right, bottom, &glyph('─'));
    let side = glyph('│');
    for y in top + 1..bottom {
        buf[(left, y)].clone_from(&side);
        buf[(right, y)].clone_from(&side);
    }
    buf[(left, top)] = glyph('┌');
    buf[(right, top)] = glyph('┐');
    buf[(left, bottom)] = glyph('└');
    buf[(right, bottom)] = glyph('┘');
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width - 2,
        height: area.height - 2,
    }
}

/// Cells `from..to` of row `y` set to `cell`, by index: edges are runs of cells.
fn fill(buf: &mut Buffer, from: u16, to: u16, y: u16, cell: &Cell) {
    if from >= to {
        return;
    }
    let start = buf.index_of(from, y);
    for c in &mut buf.content[start..start + usize::from(to - from)] {
        c.clone_from(cell);
    }
}

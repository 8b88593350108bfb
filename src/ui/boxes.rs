//! A bordered box with a title, drawn straight into the buffer. ratatui's `Block` restyles
//! every cell it covers, which for a dozen panels was an eighth of each frame.

use super::text;
use ratatui::prelude::*;

/// Draws the border of `area` with `title` on its top edge; returns the inside.
pub fn frame(buf: &mut Buffer, area: Rect, title: Line) -> Rect {
    let area = area.intersection(buf.area);
    if area.width < 2 || area.height < 2 {
        return Rect::default();
    }
    let (left, right) = (area.left(), area.right() - 1);
    let (top, bottom) = (area.top(), area.bottom() - 1);
    // Whole edges by index: the top and bottom rows are runs of cells.
    for y in [top, bottom] {
        let start = buf.index_of(left + 1, y);
        for cell in &mut buf.content[start..start + usize::from(right - left - 1)] {
            cell.set_char('─');
        }
    }
    let mut put = |x: u16, y: u16, c: char| {
        buf[(x, y)].set_char(c);
    };
    for y in top + 1..bottom {
        put(left, y, '│');
        put(right, y, '│');
    }
    put(left, top, '┌');
    put(right, top, '┐');
    put(left, bottom, '└');
    put(right, bottom, '┘');
    let mut x = left + 1;
    for span in &title.spans {
        if x >= right {
            break;
        }
        let style = title.style.patch(span.style);
        x += text::put(buf, x, top, &span.content, right - x, style);
    }
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width - 2,
        height: area.height - 2,
    }
}

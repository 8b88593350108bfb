//! A screen as an SVG picture: every cell's text in its theme's colours, on the background the
//! theme is made for. Real text, so a slide deck can scale it and a reader can copy from it.

use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use std::fmt::Write;

/// A cell's size in pixels at the picture's font size: a monospace font is about 0.6 em wide.
const FONT_PX: f64 = 16.0;
const CELL_W: f64 = FONT_PX * 0.6;
const CELL_H: f64 = FONT_PX * 1.25;

/// The picture of `buf` as `theme` draws it.
pub fn svg(buf: &Buffer, theme: &Theme) -> String {
    let page = theme
        .backgrounds
        .first()
        .copied()
        .unwrap_or(Color::Rgb(0xff, 0xff, 0xff));
    let ink = if is_dark(page) {
        Color::Rgb(0xe5, 0xe5, 0xe5)
    } else {
        Color::Rgb(0x11, 0x11, 0x11)
    };
    let area = buf.area;
    let (w, h) = (
        f64::from(area.width) * CELL_W,
        f64::from(area.height) * CELL_H,
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.1} {h:.1}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="{FONT_PX}">"#
    );
    let _ = writeln!(
        out,
        r#"<rect width="100%" height="100%" fill="{}"/>"#,
        hex(page, page)
    );
    for y in 0..area.height {
        let mut cells: Vec<Styled> = Vec::with_capacity(usize::from(area.width));
        let mut covered = 0;
        for x in 0..area.width {
            let cell = &buf[(area.x + x, area.y + y)];
            // The cell after a wide glyph is its second half, not a space of its own.
            if covered > 0 {
                covered -= 1;
                if let Some(last) = cells.last_mut() {
                    last.columns += 1;
                }
                continue;
            }
            covered = ratatui::text::Span::raw(cell.symbol())
                .width()
                .saturating_sub(1);
            cells.push(Styled::of(cell, ink, page));
        }
        row(&mut out, y, &cells, page);
    }
    out.push_str("</svg>\n");
    out
}

/// One cell's text and how it looks.
#[derive(Clone, PartialEq)]
struct Styled {
    text: String,
    /// Columns it takes: 2 for a wide glyph.
    columns: usize,
    fg: Color,
    bg: Option<Color>,
    bold: bool,
    dim: bool,
    underline: bool,
}

impl Styled {
    fn of(cell: &ratatui::buffer::Cell, ink: Color, page: Color) -> Styled {
        let mut fg = if cell.fg == Color::Reset {
            ink
        } else {
            cell.fg
        };
        let mut bg = (cell.bg != Color::Reset).then_some(cell.bg);
        if cell.modifier.contains(Modifier::REVERSED) {
            let old_fg = fg;
            fg = bg.unwrap_or(page);
            bg = Some(old_fg);
        }
        Styled {
            text: cell.symbol().to_string(),
            columns: 1,
            fg,
            bg,
            bold: cell.modifier.contains(Modifier::BOLD),
            dim: cell.modifier.contains(Modifier::DIM),
            underline: cell.modifier.contains(Modifier::UNDERLINED),
        }
    }

    fn same_look(&self, other: &Styled) -> bool {
        (self.fg, self.bg, self.bold, self.dim, self.underline)
            == (other.fg, other.bg, other.bold, other.dim, other.underline)
    }
}

/// A row: background boxes first, then runs of text of one look, each pinned to its columns
/// so that a font a little wider or narrower than expected still keeps the grid.
fn row(out: &mut String, y: u16, cells: &[Styled], page: Color) {
    let top = f64::from(y) * CELL_H;
    let baseline = top + CELL_H * 0.78;
    let mut x = 0;
    let mut column = 0;
    while x < cells.len() {
        let start = x;
        while x < cells.len() && cells[x].same_look(&cells[start]) {
            x += 1;
        }
        let run = &cells[start..x];
        let look = &run[0];
        let columns: usize = run.iter().map(|c| c.columns).sum();
        let left = column as f64 * CELL_W;
        let width = columns as f64 * CELL_W;
        column += columns;
        if let Some(bg) = look.bg {
            let _ = writeln!(
                out,
                r#"<rect x="{left:.1}" y="{top:.1}" width="{width:.1}" height="{CELL_H:.1}" fill="{}"/>"#,
                hex(bg, page)
            );
        }
        let text: String = run.iter().map(|c| c.text.as_str()).collect();
        if text.trim().is_empty() {
            continue;
        }
        let mut attrs = format!(r#"fill="{}""#, hex(look.fg, page));
        if look.bold {
            attrs += r#" font-weight="bold""#;
        }
        if look.dim {
            attrs += r#" opacity="0.7""#;
        }
        if look.underline {
            attrs += r#" text-decoration="underline""#;
        }
        let _ = writeln!(
            out,
            r#"<text x="{left:.1}" y="{baseline:.1}" textLength="{width:.1}" lengthAdjust="spacingAndGlyphs" xml:space="preserve" {attrs}>{}</text>"#,
            escape(&text)
        );
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // XML 1.0 has no place for control characters (the screen should hold none)
            // nor for the two non-characters U+FFFE and U+FFFF.
            c if c.is_control() => out.push(' '),
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn is_dark(c: Color) -> bool {
    let Color::Rgb(r, g, b) = c else {
        return false;
    };
    u32::from(r) + u32::from(g) + u32::from(b) < 3 * 128
}

/// `#rrggbb` for a colour; the named colours as xterm shows them.
pub(crate) fn hex(c: Color, page: Color) -> String {
    let (r, g, b) = match c {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) => indexed(i),
        Color::Reset => return hex(page, page),
        named => indexed(named_index(named)),
    };
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn named_index(c: Color) -> u8 {
    match c {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        _ => 15,
    }
}

/// xterm's 256-colour palette.
fn indexed(i: u8) -> (u8, u8, u8) {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match i {
        0..=15 => BASIC[usize::from(i)],
        16..=231 => {
            let i = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::{DARK, LIGHT, MONO};
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn text_is_escaped_and_kept_whole() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 2));
        buf.set_string(0, 0, "a <b> & \"c\"", Style::new());
        buf.set_string(0, 1, "g1 ░░▓▓", Style::new().fg(Color::Rgb(1, 2, 3)));
        let svg = svg(&buf, &DARK);
        assert!(svg.contains("a &lt;b&gt; &amp; &quot;c&quot;"), "{svg}");
        assert!(svg.contains(r##"fill="#010203""##), "{svg}");
        assert!(svg.contains("g1 ░░▓▓"), "{svg}");
    }

    #[test]
    fn what_xml_cannot_hold_is_replaced() {
        assert_eq!(escape("a\u{FFFF}b\u{FFFE}\u{7}"), "a\u{FFFD}b\u{FFFD} ");
    }

    #[test]
    fn the_page_is_the_themes_background_and_reversed_cells_swap() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        buf.set_string(0, 0, "X", Style::new().add_modifier(Modifier::REVERSED));
        let light = svg(&buf, &LIGHT);
        assert!(light.contains(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##));
        // Reversed with no colours: the ink becomes the box, the page the letter.
        assert!(light.contains(r##"fill="#111111"/>"##), "{light}");
        assert!(svg(&buf, &MONO).contains(r##"fill="#ffffff">X</text>"##));
    }
}

//! Writing plain text into the buffer without ratatui's grapheme machinery when it is ASCII,
//! which the Go code and most labels are: the code panel alone was a fifth of a frame.

use ratatui::prelude::*;

/// Writes `text` at (`x`, `y`), at most `max` cells, in `style`; returns the cells written.
pub(crate) fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max: u16, style: Style) -> u16 {
    if !text.is_ascii() {
        let (end, _) = buf.set_stringn(x, y, text, usize::from(max), style);
        return end - x;
    }
    let width = (text.len() as u16)
        .min(max)
        .min(buf.area.right().saturating_sub(x));
    if width == 0 || !buf.area.contains(Position::new(x, y)) {
        return 0;
    }
    let start = buf.index_of(x, y);
    for (i, byte) in text.bytes().take(usize::from(width)).enumerate() {
        let cell = &mut buf.content[start + i];
        cell.set_char(char::from(byte));
        cell.set_style(style);
    }
    width
}

/// Writes a styled line at (`x`, `y`) within `max` cells; returns the cells written.
pub(crate) fn line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max: u16) -> u16 {
    let mut written = 0;
    for span in &line.spans {
        if written >= max {
            break;
        }
        let style = line.style.patch(span.style);
        written += put(buf, x + written, y, &span.content, max - written, style);
    }
    written
}

/// Word-wraps ASCII `text` to `width` columns, breaking long words; `None` for other text,
/// which ratatui's own wrapping handles.
pub(crate) fn wrap(text: &str, width: usize) -> Option<Vec<&str>> {
    if !text.is_ascii() || width == 0 {
        return None;
    }
    let mut rows = Vec::new();
    for paragraph in text.split('\n') {
        let mut rest = paragraph.trim_start();
        if rest.is_empty() {
            rows.push("");
        }
        while !rest.is_empty() {
            if rest.len() <= width {
                rows.push(rest);
                break;
            }
            let cut = rest[..=width]
                .rfind(' ')
                .filter(|&c| c > 0)
                .unwrap_or(width);
            rows.push(rest[..cut].trim_end());
            rest = rest[cut..].trim_start();
        }
    }
    Some(rows)
}

/// Word-wrapped lines of one style each, from the top of `area`, as many as fit.
pub(crate) fn paragraph(buf: &mut Buffer, area: Rect, items: &[(&str, Style)]) {
    let mut y = area.y;
    for (text, style) in items {
        let rows = wrap(text, usize::from(area.width));
        let rows: Vec<std::borrow::Cow<str>> = match rows {
            Some(rows) => rows.into_iter().map(Into::into).collect(),
            // Not ASCII: ratatui lays out the rest.
            None => {
                let height = area.bottom().saturating_sub(y);
                let rest = Rect { y, height, ..area };
                let at = items
                    .iter()
                    .position(|(t, _)| std::ptr::eq(*t, *text))
                    .unwrap_or(0);
                let lines: Vec<Line> = items[at..]
                    .iter()
                    .map(|(t, s)| Line::styled(*t, *s))
                    .collect();
                ratatui::widgets::Paragraph::new(lines)
                    .wrap(ratatui::widgets::Wrap { trim: true })
                    .render(rest, buf);
                return;
            }
        };
        for row in rows {
            if y >= area.bottom() {
                return;
            }
            put(buf, area.x, y, &row, area.width, *style);
            y += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_and_cuts_long_words() {
        assert_eq!(
            wrap("the quick brown fox", 10),
            Some(vec!["the quick", "brown fox"])
        );
        assert_eq!(wrap("abcdefghijk", 4), Some(vec!["abcd", "efgh", "ijk"]));
        assert_eq!(wrap("a\n\nb", 5), Some(vec!["a", "", "b"]));
        assert_eq!(wrap("é", 5), None);
    }

    #[test]
    fn ascii_and_other_text_land_in_the_same_cells() {
        let mut fast = Buffer::empty(Rect::new(0, 0, 10, 1));
        let mut slow = Buffer::empty(Rect::new(0, 0, 10, 1));
        put(&mut fast, 1, 0, "go vet", 4, Style::new().fg(Color::Red));
        slow.set_stringn(1, 0, "go vet", 4, Style::new().fg(Color::Red));
        assert_eq!(fast, slow);
    }
}

//! The terminal's conventions, kept at the one place where cells leave for the terminal: a
//! locale that is not UTF-8 gets ASCII instead of block and box glyphs, and `NO_COLOR` gets
//! no colour. The views stay as they are; this backend rewrites what they drew.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// What the environment asks of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Conventions {
    pub(crate) ascii: bool,
    pub(crate) color: bool,
}

impl Conventions {
    /// From the process's environment: the first of `LC_ALL`, `LC_CTYPE` and `LANG` that is
    /// set names the character set (none means the C locale, which is ASCII); `NO_COLOR` with
    /// any value turns colour off (no-color.org).
    pub(crate) fn from_env() -> Conventions {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let locale = var("LC_ALL")
            .or_else(|| var("LC_CTYPE"))
            .or_else(|| var("LANG"));
        Conventions {
            ascii: !locale.is_some_and(|l| is_utf8(&l)),
            color: var("NO_COLOR").is_none(),
        }
    }

    pub(crate) fn rewrites(self) -> bool {
        self.ascii || !self.color
    }
}

fn is_utf8(locale: &str) -> bool {
    let l = locale.to_ascii_lowercase();
    l.contains("utf-8") || l.contains("utf8")
}

/// The ASCII stand-in for a glyph the views use; anything else outside ASCII shows as `?`.
pub(crate) fn ascii(c: char) -> char {
    match c {
        '░' => '.',
        '▒' => ':',
        '▓' => '%',
        '█' => '#',
        '═' => '=',
        '╌' => '-',
        '┈' => '_',
        '━' => ')',
        '╍' => '(',
        '┅' => '&',
        '•' => '*',
        '▁' => ',',
        '▄' => 'o',
        '✓' => '+',
        '✗' => 'x',
        '…' => '~',
        '»' | '▶' | '→' => '>',
        '◀' | '←' => '<',
        '▲' => '^',
        '│' => '|',
        '─' => '-',
        '┌' | '┐' | '└' | '┘' => '+',
        '╵' => '\'',
        c if c.is_ascii() => c,
        _ => '?',
    }
}

/// A backend that hands `inner` the cells rewritten to the conventions.
pub(crate) struct Plain<B> {
    pub(crate) inner: B,
    conventions: Conventions,
}

impl<B> Plain<B> {
    pub(crate) fn new(inner: B, conventions: Conventions) -> Plain<B> {
        Plain { inner, conventions }
    }

    fn rewrite(&self, cell: &Cell) -> Cell {
        let mut out = cell.clone();
        if self.conventions.ascii {
            let symbol: String = cell.symbol().chars().map(ascii).collect();
            out.set_symbol(&symbol);
        }
        if !self.conventions.color {
            // A mark drawn as colour on colour keeps standing out, reversed.
            let marked = cell.bg != Color::Reset;
            out.fg = Color::Reset;
            out.bg = Color::Reset;
            if marked {
                out.modifier.insert(Modifier::REVERSED);
            }
        }
        out
    }
}

impl<B: Backend> Backend for Plain<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        if !self.conventions.rewrites() {
            return self.inner.draw(content);
        }
        let cells: Vec<(u16, u16, Cell)> = content
            .map(|(x, y, cell)| (x, y, self.rewrite(cell)))
            .collect();
        self.inner.draw(cells.iter().map(|(x, y, c)| (*x, *y, c)))
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::State;
    use crate::ui::style::{CHAN_HANDOFF, glyph};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Style;
    use ratatui::text::Span;
    use std::collections::HashSet;

    #[test]
    fn every_state_has_its_own_glyph_in_unicode_and_in_ascii() {
        let glyphs: Vec<char> = State::ALL.iter().map(|&s| glyph(s)).collect();
        let unique: HashSet<char> = glyphs.iter().copied().collect();
        assert_eq!(unique.len(), State::ALL.len(), "{glyphs:?}");
        let plain: HashSet<char> = glyphs.iter().map(|&c| ascii(c)).collect();
        assert_eq!(plain.len(), State::ALL.len());
        // The marks drawn over lanes are none of the states'.
        for mark in ['»', CHAN_HANDOFF, 'X'] {
            assert!(
                !unique.contains(&mark) && !plain.contains(&ascii(mark)),
                "{mark}"
            );
        }
    }

    #[test]
    fn the_locale_names_the_character_set() {
        assert!(is_utf8("en_US.UTF-8") && is_utf8("C.utf8"));
        assert!(!is_utf8("C") && !is_utf8("POSIX") && !is_utf8("en_US.ISO-8859-1"));
    }

    #[test]
    fn ascii_and_no_colour_rewrite_what_reaches_the_terminal() {
        let conventions = Conventions {
            ascii: true,
            color: false,
        };
        let mut terminal =
            Terminal::new(Plain::new(TestBackend::new(6, 1), conventions)).expect("a terminal");
        terminal
            .draw(|f| {
                let marked = Style::new().fg(Color::White).bg(Color::Red);
                f.render_widget(Span::styled("│░▒»✓é", marked), f.area());
            })
            .expect("draws");
        let buffer = terminal.backend().inner.buffer();
        let text: String = buffer.content.iter().map(Cell::symbol).collect();
        assert_eq!(text, "|.:>+?");
        let cell = &buffer.content[0];
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
        assert!(
            cell.modifier.contains(Modifier::REVERSED),
            "the mark still shows"
        );
    }
}

//! Themes: the colours of every role on screen, for a dark or a light terminal, a high-contrast
//! one, and none at all. No theme paints the screen's background: text sits on the terminal's
//! own, and only marks (a key, the cursor, a lost update) carry a background of their own.
//! The theme is the rendering thread's: the TUI sets it once, tests set their own.

use ratatui::style::Color;
use std::cell::Cell;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
    Mono,
}

impl ThemeName {
    pub(crate) const ALL: [ThemeName; 4] = [
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::HighContrast,
        ThemeName::Mono,
    ];

    pub(crate) fn key(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Mono => "mono",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<ThemeName> {
        ThemeName::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A foreground on a background of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub(crate) fg: Color,
    pub bg: Color,
}

/// The colours of one theme. `None` colours (the mono theme) leave the terminal's own, and
/// marks without colours are drawn reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub(crate) name: ThemeName,
    pub(crate) running: Option<Color>,
    pub(crate) writing: Option<Color>,
    pub(crate) reading: Option<Color>,
    pub(crate) sleeping: Option<Color>,
    pub(crate) waiting_lock: Option<Color>,
    pub(crate) waiting_rlock: Option<Color>,
    pub(crate) waiting_wg: Option<Color>,
    pub(crate) waiting_cond: Option<Color>,
    pub(crate) waiting_send: Option<Color>,
    pub(crate) waiting_recv: Option<Color>,
    pub(crate) waiting_select: Option<Color>,
    pub(crate) runnable: Option<Color>,
    pub(crate) dim: Option<Color>,
    pub(crate) good: Option<Color>,
    pub(crate) warn: Option<Color>,
    pub(crate) bad: Option<Color>,
    pub(crate) info: Option<Color>,
    pub(crate) accent: Option<Color>,
    pub(crate) key: Option<Mark>,
    pub(crate) highlight: Option<Mark>,
    pub lost: Option<Mark>,
    pub(crate) handoff: Option<Mark>,
    pub(crate) tag: Option<Mark>,
    /// The backgrounds the theme is made for: its contrast is checked against each.
    pub(crate) backgrounds: &'static [Color],
}

const fn rgb(hex: u32) -> Option<Color> {
    Some(Color::Rgb((hex >> 16) as u8, (hex >> 8) as u8, hex as u8))
}

const fn mark(fg: u32, bg: u32) -> Option<Mark> {
    match (rgb(fg), rgb(bg)) {
        (Some(fg), Some(bg)) => Some(Mark { fg, bg }),
        _ => None,
    }
}

/// For dark terminals: black, and the greys dark themes use.
pub(crate) const DARK: Theme = Theme {
    name: ThemeName::Dark,
    running: rgb(0x4ade80),
    writing: rgb(0xfacc15),
    reading: rgb(0x22d3ee),
    sleeping: rgb(0x60a5fa),
    waiting_lock: rgb(0xf87171),
    waiting_rlock: rgb(0xe879f9),
    waiting_wg: rgb(0xa3a3a3),
    waiting_cond: rgb(0xa3e635),
    waiting_send: rgb(0xa78bfa),
    waiting_recv: rgb(0x2dd4bf),
    waiting_select: rgb(0xf472b6),
    runnable: rgb(0xfb923c),
    dim: rgb(0x9ca3af),
    good: rgb(0x4ade80),
    warn: rgb(0xfacc15),
    bad: rgb(0xf87171),
    info: rgb(0x22d3ee),
    accent: rgb(0xe879f9),
    key: mark(0x000000, 0xd4d4d4),
    highlight: mark(0x000000, 0xfacc15),
    lost: mark(0xffffff, 0xb91c1c),
    handoff: mark(0xffffff, 0x1d4ed8),
    tag: mark(0x000000, 0xe879f9),
    backgrounds: &[
        Color::Rgb(0x00, 0x00, 0x00),
        Color::Rgb(0x1e, 0x1e, 0x1e),
        Color::Rgb(0x28, 0x2c, 0x34),
    ],
};

/// For light terminals: white, and the creams light themes use.
pub(crate) const LIGHT: Theme = Theme {
    name: ThemeName::Light,
    running: rgb(0x166534),
    writing: rgb(0x854d0e),
    reading: rgb(0x0e7490),
    sleeping: rgb(0x1d4ed8),
    waiting_lock: rgb(0xb91c1c),
    waiting_rlock: rgb(0xa21caf),
    waiting_wg: rgb(0x525252),
    waiting_cond: rgb(0x3f6212),
    waiting_send: rgb(0x6d28d9),
    waiting_recv: rgb(0x0f766e),
    waiting_select: rgb(0xbe185d),
    runnable: rgb(0xc2410c),
    dim: rgb(0x525252),
    good: rgb(0x166534),
    warn: rgb(0x854d0e),
    bad: rgb(0xb91c1c),
    info: rgb(0x0e7490),
    accent: rgb(0xa21caf),
    key: mark(0xffffff, 0x404040),
    highlight: mark(0x000000, 0xfacc15),
    lost: mark(0xffffff, 0xb91c1c),
    handoff: mark(0xffffff, 0x1d4ed8),
    tag: mark(0xffffff, 0xa21caf),
    backgrounds: &[Color::Rgb(0xff, 0xff, 0xff), Color::Rgb(0xfd, 0xf6, 0xe3)],
};

/// For a projector that washes colours out: light colours far from black.
pub(crate) const HIGH_CONTRAST: Theme = Theme {
    name: ThemeName::HighContrast,
    running: rgb(0x86efac),
    writing: rgb(0xfde047),
    reading: rgb(0x67e8f9),
    sleeping: rgb(0x93c5fd),
    waiting_lock: rgb(0xfca5a5),
    waiting_rlock: rgb(0xf0abfc),
    waiting_wg: rgb(0xd4d4d4),
    waiting_cond: rgb(0xbef264),
    waiting_send: rgb(0xc4b5fd),
    waiting_recv: rgb(0x5eead4),
    waiting_select: rgb(0xf9a8d4),
    runnable: rgb(0xfdba74),
    dim: rgb(0xd4d4d4),
    good: rgb(0x86efac),
    warn: rgb(0xfde047),
    bad: rgb(0xfca5a5),
    info: rgb(0x67e8f9),
    accent: rgb(0xf0abfc),
    key: mark(0x000000, 0xffffff),
    highlight: mark(0x000000, 0xfde047),
    lost: mark(0xffffff, 0x7f1d1d),
    handoff: mark(0xffffff, 0x1e3a8a),
    tag: mark(0x000000, 0xf0abfc),
    backgrounds: &[Color::Rgb(0x00, 0x00, 0x00)],
};

/// No colour: the glyphs and reversed marks say it all (`NO_COLOR`).
pub(crate) const MONO: Theme = Theme {
    name: ThemeName::Mono,
    running: None,
    writing: None,
    reading: None,
    sleeping: None,
    waiting_lock: None,
    waiting_rlock: None,
    waiting_wg: None,
    waiting_cond: None,
    waiting_send: None,
    waiting_recv: None,
    waiting_select: None,
    runnable: None,
    dim: None,
    good: None,
    warn: None,
    bad: None,
    info: None,
    accent: None,
    key: None,
    highlight: None,
    lost: None,
    handoff: None,
    tag: None,
    backgrounds: &[],
};

impl Theme {
    pub fn named(name: ThemeName) -> &'static Theme {
        match name {
            ThemeName::Dark => &DARK,
            ThemeName::Light => &LIGHT,
            ThemeName::HighContrast => &HIGH_CONTRAST,
            ThemeName::Mono => &MONO,
        }
    }
}

thread_local! {
    static CURRENT: Cell<ThemeName> = const { Cell::new(ThemeName::Dark) };
}

/// The theme this thread draws with from now on.
pub fn set(name: ThemeName) {
    CURRENT.with(|c| c.set(name));
}

pub fn current() -> &'static Theme {
    Theme::named(CURRENT.with(Cell::get))
}

#[cfg(test)]
mod tests;

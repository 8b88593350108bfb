//! One glyph and one color per state. Every state's glyph is its own, so states stay apart
//! with no colour at all (`NO_COLOR`, a washed-out projector, colour-blind viewers): shades
//! are work (running solid, writing dense, reading medium, sleeping light), lines are waits
//! (double for a Lock, dashed for an RLock, dotted for a WaitGroup), marks are endings.

use crate::event::{LockMode, State};
use ratatui::style::{Color, Modifier, Style};

pub fn glyph(state: State) -> char {
    match state {
        State::Running => '█',
        State::Sleeping => '░',
        State::WaitingLock => '═',
        State::WaitingRLock => '╌',
        State::WaitingWg => '┈',
        State::Writing => '▓',
        State::Reading => '▒',
        State::Done => '✓',
        State::Abandoned => '…',
        State::Deadlocked => '✗',
        State::Panicked => '!',
    }
}

pub fn color(state: State) -> Color {
    match state {
        State::Running => Color::Green,
        State::Sleeping => Color::Blue,
        State::WaitingLock => Color::Red,
        State::WaitingRLock => Color::Magenta,
        State::Writing => Color::Yellow,
        State::Reading => Color::Cyan,
        State::WaitingWg => Color::Gray,
        State::Done => Color::Green,
        State::Abandoned => Color::DarkGray,
        State::Deadlocked | State::Panicked => Color::LightRed,
    }
}

pub fn state(state: State) -> Style {
    Style::new().fg(color(state))
}

pub fn mode(mode: LockMode) -> Style {
    let color = match mode {
        LockMode::None => Color::LightRed,
        LockMode::Mutex => Color::Yellow,
        LockMode::RwMutex => Color::Cyan,
    };
    Style::new().fg(color).add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    Style::new().fg(Color::Black).bg(Color::Gray)
}

pub fn lost() -> Style {
    Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The mark where an unlock let a waiter in.
pub fn handoff() -> Style {
    Style::new()
        .fg(Color::White)
        .bg(Color::Blue)
        .add_modifier(Modifier::BOLD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::plain::ascii;
    use std::collections::HashSet;

    #[test]
    fn every_state_has_its_own_glyph_in_unicode_and_in_ascii() {
        let glyphs: Vec<char> = State::ALL.iter().map(|&s| glyph(s)).collect();
        let unique: HashSet<char> = glyphs.iter().copied().collect();
        assert_eq!(unique.len(), State::ALL.len(), "{glyphs:?}");
        let plain: HashSet<char> = glyphs.iter().map(|&c| ascii(c)).collect();
        assert_eq!(plain.len(), State::ALL.len());
        // The marks drawn over lanes are none of the states'.
        for mark in ['»', 'X'] {
            assert!(
                !unique.contains(&mark) && !plain.contains(&ascii(mark)),
                "{mark}"
            );
        }
    }
}

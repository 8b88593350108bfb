//! One glyph and one color per state. Glyphs differ too, so states stay apart on a washed-out
//! projector or for color-blind viewers.

use crate::event::{LockMode, State};
use ratatui::style::{Color, Modifier, Style};

pub fn glyph(state: State) -> char {
    match state {
        State::Running => '█',
        State::Sleeping => '░',
        State::WaitingLock | State::WaitingRLock | State::WaitingWg => '▒',
        State::Writing => '█',
        State::Reading => '▓',
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

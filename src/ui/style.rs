//! One glyph and one color per state. Every state's glyph is its own, so states stay apart
//! with no colour at all (`NO_COLOR`, a washed-out projector, colour-blind viewers): shades
//! are work (running solid, writing dense, reading medium, sleeping light), lines are waits
//! (double for a Lock, dashed for an RLock, dotted for a WaitGroup, wavy for a Cond, heavy for a channel: solid
//! to send, dashed to receive, finer dashes in a select; a low bar for a processor), marks are
//! endings.

use super::theme::{self, Mark};
use crate::event::{LockMode, State};
use ratatui::style::{Color, Modifier, Style};

/// The mark on a receiver's lane where a value came straight from a sender.
pub(crate) const CHAN_HANDOFF: char = '•';
/// A `context` cancelled, on the lane of whoever cancelled it.
pub(crate) const CANCEL: char = '⊘';

pub(crate) fn glyph(state: State) -> char {
    match state {
        State::Running => '█',
        State::Runnable => '▁',
        State::Sleeping => '░',
        State::WaitingLock => '═',
        State::WaitingRLock => '╌',
        State::WaitingSend => '━',
        State::WaitingRecv => '╍',
        State::WaitingSelect => '┅',
        State::WaitingWg => '┈',
        State::WaitingCond => '≈',
        State::Writing => '▓',
        State::Reading => '▒',
        State::Done => '✓',
        State::Abandoned => '…',
        State::Deadlocked => '✗',
        State::Panicked => '!',
    }
}

/// The theme's colour for a state; `None` in the mono theme.
pub(crate) fn color(state: State) -> Option<Color> {
    let t = theme::current();
    match state {
        State::Running | State::Done => t.running,
        State::Runnable => t.runnable,
        State::Sleeping => t.sleeping,
        State::WaitingLock => t.waiting_lock,
        State::WaitingRLock => t.waiting_rlock,
        State::WaitingSend => t.waiting_send,
        State::WaitingRecv => t.waiting_recv,
        State::WaitingSelect => t.waiting_select,
        State::Writing => t.writing,
        State::Reading => t.reading,
        State::WaitingWg | State::Abandoned => t.waiting_wg,
        State::WaitingCond => t.waiting_cond,
        State::Deadlocked | State::Panicked => t.bad,
    }
}

fn fg(color: Option<Color>) -> Style {
    match color {
        Some(c) => Style::new().fg(c),
        None => Style::new(),
    }
}

/// A mark's colours, or reversed video where the theme has none.
fn mark(m: Option<Mark>) -> Style {
    match m {
        Some(m) => Style::new().fg(m.fg).bg(m.bg),
        None => Style::new().add_modifier(Modifier::REVERSED),
    }
}

pub(crate) fn state(state: State) -> Style {
    fg(color(state))
}

pub(crate) fn mode(mode: LockMode) -> Style {
    let t = theme::current();
    let color = match mode {
        LockMode::None => t.bad,
        LockMode::Mutex => t.warn,
        LockMode::RwMutex => t.info,
        LockMode::Channel => t.running,
    };
    fg(color).add_modifier(Modifier::BOLD)
}

pub(crate) fn key() -> Style {
    mark(theme::current().key)
}

pub(crate) fn lost() -> Style {
    mark(theme::current().lost).add_modifier(Modifier::BOLD)
}

/// The time cursor, and what must catch the eye (the magnifier, the question).
pub(crate) fn highlight() -> Style {
    mark(theme::current().highlight)
}

/// A label on a line of code: what the lock mode does to it.
pub(crate) fn tag() -> Style {
    mark(theme::current().tag)
}

pub(crate) fn dim() -> Style {
    fg(theme::current().dim)
}

pub(crate) fn good() -> Style {
    fg(theme::current().good)
}

pub(crate) fn warn() -> Style {
    fg(theme::current().warn)
}

pub(crate) fn bad() -> Style {
    fg(theme::current().bad)
}

pub(crate) fn info() -> Style {
    fg(theme::current().info)
}

pub(crate) fn accent() -> Style {
    fg(theme::current().accent)
}

pub(crate) fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The mark where an unlock let a waiter in, or a value came straight from a sender.
pub(crate) fn handoff() -> Style {
    mark(theme::current().handoff).add_modifier(Modifier::BOLD)
}

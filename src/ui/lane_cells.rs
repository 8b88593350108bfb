//! What goes in a lane's cell: each state's pen, the weights that choose between the states a
//! cell covers (a short critical section must not vanish between two cells), and the mark of
//! turns on a processor finer than a cell.

use super::{cells, style};
use crate::event::State;
use crate::model::SegmentSummary;
use ratatui::buffer::Cell;

/// What a cell of a lane covers: the state that weighs most, and the time running and
/// runnable in it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Cellweight {
    pub(crate) best: Option<(State, f64)>,
    pub(crate) ran: f64,
    pub(crate) waited: f64,
}

/// A cell with at least this share of its time running and as much runnable shows the turns.
pub(super) const TURNS_SHARE: f64 = 0.2;

/// The mark of a cell in which a goroutine took turns on a processor.
pub(crate) const TURNS: char = '▄';

/// Each state's cell, built once per frame and cloned into the lanes (see `cells`), and the
/// mark of turns.
pub(super) struct Pens {
    states: [Cell; State::ALL.len()],
    pub(crate) turns: Cell,
}

impl Pens {
    pub(crate) fn new() -> Self {
        Pens {
            states: State::ALL.map(|s| cells::glyph(style::glyph(s), style::state(s))),
            turns: cells::glyph(TURNS, style::state(State::Running)),
        }
    }

    pub(crate) fn get(&self, state: State) -> &Cell {
        // `State::ALL` lists the states in declaration order (a test below checks it).
        &self.states[state as usize]
    }
}

/// A block of segments all inside `cell`, as its segments one by one would weigh in: the
/// longest (weighted) of them, the first of those if several, is the cell's state unless an
/// earlier one weighed more.
pub(super) fn weigh_summary(cell: &mut Cellweight, sum: &SegmentSummary) {
    let mut best: Option<(State, f64, u32)> = None;
    for state in State::ALL {
        let Some((longest, at)) = sum.longest[state as usize] else {
            continue;
        };
        let weight = longest as f64 * emphasis(state);
        if best.is_none_or(|(_, w, first)| weight > w || (weight == w && at < first)) {
            best = Some((state, weight, at));
        }
    }
    if let Some((state, weight, _)) = best
        && cell.best.is_none_or(|(_, w)| weight > w)
    {
        cell.best = Some((state, weight));
    }
    cell.ran += sum.total_ns[State::Running as usize] as f64 * emphasis(State::Running);
    cell.waited += sum.total_ns[State::Runnable as usize] as f64 * emphasis(State::Runnable);
}

pub(super) fn emphasis(state: State) -> f64 {
    match state {
        State::Writing | State::Reading => 8.0,
        // A short wait for a lock or a channel must not vanish between two cells either.
        State::WaitingLock
        | State::WaitingRLock
        | State::WaitingSend
        | State::WaitingRecv
        | State::WaitingSelect
        | State::WaitingCond => 2.0,
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn pens_are_indexed_by_state() {
        let pens = Pens::new();
        for state in State::ALL {
            assert_eq!(pens.get(state).symbol(), style::glyph(state).to_string());
            assert_eq!(
                pens.get(state).fg,
                style::color(state).unwrap_or(Color::Reset)
            );
        }
    }
}

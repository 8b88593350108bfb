//! The running goroutine's events, kept on the thread that plays it during its turn (its fiber
//! takes them along if it parks holding the turn). Only the goroutine
//! holding the turn reports, and only its own code moves time on while it runs, so its events
//! need no lock to be stamped: they get the time its turn began at plus what its code has
//! cost since (`cost`) and their sequence numbers when they
//! join the run's stream, under the scheduler's lock, at the end of the turn or every batch. A report then costs a push onto a vector, not a lock.

use std::cell::RefCell;
use syncscope_program::event::{Event, EventKind, Gid};

struct Outbox {
    /// The scheduler whose turn this is, by address: a pooled thread plays many runs.
    owner: usize,
    run: u32,
    /// Virtual time, in nanoseconds, when the goroutine's cost was last turned into time.
    at_ns: u64,
    /// Statements reported in a row, nothing else between.
    steps_in_a_row: u32,
    /// How many events the run had when this batch began.
    base_seq: u64,
    events: Vec<Event>,
}

/// Statements in a row kept one by one before the next replaces the last.
const KEEP_STEPS: u32 = 64;

thread_local! {
    static OUTBOX: RefCell<Option<Outbox>> = const { RefCell::new(None) };
}

/// A goroutine's outbox while its fiber is parked (see `fibers`).
pub(super) struct Saved(Option<Outbox>);

/// The calling thread's outbox, taken away for a fiber that parks.
pub(super) fn save() -> Saved {
    Saved(OUTBOX.with(|o| o.borrow_mut().take()))
}

/// A fiber's outbox back on the thread that plays it.
pub(super) fn restore(saved: Saved) {
    OUTBOX.with(|o| *o.borrow_mut() = saved.0);
}

/// The calling thread's turn begins at `at_ns`: its events are stamped from there.
pub(super) fn open(owner: usize, run: u32, at_ns: u64, base_seq: u64) {
    super::touches::forget();
    crate::cost::begin_turn();
    OUTBOX.with(|o| {
        *o.borrow_mut() = Some(Outbox {
            owner,
            run,
            at_ns,
            steps_in_a_row: 0,
            base_seq,
            events: Vec::new(),
        });
    });
}

/// Whether the calling thread holds `owner`'s turn.
pub(super) fn holds(owner: usize) -> bool {
    OUTBOX.with(|o| o.borrow().as_ref().is_some_and(|b| b.owner == owner))
}

/// The goroutine's cost so far became time: its events are stamped from `at_ns` now.
pub(super) fn rebase(owner: usize, at_ns: u64) {
    OUTBOX.with(|o| {
        if let Some(b) = o.borrow_mut().as_mut().filter(|b| b.owner == owner) {
            b.at_ns = at_ns;
        }
    });
}

/// What pushing one event onto the calling thread's outbox did.
pub(super) enum Pushed {
    /// Kept; this many are waiting now.
    Kept(usize),
    /// No turn of `owner` on this thread, or the event would be the run's `limit`th: the
    /// caller takes the locked way with it.
    Refused(EventKind),
}

pub(super) fn push(owner: usize, who: Gid, kind: EventKind, limit: u64) -> Pushed {
    OUTBOX.with(|o| {
        let mut o = o.borrow_mut();
        match o.as_mut().filter(|b| b.owner == owner) {
            Some(b) if b.base_seq + (b.events.len() as u64) + 1 < limit => {
                let at_ns = b.at_ns + crate::cost::owed_ns();
                // Past `KEEP_STEPS` statements in a row with nothing else between, each
                // replaces the last: a loop of pure computation is a few dozen events, not
                // millions, while a select's case and its body are each still a place.
                let step = matches!(kind, EventKind::At { .. });
                b.steps_in_a_row = if step { b.steps_in_a_row + 1 } else { 0 };
                if let (true, Some(last)) = (b.steps_in_a_row > KEEP_STEPS, b.events.last_mut())
                    && matches!(last.kind, EventKind::At { .. })
                    && last.who == who
                {
                    last.kind = kind;
                    last.at_ns = at_ns;
                    return Pushed::Kept(b.events.len());
                }
                b.events.push(Event {
                    run: b.run,
                    seq: 0,
                    at_ns,
                    who,
                    kind,
                });
                Pushed::Kept(b.events.len())
            }
            _ => Pushed::Refused(kind),
        }
    })
}

/// The events waiting on this thread for `owner`, to be numbered from `next_seq`, swapped
/// for `spare` (an empty buffer to fill next); with `close`, the turn is over.
pub(super) fn take(owner: usize, next_seq: u64, close: bool, spare: Vec<Event>) -> Vec<Event> {
    OUTBOX.with(|o| {
        let mut o = o.borrow_mut();
        let Some(b) = o.as_mut().filter(|b| b.owner == owner) else {
            return Vec::new();
        };
        let events = std::mem::replace(&mut b.events, spare);
        b.base_seq = next_seq + events.len() as u64;
        if close {
            *o = None;
        }
        events
    })
}

//! The running goroutine's events, kept on its own thread during its turn. Only the goroutine
//! holding the turn reports, and virtual time stands still while it runs, so its events need
//! no lock to be stamped: they get the turn's time here and their sequence numbers when they
//! join the run's stream, under the scheduler's lock, at the end of the turn or every batch. A report then costs a push onto a vector, not a lock.

use std::cell::RefCell;
use syncscope_program::event::{Event, EventKind, Gid};

struct Outbox {
    /// The scheduler whose turn this is, by address: a pooled thread plays many runs.
    owner: usize,
    run: u32,
    at_us: u64,
    /// How many events the run had when this batch began.
    base_seq: u64,
    events: Vec<Event>,
}

thread_local! {
    static OUTBOX: RefCell<Option<Outbox>> = const { RefCell::new(None) };
}

/// The calling thread's turn begins: its events are stamped `at_us` from here.
pub(super) fn open(owner: usize, run: u32, at_us: u64, base_seq: u64) {
    super::touches::forget();
    OUTBOX.with(|o| {
        *o.borrow_mut() = Some(Outbox {
            owner,
            run,
            at_us,
            base_seq,
            events: Vec::new(),
        });
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
                b.events.push(Event {
                    run: b.run,
                    seq: 0,
                    at_us: b.at_us,
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

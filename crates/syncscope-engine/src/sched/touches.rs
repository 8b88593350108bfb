//! The accesses of objects a goroutine reports, summarised as FastTrack summarises them: a
//! second read (or write) of one object at one step of the program, with nothing between
//! that could order it differently (no other event of the goroutine, no new turn), tells
//! the race detector nothing new, so it is not reported. A loop of a million increments of
//! a captured counter costs two events per goroutine, not two million.

use std::cell::RefCell;
use syncscope_program::event::EventKind;

/// An access reported: variable, object, element, write, and the step it was made at.
type Key = (u16, u32, Option<u32>, bool, (u16, u16));

const MAX_KEYS: usize = 32;

struct Seen {
    /// The step the thread's goroutine is at: the place the model gives its accesses.
    at: (u16, u16),
    /// The accesses reported since the goroutine last synchronised: a few, so a list.
    keys: Vec<Key>,
    /// Parked, not synchronised: the next turn keeps `keys`.
    parked: bool,
}

thread_local! {
    static SEEN: RefCell<Seen> = const {
        RefCell::new(Seen {
            at: (0, 0),
            keys: Vec::new(),
            parked: false,
        })
    };
}

/// A goroutine's summary while its fiber is parked (see `fibers`).
pub(super) struct Saved(Seen);

/// The calling thread's summary, taken away for a fiber that parks; a fresh one in its place.
pub(super) fn save() -> Saved {
    Saved(SEEN.with(|s| {
        std::mem::replace(
            &mut *s.borrow_mut(),
            Seen {
                at: (0, 0),
                keys: Vec::new(),
                parked: false,
            },
        )
    }))
}

/// A fiber's summary back on the thread that plays it.
pub(super) fn restore(saved: Saved) {
    SEEN.with(|s| *s.borrow_mut() = saved.0);
}

/// Whether `kind`, about to be reported on this thread, is worth reporting.
pub(super) fn fresh(kind: &EventKind) -> bool {
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        match *kind {
            EventKind::Touch {
                var,
                obj,
                elem,
                write,
            } => {
                let key = (var, obj, elem, write, s.at);
                if s.keys.contains(&key) {
                    return false;
                }
                // Past a few, forget them: reporting one again is only an event more.
                if s.keys.len() >= MAX_KEYS {
                    s.keys.clear();
                }
                s.keys.push(key);
                true
            }
            EventKind::At { func, pc } => {
                s.at = (func, pc);
                true
            }
            _ => {
                s.keys.clear();
                true
            }
        }
    })
}

/// A turn begins on this thread: what was seen before may since have been ordered.
pub(super) fn forget() {
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        if !std::mem::take(&mut s.parked) {
            s.keys.clear();
        }
    });
}

/// The goroutine parks on its processor (see `parallel`): that orders none of its accesses,
/// so those reported stay reported when its turn comes back.
pub(super) fn parking() {
    SEEN.with(|s| s.borrow_mut().parked = true);
}

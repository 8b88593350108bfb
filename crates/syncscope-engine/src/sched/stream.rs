//! The run's event stream: each event stamped with its sequence number and time, kept on the
//! running goroutine's own thread until its turn ends (see `outbox`), and sent to the viewer
//! in batches; the break points that pause the run at an event.

use super::{Sched, State, outbox, touches};
use crate::channel::BATCH;
use std::sync::atomic::Ordering;
use syncscope_program::event::{Ending, Event, EventKind, Gid, LockAction};

/// Where the run pauses itself: the engine stops at the event, so that nothing after it runs
/// before the viewer sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Breaks {
    /// The first update lost to a racing append.
    pub lost_update: bool,
    /// The first lock call that has to wait.
    pub lock_wait: bool,
}

/// A break point the run stopped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Break {
    LostUpdate,
    LockWait,
}

/// Events that can end or hold the run at once go the locked way, in order.
fn stops_the_run(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::End(_)
            | EventKind::Store {
                overwrote: Some(_),
                ..
            }
            | EventKind::Lock {
                action: LockAction::Wait,
                ..
            }
    )
}

impl Sched {
    /// Stamps and queues one event. The goroutine holding the turn keeps its events on its
    /// own thread (see `outbox`); anyone else, and the events that can stop a run (its end,
    /// the first lost update or lock wait at a break point), take the lock.
    pub fn emit(&self, who: Gid, kind: EventKind) {
        if self.is_cancelled() || !touches::fresh(&kind) {
            return;
        }
        crate::cost::charge(crate::cost::price_of(&kind));
        let kind = if stops_the_run(&kind) {
            kind
        } else {
            match outbox::push(self.owner(), who, kind, self.budget.load(Ordering::Relaxed)) {
                outbox::Pushed::Kept(waiting) if waiting < BATCH => {
                    // A turn's first event: goroutines that hand the turn on every few events
                    // never fill a batch in one, so they wait for the viewer here.
                    if waiting == 1 {
                        self.sink.wait_for_room(|| self.is_cancelled());
                    }
                    return;
                }
                outbox::Pushed::Kept(_) => {
                    self.settle(&mut self.lock(), false);
                    self.sink.wait_for_room(|| self.is_cancelled());
                    return;
                }
                outbox::Pushed::Refused(kind) => kind,
            }
        };
        let mut st = self.lock();
        self.settle(&mut st, false);
        self.emit_locked(&mut st, who, kind);
        drop(st);
        self.sink.wait_for_room(|| self.is_cancelled());
    }

    /// The calling thread's waiting events join the run's stream, in order, with their
    /// sequence numbers; with `close`, its turn is over. A run that has ended takes no more.
    pub(super) fn settle(&self, st: &mut State, close: bool) {
        // When nothing else waits to be sent, the buffers trade places: no copy.
        let spare = if st.pending.is_empty() {
            std::mem::take(&mut st.pending)
        } else {
            Vec::new()
        };
        let mut events = outbox::take(self.owner(), st.seq, close, spare);
        if st.ended || events.is_empty() {
            return;
        }
        for event in &mut events {
            event.seq = st.seq;
            st.seq += 1;
            event.at_ns = event.at_ns.max(st.last_at_ns);
            st.last_at_ns = event.at_ns;
        }
        if st.pending.is_empty() {
            st.pending = events;
        } else {
            st.pending.append(&mut events);
        }
        if st.pending.len() >= BATCH {
            self.flush(st);
        }
    }

    pub(super) fn emit_locked(&self, st: &mut State, who: Gid, mut kind: EventKind) {
        if st.ended {
            return;
        }
        // The last event a run may make says why it ends there. Its goroutines stop at their
        // next turn; whoever watches the run cancels it on its end, as on any other.
        if st.seq + 1 >= self.budget.load(Ordering::Relaxed) && !matches!(kind, EventKind::End(_)) {
            kind = EventKind::End(Ending::Budget);
            self.cancelled.store(true, Ordering::SeqCst);
        }
        self.check_breaks(st, &kind);
        let end = matches!(kind, EventKind::End(_));
        st.ended |= end;
        st.last_at_ns = st.last_at_ns.max(st.now_ns);
        let event = Event {
            run: self.run,
            seq: st.seq,
            at_ns: st.last_at_ns,
            who,
            kind,
        };
        st.seq += 1;
        st.pending.push(event);
        if end || st.pending.len() >= BATCH {
            self.flush(st);
        }
    }

    fn check_breaks(&self, st: &mut State, kind: &EventKind) {
        let (seen, armed, hit) = match kind {
            EventKind::Store {
                overwrote: Some(_), ..
            } => (
                &mut st.seen.lost_update,
                st.breaks.lost_update,
                Break::LostUpdate,
            ),
            EventKind::Lock {
                action: LockAction::Wait,
                ..
            } => (&mut st.seen.lock_wait, st.breaks.lock_wait, Break::LockWait),
            _ => return,
        };
        if !std::mem::replace(seen, true) && armed {
            st.hit = Some((st.seq, hit));
            st.pace.set_paused(true);
            self.paused.store(true, Ordering::SeqCst);
        }
    }

    pub(super) fn flush(&self, st: &mut State) {
        if !st.pending.is_empty() {
            let batch = std::mem::replace(&mut st.pending, self.sink.spare());
            self.sink.send(batch);
        }
    }

    pub fn set_breaks(&self, breaks: Breaks) {
        self.lock().breaks = breaks;
    }

    /// The break point the run paused itself at event `seq`, if it did.
    pub fn break_at(&self, seq: u64) -> Option<Break> {
        self.lock()
            .hit
            .and_then(|(at, hit)| (at == seq).then_some(hit))
    }
}

use super::lock;
use crate::sched::{Sched, Stop};
use std::collections::VecDeque;
use std::sync::Arc;
use syncscope_program::event::Gid;

/// Go's `sync.Cond` (src/sync/cond.go) on the runtime's notify list (src/runtime/sema.go):
/// `Wait` takes a ticket before it unlocks `c.L` and sleeps only if its ticket has not been
/// notified since; `Signal` notifies the oldest ticket not yet notified, `Broadcast` every
/// one. A waiter wakes only when notified: Go has no spurious wakeups. The lock around it is
/// the caller's to unlock and take again.
pub(crate) struct Cond {
    sched: Arc<Sched>,
    state: std::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    /// The next ticket to hand out (Go's `wait`).
    wait: u32,
    /// The next ticket to notify (Go's `notify`): every ticket below it has been.
    notify: u32,
    /// The tickets not notified yet, oldest first, with their holders and whether they sleep.
    waiting: VecDeque<Waiter>,
}

struct Waiter {
    ticket: u32,
    g: Gid,
    parked: bool,
}

impl Cond {
    pub(crate) fn new(sched: Arc<Sched>) -> Cond {
        Cond {
            sched,
            state: std::sync::Mutex::new(State::default()),
        }
    }

    /// Go's `notifyListAdd`: `me`'s ticket, taken while it still holds `c.L`.
    pub(crate) fn add(&self, me: Gid) -> u32 {
        let mut st = lock(&self.state);
        let ticket = st.wait;
        st.wait = st.wait.wrapping_add(1);
        st.waiting.push_back(Waiter {
            ticket,
            g: me,
            parked: false,
        });
        ticket
    }

    /// Go's `notifyListWait`: returns at once if `ticket` was notified while `c.L` was being
    /// unlocked, else sleeps until it is. `parking` reports the sleep.
    pub(crate) fn wait(&self, ticket: u32, me: Gid, parking: impl FnOnce()) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if notified(ticket, st.notify) {
            return Ok(());
        }
        if let Some(w) = st.waiting.iter_mut().find(|w| w.ticket == ticket) {
            w.parked = true;
        }
        parking();
        loop {
            drop(st);
            self.sched.block(me)?;
            st = lock(&self.state);
            if notified(ticket, st.notify) {
                return Ok(());
            }
        }
    }

    /// Go's `notifyListNotifyOne`: the holder of the oldest ticket not yet notified, made
    /// ready if it sleeps.
    pub(crate) fn signal(&self) -> Option<Gid> {
        let mut st = lock(&self.state);
        if st.wait == st.notify {
            return None;
        }
        st.notify = st.notify.wrapping_add(1);
        let w = st.waiting.pop_front()?;
        if w.parked {
            self.sched.ready(w.g);
        }
        Some(w.g)
    }

    /// Go's `notifyListNotifyAll`: every waiter, made ready in ticket order.
    pub(crate) fn broadcast(&self) -> Vec<Gid> {
        let mut st = lock(&self.state);
        st.notify = st.wait;
        let all: Vec<Waiter> = st.waiting.drain(..).collect();
        for w in all.iter().filter(|w| w.parked) {
            self.sched.ready(w.g);
        }
        all.into_iter().map(|w| w.g).collect()
    }
}

/// Go's `less(t, notify)`: tickets wrap around, as Go's do.
fn notified(ticket: u32, notify: u32) -> bool {
    (ticket.wrapping_sub(notify) as i32) < 0
}

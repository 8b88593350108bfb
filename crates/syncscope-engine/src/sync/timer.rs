//! The channel of a Go timer or ticker (`time.After`, `NewTimer`, `NewTicker`, `Tick`), by
//! the rules of the Go version the program is read as.
//!
//! Go 1.23 and later (`sync`): to the program the channel is unbuffered (`len` and `cap` are
//! 0). A due timer fires when a receiver looks at its channel, or, while a goroutine waits
//! on it, when time reaches it; a ticker's firing takes every tick due by then, so a slow
//! reader gets the oldest tick it missed, and none queue. A due timer nobody took from has
//! not fired: `Stop` and `Reset` stop it (and say so), so no stale value is ever received
//! after them. (Go may fire several timers of one select into their buffers and take one;
//! it drains the others at `Stop` and `Reset` and counts them as stopped, which is the same.)
//! Nobody waiting, a timer does not keep the run from counting as stuck.
//!
//! Go 1.22 and earlier: a buffer of one value that the runtime fills when the timer fires,
//! at a scheduling point; a firing that finds the buffer full is dropped (a slow reader of a
//! ticker loses ticks, never queues them), and `Stop` and `Reset` do not drain a value
//! already there.
//!
//! Firings are worked out lazily from the virtual time whenever the channel is looked at,
//! so a ticker costs nothing between reads.

use super::lock;
use crate::sched::{Claim, Stamp};
use std::sync::Mutex;
use syncscope_program::event::Gid;

/// No firing to come.
const NEVER: u64 = u64::MAX;

/// The scheduler firing a timer at `us`: a scheduling point past any the timer was set at.
fn firing(us: u64) -> Stamp {
    Stamp {
        us,
        point: u64::MAX,
    }
}

pub struct Timer {
    state: Mutex<State>,
    /// The claims of the goroutines blocked on its channel: a `Reset` sets them again at
    /// the new firing, which may come before the one they were set for.
    waiting: Mutex<Vec<(Gid, Claim)>>,
}

impl std::fmt::Debug for Timer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timer").field("state", &self.state).finish()
    }
}

#[derive(Debug)]
struct State {
    /// Go 1.23's channel, else Go 1.22's.
    sync: bool,
    /// When it was made or last reset: Go 1.22's runtime fires timers at a scheduling
    /// point, never inside the goroutine that set them, so a zero duration is not ready
    /// until the next one.
    set: Stamp,
    /// The next firing, `NEVER` for none.
    next_us: u64,
    /// A ticker's period; 0 for a timer that fires once.
    period_us: u64,
    /// The firing time of the value in Go 1.22's buffer.
    held: Option<u64>,
}

impl State {
    /// Go 1.23's receive at `now`: a due timer fires on the spot, straight to it.
    fn fire_now(&mut self, now_us: u64) -> Option<u64> {
        if self.next_us > now_us {
            return None;
        }
        let fired = self.next_us;
        self.next_us = match self.period_us {
            0 => NEVER,
            // Every tick due by now goes in this one firing: the next is the first past now.
            p => fired.saturating_add(((now_us - fired) / p + 1).saturating_mul(p)),
        };
        Some(fired)
    }

    /// Go 1.22's: fires what is due by `now` into an empty buffer.
    fn settle(&mut self, now: Stamp) {
        let past = now.us > self.set.us || now.point > self.set.point;
        if self.held.is_none() && self.next_us <= now.us && past {
            self.held = Some(self.next_us);
            self.next_us = self.after(self.next_us);
        }
    }

    /// The firing that follows one at `at`.
    fn after(&self, at: u64) -> u64 {
        match self.period_us {
            0 => NEVER,
            p => at.saturating_add(p),
        }
    }

    /// Go 1.22's: firings up to `now` found the buffer full, and were dropped. One at `now`
    /// itself is among them: time reached `now` at a scheduling point, where Go's runtime
    /// runs every timer due before any goroutine.
    fn drop_missed(&mut self, now_us: u64) {
        if self.next_us == NEVER || self.next_us > now_us {
            return;
        }
        self.next_us = match self.period_us {
            0 => NEVER,
            p => {
                let missed = (now_us - self.next_us) / p + 1;
                self.next_us.saturating_add(missed.saturating_mul(p))
            }
        };
    }

    /// `Stop`'s and `Reset`'s first part: whether a firing was still to come. Go 1.22's
    /// fires what is due first, its value staying in the buffer; Go 1.23's due timer that
    /// nobody took from has not fired.
    fn halt(&mut self, now: Stamp) -> bool {
        if !self.sync {
            self.settle(now);
        }
        self.next_us != NEVER
    }
}

impl Timer {
    /// A timer set at `set` that fires once at `due_us`; `sync`: Go 1.23's channel.
    pub(crate) fn new(set: Stamp, due_us: u64, sync: bool) -> Timer {
        Timer::with(set, due_us, 0, sync)
    }

    /// A ticker set at `set` that fires every `period_us` (> 0).
    pub(crate) fn ticker(set: Stamp, period_us: u64, sync: bool) -> Timer {
        let period_us = period_us.max(1);
        Timer::with(set, set.us.saturating_add(period_us), period_us, sync)
    }

    fn with(set: Stamp, next_us: u64, period_us: u64, sync: bool) -> Timer {
        Timer {
            state: Mutex::new(State {
                sync,
                set,
                next_us,
                period_us,
                held: None,
            }),
            waiting: Mutex::new(Vec::new()),
        }
    }

    /// A receive at `now`: the firing time of the value taken, if one is there.
    pub(crate) fn take(&self, now: Stamp) -> Option<u64> {
        let mut st = lock(&self.state);
        if st.sync {
            return st.fire_now(now.us);
        }
        st.settle(now);
        let got = st.held.take()?;
        st.drop_missed(now.us);
        Some(got)
    }

    /// A receiver woken by the scheduler at `due_us`, the firing it waited for.
    pub(crate) fn claim(&self, due_us: u64) -> Option<u64> {
        self.take(firing(due_us))
    }

    /// When a receiver that finds nothing should be woken, if ever.
    pub(crate) fn next_due(&self) -> Option<u64> {
        let st = lock(&self.state);
        (st.next_us != NEVER).then_some(st.next_us)
    }

    /// A ticker fires for ever; a timer once.
    pub(crate) fn is_ticker(&self) -> bool {
        lock(&self.state).period_us > 0
    }

    /// Whether its firings keep the run from counting as stuck with nobody waiting on it:
    /// Go 1.22's timers are always in the runtime's heap, where Go's deadlock check sees
    /// them; Go 1.23's only while a goroutine waits on the channel.
    pub(crate) fn keeps_run(&self) -> bool {
        !lock(&self.state).sync
    }

    /// Values in the channel: its `len` (always 0 for Go 1.23's, unbuffered to the program).
    pub(crate) fn len(&self, now: Stamp) -> usize {
        let mut st = lock(&self.state);
        if st.sync {
            return 0;
        }
        st.settle(now);
        usize::from(st.held.is_some())
    }

    /// The channel's `cap`: Go 1.22's buffer of one; Go 1.23's shows none.
    pub(crate) fn cap(&self) -> usize {
        usize::from(!lock(&self.state).sync)
    }

    /// `g` blocks on the channel with `claim`, until `unwait`.
    pub(crate) fn wait(&self, g: Gid, claim: Claim) {
        lock(&self.waiting).push((g, claim));
    }

    pub(crate) fn unwait(&self, g: Gid) {
        lock(&self.waiting).retain(|(w, _)| *w != g);
    }

    /// The claims to set again at the firing a `Reset` has just set.
    pub(crate) fn waiting(&self) -> Vec<(Gid, Claim)> {
        lock(&self.waiting).clone()
    }

    /// `Stop`: no more firings; whether one was still to come.
    pub(crate) fn stop(&self, now: Stamp) -> bool {
        let mut st = lock(&self.state);
        let active = st.halt(now);
        st.next_us = NEVER;
        active
    }

    /// `Reset(d)`: the next firing `d` from now (a ticker's period becomes `d`); whether
    /// one was still to come.
    pub(crate) fn reset(&self, now: Stamp, d_us: u64) -> bool {
        let mut st = lock(&self.state);
        let active = st.halt(now);
        if st.period_us > 0 {
            st.period_us = d_us.max(1);
        }
        st.set = now;
        st.next_us = now.us.saturating_add(d_us);
        active
    }
}

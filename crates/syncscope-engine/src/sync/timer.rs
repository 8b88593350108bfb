//! The channel of a Go timer or ticker (`time.After`, `NewTimer`, `NewTicker`, `Tick`): a
//! buffer of one value that the runtime fills when the timer fires, with Go 1.19's rules:
//! a firing that finds the buffer full is dropped (a slow reader of a ticker loses ticks,
//! never queues them), and `Stop` and `Reset` do not drain a value already there.
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
    /// When it was made or last reset: Go's runtime fires timers at a scheduling point,
    /// never inside the goroutine that set them, so a zero duration is not ready until the
    /// next one.
    set: Stamp,
    /// The next firing, `NEVER` for none.
    next_us: u64,
    /// A ticker's period; 0 for a timer that fires once.
    period_us: u64,
    /// The firing time of the value in the buffer.
    held: Option<u64>,
}

impl State {
    /// Fires what is due by `now` into an empty buffer.
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

    /// Firings before `now` found the buffer full: they were dropped.
    fn drop_missed(&mut self, now_us: u64) {
        if self.next_us == NEVER || self.next_us >= now_us {
            return;
        }
        self.next_us = match self.period_us {
            0 => NEVER,
            p => {
                let missed = (now_us - self.next_us).div_ceil(p);
                self.next_us.saturating_add(missed.saturating_mul(p))
            }
        };
    }
}

impl Timer {
    /// A timer set at `set` that fires once at `due_us`.
    pub(crate) fn new(set: Stamp, due_us: u64) -> Timer {
        Timer::with(set, due_us, 0)
    }

    /// A ticker set at `set` that fires every `period_us` (> 0).
    pub(crate) fn ticker(set: Stamp, period_us: u64) -> Timer {
        let period_us = period_us.max(1);
        Timer::with(set, set.us.saturating_add(period_us), period_us)
    }

    fn with(set: Stamp, next_us: u64, period_us: u64) -> Timer {
        Timer {
            state: Mutex::new(State {
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

    /// Values in the channel: its `len`.
    pub(crate) fn len(&self, now: Stamp) -> usize {
        let mut st = lock(&self.state);
        st.settle(now);
        usize::from(st.held.is_some())
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

    /// `Stop`: no more firings; whether one was still to come. A value already in the
    /// channel stays there (Go 1.19 does not drain it).
    pub(crate) fn stop(&self, now: Stamp) -> bool {
        let mut st = lock(&self.state);
        st.settle(now);
        let active = st.next_us != NEVER;
        st.next_us = NEVER;
        active
    }

    /// `Reset(d)`: the next firing `d` from now (a ticker's period becomes `d`); whether
    /// one was still to come.
    pub(crate) fn reset(&self, now: Stamp, d_us: u64) -> bool {
        let mut st = lock(&self.state);
        st.settle(now);
        let active = st.next_us != NEVER;
        if st.period_us > 0 {
            st.period_us = d_us.max(1);
        }
        st.set = now;
        st.next_us = now.us.saturating_add(d_us);
        active
    }
}

#[cfg(test)]
mod tests {
    use super::{Stamp, Timer};

    /// A moment at the first scheduling point: only time tells them apart.
    fn at(us: u64) -> Stamp {
        Stamp { us, point: 0 }
    }

    #[test]
    fn a_timer_fires_once_and_not_in_the_instant_it_is_set() {
        let t = Timer::new(at(10), 10);
        assert_eq!(t.take(at(10)), None, "not inside the goroutine that set it");
        assert_eq!(t.take(at(11)), Some(10));
        assert_eq!(t.take(at(1_000)), None);
    }

    #[test]
    fn a_timer_due_now_fires_at_the_next_scheduling_point() {
        let set = Stamp { us: 10, point: 5 };
        let t = Timer::new(set, 10);
        assert_eq!(t.take(set), None, "not inside the goroutine that set it");
        assert_eq!(t.take(Stamp { us: 10, point: 6 }), Some(10));
    }

    #[test]
    fn a_slow_reader_of_a_ticker_loses_ticks() {
        let t = Timer::ticker(at(0), 100);
        assert_eq!(t.len(at(99)), 0);
        // Ticks at 100..=300: the first waits in the buffer, the rest find it full.
        assert_eq!(t.take(at(350)), Some(100));
        assert_eq!(t.len(at(399)), 0);
        assert_eq!(t.next_due(), Some(400));
        assert_eq!(t.take(at(400)), Some(400));
    }

    #[test]
    fn stop_keeps_a_value_already_there_and_says_whether_it_stopped_a_firing() {
        let t = Timer::new(at(0), 50);
        assert!(t.stop(at(10)));
        assert_eq!(t.take(at(100)), None);
        assert_eq!(t.next_due(), None);
        let fired = Timer::new(at(0), 50);
        assert!(!fired.stop(at(60)), "it had fired");
        assert_eq!(fired.take(at(70)), Some(50), "Stop does not drain");
    }

    #[test]
    fn reset_sets_the_next_firing_from_now() {
        let t = Timer::new(at(0), 50);
        assert!(t.reset(at(20), 100));
        assert_eq!(t.take(at(60)), None);
        assert_eq!(t.take(at(120)), Some(120));
        let ticker = Timer::ticker(at(0), 100);
        ticker.reset(at(150), 30);
        assert_eq!(
            ticker.take(at(180)),
            Some(100),
            "the tick of 100 was not drained"
        );
        assert_eq!(ticker.take(at(180)), Some(180));
        assert_eq!(ticker.next_due(), Some(210));
    }
}

use super::parking::Parking;
use super::{Probe, lock, wait};
use crate::clock::{Clock, Stop};
use crate::event::{Access, LockAction};
use std::collections::VecDeque;
use std::sync::Arc;

/// Go's `sync.Mutex` as it behaves once anyone has waited over 1 ms (starvation mode, which
/// every wait at demo time scales triggers): unlock hands the lock straight to the longest
/// waiter, and newcomers queue behind.
pub struct Mutex {
    clock: Arc<Clock>,
    state: std::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    holder: Option<u64>,
    queue: VecDeque<u64>,
    parking: Parking,
    next_ticket: u64,
}

impl Mutex {
    pub fn new(clock: Arc<Clock>) -> Mutex {
        Mutex {
            clock,
            state: std::sync::Mutex::new(State::default()),
        }
    }

    pub fn lock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        let ticket = st.next_ticket;
        st.next_ticket += 1;
        if st.holder.is_none() && st.queue.is_empty() {
            st.holder = Some(ticket);
            probe.lock(Access::Write, LockAction::Acquire);
            return Ok(());
        }
        st.queue.push_back(ticket);
        probe.lock(Access::Write, LockAction::Wait);
        self.clock.blocked();
        let cv = st.parking.add(ticket);
        while st.holder != Some(ticket) {
            if self.clock.is_cancelled() {
                st.queue.retain(|&t| t != ticket);
                st.parking.remove(ticket);
                return Err(Stop::Cancelled);
            }
            st = wait(&cv, st);
        }
        st.parking.remove(ticket);
        probe.lock(Access::Write, LockAction::Acquire);
        Ok(())
    }

    pub fn unlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if st.holder.is_none() {
            return Err(Stop::Panic(
                "fatal error: sync: unlock of unlocked mutex".into(),
            ));
        }
        probe.lock(Access::Write, LockAction::Release);
        st.holder = st.queue.pop_front();
        if let Some(next) = st.holder {
            self.clock.woke(1);
            st.parking.wake(next);
        }
        Ok(())
    }

    /// Wakes every waiter so it can see the run was cancelled.
    pub fn interrupt(&self) {
        lock(&self.state).parking.wake_all();
    }
}

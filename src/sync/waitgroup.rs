use super::parking::Parking;
use super::{Probe, lock, wait};
use crate::clock::{Clock, Stop};
use std::sync::Arc;

/// Go's `sync.WaitGroup`: a counter that `Wait` blocks on until it reaches zero.
pub struct WaitGroup {
    clock: Arc<Clock>,
    state: std::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    counter: i64,
    waiters: usize,
    /// Bumped each time the counter reaches zero with waiters, releasing exactly those.
    generation: u64,
    parking: Parking,
    next_ticket: u64,
}

pub const NEGATIVE_COUNTER: &str = "panic: sync: negative WaitGroup counter";

impl WaitGroup {
    pub fn new(clock: Arc<Clock>) -> WaitGroup {
        WaitGroup {
            clock,
            state: std::sync::Mutex::new(State::default()),
        }
    }

    pub fn add(&self, delta: i64, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        st.counter += delta;
        probe.wait_group_counter(st.counter);
        if st.counter < 0 {
            return Err(Stop::Panic(NEGATIVE_COUNTER.into()));
        }
        if st.counter == 0 && st.waiters > 0 {
            self.clock.woke(st.waiters);
            st.waiters = 0;
            st.generation += 1;
            st.parking.wake_all();
        }
        Ok(())
    }

    pub fn done(&self, probe: &dyn Probe) -> Result<(), Stop> {
        self.add(-1, probe)
    }

    pub fn wait(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if st.counter == 0 {
            return Ok(());
        }
        let generation = st.generation;
        st.waiters += 1;
        let ticket = st.next_ticket;
        st.next_ticket += 1;
        probe.wait_group_blocks();
        self.clock.blocked();
        let cv = st.parking.add(ticket);
        while st.generation == generation {
            if self.clock.is_cancelled() {
                st.waiters -= 1;
                st.parking.remove(ticket);
                return Err(Stop::Cancelled);
            }
            st = wait(&cv, st);
        }
        st.parking.remove(ticket);
        Ok(())
    }

    pub fn counter(&self) -> i64 {
        lock(&self.state).counter
    }

    pub fn interrupt(&self) {
        lock(&self.state).parking.wake_all();
    }
}

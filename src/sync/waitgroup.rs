use super::{Probe, lock, wait};
use crate::clock::{Clock, Stop};
use std::sync::{Arc, Condvar};

/// Go's `sync.WaitGroup`: a counter that `Wait` blocks on until it reaches zero.
pub struct WaitGroup {
    clock: Arc<Clock>,
    state: std::sync::Mutex<State>,
    cv: Condvar,
}

#[derive(Default)]
struct State {
    counter: i64,
    waiters: usize,
    /// Bumped each time the counter reaches zero with waiters, releasing exactly those.
    generation: u64,
}

pub const NEGATIVE_COUNTER: &str = "panic: sync: negative WaitGroup counter";

impl WaitGroup {
    pub fn new(clock: Arc<Clock>) -> WaitGroup {
        WaitGroup {
            clock,
            state: std::sync::Mutex::new(State::default()),
            cv: Condvar::new(),
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
            self.cv.notify_all();
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
        probe.wait_group_blocks();
        self.clock.blocked();
        while st.generation == generation {
            if self.clock.is_cancelled() {
                st.waiters -= 1;
                return Err(Stop::Cancelled);
            }
            st = wait(&self.cv, st);
        }
        Ok(())
    }

    pub fn counter(&self) -> i64 {
        lock(&self.state).counter
    }

    pub fn interrupt(&self) {
        let _st = lock(&self.state);
        self.cv.notify_all();
    }
}

use super::sema::{Sema, semacquire};
use super::{Probe, lock};
use crate::sched::{Sched, Stop};
use std::sync::Arc;

pub const NEGATIVE_COUNTER: &str = "panic: sync: negative WaitGroup counter";
pub const REUSED: &str = "panic: sync: WaitGroup is reused before previous Wait has returned";

/// Go's `sync.WaitGroup` (src/sync/waitgroup.go): a counter and the goroutines waiting for it
/// to reach zero. When it does, Add releases them all; a waiter that wakes to find the counter
/// raised again panics with Go's words. (Go's other misuse panic, "Add called concurrently
/// with Wait", needs two Adds in the same nanoseconds on two processors, which one processor
/// never does.)
pub struct WaitGroup {
    /// The program's global that holds it: its name in the events.
    group: u32,
    sched: Arc<Sched>,
    state: std::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    counter: i64,
    waiters: u32,
    sema: Sema,
}

impl WaitGroup {
    pub(crate) fn new(group: u32, sched: Arc<Sched>) -> WaitGroup {
        WaitGroup {
            group,
            sched,
            state: std::sync::Mutex::new(State::default()),
        }
    }

    pub(crate) fn add(&self, delta: i64, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        st.counter += delta;
        probe.wait_group_counter(self.group, st.counter);
        if st.counter < 0 {
            return Err(Stop::Panic(NEGATIVE_COUNTER.into()));
        }
        if st.counter > 0 || st.waiters == 0 {
            return Ok(());
        }
        for _ in 0..std::mem::take(&mut st.waiters) {
            if let Some((waiter, _)) = st.sema.release(false) {
                self.sched.ready(waiter);
            }
        }
        Ok(())
    }

    /// Nothing counted and nobody waiting: as a new WaitGroup is.
    pub(crate) fn idle(&self) -> bool {
        let st = lock(&self.state);
        st.counter == 0 && st.waiters == 0
    }

    pub(crate) fn done(&self, probe: &dyn Probe) -> Result<(), Stop> {
        self.add(-1, probe)
    }

    pub(crate) fn wait(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if st.counter != 0 {
            st.waiters += 1;
            let parking = || probe.wait_group_blocks();
            st = semacquire(
                &self.sched,
                &self.state,
                st,
                |s| &mut s.sema,
                probe.me(),
                false,
                parking,
            )?;
            if st.counter != 0 || st.waiters != 0 {
                return Err(Stop::Panic(REUSED.into()));
            }
        }
        drop(st);
        probe.wait_returned();
        Ok(())
    }
}

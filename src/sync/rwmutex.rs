use super::{Probe, lock, wait};
use crate::clock::{Clock, Stop};
use crate::event::{Access, LockAction};
use std::collections::VecDeque;
use std::sync::{Arc, Condvar};

/// Go's `sync.RWMutex`. Writers line up FIFO (Go serializes them on an inner Mutex). The writer
/// at the head announces itself at once: from then on new readers wait, and the writer waits
/// only for the readers already inside. Its Unlock first lets in every reader that queued
/// during the write, then hands over to the next writer, who waits for those readers. So
/// neither side starves, which std's `RwLock` does not promise.
pub struct RwMutex {
    clock: Arc<Clock>,
    state: std::sync::Mutex<State>,
    cv: Condvar,
}

#[derive(Default)]
struct State {
    /// The writer that owns the writers' turn: pending until `writing`, then holding.
    writer: Option<u64>,
    writing: bool,
    writer_queue: VecDeque<u64>,
    readers: usize,
    /// Readers blocked by a pending or active writer, admitted together at its Unlock.
    blocked_readers: Vec<u64>,
    admitted: Vec<u64>,
    next_ticket: u64,
}

impl RwMutex {
    pub fn new(clock: Arc<Clock>) -> RwMutex {
        RwMutex {
            clock,
            state: std::sync::Mutex::new(State::default()),
            cv: Condvar::new(),
        }
    }

    pub fn lock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        let ticket = st.next_ticket;
        st.next_ticket += 1;
        if st.writer.is_none() {
            st.writer = Some(ticket);
            if st.readers == 0 {
                st.writing = true;
                probe.lock(Access::Write, LockAction::Acquire);
                return Ok(());
            }
        } else {
            st.writer_queue.push_back(ticket);
        }
        probe.lock(Access::Write, LockAction::Wait);
        self.clock.blocked();
        while !(st.writer == Some(ticket) && st.writing) {
            if self.clock.is_cancelled() {
                st.writer_queue.retain(|&t| t != ticket);
                return Err(Stop::Cancelled);
            }
            st = wait(&self.cv, st);
        }
        probe.lock(Access::Write, LockAction::Acquire);
        Ok(())
    }

    pub fn unlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if !st.writing {
            return Err(Stop::Panic(
                "fatal error: sync: Unlock of unlocked RWMutex".into(),
            ));
        }
        probe.lock(Access::Write, LockAction::Release);
        st.writing = false;
        let readers = std::mem::take(&mut st.blocked_readers);
        st.readers += readers.len();
        let mut woken = readers.len();
        st.admitted.extend(readers);
        st.writer = st.writer_queue.pop_front();
        if st.writer.is_some() && st.readers == 0 {
            st.writing = true;
            woken += 1;
        }
        self.clock.woke(woken);
        if woken > 0 {
            self.cv.notify_all();
        }
        Ok(())
    }

    pub fn rlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        let ticket = st.next_ticket;
        st.next_ticket += 1;
        if st.writer.is_none() {
            st.readers += 1;
            probe.lock(Access::Read, LockAction::Acquire);
            return Ok(());
        }
        st.blocked_readers.push(ticket);
        probe.lock(Access::Read, LockAction::Wait);
        self.clock.blocked();
        while !st.admitted.contains(&ticket) {
            if self.clock.is_cancelled() {
                st.blocked_readers.retain(|&t| t != ticket);
                return Err(Stop::Cancelled);
            }
            st = wait(&self.cv, st);
        }
        st.admitted.retain(|&t| t != ticket);
        probe.lock(Access::Read, LockAction::Acquire);
        Ok(())
    }

    pub fn runlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if st.readers == 0 {
            return Err(Stop::Panic(
                "fatal error: sync: RUnlock of unlocked RWMutex".into(),
            ));
        }
        probe.lock(Access::Read, LockAction::Release);
        st.readers -= 1;
        if st.readers == 0 && st.writer.is_some() && !st.writing {
            st.writing = true;
            self.clock.woke(1);
            self.cv.notify_all();
        }
        Ok(())
    }

    pub fn interrupt(&self) {
        let _st = lock(&self.state);
        self.cv.notify_all();
    }
}

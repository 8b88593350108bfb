use super::parking::Parking;
use super::{Probe, lock, wait};
use crate::clock::{Clock, Stop};
use crate::event::{Access, LockAction};
use std::collections::{HashSet, VecDeque};
use std::sync::Arc;

/// Go's `sync.RWMutex`. Writers line up FIFO (Go serializes them on an inner Mutex). The writer
/// at the head announces itself at once: from then on new readers wait, and the writer waits
/// only for the readers already inside. Its Unlock first lets in every reader that queued
/// during the write, then hands over to the next writer, who waits for those readers. So
/// neither side starves, which std's `RwLock` does not promise.
pub struct RwMutex {
    clock: Arc<Clock>,
    state: std::sync::Mutex<State>,
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
    admitted: HashSet<u64>,
    parking: Parking,
    next_ticket: u64,
}

impl RwMutex {
    pub fn new(clock: Arc<Clock>) -> RwMutex {
        RwMutex {
            clock,
            state: std::sync::Mutex::new(State::default()),
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
        let cv = st.parking.add(ticket);
        while !(st.writer == Some(ticket) && st.writing) {
            if self.clock.is_cancelled() {
                st.writer_queue.retain(|&t| t != ticket);
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
        for &reader in &readers {
            st.parking.wake(reader);
        }
        st.admitted.extend(readers);
        st.writer = st.writer_queue.pop_front();
        if let Some(next) = st.writer.filter(|_| st.readers == 0) {
            st.writing = true;
            woken += 1;
            st.parking.wake(next);
        }
        self.clock.woke(woken);
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
        let cv = st.parking.add(ticket);
        while !st.admitted.contains(&ticket) {
            if self.clock.is_cancelled() {
                st.blocked_readers.retain(|&t| t != ticket);
                st.parking.remove(ticket);
                return Err(Stop::Cancelled);
            }
            st = wait(&cv, st);
        }
        st.parking.remove(ticket);
        st.admitted.remove(&ticket);
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
        if let Some(writer) = st.writer.filter(|_| st.readers == 0 && !st.writing) {
            st.writing = true;
            self.clock.woke(1);
            st.parking.wake(writer);
        }
        Ok(())
    }

    pub fn interrupt(&self) {
        lock(&self.state).parking.wake_all();
    }
}

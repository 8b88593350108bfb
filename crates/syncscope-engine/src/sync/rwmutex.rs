use super::sema::{Sema, semacquire};
use super::{Mutex, Probe, lock};
use crate::sched::{Sched, Stop};
use std::sync::Arc;
use syncscope_program::event::{Access, LockAction};

pub const UNLOCK_OF_UNLOCKED: &str = "fatal error: sync: Unlock of unlocked RWMutex";
pub const RUNLOCK_OF_UNLOCKED: &str = "fatal error: sync: RUnlock of unlocked RWMutex";

/// Go's cap on readers: a writer subtracts it from the reader count to announce itself.
const MAX_READERS: i32 = 1 << 30;

/// Go's `sync.RWMutex` (src/sync/rwmutex.go), rule for rule. Writers first take an inner
/// Mutex, so they take turns by the Mutex's rules; a writer still queued there holds back
/// nobody. The writer that holds it announces itself: from then on new readers wait, and it
/// waits for the readers already in. Its Unlock wakes the readers that queued during the write,
/// then unlocks the inner Mutex, so a goroutine that unlocks and at once asks to read gets in
/// before the next writer. Neither side starves, which std's `RwLock` does not promise.
pub struct RwMutex {
    sched: Arc<Sched>,
    writers: Mutex,
    state: std::sync::Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Readers in (or on their way in), minus `MAX_READERS` while a writer has announced.
    reader_count: i32,
    /// Readers the announced writer still waits for.
    reader_wait: i32,
    writer_sem: Sema,
    reader_sem: Sema,
}

impl RwMutex {
    pub(crate) fn new(sched: Arc<Sched>) -> RwMutex {
        RwMutex {
            writers: Mutex::new(sched.clone()),
            sched,
            state: std::sync::Mutex::new(State::default()),
        }
    }

    pub(crate) fn rlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        st.reader_count += 1;
        if st.reader_count < 0 {
            // A writer has announced itself: wait until its Unlock lets the readers in.
            let mut parked = false;
            let parking = || {
                let action = if std::mem::replace(&mut parked, true) {
                    LockAction::Requeue { front: false }
                } else {
                    LockAction::Wait
                };
                probe.lock(Access::Read, action);
            };
            st = semacquire(
                &self.sched,
                &self.state,
                st,
                |s| &mut s.reader_sem,
                probe.me(),
                false,
                parking,
            )?;
        }
        drop(st);
        probe.lock(Access::Read, LockAction::Acquire);
        Ok(())
    }

    /// Go's `TryLock`: the inner Mutex if it is free, then the readers' count if no reader is
    /// in; else it lets the Mutex go again and fails. Never waits.
    pub(crate) fn try_lock(&self, probe: &dyn Probe) -> Result<bool, Stop> {
        if !self.writers.try_acquire() {
            return Ok(false);
        }
        let mut st = lock(&self.state);
        if st.reader_count != 0 {
            drop(st);
            self.writers.release_inner(probe)?;
            return Ok(false);
        }
        st.reader_count = -MAX_READERS;
        drop(st);
        probe.lock(Access::Write, LockAction::Acquire);
        Ok(true)
    }

    /// Go's `TryRLock`: in unless a writer has announced itself.
    pub(crate) fn try_rlock(&self, probe: &dyn Probe) -> bool {
        let mut st = lock(&self.state);
        if st.reader_count < 0 {
            return false;
        }
        st.reader_count += 1;
        drop(st);
        probe.lock(Access::Read, LockAction::Acquire);
        true
    }

    pub(crate) fn runlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        let r = st.reader_count - 1;
        if r < 0 && (r + 1 == 0 || r + 1 == -MAX_READERS) {
            return Err(Stop::Panic(RUNLOCK_OF_UNLOCKED.into()));
        }
        probe.lock(Access::Read, LockAction::Release);
        st.reader_count = r;
        if r < 0 {
            // A writer waits for the readers that were in: this was one of them.
            st.reader_wait -= 1;
            if st.reader_wait == 0
                && let Some((writer, _)) = st.writer_sem.release(false)
            {
                probe.woken(writer, Access::Write);
                self.sched.ready(writer);
            }
        }
        Ok(())
    }

    pub(crate) fn lock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut waited = false;
        self.writers.acquire(probe, &mut waited)?;
        let mut st = lock(&self.state);
        let inside = st.reader_count;
        st.reader_count -= MAX_READERS;
        if inside != 0 {
            st.reader_wait += inside;
            if st.reader_wait != 0 {
                probe.lock(Access::Write, LockAction::Claim);
                let parking = || {
                    if !std::mem::replace(&mut waited, true) {
                        probe.lock(Access::Write, LockAction::Wait);
                    }
                };
                st = semacquire(
                    &self.sched,
                    &self.state,
                    st,
                    |s| &mut s.writer_sem,
                    probe.me(),
                    false,
                    parking,
                )?;
            }
        }
        drop(st);
        probe.lock(Access::Write, LockAction::Acquire);
        Ok(())
    }

    pub(crate) fn unlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        let queued = st.reader_count + MAX_READERS;
        if queued >= MAX_READERS {
            return Err(Stop::Panic(UNLOCK_OF_UNLOCKED.into()));
        }
        probe.lock(Access::Write, LockAction::Release);
        st.reader_count = queued;
        // The readers that queued during the write go first, then the next writer's turn.
        for _ in 0..queued {
            if let Some((reader, _)) = st.reader_sem.release(false) {
                probe.woken(reader, Access::Read);
                self.sched.ready(reader);
            }
        }
        drop(st);
        self.writers.release_inner(probe)
    }
}

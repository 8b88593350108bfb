use super::sema::{Sema, semacquire};
use super::{Probe, lock};
use crate::sched::{Sched, Stop};
use std::sync::{Arc, MutexGuard};
use syncscope_program::event::{Access, LockAction};

pub const UNLOCK_OF_UNLOCKED: &str = "fatal error: sync: unlock of unlocked mutex";

/// A waiter that has waited longer than this and still loses switches the Mutex to
/// starvation mode (Go's `starvationThresholdNs`, 1 ms).
pub const STARVATION_US: u64 = 1000;

/// Go's `sync.Mutex` (src/sync/mutex.go), rule for rule. In normal mode Unlock wakes one
/// waiter, but does not hand it the lock: a goroutine that is running and calls Lock first
/// takes it, and the woken waiter goes back to the front of the queue. A waiter that loses
/// after waiting over 1 ms puts the Mutex in starvation mode, where Unlock hands it straight to
/// the front waiter and yields to it, and newcomers queue at the back. It goes back to normal
/// when the waiter that gets it is the last one, or waited under 1 ms. Go's spinning is left
/// out: it needs a second processor, and lasts microseconds.
pub struct Mutex {
    sched: Arc<Sched>,
    state: std::sync::Mutex<State>,
}

/// Go's state word, spelled out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Word {
    locked: bool,
    /// A waiter has been woken and is on its way: Unlock wakes no other.
    woken: bool,
    starving: bool,
    waiters: u32,
}

#[derive(Default)]
struct State {
    word: Word,
    sema: Sema,
}

impl Mutex {
    pub fn new(sched: Arc<Sched>) -> Mutex {
        Mutex {
            sched,
            state: std::sync::Mutex::new(State::default()),
        }
    }

    pub fn lock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        self.acquire(probe, &mut false)?;
        probe.lock(Access::Write, LockAction::Acquire);
        Ok(())
    }

    pub fn unlock(&self, probe: &dyn Probe) -> Result<(), Stop> {
        let st = lock(&self.state);
        if !st.word.locked {
            return Err(Stop::Panic(UNLOCK_OF_UNLOCKED.into()));
        }
        probe.lock(Access::Write, LockAction::Release);
        self.release(probe, st)
    }

    /// Go's `TryLock`: the lock if it is free and not promised to a starving waiter; a
    /// waiter that was woken may lose it so, as to any goroutine that is running.
    pub fn try_lock(&self, probe: &dyn Probe) -> bool {
        let taken = self.try_acquire();
        if taken {
            probe.lock(Access::Write, LockAction::Acquire);
        }
        taken
    }

    /// `try_lock` without reporting the acquire (RWMutex reports its own).
    pub(super) fn try_acquire(&self) -> bool {
        let mut st = lock(&self.state);
        if st.word.locked || st.word.starving {
            return false;
        }
        st.word.locked = true;
        true
    }

    /// Takes the lock without reporting the acquire (RWMutex reports its own). `waited` says
    /// whether this call has reported its wait yet.
    pub(super) fn acquire(&self, probe: &dyn Probe, waited: &mut bool) -> Result<(), Stop> {
        let mut st = lock(&self.state);
        if st.word == Word::default() {
            st.word.locked = true;
            return Ok(());
        }
        let mut wait_start = None;
        let mut starving = false;
        let mut awoke = false;
        loop {
            let old = st.word;
            let mut new = old;
            // A starving Mutex belongs to its waiters: newcomers queue.
            if !old.starving {
                new.locked = true;
            }
            if old.locked || old.starving {
                new.waiters += 1;
            }
            if starving && old.locked {
                new.starving = true;
            }
            if awoke {
                new.woken = false;
            }
            st.word = new;
            if new.starving && !old.starving {
                probe.starving(true);
            }
            if !old.locked && !old.starving {
                return Ok(());
            }
            // One that waited before goes back to the front.
            let lifo = wait_start.is_some();
            let start = *wait_start.get_or_insert_with(|| self.sched.exact_now_us());
            st = semacquire(
                &self.sched,
                &self.state,
                st,
                |s| &mut s.sema,
                probe.me(),
                lifo,
                || {
                    let action = if std::mem::replace(waited, true) {
                        LockAction::Requeue { front: lifo }
                    } else {
                        LockAction::Wait
                    };
                    probe.lock(Access::Write, action);
                },
            )?;
            // Go asks for over 1 ms, and a real wait across a 1 ms sleep always overruns it
            // a little; a virtual one is exact, so exactly 1 ms counts.
            starving = starving || self.sched.exact_now_us() - start >= STARVATION_US;
            let old = st.word;
            if old.starving {
                // Handed over by an Unlock in starvation mode.
                st.word.locked = true;
                st.word.waiters -= 1;
                if !starving || old.waiters == 1 {
                    st.word.starving = false;
                    probe.starving(false);
                }
                return Ok(());
            }
            awoke = true;
        }
    }

    /// Opens the lock and wakes or hands over to a waiter as Go's Unlock does.
    fn release(&self, probe: &dyn Probe, mut st: MutexGuard<'_, State>) -> Result<(), Stop> {
        st.word.locked = false;
        let handoff = st.word.starving;
        if !handoff {
            // Someone is already woken, or nobody waits: nothing to do.
            if st.word.waiters == 0 || st.word.woken {
                return Ok(());
            }
            st.word.waiters -= 1;
            st.word.woken = true;
        }
        let Some((next, handed)) = st.sema.release(handoff) else {
            return Ok(());
        };
        probe.woken(next, Access::Write);
        self.sched.ready(next);
        drop(st);
        if handed {
            // Go's direct hand-off: the waiter runs now, the unlocker after it.
            self.sched.yield_now(probe.me())?;
        }
        Ok(())
    }

    /// Opens the lock for RWMutex's Unlock, which has already checked and reported it.
    pub(super) fn release_inner(&self, probe: &dyn Probe) -> Result<(), Stop> {
        self.release(probe, lock(&self.state))
    }
}

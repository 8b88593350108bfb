//! Locks: the `Lock` and `Unlock` statements, of whatever lock their place gives (a package
//! variable's, a field's), reported through a probe that names the lock.

use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use crate::sync::Probe;
use crate::{GlobalCell, Lock};
use std::sync::Arc;
use syncscope_program::StmtKind;
use syncscope_program::event::{Access, EventKind, Gid, LockAction, State};
use syncscope_program::passes::access_under;

/// The probe for one named lock: tells which lock the report is about.
struct LockProbe<'a> {
    g: &'a Goroutine,
    lock: usize,
}

impl Probe for LockProbe<'_> {
    fn me(&self) -> Gid {
        self.g.gid()
    }

    fn lock(&self, access: Access, action: LockAction) {
        self.g.emit(EventKind::Lock {
            lock: self.lock,
            access,
            action,
        });
        if action == LockAction::Wait {
            self.g.state(match access {
                Access::Write => State::WaitingLock,
                Access::Read => State::WaitingRLock,
            });
        }
    }

    fn woken(&self, who: Gid, access: Access) {
        let kind = EventKind::Lock {
            lock: self.lock,
            access,
            action: LockAction::Woken,
        };
        self.g.shared.sched.emit(who, kind);
    }

    fn starving(&self, on: bool) {
        self.g.emit(EventKind::Starving {
            lock: self.lock,
            on,
        });
    }

    fn wait_group_blocks(&self) {}

    fn wait_group_counter(&self, _: u32, _: i64) {}

    fn wait_returned(&self) {}
}

impl Goroutine {
    /// `Lock` and `Unlock`: the place first (which reports nothing), then the call.
    pub(super) fn lock_stmt(&self, frame: &mut Frame, kind: &StmtKind) -> Result<(), Stop> {
        let (StmtKind::Lock { lock, access } | StmtKind::Unlock { lock, access }) = kind else {
            return Err(self.bug("not a lock statement".into()));
        };
        let (id, access) = match lock {
            syncscope_program::Expr::CondLock(c) => self.cond_lock(frame, c, *access)?,
            _ => match self.eval(frame, lock)? {
                Value::Lock(id) => (id, *access),
                // A `sync.Locker`'s: the lock it holds, or its type's own method.
                held @ Value::Iface(_) => {
                    let name = match kind {
                        StmtKind::Unlock { .. } => "Unlock",
                        _ => "Lock",
                    };
                    return self.call_method(&held, name, Vec::new()).map(drop);
                }
                _ => return Err(self.bug("a lock call of something not a lock".into())),
            },
        };
        self.lock_call(id, access, matches!(kind, StmtKind::Unlock { .. }))
    }

    /// `mu.TryLock()` or `rw.TryRLock()`: a point where other goroutines may run, as any lock
    /// call is, then the lock if it is free.
    pub(super) fn try_lock(
        &self,
        frame: &mut Frame,
        lock: &syncscope_program::Expr,
        access: Access,
    ) -> Result<Value, Stop> {
        let Value::Lock(id) = self.eval(frame, lock)? else {
            return Err(self.bug("a TryLock of something not a lock".into()));
        };
        // The lock mode acts on a TryLock as on the Lock statements: where they are gone
        // the lock is always free, and where every lock is a write lock so is a TryRLock.
        let Some(access) = access_under(access, self.shared.info.mode) else {
            return Ok(Value::Bool(true));
        };
        self.shared.sched.interleave(self.gid())?;
        let Some(cell) = self.lock_cell(id) else {
            return Ok(Value::Bool(false));
        };
        let probe = LockProbe { g: self, lock: id };
        let taken = match (cell.as_ref(), access) {
            (Lock::Mutex(m), _) => m.try_lock(&probe),
            (Lock::Rw(rw), Access::Write) => rw.try_lock(&probe)?,
            (Lock::Rw(rw), Access::Read) => rw.try_rlock(&probe),
        };
        Ok(Value::Bool(taken))
    }

    /// Lock `id`'s Lock (or RLock, by `access`), or its Unlock: a statement's, or a Cond's
    /// own in `c.Wait()`.
    pub(super) fn lock_call(&self, id: usize, access: Access, unlock: bool) -> Result<(), Stop> {
        let Some(cell) = self.lock_cell(id) else {
            return Ok(());
        };
        let probe = LockProbe { g: self, lock: id };
        if unlock {
            match (cell.as_ref(), access) {
                (Lock::Mutex(m), _) => m.unlock(&probe),
                (Lock::Rw(rw), Access::Write) => rw.unlock(&probe),
                (Lock::Rw(rw), Access::Read) => rw.runlock(&probe),
            }
        } else {
            match (cell.as_ref(), access) {
                (Lock::Mutex(m), _) => m.lock(&probe)?,
                (Lock::Rw(rw), Access::Write) => rw.lock(&probe)?,
                (Lock::Rw(rw), Access::Read) => rw.rlock(&probe)?,
            }
            self.state(State::Running);
            Ok(())
        }
    }

    /// `Lock()` or `Unlock()` of the lock a `sync.Locker` holds: `access` is the RWMutex's
    /// read lock's for `rw.RLocker()`.
    pub(super) fn boxed_lock_call(
        &self,
        held: &super::iface::Boxed,
        access: Access,
        unlock: bool,
    ) -> Result<(), Stop> {
        match held.val {
            Value::Lock(id) => self.lock_call(id, access, unlock),
            _ => Err(self.bug(format!("a lock call of {}", held.name))),
        }
    }

    /// Lock `lock` of the run: the program's, or one made for a struct since.
    fn lock_cell(&self, lock: usize) -> Option<Arc<Lock>> {
        let program = &self.shared.program;
        if let Some(more) = lock.checked_sub(program.locks.len()) {
            let made = self
                .shared
                .more_locks
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            return made.get(more).cloned();
        }
        match self.shared.globals.get(program.lock_global(lock)?)? {
            GlobalCell::Lock(l) => Some(l.clone()),
            _ => None,
        }
    }
}

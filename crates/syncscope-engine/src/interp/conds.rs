//! Conds: `sync.NewCond(&mu)`, `c.L`, and `c.Wait()`, `c.Signal()` and `c.Broadcast()`,
//! reported as Cond events, the waiter's own state, and the lock calls `Wait` makes.

use super::pointers::NIL_POINTER;
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use crate::sync::Cond;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use syncscope_program::event::{Access, CondOp, EventKind, State};
use syncscope_program::{CondCall, Expr};

/// A `*sync.Cond`: copies of it are the same Cond.
#[derive(Clone)]
pub(crate) struct CondRef(Arc<Made>);

struct Made {
    /// Its number among the run's Conds, in the order they were made.
    id: u32,
    /// The run's lock that is its `L`, and how `L` takes it.
    lock: usize,
    access: Access,
    cond: Cond,
}

impl PartialEq for CondRef {
    fn eq(&self, other: &CondRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for CondRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cond({})", self.0.id)
    }
}

impl Goroutine {
    /// `sync.NewCond(&mu)` and `c.L`.
    pub(super) fn eval_cond(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        match e {
            Expr::NewCond { lock, name, read } => {
                let Value::Lock(lock) = self.eval(frame, lock)? else {
                    return Err(self.bug("a Cond on something not a lock".into()));
                };
                let id = self.shared.conds.fetch_add(1, Ordering::SeqCst);
                let name = name.as_str().into();
                self.emit(EventKind::Cond {
                    cond: id,
                    op: CondOp::Make { name, lock },
                });
                let cond = Cond::new(self.shared.sched.clone());
                let access = if *read { Access::Read } else { Access::Write };
                let made = Made {
                    id,
                    lock,
                    access,
                    cond,
                };
                Ok(Value::Cond(CondRef(Arc::new(made))))
            }
            Expr::CondLock(c) => Ok(Value::Lock(cond_of(self.eval(frame, c)?)?.0.lock)),
            _ => Err(self.bug("not a Cond expression".into())),
        }
    }

    /// `c.Wait()`, `c.Signal()`, `c.Broadcast()`.
    pub(super) fn cond_stmt(
        &self,
        frame: &mut Frame,
        c: &Expr,
        call: CondCall,
    ) -> Result<(), Stop> {
        let c = cond_of(self.eval(frame, c)?)?;
        let made = &c.0;
        let op = match call {
            CondCall::Wait => return self.cond_wait(made),
            CondCall::Signal => CondOp::Signal {
                woke: made.cond.signal(),
            },
            CondCall::Broadcast => CondOp::Broadcast {
                woke: made.cond.broadcast(),
            },
        };
        self.emit(EventKind::Cond { cond: made.id, op });
        Ok(())
    }

    /// Go's `Wait`: a ticket, `c.L.Unlock()`, sleep until the ticket is notified, then
    /// `c.L.Lock()`, which may wait in its turn.
    fn cond_wait(&self, made: &Made) -> Result<(), Stop> {
        let ticket = made.cond.add(self.gid());
        self.emit(EventKind::Cond {
            cond: made.id,
            op: CondOp::Wait { ticket },
        });
        self.lock_call(made.lock, made.access, true)?;
        made.cond
            .wait(ticket, self.gid(), || self.state(State::WaitingCond))?;
        self.state(State::Running);
        self.lock_call(made.lock, made.access, false)
    }

    /// `c.L` of a `Lock` or `Unlock` statement written `access`: the Cond's lock, read-locked
    /// where `L` is an RLocker.
    pub(super) fn cond_lock(
        &self,
        frame: &mut Frame,
        c: &Expr,
        access: Access,
    ) -> Result<(usize, Access), Stop> {
        let c = cond_of(self.eval(frame, c)?)?;
        let access = if c.0.access == Access::Read {
            Access::Read
        } else {
            access
        };
        Ok((c.0.lock, access))
    }
}

/// The Cond a value holds; a nil `*sync.Cond` is Go's nil dereference.
fn cond_of(v: Value) -> Result<CondRef, Stop> {
    match v {
        Value::Cond(c) => Ok(c),
        _ => Err(Stop::Panic(NIL_POINTER.into())),
    }
}

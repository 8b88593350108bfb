//! `sync/atomic`'s functions through a pointer value (`atomic.AddInt32(dir, 1)` of a `dir
//! *int32` parameter): the variable it points to, changed under its own lock in one step,
//! reported as an atomic access of that variable when the race detector follows it.

use super::atomics::applied;
use super::pointers::NIL_POINTER;
use super::pointers::Ref;
use super::value::Value;
use super::{Goroutine, lock};
use crate::GlobalCell;
use crate::sched::Stop;
use syncscope_program::AtomicOp;
use syncscope_program::event::EventKind;

impl Goroutine {
    /// `op` on what pointer `target` points to: a local's cell, a package variable, or
    /// `new(T)`'s variable.
    pub(super) fn atomic_through(
        &self,
        op: AtomicOp,
        target: &Value,
        args: &[Value],
    ) -> Result<Value, Stop> {
        let (result, var) = match target {
            Value::Ref(Ref::Cell(c)) => (applied(op, &mut lock(c), args), c.var()),
            Value::Ref(Ref::Global(g)) => match self.cell(*g)? {
                GlobalCell::Value(cell) => {
                    let mut v = cell.lock().unwrap_or_else(|e| e.into_inner());
                    (applied(op, &mut v, args), u16::try_from(*g).ok())
                }
                _ => return Err(self.bug(format!("atomic on {g}, not a variable"))),
            },
            Value::Ptr(o) | Value::Ref(Ref::Field(o, _)) => {
                let i = match target {
                    Value::Ref(Ref::Field(_, i)) => *i,
                    _ => 0,
                };
                let result = match o.fields().get_mut(i) {
                    Some(v) => applied(op, v, args),
                    None => return Err(self.bug("atomic on an empty pointee".into())),
                };
                (result, o.var(i).and_then(|v| u16::try_from(v).ok()))
            }
            _ => return Err(Stop::Panic(NIL_POINTER.into())),
        };
        if let Some(var) = var {
            self.emit(EventKind::Atomic {
                var,
                write: op != AtomicOp::Load,
            });
        }
        Ok(result)
    }
}

//! `sync/atomic`: one indivisible step each, reported as an access of its own kind, which
//! the race detector treats as synchronizing (Go's atomics are sequentially consistent).

use super::objects::{AtomicCell, AtomicRef};
use super::value::Value;
use super::{Frame, Goroutine};
use crate::GlobalCell;
use crate::sched::Stop;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use syncscope_program::event::EventKind;
use syncscope_program::{AtomicOp, Place};

pub(super) fn new_atomic(var: u16) -> Value {
    Value::Atomic(AtomicRef(Arc::new(AtomicCell {
        value: AtomicI64::new(0),
        var,
    })))
}

impl Goroutine {
    pub(super) fn atomic(
        &self,
        op: AtomicOp,
        target: &Value,
        arg: Option<Value>,
    ) -> Result<Value, Stop> {
        let Value::Atomic(a) = target else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        let n = arg.map_or(0, |v| v.as_int());
        let cell = &a.0;
        let (result, write) = match op {
            AtomicOp::Add => (
                Value::Int(cell.value.fetch_add(n, Ordering::SeqCst) + n),
                true,
            ),
            AtomicOp::Load => (Value::Int(cell.value.load(Ordering::SeqCst)), false),
            AtomicOp::Store => {
                cell.value.store(n, Ordering::SeqCst);
                (Value::Unit, true)
            }
        };
        self.emit(EventKind::Atomic {
            var: cell.var,
            write,
        });
        Ok(result)
    }
}

impl Goroutine {
    /// `atomic.AddInt64(&x, n)` and the like on a plain variable: done under the variable's
    /// own cell lock, so no other goroutine sees it half done.
    pub(super) fn atomic_at(
        &self,
        frame: &mut Frame,
        op: AtomicOp,
        place: Place,
        var: u16,
        arg: Option<Value>,
    ) -> Result<Value, Stop> {
        let n = arg.map_or(0, |v| v.as_int());
        let apply = |v: &mut Value| match op {
            AtomicOp::Add => {
                *v = Value::Int(v.as_int().wrapping_add(n));
                v.clone()
            }
            AtomicOp::Load => Value::Int(v.as_int()),
            AtomicOp::Store => {
                *v = Value::Int(n);
                Value::Unit
            }
        };
        let result = match place {
            Place::Local(slot) => {
                let mut v = frame.get(slot);
                let out = apply(&mut v);
                frame.set(slot, v);
                out
            }
            Place::Captured(i) => match frame.cells.get(i) {
                Some(c) => apply(&mut super::lock(c)),
                None => Value::Unit,
            },
            Place::Global(g) => match self.cell(g)? {
                GlobalCell::Value(cell) => {
                    apply(&mut cell.lock().unwrap_or_else(|e| e.into_inner()))
                }
                _ => return Err(self.bug(format!("atomic on {g}, not a variable"))),
            },
        };
        self.emit(EventKind::Atomic {
            var,
            write: op != AtomicOp::Load,
        });
        Ok(result)
    }
}

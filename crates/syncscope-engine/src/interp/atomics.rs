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

pub(super) fn new_atomic(var: u16, aligned: bool) -> Value {
    Value::Atomic(AtomicRef(Arc::new(AtomicCell {
        value: AtomicI64::new(0),
        var,
        aligned,
        held: None,
    })))
}

impl Goroutine {
    pub(super) fn atomic(
        &self,
        op: AtomicOp,
        target: &Value,
        args: &[Value],
    ) -> Result<Value, Stop> {
        let Value::Atomic(a) = target else {
            return self.atomic_through(op, target, args);
        };
        let cell = &a.0;
        let n = |i: usize| args.get(i).map_or(0, Value::as_int);
        let v = &cell.value;
        let result = match op {
            AtomicOp::Add => Value::Int(v.fetch_add(n(0), Ordering::SeqCst).wrapping_add(n(0))),
            AtomicOp::Load => Value::Int(v.load(Ordering::SeqCst)),
            AtomicOp::Store => {
                v.store(n(0), Ordering::SeqCst);
                Value::Unit
            }
            AtomicOp::Swap => Value::Int(v.swap(n(0), Ordering::SeqCst)),
            AtomicOp::And => Value::Int(v.fetch_and(n(0), Ordering::SeqCst)),
            AtomicOp::Or => Value::Int(v.fetch_or(n(0), Ordering::SeqCst)),
            AtomicOp::CompareAndSwap => Value::Bool(
                v.compare_exchange(n(0), n(1), Ordering::SeqCst, Ordering::SeqCst)
                    .is_ok(),
            ),
        };
        self.emit(EventKind::Atomic {
            var: cell.var,
            write: op != AtomicOp::Load,
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
        args: &[Value],
    ) -> Result<Value, Stop> {
        let apply = |v: &mut Value| applied(op, v, args);
        let result = match place {
            // A local whose address was taken: under its cell's lock, as `*p` does it.
            Place::Local(slot) if let Some(super::Var::Boxed(c)) = frame.vars.get(slot) => {
                apply(&mut super::lock(c))
            }
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

/// What `op` does to the plain variable `v` (held locked), and gives: a `uint32` wraps at 32
/// bits and stays one (`atomic.AddUint32(&n, ^uint32(0))` counts down).
pub(super) fn applied(op: AtomicOp, v: &mut Value, args: &[Value]) -> Value {
    let n = |i: usize| args.get(i).map_or(0, Value::as_int);
    // The variable keeps its kind: a uint32 wraps at 32 bits, a uint64 is the same bits as
    // an int64 (adding them wraps the same way).
    let kind = v.clone();
    let fit = |x: i64| kind.of_kind(x);
    match op {
        AtomicOp::Add => {
            *v = fit(v.as_int().wrapping_add(n(0)));
            v.clone()
        }
        AtomicOp::Load => fit(v.as_int()),
        AtomicOp::Store => {
            *v = fit(n(0));
            Value::Unit
        }
        AtomicOp::Swap => fit(std::mem::replace(v, fit(n(0))).as_int()),
        AtomicOp::And => fit(std::mem::replace(v, fit(v.as_int() & n(0))).as_int()),
        AtomicOp::Or => fit(std::mem::replace(v, fit(v.as_int() | n(0))).as_int()),
        AtomicOp::CompareAndSwap => {
            let swapped = v.as_int() == n(0);
            if swapped {
                *v = fit(n(1));
            }
            Value::Bool(swapped)
        }
    }
}

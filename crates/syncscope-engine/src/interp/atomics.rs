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
use syncscope_program::{AtomicOp, Place, Ty};

pub(super) fn new_atomic(var: u16, kind: Ty, aligned: bool) -> Value {
    Value::Atomic(AtomicRef(Arc::new(AtomicCell {
        value: AtomicI64::new(0),
        var,
        aligned,
        kind,
        held: None,
    })))
}

/// `x` as an atomic of `kind` holds it: wrapped at its width, as its bits are kept.
fn wrapped(kind: Ty, x: i64) -> i64 {
    match kind {
        Ty::Rune => i64::from(x as i32),
        Ty::U32 => i64::from(x as u32),
        _ => x,
    }
}

/// A value an atomic of `kind` gives, of its Go type.
fn typed(kind: Ty, x: i64) -> Value {
    match kind {
        Ty::Rune => Value::Rune(x as i32),
        Ty::U32 => Value::U32(x as u32),
        Ty::U64 => Value::U64(x as u64),
        _ => Value::Int(x),
    }
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
        let kind = cell.kind;
        let fit = |x: i64| wrapped(kind, x);
        let result = match op {
            AtomicOp::Add => {
                let add = |x: i64| Some(fit(x.wrapping_add(n(0))));
                let old = v.fetch_update(Ordering::SeqCst, Ordering::SeqCst, add);
                typed(kind, fit(old.unwrap_or_default().wrapping_add(n(0))))
            }
            AtomicOp::Load => typed(kind, v.load(Ordering::SeqCst)),
            AtomicOp::Store => {
                v.store(fit(n(0)), Ordering::SeqCst);
                Value::Unit
            }
            AtomicOp::Swap => typed(kind, v.swap(fit(n(0)), Ordering::SeqCst)),
            AtomicOp::And => typed(kind, v.fetch_and(fit(n(0)), Ordering::SeqCst)),
            AtomicOp::Or => typed(kind, v.fetch_or(fit(n(0)), Ordering::SeqCst)),
            AtomicOp::CompareAndSwap => Value::Bool(
                v.compare_exchange(fit(n(0)), fit(n(1)), Ordering::SeqCst, Ordering::SeqCst)
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

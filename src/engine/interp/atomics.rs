//! `sync/atomic`: one indivisible step each, reported as an access of its own kind, which
//! the race detector treats as synchronizing (Go's atomics are sequentially consistent).

use super::Goroutine;
use super::objects::{AtomicCell, AtomicRef};
use super::value::Value;
use crate::event::EventKind;
use crate::program::AtomicOp;
use crate::sched::Stop;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

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

//! `sync.Pool` as Go's runs on one processor with no collection in between (src/sync/pool.go):
//! `Put` fills the processor's private slot first, then pushes on the head of its shared
//! list; `Get` takes the private slot first, then pops the head, and calls `New` (or gives
//! nil) when both are empty. So `Put(a); Put(b); Put(c)` then `Get`s give a, c, b. Its `New`
//! field may be read, called and set as any field.

use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::sync::{Arc, Mutex};
use syncscope_program::event::EventKind;
use syncscope_program::{Expr, PoolOp};

#[derive(Debug)]
pub(crate) struct PoolCell {
    /// The variable its Puts and Gets are reported as atomic accesses of.
    var: u16,
    new: Option<Value>,
    private: Option<Value>,
    shared: Vec<Value>,
}

#[derive(Debug, Clone)]
pub(crate) struct PoolRef(Arc<Mutex<PoolCell>>);

impl PartialEq for PoolRef {
    fn eq(&self, other: &PoolRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl PoolRef {
    fn cell(&self) -> std::sync::MutexGuard<'_, PoolCell> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn put(&self, x: Value) {
        // Go's Put drops a nil.
        if matches!(x, Value::Iface(None)) {
            return;
        }
        let mut cell = self.cell();
        if cell.private.is_none() {
            cell.private = Some(x);
        } else {
            cell.shared.push(x);
        }
    }

    /// A value put before, or `New` to call.
    fn take(&self) -> Result<Value, Option<Value>> {
        let mut cell = self.cell();
        match cell.private.take().or_else(|| cell.shared.pop()) {
            Some(x) => Ok(x),
            None => Err(cell.new.clone()),
        }
    }
}

impl Goroutine {
    pub(super) fn pool(&self, frame: &mut Frame, op: PoolOp, args: &[Expr]) -> Result<Value, Stop> {
        let mut values = self.eval_all(frame, args)?.into_iter();
        if let PoolOp::New(var) = op {
            let new = values.next().filter(|f| matches!(f, Value::Func(_)));
            let cell = PoolCell {
                var,
                new,
                private: None,
                shared: Vec::new(),
            };
            return Ok(Value::Pool(PoolRef(Arc::new(Mutex::new(cell)))));
        }
        let Some(Value::Pool(pool)) = values.next() else {
            return Err(self.bug("a Pool's method on something not a sync.Pool".into()));
        };
        match op {
            // A nil func is no closure here, as a variable's zero is.
            PoolOp::Field => return Ok(pool.cell().new.clone().unwrap_or(Value::Int(0))),
            PoolOp::SetNew => {
                let new = values.next().filter(|f| matches!(f, Value::Func(_)));
                pool.cell().new = new;
                return Ok(Value::Unit);
            }
            _ => {}
        }
        let var = pool.cell().var;
        let write = op == PoolOp::Put;
        self.emit(EventKind::Atomic { var, write });
        if write {
            pool.put(values.next().unwrap_or(Value::Iface(None)));
            return Ok(Value::Unit);
        }
        match pool.take() {
            Ok(x) => Ok(x),
            // Without New, Get of an empty pool is nil.
            Err(None) => Ok(Value::Iface(None)),
            Err(Some(new)) => self.call_value(new),
        }
    }
}

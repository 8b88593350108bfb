//! `slices.IndexFunc` and `slices.ContainsFunc`, which call the program's function on each
//! element in order until it says yes, and `slices.BinarySearch`, step for step as Go's.

use super::Goroutine;
use super::sorting::ordered_less;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::Lib;

impl Goroutine {
    /// `f` of these `slices` functions; `None` for another function.
    pub(super) fn slices_lib(&self, f: Lib, v: &[Value]) -> Option<Result<Value, Stop>> {
        let items = match v.first() {
            Some(Value::Slice(s)) => s.items(),
            _ => Vec::new(),
        };
        let second = v.get(1).unwrap_or(&Value::Unit);
        Some(match f {
            Lib::SlicesIndexFunc => self.index_func(&items, second).map(Value::Int),
            Lib::SlicesContainsFunc => self.index_func(&items, second).map(|i| Value::Bool(i >= 0)),
            Lib::BinarySearch => Ok(binary_search(&items, second)),
            _ => return None,
        })
    }

    fn index_func(&self, items: &[Value], f: &Value) -> Result<i64, Stop> {
        for (i, item) in items.iter().enumerate() {
            let Value::Func(f) = f else {
                return Err(Stop::Panic(super::nils::NIL_CALL.into()));
            };
            let args = vec![super::objects::copy_value(item)];
            if self.call(f.func, args, f.cells.clone())?.truthy() {
                return Ok(i as i64);
            }
        }
        Ok(-1)
    }
}

/// Where `target` is or would be inserted, and whether it is there (a NaN finds a NaN).
fn binary_search(items: &[Value], target: &Value) -> Value {
    let (mut i, mut j) = (0, items.len());
    while i < j {
        let h = (i + j) / 2;
        if ordered_less(&items[h], target) {
            i = h + 1;
        } else {
            j = h;
        }
    }
    let nan = |v: &Value| {
        matches!(v, Value::F64(x) if x.is_nan()) || matches!(v, Value::F32(x) if x.is_nan())
    };
    let found = items
        .get(i)
        .is_some_and(|x| x == target || (nan(x) && nan(target)));
    let pair = vec![Value::Int(i as i64), Value::Bool(found)];
    Value::Slice(super::slices::SliceVal::new(pair))
}

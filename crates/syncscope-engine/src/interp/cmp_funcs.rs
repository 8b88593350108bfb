//! `cmp.Compare` and `cmp.Less`: a NaN is less than any number and equal to itself.

use super::sorting::ordered;
use super::value::Value;
use std::cmp::Ordering;
use syncscope_program::Lib;

/// `cmp.f(x, y)`; `None` for another function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let [x, y] = args else {
        return None;
    };
    let order = ordered(x, y);
    Some(Ok(match f {
        Lib::CmpCompare => Value::Int(match order {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        }),
        Lib::CmpLess => Value::Bool(order == Ordering::Less),
        _ => return None,
    }))
}

//! `x == nil` of a slice, a map or a function: a nil slice is one no literal, `make` or
//! `append` made; a nil map is its zero value, no map at all; a nil function holds no
//! closure (its zero value is not one). And the spread of a `[]any`, nil or not, into fmt's
//! arguments.

use super::value::Value;
use syncscope_program::FuncId;

/// The function a `go` or `defer` of a nil function value would call.
pub(super) const NIL_FUNC: FuncId = FuncId::MAX;

pub(super) const NIL_CALL: &str =
    "panic: runtime error: invalid memory address or nil pointer dereference";

pub(super) fn is_nil(v: &Value) -> bool {
    match v {
        Value::Slice(s) => s.is_nil(),
        Value::Func(_) | Value::Map(_) => false,
        _ => true,
    }
}

/// The elements `Expr::Spread` gives: a nil `[]any` gives none.
pub(super) fn spread(xs: Value) -> Vec<Value> {
    match xs {
        Value::Slice(s) => s.items(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::is_nil;
    use crate::interp::slices::SliceVal;
    use crate::interp::value::Value;

    #[test]
    fn an_empty_slice_is_not_nil_and_a_nil_one_sliced_stays_nil() {
        assert!(!is_nil(&Value::Slice(SliceVal::new(Vec::new()))));
        assert!(is_nil(&Value::Slice(SliceVal::nil())));
        assert!(is_nil(&Value::Slice(SliceVal::nil().window(0, 0, 0))));
        assert!(is_nil(&Value::Int(0)));
    }
}

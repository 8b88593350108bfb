//! Whether a dynamic value's type is one Go's `==` panics on: a slice, map or function, or
//! a struct or array holding one. Go's interface comparison panics when both sides hold
//! such a type (`runtime error: comparing uncomparable type []int`).

use super::iface::Boxed;
use super::value::Value;

/// Whether `b`'s dynamic type cannot be compared.
pub(super) fn uncomparable(b: &Boxed) -> bool {
    let name = &*b.name;
    ["[]", "map[", "func("].iter().any(|p| name.starts_with(p)) || holds_uncomparable(&b.val)
}

/// Go's panic comparing two values of `b`'s type.
pub(super) fn panic_of(b: &Boxed) -> String {
    format!(
        "panic: runtime error: comparing uncomparable type {}",
        b.name
    )
}

/// Whether `v` is, or holds in a field or element, a slice, map or function. (A field of an
/// interface type is comparable whatever it holds.)
fn holds_uncomparable(v: &Value) -> bool {
    match v {
        Value::Slice(_) | Value::Map(_) | Value::NilMap | Value::Func(_) => true,
        Value::Struct(obj) => {
            let fields = obj.fields().clone();
            fields.iter().any(holds_uncomparable)
        }
        Value::Array(store) => {
            let items = store.elements().clone();
            items.iter().any(holds_uncomparable)
        }
        _ => false,
    }
}

//! Go's `fmt` cannot call the methods of a struct's unexported fields (nor of anything inside
//! one): a `time.Duration` there prints as its nanoseconds (`{1 2000000}`), where an exported
//! one prints `2ms`.

use super::objects::Obj;
use super::value::Value;
use syncscope_program::iface::RtType;

/// `v`, of run-time type `ty` (a struct or a pointer to one), with the durations `fmt` cannot
/// ask for their text made plain numbers; `None` where there is none.
pub(super) fn plain(v: &Value, ty: usize, types: &[RtType]) -> Option<Value> {
    fields_plain(v, ty, types, false)
}

fn fields_plain(v: &Value, ty: usize, types: &[RtType], hidden: bool) -> Option<Value> {
    let t = types.get(ty)?;
    let o = match v {
        Value::Struct(o) | Value::Ptr(o) => o,
        _ => return None,
    };
    // Cloned first: a field may point back to the struct itself.
    let fields = o.fields().clone();
    if fields.len() != t.fields.len() {
        return None;
    }
    let mut changed = false;
    let shown: Vec<Value> = fields
        .into_iter()
        .zip(&t.fields)
        .map(|(f, field)| {
            let hidden = hidden || !field.name.starts_with(|c: char| c.is_uppercase());
            let plain = match (&f, field.ty) {
                (Value::Duration(n), _) if hidden => Some(Value::Int(*n)),
                (Value::Struct(_), Some(id)) => fields_plain(&f, id, types, hidden),
                _ => None,
            };
            changed |= plain.is_some();
            plain.unwrap_or(f)
        })
        .collect();
    if !changed {
        return None;
    }
    let copy = Obj::new(shown, o.vars.clone());
    Some(match v {
        Value::Ptr(_) => Value::Ptr(copy),
        _ => Value::Struct(copy),
    })
}

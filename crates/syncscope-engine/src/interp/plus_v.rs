//! `%+v`: a struct's fields with their names (`{x:1 y:2}`, `&{x:1 y:2}` through a pointer),
//! from the field names its run-time type carries.

use super::format;
use super::objects::Obj;
use super::value::Value;
use syncscope_program::iface::RtType;

/// `v`, of the run-time type `ty`, as `%+v` prints it.
pub(super) fn named(v: &Value, ty: Option<&RtType>, types: &[RtType]) -> String {
    match (v, ty) {
        (Value::Struct(o), Some(t)) => fields(o, t, types),
        (Value::Ptr(o), Some(t)) => format!("&{}", fields(o, t, types)),
        // An element's type may be an interface's (`[]any`): each element then carries its own.
        (Value::Slice(_) | Value::Array(_), _) => {
            let elem = ty.and_then(|t| t.elem);
            let items = match v {
                Value::Slice(s) => s.items(),
                Value::Array(a) => a.elements().clone(),
                _ => Vec::new(),
            };
            let shown: Vec<String> = items.iter().map(|x| inner(x, elem, types)).collect();
            format!("[{}]", shown.join(" "))
        }
        (Value::Map(m), _) => {
            let elem = ty.and_then(|t| t.elem);
            let entries: Vec<_> = m
                .entries()
                .iter()
                .map(|(k, x)| (k.value(), x.clone()))
                .collect();
            let shown: Vec<String> = entries
                .iter()
                .map(|(k, x)| format!("{}:{}", format::nested(k), inner(x, elem, types)))
                .collect();
            format!("map[{}]", shown.join(" "))
        }
        _ => format::value(v),
    }
}

/// A value inside another as `%+v` prints it: a struct with its field names, wherever it
/// is, and a pointer as its address.
fn inner(v: &Value, ty: Option<usize>, types: &[RtType]) -> String {
    match (v, ty) {
        (Value::Iface(Some(b)), _) if b.text.is_none() => inner(&b.val, Some(b.ty), types),
        (Value::Struct(_) | Value::Slice(_) | Value::Array(_) | Value::Map(_), Some(id)) => {
            named(v, types.get(id), types)
        }
        _ => format::nested(v),
    }
}

fn fields(o: &Obj, t: &RtType, types: &[RtType]) -> String {
    // Cloned first: a field may print the struct itself through a pointer.
    let values = o.fields().clone();
    let shown: Vec<String> = values
        .iter()
        .zip(&t.fields)
        .map(|(v, field)| format!("{}:{}", field.name, inner(v, field.ty, types)))
        .collect();
    format!("{{{}}}", shown.join(" "))
}

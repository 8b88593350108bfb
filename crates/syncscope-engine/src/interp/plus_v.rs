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
        _ => format::value(v),
    }
}

fn fields(o: &Obj, t: &RtType, types: &[RtType]) -> String {
    // Cloned first: a field may print the struct itself through a pointer.
    let values = o.fields().clone();
    let shown: Vec<String> = values
        .iter()
        .zip(&t.fields)
        .map(|(v, field)| {
            let text = match (v, field.ty) {
                (Value::Struct(_), Some(id)) => named(v, types.get(id), types),
                // A pointer inside is its address, as `%v` prints it.
                _ => format::nested(v),
            };
            format!("{}:{text}", field.name)
        })
        .collect();
    format!("{{{}}}", shown.join(" "))
}

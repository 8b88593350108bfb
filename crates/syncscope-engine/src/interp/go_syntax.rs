//! `%#v`: a value as Go source writes it (`[]int{1, 2}`, `map[string]int{"a":1}`,
//! `main.point{x:1, y:2}`, `&main.point{...}`, `[]int(nil)`), spelled from its run-time
//! type's name and, for a struct, its fields' types.

use super::format::{quote, reflect_name, value};
use super::objects::Obj;
use super::value::Value;
use syncscope_program::iface::RtType;

/// `v`, of the type Go names `ty`, as `%#v` prints it: a pointer to a struct as `&` and the
/// struct, the one pointer the front end lets it print.
pub(super) fn top(v: &Value, ty: &str, types: &[RtType]) -> String {
    match (v, ty.strip_prefix('*')) {
        (Value::Ptr(o), Some(inner)) => format!("&{}", fields(o, inner, types)),
        (Value::Chan(None), Some(_)) => format!("({ty})(nil)"),
        _ => syntax(v, ty, types),
    }
}

fn syntax(v: &Value, ty: &str, types: &[RtType]) -> String {
    match v {
        Value::Iface(None) => format!("{ty}(nil)"),
        Value::Iface(Some(b)) => syntax(&b.val, &b.name, types),
        Value::Str(s) => quote(s),
        // Go writes an unsigned integer in hex.
        Value::Byte(_) | Value::U16(_) | Value::U32(_) | Value::U64(_) => {
            format!("0x{:x}", v.as_wide())
        }
        Value::Slice(s) if s.is_nil() => format!("{ty}(nil)"),
        Value::Slice(s) => list(ty, elem(ty), &s.items(), types),
        Value::Array(a) => list(ty, elem(ty), &a.elements().clone(), types),
        Value::Map(m) => {
            let (k, val) = map_types(ty);
            let entries: Vec<(Value, Value)> = m
                .entries()
                .iter()
                .map(|(key, v)| (key.value(), v.clone()))
                .collect();
            let shown: Vec<String> = entries
                .iter()
                .map(|(key, v)| format!("{}:{}", syntax(key, k, types), syntax(v, val, types)))
                .collect();
            format!("{ty}{{{}}}", shown.join(", "))
        }
        // A nil map, or `struct{}{}`.
        Value::NilMap => format!("{ty}(nil)"),
        Value::Unit => format!("{ty}{{}}"),
        Value::Struct(o) => fields(o, ty, types),
        // A Duration is its nanoseconds.
        Value::Duration(ns) => ns.to_string(),
        v => value(v),
    }
}

fn list(ty: &str, elem: &str, items: &[Value], types: &[RtType]) -> String {
    let shown: Vec<String> = items.iter().map(|v| syntax(v, elem, types)).collect();
    format!("{ty}{{{}}}", shown.join(", "))
}

fn fields(o: &Obj, ty: &str, types: &[RtType]) -> String {
    let Some(t) = types.iter().find(|t| &*t.name == ty) else {
        return value(&Value::Struct(o.clone()));
    };
    // Cloned first: a field may hold the struct itself.
    let values = o.fields().clone();
    let shown: Vec<String> = values
        .iter()
        .zip(&t.fields)
        .map(|(v, f)| {
            let name = f.ty.and_then(|id| types.get(id)).map_or("", |t| &*t.name);
            format!("{}:{}", f.name, syntax(v, &reflect_name(name), types))
        })
        .collect();
    format!("{ty}{{{}}}", shown.join(", "))
}

/// The element type of a slice's or array's type: `int` of `[]int` or `[3]int`.
fn elem(ty: &str) -> &str {
    ty.find(']').map_or("", |i| &ty[i + 1..])
}

/// The key and value types of `map[K]V`, `K` itself perhaps holding brackets.
fn map_types(ty: &str) -> (&str, &str) {
    let inner = ty.strip_prefix("map[").unwrap_or("");
    let mut depth = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return (&inner[..i], &inner[i + 1..]),
            ']' => depth -= 1,
            _ => {}
        }
    }
    ("", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_name_gives_its_parts() {
        assert_eq!(elem("[]main.point"), "main.point");
        assert_eq!(elem("[3][]int"), "[]int");
        assert_eq!(map_types("map[string][]int"), ("string", "[]int"));
        assert_eq!(map_types("map[[2]int]bool"), ("[2]int", "bool"));
    }
}

//! The values a template computes with: a program's value with the shape of its type (which
//! names its fields and its type), a constant of the template's own, or Go's invalid value
//! (a map's missing key), and what Go's `text/template` asks of them.

use super::value::Value;
use syncscope_program::json::{Shape, Shapes};

/// A value in a template.
#[derive(Debug, Clone)]
pub(super) enum TV {
    /// Go's invalid `reflect.Value`: printed `<no value>`.
    Missing,
    /// A value, with its type's shape; `None` for a constant or a function's result.
    V(Value, Option<usize>),
}

/// A number or character constant as Go's `idealConstant` types it: an `int`, or a
/// `float64` where it is written with `.`, `e` or `p` (not a hexadecimal integer).
pub(super) fn number(text: &str) -> Option<Value> {
    if let Some(inner) = text.strip_prefix('\'') {
        let ch = super::template_literals::unquote(inner.strip_suffix('\'')?);
        let mut cs = ch.chars();
        let c = cs.next()?;
        return cs
            .next()
            .is_none()
            .then_some(Value::Int(i64::from(u32::from(c))));
    }
    let clean = text.replace('_', "");
    let (neg, digits) = match clean.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let lower = digits.to_ascii_lowercase();
    let int = match lower.get(..2) {
        Some("0x") => i64::from_str_radix(&lower[2..], 16).ok(),
        Some("0o") => i64::from_str_radix(&lower[2..], 8).ok(),
        Some("0b") => i64::from_str_radix(&lower[2..], 2).ok(),
        _ if lower.len() > 1
            && lower.starts_with('0')
            && lower.bytes().all(|b| b.is_ascii_digit()) =>
        {
            i64::from_str_radix(&lower[1..], 8).ok()
        }
        _ => lower.parse::<i64>().ok(),
    };
    if let Some(n) = int {
        return Some(Value::Int(if neg { -n } else { n }));
    }
    if lower.starts_with("0x") || !lower.contains(['.', 'e']) {
        return None;
    }
    let x: f64 = lower.parse().ok()?;
    Some(Value::F64(if neg { -x } else { x }))
}

/// Go's name of a value's type.
pub(super) fn type_name(v: &TV, shapes: &Shapes) -> String {
    match v {
        TV::Missing => "<nil>".into(),
        TV::V(_, Some(s)) => shapes
            .names
            .get(*s)
            .map_or(String::new(), |n| n.to_string()),
        TV::V(v, None) => super::format::type_name(v),
    }
}

/// What a value of an interface type holds, with its own shape; `None` when nil.
pub(super) fn unboxed(v: TV, shapes: &Shapes) -> Result<Option<TV>, String> {
    let TV::V(val, Some(s)) = &v else {
        return Ok(Some(v));
    };
    if !matches!(shapes.shapes.get(*s), Some(Shape::Iface)) {
        return Ok(Some(v));
    }
    match val {
        Value::Iface(Some(b)) => match shapes.by_rt.get(b.ty) {
            Some(Some(inner)) => Ok(Some(TV::V(b.val.clone(), Some(*inner)))),
            _ => Err(format!("a {} in a template", b.name)),
        },
        _ => Ok(None),
    }
}

/// A pointer's target (`None` when nil); any other value as it is. A pointer to a variable
/// is read by the goroutine (`Exec::indirect`).
pub(super) fn deref(v: TV, shapes: &Shapes) -> Result<Option<TV>, String> {
    let TV::V(val, Some(s)) = &v else {
        return Ok(Some(v));
    };
    let Some(Shape::Ptr(inner)) = shapes.shapes.get(*s) else {
        return Ok(Some(v));
    };
    match val {
        Value::Ptr(obj) => Ok(Some(TV::V(Value::Struct(obj.clone()), Some(*inner)))),
        Value::Ref(_) => Err("a pointer to other than a struct in a template".into()),
        _ => Ok(None),
    }
}

/// Go's `IsTrue`: whether a value is "non-empty".
pub(super) fn truth(v: &TV) -> bool {
    let TV::V(v, _) = v else {
        return false;
    };
    match v {
        Value::Bool(b) => *b,
        Value::Duration(n) => *n != 0,
        v if v.is_int() => v.as_int() != 0,
        Value::F32(x) => *x != 0.0,
        Value::F64(x) => *x != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Slice(s) => s.len() > 0,
        Value::Array(a) => !a.elements().is_empty(),
        Value::Map(m) => !m.entries().is_empty(),
        Value::NilMap => false,
        // What an interface holds decides, as Go's `indirectInterface` does.
        Value::Iface(Some(b)) => truth(&TV::V(b.val.clone(), None)),
        Value::Iface(None) => false,
        Value::Chan(c) => c.is_some(),
        _ => true,
    }
}

/// The kinds Go's comparison functions tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Bool,
    Int,
    Float,
    Str,
    Other,
}

pub(super) fn kind(v: &Value) -> Kind {
    match v {
        Value::Bool(_) => Kind::Bool,
        v if v.is_int() || matches!(v, Value::Duration(_)) => Kind::Int,
        Value::F32(_) | Value::F64(_) => Kind::Float,
        Value::Str(_) => Kind::Str,
        _ => Kind::Other,
    }
}

pub(super) fn as_f64(v: &Value) -> f64 {
    match v {
        Value::F32(x) => f64::from(*x),
        Value::F64(x) => *x,
        v => v.as_int() as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_typed_as_go_s_ideal_constants_are() {
        assert_eq!(number("42"), Some(Value::Int(42)));
        assert_eq!(number("-0x1F"), Some(Value::Int(-31)));
        assert_eq!(number("0o17"), Some(Value::Int(15)));
        assert_eq!(number("1_000"), Some(Value::Int(1000)));
        assert_eq!(number("1e3"), Some(Value::F64(1000.0)));
        assert_eq!(number("2.5"), Some(Value::F64(2.5)));
        assert_eq!(number("'a'"), Some(Value::Int(97)));
        assert_eq!(number("'\\n'"), Some(Value::Int(10)));
        assert_eq!(number("'ab'"), None);
        assert_eq!(number("-."), None);
    }

    #[test]
    fn what_is_true_is_what_is_not_empty() {
        let v = |x: Value| TV::V(x, None);
        assert!(!truth(&TV::Missing));
        assert!(!truth(&v(Value::Int(0))));
        assert!(truth(&v(Value::F64(0.5))));
        assert!(!truth(&v(Value::Str("".into()))));
        assert!(truth(&v(Value::Str("x".into()))));
        assert!(!truth(&v(Value::Iface(None))));
    }
}

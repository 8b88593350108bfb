//! `eq`, `ne`, `lt`, `le`, `gt` and `ge` as Go's templates compare: basic values of one kind
//! (integers of any size and sign together), other comparable values with `==` for `eq`,
//! and Go's errors for the rest. A missing value equals nothing and orders nothing.

use super::template_values::{Kind, TV, as_f64, kind, type_name};
use super::value::Value;
use std::cmp::Ordering;
use syncscope_program::json::Shapes;

const BAD_TYPE: &str = "invalid type for comparison";

pub(super) fn compare(name: &str, values: &[TV], shapes: &Shapes) -> Result<bool, String> {
    let (a, b) = (&values[0], values.get(1));
    match name {
        "eq" => eq(a, &values[1..], shapes),
        "ne" => eq(a, &values[1..], shapes).map(|e| !e),
        _ => {
            let b = b.unwrap_or(&TV::Missing);
            let less = lt(a, b, shapes)?;
            let equal = || eq(a, std::slice::from_ref(b), shapes);
            match name {
                "lt" => Ok(less),
                "le" => Ok(less || equal()?),
                "gt" => Ok(!(less || equal()?)),
                _ => Ok(!less),
            }
        }
    }
}

/// A value's kind for comparing; `None` for no value.
fn kind_of(v: &TV) -> Option<(Kind, &Value)> {
    match v {
        // A nil interface is no value, as Go's `indirectInterface` gives it.
        TV::Missing | TV::V(Value::Iface(None), _) => None,
        TV::V(x, _) => Some((kind(x), x)),
    }
}

fn incompatible(a: &TV, b: &TV, shapes: &Shapes) -> String {
    let (ta, tb) = (type_name(a, shapes), type_name(b, shapes));
    format!("incompatible types for comparison: {ta} and {tb}")
}

fn eq(a: &TV, others: &[TV], shapes: &Shapes) -> Result<bool, String> {
    if others.is_empty() {
        return Err("missing argument for comparison".into());
    }
    for b in others {
        let truth = match (kind_of(a), kind_of(b)) {
            (Some((ka, _)), Some((kb, _))) if ka != kb => {
                return Err(incompatible(a, b, shapes));
            }
            (Some((Kind::Other, x)), Some((_, y))) => {
                if matches!(x, Value::Slice(_) | Value::Map(_) | Value::Func(_)) {
                    let t = type_name(a, shapes);
                    return Err(format!(
                        "non-comparable type {}: {t}",
                        super::format::value(x)
                    ));
                }
                // A copy: a struct compared with itself is one lock held twice.
                super::iface::equal(x, &super::objects::copy_value(y))
            }
            (Some((k, x)), Some((_, y))) => order(k, x, y) == Ordering::Equal,
            _ => false,
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

fn lt(a: &TV, b: &TV, shapes: &Shapes) -> Result<bool, String> {
    let (ka, x) = basic(a)?;
    let (kb, y) = basic(b)?;
    if ka != kb {
        return Err(incompatible(a, b, shapes));
    }
    Ok(order(ka, x, y) == Ordering::Less)
}

/// A value of a kind `lt` orders.
fn basic(v: &TV) -> Result<(Kind, &Value), String> {
    match kind_of(v) {
        Some((Kind::Bool | Kind::Other, _)) | None => Err(BAD_TYPE.to_string()),
        Some(k) => Ok(k),
    }
}

fn order(k: Kind, x: &Value, y: &Value) -> Ordering {
    match k {
        Kind::Int => x.as_int().cmp(&y.as_int()),
        Kind::Float => as_f64(x).partial_cmp(&as_f64(y)).unwrap_or(Ordering::Less),
        Kind::Str => super::format::value(x).cmp(&super::format::value(y)),
        Kind::Bool => match x == y {
            true => Ordering::Equal,
            false => Ordering::Less,
        },
        Kind::Other => Ordering::Less,
    }
}

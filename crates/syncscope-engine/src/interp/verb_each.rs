//! A verb other than `%v` applied to a slice, an array, a map or a struct, as Go's `fmt`
//! applies it: to each element with the directive's flags, width and precision (`%3d` of
//! `[]int{1, 2}` is `[  1   2]`), Go's mark on each element it does not fit
//! (`{%!d(string=pen) 4}`), an interface element as what it holds. `%v` with a width or a
//! precision pads each element too.

use super::format;
use super::printf::{Spec, scalar, verb_of};
use super::value::Value;
use syncscope_program::iface::RtType;

/// Whether `verb` prints `arg` element by element rather than as one text.
pub(super) fn goes_element_by_element(verb: char, spec: &Spec, arg: &Value) -> bool {
    let padded_v = verb == 'v'
        && (spec.width.is_some() || spec.precision.is_some())
        && !spec.plus
        && !spec.sharp;
    if matches!(verb, 'T' | 'p') || (verb == 'v' && !padded_v) {
        return false;
    }
    match arg {
        // A byte slice's own forms (`%s`, `%x`) are one text.
        Value::Slice(_) | Value::Array(_) => verb_of(verb, spec, arg).is_none() || padded_v,
        Value::Map(_) | Value::NilMap | Value::Struct(_) | Value::Ptr(_) => true,
        _ => false,
    }
}

/// `arg`, of the run-time type `ty` if known, at the top of a directive: a pointer to a
/// struct is `&` and the struct.
pub(super) fn composite(
    verb: char,
    spec: &Spec,
    arg: &Value,
    ty: Option<usize>,
    types: &[RtType],
) -> String {
    match arg {
        Value::Ptr(o) => format!(
            "&{}",
            each(verb, spec, &Value::Struct(o.clone()), ty, types)
        ),
        _ => each(verb, spec, arg, ty, types),
    }
}

fn each(verb: char, spec: &Spec, v: &Value, ty: Option<usize>, types: &[RtType]) -> String {
    let rt = ty.and_then(|t| types.get(t));
    let elem = rt.and_then(|t| t.elem);
    let join = |items: &[Value]| -> String {
        let shown: Vec<String> = items
            .iter()
            .map(|e| element(verb, spec, e, elem, types))
            .collect();
        shown.join(" ")
    };
    match v {
        Value::Slice(_) | Value::Array(_) if verb != 'v' && verb_of(verb, spec, v).is_some() => {
            scalar(verb, spec, v, None)
        }
        Value::Slice(s) => format!("[{}]", join(&s.items())),
        Value::Array(a) => {
            let items = a.elements().clone();
            format!("[{}]", join(&items))
        }
        Value::Struct(o) => {
            // Cloned first: a field may reach the struct itself through a pointer.
            let fields = o.fields().clone();
            let field_ty = |i: usize| rt.and_then(|t| t.fields.get(i)).and_then(|f| f.ty);
            let shown: Vec<String> = fields
                .iter()
                .enumerate()
                .map(|(i, f)| element(verb, spec, f, field_ty(i), types))
                .collect();
            format!("{{{}}}", shown.join(" "))
        }
        Value::NilMap => "map[]".into(),
        Value::Map(m) => {
            let entries: Vec<(Value, Value)> = m
                .entries()
                .iter()
                .map(|(k, x)| (k.value(), x.clone()))
                .collect();
            let shown: Vec<String> = entries
                .iter()
                .map(|(k, x)| {
                    let key = element(verb, spec, k, None, types);
                    format!("{key}:{}", element(verb, spec, x, elem, types))
                })
                .collect();
            format!("map[{}]", shown.join(" "))
        }
        _ => element(verb, spec, v, ty, types),
    }
}

/// One element, of the run-time type `ty` if known: an interface as what it holds (its
/// `Error()` or `String()` text for the verbs of strings), a nil one `<nil>` whatever the
/// verb.
fn element(verb: char, spec: &Spec, e: &Value, ty: Option<usize>, types: &[RtType]) -> String {
    let name = ty.and_then(|t| types.get(t)).map(|t| &*t.name);
    match e {
        Value::Chan(None)
            if let Some(name) = name.filter(|n| super::typed_nils::is_nil_pointer(n, e)) =>
        {
            super::typed_nils::nil_pointer(verb, spec, name)
        }
        Value::Iface(None) => scalar('v', spec, &Value::Str("<nil>".into()), None),
        Value::Iface(Some(b)) => match &b.text {
            Some(text) if matches!(verb, 'v' | 's' | 'q' | 'x' | 'X') => {
                scalar(verb, spec, &Value::Str(text.clone()), None)
            }
            _ if is_composite(&b.val) => each(verb, spec, &b.val, Some(b.ty), types),
            _ => scalar(verb, spec, &b.val, Some(&b.name)),
        },
        v if is_composite(v) => each(verb, spec, v, ty, types),
        v if v.is_int() => scalar(verb, spec, e, None),
        Value::F32(_) | Value::F64(_) | Value::Str(_) | Value::Bool(_) | Value::Duration(_) => {
            scalar(verb, spec, e, None)
        }
        // Pointers, channels, locks and the like as `%v` shows them inside a value.
        other => scalar('v', spec, &Value::Str(format::nested(other).into()), None),
    }
}

fn is_composite(v: &Value) -> bool {
    matches!(
        v,
        Value::Slice(_) | Value::Array(_) | Value::Map(_) | Value::NilMap | Value::Struct(_)
    )
}

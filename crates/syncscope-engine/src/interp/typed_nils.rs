//! The values `fmt` prints by their static type, which the value alone does not show: a
//! nil or empty `[]byte` (no element says it holds bytes) and a nil pointer (every nil is a
//! nil channel at run time), told by the name of the type they are boxed with.

use super::format;
use super::iface::Boxed;
use super::printf::{Spec, scalar};
use super::value::Value;

/// Whether a value of the type `name` is a nil pointer.
pub(super) fn is_nil_pointer(name: &str, v: &Value) -> bool {
    name.starts_with('*') && matches!(v, Value::Chan(None))
}

/// Whether `b` is a nil or empty `[]byte`.
pub(super) fn no_bytes(b: &Boxed) -> bool {
    matches!(&*b.name, "[]uint8" | "[]byte") && matches!(&b.val, Value::Slice(s) if s.len() == 0)
}

/// A nil pointer under `verb`, as Go's `fmt` prints one: `<nil>` to `%v`, its address 0 to
/// the integer verbs, and its mark naming its type to the rest.
pub(super) fn nil_pointer(verb: char, spec: &Spec, name: &str) -> String {
    // The directive's width pads the `<nil>`, inside the mark too.
    let nil = scalar('v', spec, &Value::Str("<nil>".into()), None);
    match verb {
        'v' => nil,
        'b' | 'o' | 'd' | 'x' | 'X' => scalar(verb, spec, &Value::Int(0), None),
        _ => format!("%!{verb}({}={nil})", format::reflect_name(name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nil_pointer_is_nil_to_v_zero_to_d_and_marked_to_s() {
        let spec = Spec::default();
        assert_eq!(nil_pointer('v', &spec, "*main.Job"), "<nil>");
        assert_eq!(nil_pointer('d', &spec, "*main.Job"), "0");
        assert_eq!(nil_pointer('s', &spec, "*main.Job"), "%!s(*main.Job=<nil>)");
        let wide = Spec {
            width: Some(7),
            ..Spec::default()
        };
        assert_eq!(nil_pointer('q', &wide, "*[]byte"), "%!q(*[]uint8=  <nil>)");
        assert!(is_nil_pointer("*main.Job", &Value::Chan(None)));
        assert!(!is_nil_pointer("chan int", &Value::Chan(None)));
    }
}

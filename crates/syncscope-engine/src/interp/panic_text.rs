//! What a crash says of a panic's value, as Go's runtime prints it: an error's `Error()` or
//! a Stringer's `String()`, a value of a basic type as the runtime prints it, one of a
//! declared basic type with its name (`main.Celsius(21.5)`, `main.Label("x")`), and anything
//! else as its type and an address (`(main.T) 0xc000012120`).

use super::Goroutine;
use super::format;
use super::value::Value;

impl Goroutine {
    /// The text after `panic: ` for `v`.
    pub(super) fn panic_text(&self, v: &Value) -> String {
        let shown = match self.shown(vec![v.clone()]) {
            Ok(mut shown) => shown.pop().unwrap_or(Value::Unit),
            Err(_) => v.clone(),
        };
        match &shown {
            Value::Iface(Some(b)) => match &b.text {
                Some(text) => text.to_string(),
                None => dynamic(&b.name, &b.val),
            },
            other => plain(other).unwrap_or_else(|| format::value(other)),
        }
    }
}

/// A value in an interface, by its dynamic type `name`.
fn dynamic(name: &str, val: &Value) -> String {
    // A `time.Duration` is a Stringer: `1.5s`.
    if let Value::Duration(_) = val {
        return format::value(val);
    }
    let Some(text) = plain(val) else {
        return format!("({name}) 0xc000012120");
    };
    // A type of the program's (or the library's) is named around its value.
    if !name.contains('.') {
        return text;
    }
    match val {
        Value::Str(s) => format!("{name}(\"{s}\")"),
        _ => format!("{name}({text})"),
    }
}

/// A value of a basic kind as the runtime's `print` writes it; none for another kind.
fn plain(v: &Value) -> Option<String> {
    Some(match v {
        Value::Str(s) => s.to_string(),
        Value::Bool(b) => b.to_string(),
        // Go 1.26's runtime prints a float as `%v` does (`3.5`, `1e+21`, `+Inf`).
        Value::F64(_) | Value::F32(_) => format::value(v),
        v if v.is_int() => format::value(v),
        _ => return None,
    })
}

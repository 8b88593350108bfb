//! What a crash says of a panic's value, as Go's runtime prints it: an error's `Error()` or
//! a Stringer's `String()`, a value of a basic type by the runtime's own `print` (floats as
//! `+2.500000e+000`), one of a declared basic type with its name (`main.Celsius(+2.1e+001)`),
//! and anything else as its type and an address (`(main.T) 0xc000012120`).

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
        Value::F64(x) => runtime_float(*x),
        Value::F32(x) => runtime_float(f64::from(*x)),
        v if v.is_int() && !matches!(v, Value::Duration(_)) => format::value(v),
        Value::Duration(d) => d.to_string(),
        _ => return None,
    })
}

/// A float as the runtime prints it: a sign, seven digits in all, and a three-digit
/// exponent, each digit taken after one rounding at the seventh (not fmt's exact rounding).
fn runtime_float(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    const DIGITS: i32 = 7;
    let sign = if x.is_sign_negative() { '-' } else { '+' };
    let mut v = x.abs();
    let mut exp = 0i32;
    if v != 0.0 {
        while v >= 10.0 {
            exp += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            exp -= 1;
            v *= 10.0;
        }
        v += 5.0 / 10f64.powi(DIGITS);
        if v >= 10.0 {
            exp += 1;
            v /= 10.0;
        }
    }
    let mut digits = String::new();
    for _ in 0..DIGITS {
        let d = v as u8;
        digits.push(char::from(b'0' + d.min(9)));
        v = (v - f64::from(d)) * 10.0;
    }
    let (first, rest) = digits.split_at(1);
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}{first}.{rest}e{esign}{:03}", exp.abs())
}

#[cfg(test)]
mod tests {
    use super::runtime_float;

    #[test]
    fn floats_print_as_the_runtime_prints_them() {
        assert_eq!(runtime_float(2.5), "+2.500000e+000");
        assert_eq!(runtime_float(-0.001), "-1.000000e-003");
        assert_eq!(runtime_float(0.0), "+0.000000e+000");
        assert_eq!(runtime_float(1e21), "+1.000000e+021");
        assert_eq!(runtime_float(f64::NEG_INFINITY), "-Inf");
    }
}

//! fmt's `%e` and `%g` of a float with a precision, and `strconv.FormatFloat`, as Go's
//! strconv writes them (`%g` without a precision is `%v`'s shortest form).

/// Infinities and NaN, as every float verb prints them.
fn special(x: f64) -> Option<String> {
    if x.is_nan() {
        Some("NaN".into())
    } else if x.is_infinite() {
        Some(if x > 0.0 { "+Inf" } else { "-Inf" }.into())
    } else {
        None
    }
}

/// `x` rounded to `digits` significant digits: its sign, digits (at least one) and
/// decimal exponent of the first digit.
fn rounded(x: f64, digits: usize) -> (bool, String, i32) {
    let sci = format!("{:.*e}", digits.saturating_sub(1), x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (x.is_sign_negative(), digits, exp.parse().unwrap_or(0))
}

/// `d.ddde±XX`: Go's exponent has a sign and at least two digits.
fn exp_text(negative: bool, digits: &str, decimals: usize, exp: i32) -> String {
    let sign = if negative { "-" } else { "" };
    let (first, rest) = digits.split_at(1);
    let point = if decimals > 0 { "." } else { "" };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{sign}{first}{point}{:0<decimals$}e{exp_sign}{:02}",
        rest,
        exp.abs()
    )
}

/// `%.Ne`: N digits after the point (6 unless given).
pub(crate) fn exponent(x: f64, precision: Option<usize>) -> String {
    if let Some(s) = special(x) {
        return s;
    }
    let decimals = precision.unwrap_or(6);
    let (negative, digits, exp) = rounded(x, decimals + 1);
    exp_text(negative, &digits, decimals, exp)
}

/// `%.Ng`: N significant digits, trailing zeros dropped, in `%e` form when the exponent is
/// below -4 or at least the digits there are.
pub(crate) fn general(x: f64, precision: usize) -> String {
    if let Some(s) = special(x) {
        return s;
    }
    let wanted = precision.max(1);
    let (negative, mut digits, exp) = rounded(x, wanted);
    let kept = digits.trim_end_matches('0').len().max(1);
    digits.truncate(kept);
    let point = exp + 1;
    // Go's `eprec`: fewer digits than asked for mean a smaller threshold, unless the
    // number has more integer digits than that.
    let eprec = if wanted > kept && kept as i32 >= point {
        kept as i32
    } else {
        wanted as i32
    };
    if exp < -4 || exp >= eprec {
        return exp_text(negative, &digits, kept - 1, exp);
    }
    let sign = if negative { "-" } else { "" };
    let whole = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (int, frac) = digits.split_at(point as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{whole}")
}

/// `strconv.FormatFloat(x, format, prec, bits)`: a precision below 0 asks for the fewest
/// digits that read back as the same float of `bits` bits.
pub(crate) fn format_float(x: f64, format: char, prec: i64, bits: i64) -> String {
    let single = bits == 32;
    let x = if single { f64::from(x as f32) } else { x };
    if let Some(s) = special(x) {
        return s;
    }
    let precision = usize::try_from(prec).ok();
    let text = match (format.to_ascii_lowercase(), precision) {
        ('f', Some(p)) => format!("{x:.p$}"),
        ('f', None) if single => (x as f32).to_string(),
        ('f', None) => x.to_string(),
        ('e', Some(p)) => exponent(x, Some(p)),
        ('e', None) => {
            let (negative, digits, exp) = shortest(x, single);
            exp_text(negative, &digits, digits.len() - 1, exp)
        }
        ('g', Some(p)) => general(x, p),
        ('g', None) => {
            let value = if single {
                super::value::Value::F32(x as f32)
            } else {
                super::value::Value::F64(x)
            };
            super::format::value(&value)
        }
        _ => return format!("%{format}"),
    };
    if format.is_ascii_uppercase() {
        text.replace('e', "E")
    } else {
        text
    }
}

/// The fewest digits that read back as `x` (as an `f32` when `single`), with its sign and
/// the exponent of the first digit.
fn shortest(x: f64, single: bool) -> (bool, String, i32) {
    let sci = if single {
        format!("{:e}", (x as f32).abs())
    } else {
        format!("{:e}", x.abs())
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (x.is_sign_negative(), digits, exp.parse().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_go_writes_them() {
        assert_eq!(exponent(std::f64::consts::PI, None), "3.141593e+00");
        assert_eq!(exponent(-1234.5678, Some(2)), "-1.23e+03");
        assert_eq!(exponent(0.0, Some(0)), "0e+00");
        assert_eq!(exponent(1e-123, Some(1)), "1.0e-123");
        assert_eq!(general(std::f64::consts::PI, 3), "3.14");
        assert_eq!(general(1234.5678, 2), "1.2e+03");
        assert_eq!(general(100.0, 3), "100");
        assert_eq!(general(0.0001234, 2), "0.00012");
        assert_eq!(general(0.00001234, 2), "1.2e-05");
        assert_eq!(general(-2.5, 1), "-2");
        assert_eq!(general(1e6, 10), "1000000");
        assert_eq!(general(123_456.0, 3), "1.23e+05");
        assert_eq!(general(1.5, 5), "1.5");
    }
}

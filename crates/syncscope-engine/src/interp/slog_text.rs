//! How `log/slog`'s handlers write text: the text handler's quoting rule, the JSON handler's
//! escapes and numbers, and each handler's time format, as Go 1.26's `log/slog` has them.

use super::strconv::{is_print, quote};
use super::time_methods::{Wall, format};
use super::unicode::is;
use syncscope_program::unicode::RuneFn;

/// Whether encoding/json writes the ASCII byte `b` as it is (`safeSet`): the printable ones
/// but `"` and `\`.
fn json_safe(b: u8) -> bool {
    (0x20..=0x7f).contains(&b) && b != b'"' && b != b'\\'
}

/// Go's `needsQuoting`: the text handler quotes an empty string, a space, `=`, what JSON
/// would escape (but `\`) and a rune that is a space or not printable.
pub(super) fn needs_quoting(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    s.chars().any(|c| match u8::try_from(c) {
        Ok(b) if b < 0x80 => b != b'\\' && (b == b' ' || b == b'=' || !json_safe(b)),
        _ => c == '\u{fffd}' || is(RuneFn::IsSpace, c as i32) || !is_print(c),
    })
}

/// A string as the text handler writes it: quoted by Go's `strconv.Quote` where needed.
pub(super) fn text_string(s: &str) -> String {
    if needs_quoting(s) {
        quote(s)
    } else {
        s.to_string()
    }
}

/// Go's `appendEscapedJSONString`: `\n`, `\r`, `\t`, `\\`, `\"`, other control bytes as
/// `\u00XX`, and U+2028 and U+2029 escaped.
pub(super) fn json_escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '"' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u00{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A float as `json.Marshal` writes it: `%f`'s shortest digits between 1e-6 and 1e21, else
/// the shortest exponent form with `e-7` rather than `e-07`; `None` for NaN and infinities.
pub(super) fn json_float(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let abs = x.abs();
    if abs == 0.0 || (1e-6..1e21).contains(&abs) {
        // Rust's `Display` is the shortest digits that read back, never an exponent.
        return Some(format!("{x}"));
    }
    let text = format!("{x:e}");
    let (mantissa, exp) = text.split_once('e')?;
    let exp: i32 = exp.parse().ok()?;
    Some(if exp < 0 {
        format!("{mantissa}e-{}", -exp)
    } else {
        format!("{mantissa}e+{exp:02}")
    })
}

/// The text handler's time: RFC 3339 with milliseconds, always three digits
/// (`appendRFC3339Millis`).
pub(super) fn text_time(w: &Wall) -> String {
    format(w, "2006-01-02T15:04:05.000Z07:00")
}

/// The JSON handler's time: `time.RFC3339Nano`, trailing zeros of the fraction dropped.
pub(super) fn json_time(w: &Wall) -> String {
    format(w, "2006-01-02T15:04:05.999999999Z07:00")
}

#[cfg(test)]
mod tests {
    use super::super::time_methods::wall;
    use super::*;

    #[test]
    fn times_are_each_handlers_at_the_playgrounds_clock() {
        assert_eq!(text_time(&wall(0)), "2009-11-10T23:00:00.000Z");
        assert_eq!(json_time(&wall(0)), "2009-11-10T23:00:00Z");
        // Milliseconds truncated, never rounded; the JSON handler keeps every digit.
        let later = 61_000_000_000 + 123_999_000;
        assert_eq!(text_time(&wall(later)), "2009-11-10T23:01:01.123Z");
        assert_eq!(json_time(&wall(later)), "2009-11-10T23:01:01.123999Z");
        assert_eq!(json_time(&wall(500_000_000)), "2009-11-10T23:00:00.5Z");
    }

    #[test]
    fn text_values_are_quoted_as_gos() {
        for plain in ["hi", "a/b", "C:\\x", "x.y", "<nil>", "héllo"] {
            assert!(!needs_quoting(plain), "{plain}");
        }
        for quoted in ["", "two words", "k=v", "say \"hi\"", "tab\t", "nbsp\u{a0}"] {
            assert!(needs_quoting(quoted), "{quoted}");
        }
        assert_eq!(text_string("a b"), "\"a b\"");
    }

    #[test]
    fn json_strings_and_numbers_are_encoding_jsons() {
        assert_eq!(json_escaped("a\"b\\c\n\u{1}<>"), "a\\\"b\\\\c\\n\\u0001<>");
        assert_eq!(json_float(3.5).as_deref(), Some("3.5"));
        assert_eq!(json_float(1e20).as_deref(), Some("100000000000000000000"));
        assert_eq!(json_float(1e21).as_deref(), Some("1e+21"));
        assert_eq!(json_float(1.5e-7).as_deref(), Some("1.5e-7"));
        assert_eq!(json_float(0.000001).as_deref(), Some("0.000001"));
        assert_eq!(json_float(f64::NAN), None);
    }
}

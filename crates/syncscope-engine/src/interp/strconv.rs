//! Go's `strconv` on the run's values, with its errors (`*strconv.NumError`) in Go's words,
//! and `strconv.Quote`, which `%q` shares.

use super::value::Value;
use syncscope_program::Lib;

const NUM_ERROR: &str = "*strconv.NumError";

/// The result of a function of two results: the value and the error (nil or not).
pub(super) fn pair(v: Value, err: Option<String>) -> Value {
    let err = err.map_or(Value::Chan(None), |e| {
        super::iface::typed_error(e, NUM_ERROR)
    });
    Value::Slice(super::slices::SliceVal::new(vec![v, err]))
}

pub(super) fn num_error(func: &str, s: &str, why: &str) -> String {
    format!("strconv.{func}: parsing {}: {why}", quote(s))
}

/// `strconv.f(args...)`; `None` for another package's function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let s = match args.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    Some(Ok(match f {
        Lib::Itoa => Value::Str(int(0).to_string().into()),
        Lib::Atoi => {
            let (n, err) = parse_int(&s, 10, 64, "Atoi");
            pair(Value::Int(n), err)
        }
        Lib::ParseInt => {
            let (n, err) = parse_int(&s, int(1), int(2), "ParseInt");
            pair(Value::Int(n), err)
        }
        Lib::ParseFloat => return Some(parse_float(&s, int(1)).map(|(x, e)| pair(x, e))),
        Lib::ParseBool => match s.as_str() {
            "1" | "t" | "T" | "TRUE" | "true" | "True" => pair(Value::Bool(true), None),
            "0" | "f" | "F" | "FALSE" | "false" | "False" => pair(Value::Bool(false), None),
            _ => pair(
                Value::Bool(false),
                Some(num_error("ParseBool", &s, "invalid syntax")),
            ),
        },
        Lib::FormatBool => Value::Str(args.first().is_some_and(Value::truthy).to_string().into()),
        Lib::FormatInt => return Some(format_int(int(0), int(1))),
        Lib::Quote => Value::Str(quote(&s).into()),
        Lib::QuoteToAscii => Value::Str(super::format::ascii_only(&quote(&s)).into()),
        Lib::QuoteRune | Lib::QuoteRuneToAscii => {
            let rune = args
                .first()
                .and_then(super::runes::quote_rune)
                .unwrap_or_default();
            match f {
                Lib::QuoteRune => Value::Str(rune.into()),
                _ => Value::Str(super::format::ascii_only(&rune).into()),
            }
        }
        Lib::SearchSorted => {
            let (Some(Value::Slice(items)), Some(x)) = (args.first(), args.get(1)) else {
                return Some(Ok(Value::Int(0)));
            };
            let items = items.items();
            // Go's `sort.Search`: the first index in [0, n) where `a[i] >= x` holds.
            let (mut lo, mut hi) = (0, items.len());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let less =
                    Value::binary(syncscope_program::BinOp::Lt, items[mid].clone(), x.clone())
                        .is_ok_and(|v| v.truthy());
                if less {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Value::Int(lo as i64)
        }
        Lib::FormatFloat => {
            let x = match args.first() {
                Some(Value::F64(x)) => *x,
                _ => 0.0,
            };
            let format = u32::try_from(int(1)).ok().and_then(char::from_u32);
            let text = super::float_verbs::format_float(x, format.unwrap_or('?'), int(2), int(3));
            Value::Str(text.into())
        }
        _ => return None,
    }))
}

/// Go's `ParseInt` (Atoi's too, under its own name): base 0 reads a `0x`, `0o`, `0b` or `0`
/// prefix and allows underscores; out of range gives the nearest value and an error.
pub(super) fn parse_int(s: &str, base: i64, bits: i64, func: &str) -> (i64, Option<String>) {
    let bits = if bits == 0 { 64 } else { bits };
    if !(2..=36).contains(&base) && base != 0 {
        return (0, Some(num_error(func, s, &format!("invalid base {base}"))));
    }
    if !(1..=64).contains(&bits) {
        return (
            0,
            Some(num_error(func, s, &format!("invalid bit size {bits}"))),
        );
    }
    let (n, err) = parse_bits(s, base, bits as u32, func);
    (n as i64, err)
}

/// `s` as an integer of `bits` bits with a sign (`ParseUint` asks for one bit more and no
/// sign: 65 for a uint64), once the base and size are known to be good.
pub(super) fn parse_bits(s: &str, base: i64, bits: u32, func: &str) -> (i128, Option<String>) {
    let syntax = || (0, Some(num_error(func, s, "invalid syntax")));
    let (neg, body) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let (base, digits, underscores) = match base {
        0 => {
            let lower = body.to_ascii_lowercase();
            match lower.get(..2) {
                Some("0x") => (16, &body[2..], true),
                Some("0o") => (8, &body[2..], true),
                Some("0b") => (2, &body[2..], true),
                _ if body.len() > 1 && body.starts_with('0') => (8, &body[1..], true),
                _ => (10, body, true),
            }
        }
        b => (b as u32, body, false),
    };
    let digits: String = if underscores && underscores_ok(body) {
        digits.chars().filter(|&c| c != '_').collect()
    } else {
        digits.to_string()
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(base)) {
        return syntax();
    }
    let limit: u128 = 1 << (bits - 1);
    let magnitude = u128::from_str_radix(&digits, base).unwrap_or(u128::MAX);
    let (most, least) = ((limit - 1) as i128, -(limit as i128));
    match (neg, magnitude) {
        (false, m) if m >= limit => (most, Some(num_error(func, s, "value out of range"))),
        (true, m) if m > limit => (least, Some(num_error(func, s, "value out of range"))),
        (false, m) => (m as i128, None),
        (true, m) => (-(m as i128), None),
    }
}

/// Go's `underscoreOK`: an underscore only between digits (a base prefix counts as one).
fn underscores_ok(s: &str) -> bool {
    let s = s.as_bytes();
    let lower = |b: u8| b.to_ascii_lowercase();
    // The last thing seen: the start, a digit, an underscore, or something else.
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else if saw == b'_' {
            return false;
        } else {
            saw = b'!';
        }
    }
    saw != b'_'
}

pub(super) fn parse_float(s: &str, bits: i64) -> Result<(Value, Option<String>), String> {
    let lower = s.to_ascii_lowercase();
    if lower.contains("0x") || s.contains('_') {
        return Err(
            "syncscope does not run strconv.ParseFloat of hexadecimal or underscored numbers yet"
                .into(),
        );
    }
    let syntax = || {
        Ok((
            Value::F64(0.0),
            Some(num_error("ParseFloat", s, "invalid syntax")),
        ))
    };
    let named = [
        "inf",
        "+inf",
        "-inf",
        "infinity",
        "+infinity",
        "-infinity",
        "nan",
    ];
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'));
    if !plain && !named.contains(&lower.as_str()) {
        return syntax();
    }
    let x = match bits {
        32 => s.parse::<f32>().map(f64::from),
        _ => s.parse::<f64>(),
    };
    let Ok(x) = x else {
        return syntax();
    };
    let range = x.is_infinite() && !lower.contains("inf");
    let err = range.then(|| num_error("ParseFloat", s, "value out of range"));
    Ok((Value::F64(x), err))
}

pub(super) fn format_int(n: i64, base: i64) -> Result<Value, String> {
    let digits = format_uint(n.unsigned_abs(), base)?;
    Ok(Value::Str(if n < 0 {
        format!("-{digits}").into()
    } else {
        digits.into()
    }))
}

/// `u`'s digits in `base` (2 to 36, lower-case letters), as Go's `FormatUint`.
pub(super) fn format_uint(mut u: u64, base: i64) -> Result<String, String> {
    let Ok(base @ 2..=36) = u32::try_from(base) else {
        return Err("panic: strconv: illegal AppendInt/FormatInt base".into());
    };
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((u % u64::from(base)) as u32, base).unwrap_or('?'));
        u /= u64::from(base);
        if u == 0 {
            break;
        }
    }
    Ok(digits.iter().rev().collect())
}

/// Go's `strconv.Quote`: `"` and `\` escaped, what `unicode.IsPrint` calls printable kept,
/// the rest as `\n`, `\x01`, `\u00a0` or `\U0001f600`.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if is_print(c) => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Go's `unicode.IsPrint` as far as Rust's library can tell it: no control, no space but
/// U+0020, no format character, no private use.
pub(super) fn is_print(c: char) -> bool {
    let n = c as u32;
    if n < 0x100 {
        return (0x20..0x7f).contains(&n) || (0xa1..=0xff).contains(&n) && n != 0xad;
    }
    let format = matches!(n,
        0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2 | 0x180e
        | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f
        | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x1d173..=0x1d17a
        | 0xe0001 | 0xe0020..=0xe007f);
    let private = matches!(n, 0xe000..=0xf8ff | 0xf0000..=0x10ffff);
    !c.is_control() && !c.is_whitespace() && !format && !private
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoi_and_parse_int_say_what_go_says() {
        assert_eq!(parse_int("-42", 10, 64, "Atoi"), (-42, None));
        let (n, e) = parse_int("12a", 10, 64, "Atoi");
        assert_eq!(
            (n, e.as_deref()),
            (0, Some("strconv.Atoi: parsing \"12a\": invalid syntax"))
        );
        let (n, e) = parse_int("99999999999999999999", 10, 64, "Atoi");
        assert_eq!(n, i64::MAX);
        assert!(e.is_some_and(|e| e.ends_with("value out of range")));
        assert_eq!(parse_int("0x1F", 0, 64, "ParseInt"), (31, None));
        assert_eq!(parse_int("1_000", 0, 64, "ParseInt"), (1000, None));
        assert!(parse_int("1_000", 10, 64, "ParseInt").1.is_some());
        assert_eq!(parse_int("-128", 10, 8, "ParseInt"), (-128, None));
        assert_eq!(parse_int("200", 10, 8, "ParseInt").0, 127);
        assert!(parse_int("", 10, 64, "Atoi").1.is_some());
    }

    #[test]
    fn quotes_and_bases() {
        assert_eq!(
            quote("a\"b\\\n\u{1}\u{a0}é😀"),
            "\"a\\\"b\\\\\\n\\x01\\u00a0é😀\""
        );
        assert_eq!(format_int(-255, 16), Ok(Value::Str("-ff".into())));
        assert_eq!(format_int(5, 2), Ok(Value::Str("101".into())));
    }
}

//! Runes and bytes: Go's conversions between strings, `[]rune` and `[]byte`, ranging over a
//! string's runes, and fmt's forms of a character (`%c`, `%q`, `%U`).

use super::slices::SliceVal;
use super::value::Value;

/// `string(x)`: a rune's or byte's character (an invalid one is U+FFFD), or the text of a
/// `[]rune` or `[]byte`.
pub(super) fn to_string(v: Value) -> Value {
    match v {
        v if v.is_int() => Value::Str(character(integer(&v).unwrap_or(-1)).to_string().into()),
        Value::Slice(s) => {
            let items = s.items();
            let text = match items.first() {
                Some(Value::Byte(_)) => {
                    let bytes: Vec<u8> = items.iter().map(|b| b.as_int() as u8).collect();
                    String::from_utf8_lossy(&bytes).into_owned()
                }
                _ => items.iter().map(|r| character(r.as_int())).collect(),
            };
            Value::Str(text.into())
        }
        other => other,
    }
}

/// The character a rune stands for, as Go's conversion makes it.
fn character(n: i64) -> char {
    u32::try_from(n)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}')
}

/// `[]rune(s)`.
pub(super) fn runes(v: &Value) -> Value {
    let Value::Str(s) = v else {
        return Value::Slice(SliceVal::new(Vec::new()));
    };
    let items = s.chars().map(|c| Value::Rune(c as i32)).collect();
    Value::Slice(SliceVal::new(items))
}

/// `[]byte(s)`.
pub(super) fn bytes(v: &Value) -> Value {
    let Value::Str(s) = v else {
        return Value::Slice(SliceVal::new(Vec::new()));
    };
    Value::Slice(SliceVal::new(s.bytes().map(Value::Byte).collect()))
}

/// The runes of a string with the byte each starts at, as `for i, r := range s` gives them.
pub(super) fn runes_at(s: &str) -> Vec<(usize, Value)> {
    s.char_indices()
        .map(|(i, c)| (i, Value::Rune(c as i32)))
        .collect()
}

/// `%c`.
pub(super) fn char_of(v: &Value) -> Option<String> {
    integer(v).map(|n| character(n).to_string())
}

/// `%q` of a rune: Go's `strconv.QuoteRune`.
pub(super) fn quote_rune(v: &Value) -> Option<String> {
    let c = character(integer(v)?);
    let body = match c {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\n' => "\\n".to_string(),
        '\t' => "\\t".to_string(),
        '\r' => "\\r".to_string(),
        '\u{7}' => "\\a".to_string(),
        '\u{8}' => "\\b".to_string(),
        '\u{c}' => "\\f".to_string(),
        '\u{b}' => "\\v".to_string(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c if c.is_control() => format!("\\u{:04x}", c as u32),
        c => c.to_string(),
    };
    Some(format!("'{body}'"))
}

/// `%U`: `U+0061`.
pub(super) fn unicode(v: &Value, sharp: bool) -> Option<String> {
    let n = integer(v)?;
    let code = if n < 0 {
        format!("U+{:X}", n as u64)
    } else {
        format!("U+{n:04X}")
    };
    // `%#U` shows the character too, when Go's `strconv.IsPrint` says it prints.
    let shown = u32::try_from(n).ok().and_then(char::from_u32);
    Some(match shown {
        Some(c) if sharp && super::strconv::is_print(c) => format!("{code} '{c}'"),
        _ => code,
    })
}

/// A value fmt formats as an integer.
fn integer(v: &Value) -> Option<i64> {
    match v {
        Value::U64(n) => Some(i64::try_from(*n).unwrap_or(i64::MAX)),
        v if v.is_int() => Some(v.as_int()),
        _ => None,
    }
}

/// A `[]byte`'s bytes, for the verbs that print one as text (`%s`, `%q`, `%x`).
pub(super) fn byte_text(v: &Value) -> Option<String> {
    let Value::Slice(s) = v else {
        return None;
    };
    let items = s.items();
    if !items.iter().all(|b| matches!(b, Value::Byte(_))) || items.is_empty() {
        return None;
    }
    let bytes: Vec<u8> = items.iter().map(|b| b.as_int() as u8).collect();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_convert_and_quote_as_go_s_do() {
        assert_eq!(to_string(Value::Rune(0x4e16)), Value::Str("世".into()));
        assert_eq!(to_string(Value::Int(-1)), Value::Str("\u{fffd}".into()));
        assert_eq!(quote_rune(&Value::Rune('a' as i32)).as_deref(), Some("'a'"));
        assert_eq!(
            quote_rune(&Value::Rune('\n' as i32)).as_deref(),
            Some("'\\n'")
        );
        assert_eq!(quote_rune(&Value::Byte(0)).as_deref(), Some("'\\x00'"));
        assert_eq!(
            unicode(&Value::Rune(0x61), false).as_deref(),
            Some("U+0061")
        );
        assert_eq!(
            unicode(&Value::Rune(0x1F600), false).as_deref(),
            Some("U+1F600")
        );
        let word = runes(&Value::Str("héllo".into()));
        assert_eq!(word.len(), 5);
        assert_eq!(to_string(word), Value::Str("héllo".into()));
        let b = bytes(&Value::Str("hé".into()));
        assert_eq!(b.len(), 3);
        assert_eq!(byte_text(&b).as_deref(), Some("hé"));
        assert_eq!(runes_at("aé")[1].0, 1);
    }
}

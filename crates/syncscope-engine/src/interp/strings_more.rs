//! More of Go's `strings`: `SplitN`, `SplitAfter`, `Cut` and its kin, `IndexByte`,
//! `LastIndexByte`, `IndexRune`, `IndexAny`, `LastIndexAny`, `ToTitle` and the deprecated
//! `Title`, each as Go's source computes it.

use super::value::Value;
use syncscope_program::Lib;

fn text(v: Option<&Value>) -> &str {
    match v {
        Some(Value::Str(s)) => s,
        _ => "",
    }
}

pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let (a, b) = (text(args.first()), text(args.get(1)));
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    let found = |at: Option<usize>| Value::Int(at.map_or(-1, |i| i as i64));
    Some(Ok(match f {
        Lib::SplitN => split_n(a, b, int(2)),
        Lib::IndexByte => found(a.bytes().position(|c| i64::from(c) == int(1))),
        Lib::LastIndexByte => found(a.bytes().rposition(|c| i64::from(c) == int(1))),
        Lib::IndexRune => {
            let r = u32::try_from(int(1)).ok().and_then(char::from_u32);
            found(r.and_then(|r| a.find(r)))
        }
        Lib::IndexAny => found(a.find(|c| b.contains(c))),
        Lib::LastIndexAny => found(a.rfind(|c| b.contains(c))),
        Lib::Title => Value::Str(title(a).into()),
        Lib::Cut => match a.split_once(b) {
            Some((before, after)) => results(vec![text_of(before), text_of(after), yes(true)]),
            None => results(vec![text_of(a), text_of(""), yes(false)]),
        },
        Lib::CutPrefix => match a.strip_prefix(b) {
            Some(rest) => results(vec![text_of(rest), yes(true)]),
            None => results(vec![text_of(a), yes(false)]),
        },
        Lib::CutSuffix => match a.strip_suffix(b) {
            Some(rest) => results(vec![text_of(rest), yes(true)]),
            None => results(vec![text_of(a), yes(false)]),
        },
        Lib::SplitAfter => split_after(a, b),
        Lib::ToTitle => Value::Str(a.chars().map(to_title).collect::<String>().into()),
        _ => return None,
    }))
}

fn text_of(s: &str) -> Value {
    Value::Str(s.into())
}

fn yes(b: bool) -> Value {
    Value::Bool(b)
}

/// A function's several results, as the run carries them.
fn results(values: Vec<Value>) -> Value {
    Value::Slice(super::slices::SliceVal::new(values))
}

/// `strings.SplitAfter(s, sep)`: each part keeps its `sep`; "" splits after each character.
fn split_after(s: &str, sep: &str) -> Value {
    let parts: Vec<Value> = if sep.is_empty() {
        s.char_indices()
            .map(|(i, c)| text_of(&s[i..i + c.len_utf8()]))
            .collect()
    } else {
        s.split_inclusive(sep).map(text_of).collect()
    };
    // Go gives a last empty part after a final `sep`, and one part for "".
    let ends_in_sep = !sep.is_empty() && s.ends_with(sep);
    let mut parts = parts;
    if ends_in_sep || s.is_empty() && !sep.is_empty() {
        parts.push(text_of(""));
    }
    results(parts)
}

/// `unicode.ToTitle`: upper case, but for the four letters Unicode gives a title case of
/// their own (the digraphs `ǅ`, `ǈ`, `ǋ`, `ǲ`).
fn to_title(c: char) -> char {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => 'ǅ',
        'Ǉ' | 'ǈ' | 'ǉ' => 'ǈ',
        'Ǌ' | 'ǋ' | 'ǌ' => 'ǋ',
        'Ǳ' | 'ǲ' | 'ǳ' => 'ǲ',
        c => super::unicode::map_case(c.encode_utf8(&mut [0; 4]), false)
            .chars()
            .next()
            .unwrap_or(c),
    }
}

/// `strings.SplitN(s, sep, n)`: nil for n == 0, all of them for n < 0, and "" splits
/// between characters, the last part holding the rest.
fn split_n(s: &str, sep: &str, n: i64) -> Value {
    let parts: Vec<&str> = match usize::try_from(n) {
        Ok(0) => Vec::new(),
        Ok(n) if sep.is_empty() => {
            let mut parts: Vec<&str> = Vec::new();
            let mut rest = s;
            while let Some(c) = rest.chars().next() {
                if parts.len() + 1 == n {
                    break;
                }
                parts.push(&rest[..c.len_utf8()]);
                rest = &rest[c.len_utf8()..];
            }
            if !rest.is_empty() {
                parts.push(rest);
            }
            parts
        }
        Ok(n) => s.splitn(n, sep).collect(),
        Err(_) if sep.is_empty() => s
            .char_indices()
            .map(|(i, c)| &s[i..i + c.len_utf8()])
            .collect(),
        Err(_) => s.split(sep).collect(),
    };
    Value::Slice(super::slices::SliceVal::new(
        parts.into_iter().map(|p| Value::Str(p.into())).collect(),
    ))
}

/// Go's `isSeparator`: what starts a word for `Title`.
fn separates(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    !c.is_alphanumeric() && c.is_whitespace()
}

fn title(s: &str) -> String {
    let mut prev = ' ';
    s.chars()
        .flat_map(|c| {
            let start = separates(prev);
            prev = c;
            let upper: Vec<char> = if start {
                c.to_uppercase().collect()
            } else {
                vec![c]
            };
            upper
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(v: &Value) -> String {
        crate::interp::format::value(v)
    }

    #[test]
    fn split_n_is_gos() {
        assert_eq!(shown(&split_n("a,b,c", ",", 2)), "[a b,c]");
        assert_eq!(shown(&split_n("a,b,c", ",", 0)), "[]");
        assert_eq!(shown(&split_n("a,b,c", ",", -1)), "[a b c]");
        assert_eq!(shown(&split_n("abc", "", 2)), "[a bc]");
        assert_eq!(shown(&split_n("", ",", 3)), "[]");
    }

    #[test]
    fn split_after_keeps_each_separator_as_go_does() {
        assert_eq!(shown(&split_after("a,b,c", ",")), "[a, b, c]");
        assert_eq!(shown(&split_after("a,b,", ",")), "[a, b, ]");
        assert_eq!(shown(&split_after("", ",")), "[]");
        assert_eq!(shown(&split_after("ab", "")), "[a b]");
        assert_eq!(to_title('ǆ'), 'ǅ');
        assert_eq!(to_title('q'), 'Q');
    }

    #[test]
    fn title_starts_each_word() {
        assert_eq!(title("hello wide-world_x 2go"), "Hello Wide-World_x 2go");
    }
}

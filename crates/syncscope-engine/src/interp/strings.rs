//! Go's `strings` package on the values the run has: each function as Go's source computes
//! it (`Replace` with an empty `old`, `Count` of "", `Fields` on Unicode's spaces).

use super::value::Value;
use syncscope_program::Lib;

fn text(v: Option<&Value>) -> &str {
    match v {
        Some(Value::Str(s)) => s,
        _ => "",
    }
}

fn strs(items: &[&str]) -> Value {
    Value::Slice(super::slices::SliceVal::new(
        items.iter().map(|s| Value::Str((*s).into())).collect(),
    ))
}

fn string(s: String) -> Value {
    Value::Str(s.into())
}

/// `strings.f(args...)` for the functions of `strings`; `None` for another package's.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let (a, b) = (text(args.first()), text(args.get(1)));
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    let found = |at: Option<usize>| Value::Int(at.map_or(-1, |i| i as i64));
    Some(Ok(match f {
        Lib::Join => {
            let parts: Vec<String> = match args.first() {
                Some(Value::Slice(s)) => s.items().iter().map(|v| text(Some(v)).into()).collect(),
                _ => Vec::new(),
            };
            string(parts.join(b))
        }
        Lib::Split if b.is_empty() => {
            let chars: Vec<String> = a.chars().map(String::from).collect();
            let items: Vec<&str> = chars.iter().map(String::as_str).collect();
            strs(&items)
        }
        Lib::Split => strs(&a.split(b).collect::<Vec<_>>()),
        Lib::Fields => strs(&a.split_whitespace().collect::<Vec<_>>()),
        Lib::Contains => Value::Bool(a.contains(b)),
        Lib::ContainsRune => Value::Bool(
            u32::try_from(int(1))
                .ok()
                .and_then(char::from_u32)
                .is_some_and(|c| a.contains(c)),
        ),
        Lib::ContainsAny => Value::Bool(a.chars().any(|c| b.contains(c))),
        Lib::HasPrefix => Value::Bool(a.starts_with(b)),
        Lib::HasSuffix => Value::Bool(a.ends_with(b)),
        Lib::Index => found(a.find(b)),
        Lib::LastIndex => found(a.rfind(b)),
        Lib::Repeat => return Some(repeat(a, int(1))),
        Lib::Replace => return Some(replace(a, b, text(args.get(2)), int(3))),
        Lib::ReplaceAll => return Some(replace(a, b, text(args.get(2)), -1)),
        Lib::ToUpper => string(super::unicode::map_case(a, false)),
        Lib::ToLower => string(super::unicode::map_case(a, true)),
        Lib::TrimSpace => string(a.trim().into()),
        Lib::Trim => string(a.trim_matches(|c| b.contains(c)).into()),
        Lib::TrimLeft => string(a.trim_start_matches(|c| b.contains(c)).into()),
        Lib::TrimRight => string(a.trim_end_matches(|c| b.contains(c)).into()),
        Lib::TrimPrefix => string(a.strip_prefix(b).unwrap_or(a).into()),
        Lib::TrimSuffix => string(a.strip_suffix(b).unwrap_or(a).into()),
        Lib::Count => Value::Int(count(a, b) as i64),
        Lib::EqualFold => Value::Bool(equal_fold(a, b)),
        Lib::Compare => Value::Int(a.cmp(b) as i64),
        Lib::RuneCount => Value::Int(a.chars().count() as i64),
        Lib::DecodeRune => {
            // An empty string gives Go's RuneError and a length of 0.
            let (r, size) = a
                .chars()
                .next()
                .map_or(('\u{fffd}', 0), |c| (c, c.len_utf8()));
            let pair = vec![Value::Rune(r as i32), Value::Int(size as i64)];
            Value::Slice(super::slices::SliceVal::new(pair))
        }
        Lib::RuneLen => {
            let r = args.first().map_or(0, Value::as_int);
            let len = u32::try_from(r)
                .ok()
                .and_then(char::from_u32)
                .map_or(-1, |c| c.len_utf8() as i64);
            Value::Int(len)
        }
        _ => return None,
    }))
}

/// Go's `unicode.ToUpper` and `ToLower` map one rune to one rune: where Unicode's full
/// mapping gives several (`ß` to `SS`), Go keeps the rune.
fn simple(c: char, mut mapped: impl Iterator<Item = char>) -> char {
    match (mapped.next(), mapped.next()) {
        (Some(m), None) => m,
        _ => c,
    }
}

fn count(s: &str, sep: &str) -> usize {
    if sep.is_empty() {
        return s.chars().count() + 1;
    }
    s.matches(sep).count()
}

fn repeat(s: &str, n: i64) -> Result<Value, String> {
    let n = usize::try_from(n).map_err(|_| "panic: strings: negative Repeat count".to_string())?;
    match s.len().checked_mul(n) {
        None => Err("panic: strings: Repeat output length overflow".into()),
        Some(len) => {
            // Built, then copied into the shared string: twice its length for a moment.
            crate::heap::reserve(len.saturating_mul(2))?;
            Ok(string(s.repeat(n)))
        }
    }
}

/// Go's `strings.Replace`: at most `n` replacements (all for `n < 0`); an empty `old`
/// matches before each rune and at the end.
fn replace(s: &str, old: &str, new: &str, n: i64) -> Result<Value, String> {
    if old == new || n == 0 {
        return Ok(string(s.into()));
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return Ok(string(s.into()));
    }
    let n = if n < 0 || m < n { m } else { n };
    let len = (s.len() as i64).saturating_add(n.saturating_mul(new.len() as i64));
    crate::heap::reserve(usize::try_from(len).unwrap_or(usize::MAX).saturating_mul(2))?;
    let mut out = String::new();
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += s[start..].chars().next().map_or(0, char::len_utf8);
            }
        } else {
            j += s[start..].find(old).unwrap_or(0);
        }
        out.push_str(&s[start..j]);
        out.push_str(new);
        start = j + old.len();
    }
    out.push_str(&s[start..]);
    Ok(string(out))
}

/// Go's `strings.EqualFold`: equal under Unicode's simple case folding, rune by rune.
fn equal_fold(a: &str, b: &str) -> bool {
    let fold = |c: char| (simple(c, c.to_lowercase()), simple(c, c.to_uppercase()));
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| {
            let ((xl, xu), (yl, yu)) = (fold(x), fold(y));
            x == y || xl == yl || xu == yu
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str) -> Value {
        Value::Str(t.into())
    }

    fn run(f: Lib, args: &[Value]) -> String {
        match call(f, args) {
            Some(Ok(v)) => super::super::format::value(&v),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn replace_and_count_as_gos_source_has_them() {
        assert_eq!(
            run(
                Lib::Replace,
                &[s("oink oink oink"), s("k"), s("ky"), Value::Int(2)]
            ),
            "oinky oinky oink"
        );
        assert_eq!(run(Lib::ReplaceAll, &[s("abc"), s(""), s("-")]), "-a-b-c-");
        assert_eq!(
            run(Lib::Replace, &[s("héllo"), s(""), s("|"), Value::Int(3)]),
            "|h|é|llo"
        );
        assert_eq!(run(Lib::Count, &[s("cheese"), s("e")]), "3");
        assert_eq!(run(Lib::Count, &[s("five"), s("")]), "5");
        assert_eq!(run(Lib::Index, &[s("chicken"), s("dmr")]), "-1");
    }

    #[test]
    fn splitting_fields_and_cases() {
        assert_eq!(run(Lib::Split, &[s("a,b,,c"), s(",")]), "[a b  c]");
        assert_eq!(run(Lib::Split, &[s("añb"), s("")]), "[a ñ b]");
        assert_eq!(run(Lib::Fields, &[s("  foo bar\t baz  ")]), "[foo bar baz]");
        assert_eq!(run(Lib::ToUpper, &[s("straße")]), "STRAßE");
        assert!(equal_fold("Go", "GO") && equal_fold("ſ", "S") && !equal_fold("a", "b"));
        assert_eq!(
            call(Lib::Repeat, &[s("x"), Value::Int(-1)]),
            Some(Err("panic: strings: negative Repeat count".into()))
        );
    }
}

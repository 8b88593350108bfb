//! Go's replacement of a regexp's matches (src/regexp/regexp.go): `replaceAll`, which
//! replaces no empty match right after a match, and `expand`'s `$1`, `${1}`, `$name`,
//! `${name}` and `$$`.

use super::regexp_ops::{group, offsets};
use super::unicode::is;
use crate::sched::Stop;
use regex::Regex;
use syncscope_program::unicode::RuneFn;

/// Go's `extract`: a `$` reference's name, its number (`-1` for a name), and what follows.
fn extract(t: &str) -> Option<(&str, i64, &str)> {
    let (brace, t) = match t.strip_prefix('{') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let len = t
        .char_indices()
        .find(|(_, c)| {
            !(is(RuneFn::IsLetter, *c as i32) || is(RuneFn::IsDigit, *c as i32) || *c == '_')
        })
        .map_or(t.len(), |(i, _)| i);
    if len == 0 {
        return None;
    }
    let name = &t[..len];
    let mut rest = &t[len..];
    if brace {
        rest = rest.strip_prefix('}')?;
    }
    let mut num: i64 = 0;
    for b in name.bytes() {
        if !b.is_ascii_digit() || num >= 100_000_000 {
            num = -1;
            break;
        }
        num = num * 10 + i64::from(b - b'0');
    }
    if name.starts_with('0') && name.len() > 1 {
        num = -1;
    }
    Some((name, num, rest))
}

/// Go's `expand` of `template` for match `m` of `s`.
pub(super) fn expand(re: &Regex, out: &mut String, template: &str, s: &str, m: &[i64]) {
    let mut t = template;
    while let Some(at) = t.find('$') {
        out.push_str(&t[..at]);
        t = &t[at + 1..];
        if let Some(rest) = t.strip_prefix('$') {
            out.push('$');
            t = rest;
            continue;
        }
        let Some((name, num, rest)) = extract(t) else {
            out.push('$');
            continue;
        };
        t = rest;
        if num >= 0 {
            out.push_str(group(s, m, num as usize));
        } else if let Some(i) = re.capture_names().position(|n| n == Some(name)) {
            out.push_str(group(s, m, i));
        }
    }
    out.push_str(t);
}

/// Go's `replaceAll`: the text between matches kept, `repl` of each match added, but not of
/// an empty match right after a match.
pub(super) fn replace_all(
    re: &Regex,
    s: &str,
    mut repl: impl FnMut(&mut String, &[i64]) -> Result<(), Stop>,
) -> Result<String, Stop> {
    let mut out = String::new();
    let (mut last_end, mut search) = (0usize, 0usize);
    while search <= s.len() {
        let Some(m) = offsets(re, s, search) else {
            break;
        };
        let (start, end) = (m[0] as usize, m[1] as usize);
        out.push_str(&s[last_end..start]);
        if end > last_end || start == 0 {
            repl(&mut out, &m)?;
        }
        last_end = end;
        let width = s[search..].chars().next().map_or(0, char::len_utf8);
        if search + width > end {
            search += width;
        } else if search + 1 > end {
            search += 1;
        } else {
            search = end;
        }
    }
    out.push_str(&s[last_end..]);
    Ok(out)
}

//! `regexp`'s functions and a `*regexp.Regexp`'s methods, step for step as Go's
//! (src/regexp/regexp.go): successive matches with no empty match right after a match, Go's
//! `$1`/`${name}` expansion, `Split`'s rules. A regexp value is its pattern; offsets are bytes.

use super::Goroutine;
use super::pointers::NIL_POINTER;
use super::regexp::{compile, quote_pattern};
use super::regexp_replace::{expand, replace_all};
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use regex::Regex;
use std::sync::Arc;
use syncscope_program::Lib;
use syncscope_program::textlib::ReOp;

fn slice(items: Vec<Value>) -> Value {
    Value::Slice(SliceVal::new(items))
}

fn strs(items: Vec<String>) -> Value {
    slice(items.into_iter().map(|s| Value::Str(s.into())).collect())
}

fn ints(items: &[i64]) -> Value {
    slice(items.iter().map(|i| Value::Int(*i)).collect())
}

fn bytes(b: &[u8]) -> Value {
    slice(b.iter().map(|b| Value::Byte(*b)).collect())
}

fn nil() -> Value {
    Value::Slice(SliceVal::nil())
}

/// Go's result of the `FindAll` kind: nil when nothing matched.
fn all_or_nil(items: Vec<Value>) -> Value {
    if items.is_empty() {
        nil()
    } else {
        slice(items)
    }
}

/// A match's offsets, `-1` for a group that took no part.
pub(super) fn offsets(re: &Regex, s: &str, at: usize) -> Option<Vec<i64>> {
    let caps = re.captures_at(s, at)?;
    Some(
        (0..caps.len())
            .flat_map(|i| match caps.get(i) {
                Some(m) => [m.start() as i64, m.end() as i64],
                None => [-1, -1],
            })
            .collect(),
    )
}

/// Go's `allMatches`: at most `n` (all for `n < 0`) successive matches, an empty one right
/// after the previous match left out.
fn all_matches(re: &Regex, s: &str, n: i64) -> Vec<Vec<i64>> {
    let n = if n < 0 { s.len() as i64 + 1 } else { n };
    let mut found = Vec::new();
    let (mut pos, mut prev_end) = (0usize, -1i64);
    while (found.len() as i64) < n && pos <= s.len() {
        let Some(m) = offsets(re, s, pos) else {
            break;
        };
        let mut accept = true;
        if m[1] == pos as i64 {
            if m[0] == prev_end {
                accept = false;
            }
            pos += s[pos..].chars().next().map_or(1, char::len_utf8);
        } else {
            pos = m[1] as usize;
        }
        prev_end = m[1];
        if accept {
            found.push(m);
        }
    }
    found
}

/// The text of group `i` of a match, `""` where it took no part.
pub(super) fn group<'s>(s: &'s str, m: &[i64], i: usize) -> &'s str {
    match (m.get(2 * i), m.get(2 * i + 1)) {
        (Some(&a), Some(&b)) if a >= 0 => &s[a as usize..b as usize],
        _ => "",
    }
}

impl Goroutine {
    /// A `regexp` call; `None` for another package's.
    pub(super) fn regexp_lib(&self, f: Lib, v: &[Value]) -> Option<Result<Value, Stop>> {
        let Lib::Regexp(op) = f else {
            return None;
        };
        Some(self.regexp_op(op, v))
    }

    fn regexp_op(&self, op: ReOp, v: &[Value]) -> Result<Value, Stop> {
        let text = |i: usize| match v.get(i) {
            Some(Value::Str(s)) => s.clone(),
            _ => Arc::from(""),
        };
        let int = |i: usize| v.get(i).map_or(0, Value::as_int);
        if let Some(twin) = super::regexp_bytes::twin(op) {
            let input = super::codecs::bytes_of(v.get(1));
            let mut args = Vec::with_capacity(v.len());
            for (i, a) in v.iter().enumerate() {
                args.push(if super::regexp_bytes::is_text(op, i) {
                    Value::Str(utf8(super::codecs::bytes_of(Some(a)))?.into())
                } else {
                    a.clone()
                });
            }
            let got = self.regexp_op(twin, &args)?;
            return Ok(super::regexp_bytes::from_twin(op, got, &input));
        }
        match op {
            ReOp::QuoteMeta => return Ok(Value::Str(quote_meta(&text(0)).into())),
            ReOp::Compile | ReOp::MustCompile | ReOp::MatchPattern => {
                let pattern = text(0);
                return match (compile(&pattern), op) {
                    (Ok(_), ReOp::Compile) => {
                        Ok(slice(vec![Value::Str(pattern), Value::Chan(None)]))
                    }
                    (Ok(_), ReOp::MustCompile) => Ok(Value::Str(pattern)),
                    (Ok(re), _) => Ok(slice(vec![
                        Value::Bool(re.is_match(&text(1))),
                        Value::Chan(None),
                    ])),
                    (Err(None), _) => Err(Stop::Panic(refused(&pattern))),
                    (Err(Some(e)), ReOp::MustCompile) => Err(Stop::Panic(format!(
                        "panic: regexp: Compile({}): {e}",
                        quote_pattern(&pattern)
                    ))),
                    (Err(Some(e)), ReOp::Compile) => {
                        Ok(slice(vec![Value::Chan(None), syntax_error(e)]))
                    }
                    (Err(Some(e)), _) => Ok(slice(vec![Value::Bool(false), syntax_error(e)])),
                };
            }
            _ => {}
        }
        let pattern = match v.first() {
            Some(Value::Str(p)) => p.clone(),
            _ => return Err(Stop::Panic(NIL_POINTER.into())),
        };
        let re = compile(&pattern).map_err(|_| Stop::Panic(refused(&pattern)))?;
        let s = match v.get(1) {
            Some(Value::Str(s)) => s.to_string(),
            Some(b @ Value::Slice(_)) => String::from_utf8(super::codecs::bytes_of(Some(b)))
                .map_err(|_| {
                    Stop::Panic(
                        "syncscope does not run regexp on bytes that are not UTF-8 yet".into(),
                    )
                })?,
            _ => String::new(),
        };
        let first = || offsets(&re, &s, 0);
        Ok(match op {
            ReOp::MatchString | ReOp::Match => Value::Bool(re.is_match(&s)),
            ReOp::FindString => Value::Str(first().map_or("", |m| group(&s, &m, 0)).into()),
            ReOp::FindStringIndex => first().map_or_else(nil, |m| ints(&m[..2])),
            ReOp::FindStringSubmatch => first().map_or_else(nil, |m| {
                strs(
                    (0..m.len() / 2)
                        .map(|i| group(&s, &m, i).to_string())
                        .collect(),
                )
            }),
            ReOp::FindStringSubmatchIndex => first().map_or_else(nil, |m| ints(&m)),
            ReOp::FindAllString
            | ReOp::FindAllStringIndex
            | ReOp::FindAllStringSubmatch
            | ReOp::FindAllStringSubmatchIndex => {
                let found = all_matches(&re, &s, int(2));
                all_or_nil(
                    found
                        .iter()
                        .map(|m| match op {
                            ReOp::FindAllString => Value::Str(group(&s, m, 0).into()),
                            ReOp::FindAllStringIndex => ints(&m[..2]),
                            ReOp::FindAllStringSubmatch => strs(
                                (0..m.len() / 2)
                                    .map(|i| group(&s, m, i).to_string())
                                    .collect(),
                            ),
                            _ => ints(m),
                        })
                        .collect(),
                )
            }
            ReOp::ReplaceAllString | ReOp::ReplaceAllLiteralString => {
                let template = text(2);
                Value::Str(
                    replace_all(&re, &s, |out, m| {
                        if op == ReOp::ReplaceAllString {
                            expand(&re, out, &template, &s, m);
                        } else {
                            out.push_str(&template);
                        }
                        Ok(())
                    })?
                    .into(),
                )
            }
            ReOp::ReplaceAllStringFunc | ReOp::ReplaceAllFunc => {
                let Some(Value::Func(f)) = v.get(2) else {
                    return Err(Stop::Panic(super::nils::NIL_CALL.into()));
                };
                let byte_func = op == ReOp::ReplaceAllFunc;
                let mut out_bytes = Vec::new();
                let replaced = replace_all(&re, &s, |out, m| {
                    let part = group(&s, m, 0);
                    let arg = if byte_func {
                        bytes(part.as_bytes())
                    } else {
                        Value::Str(part.into())
                    };
                    let got = self.call(f.func, vec![arg], f.cells.clone())?;
                    if byte_func {
                        // What the function gives may not be UTF-8: kept as bytes.
                        out_bytes.extend(out.as_bytes());
                        out.clear();
                        out_bytes.extend(super::codecs::bytes_of(Some(&got)));
                    } else if let Value::Str(t) = got {
                        out.push_str(&t);
                    }
                    Ok(())
                })?;
                if byte_func {
                    out_bytes.extend(replaced.as_bytes());
                    bytes(&out_bytes)
                } else {
                    Value::Str(replaced.into())
                }
            }
            ReOp::Split => split(&re, &pattern, &s, int(2)),
            ReOp::SubexpNames => strs(
                re.capture_names()
                    .map(|n| n.unwrap_or("").to_string())
                    .collect(),
            ),
            ReOp::NumSubexp => Value::Int(re.captures_len() as i64 - 1),
            ReOp::SubexpIndex => {
                let name = text(1);
                let found = re
                    .capture_names()
                    .position(|n| !name.is_empty() && n == Some(&*name));
                Value::Int(found.map_or(-1, |i| i as i64))
            }
            _ => Value::Unit,
        })
    }
}

/// Bytes as text, or the run's end: Go's regexp reads any bytes, syncscope's text is UTF-8.
fn utf8(b: Vec<u8>) -> Result<String, Stop> {
    String::from_utf8(b).map_err(|_| {
        Stop::Panic("syncscope does not run regexp on bytes that are not UTF-8 yet".into())
    })
}

/// Go's `Split`.
fn split(re: &Regex, pattern: &str, s: &str, n: i64) -> Value {
    if n == 0 {
        return nil();
    }
    if !pattern.is_empty() && s.is_empty() {
        return strs(vec![String::new()]);
    }
    let mut parts = Vec::new();
    let (mut beg, mut end) = (0usize, 0usize);
    for m in all_matches(re, s, n) {
        if n > 0 && parts.len() as i64 == n - 1 {
            break;
        }
        end = m[0] as usize;
        if m[1] != 0 {
            parts.push(s[beg..end].to_string());
        }
        beg = m[1] as usize;
    }
    if end != s.len() {
        parts.push(s[beg..].to_string());
    }
    strs(parts)
}

/// Go's `QuoteMeta`: each of `\.+*?()|[]{}^$` escaped.
fn quote_meta(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if r"\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A compile error as Go's `*syntax.Error`.
fn syntax_error(text: String) -> Value {
    super::iface::typed_error(text, "*syntax.Error")
}

fn refused(pattern: &str) -> String {
    format!(
        "syncscope does not run regexp {} yet: Go's error for it is not known here",
        quote_pattern(pattern)
    )
}

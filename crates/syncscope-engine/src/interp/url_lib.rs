//! `Lib::Url`: `net/url`'s calls on the run's values. A `*url.URL` and a `*url.Userinfo` are
//! structs of Go's fields (the front end declares them), read into a `Url` for each method
//! and written back by `url.Parse`; a `url.Values` is a map of string slices.

use super::Goroutine;
use super::iface::typed_error;
use super::objects::MapKey;
use super::slices::SliceVal;
use super::url_escape::{Part, Unescape, escape, unescape};
use super::url_parse::{Failed, Url, parse, parse_request_uri};
use super::url_resolve::{UserOf as UrlFrom, join_path, resolve};
use super::value::Value;
use crate::sched::Stop;
use std::collections::BTreeMap;
use syncscope_program::urls::UrlOp;

const NIL_POINTER: &str = "panic: runtime error: invalid memory address or nil pointer dereference";

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    }
}

fn str_value(s: String) -> Value {
    Value::Str(s.into())
}

fn tuple(items: Vec<Value>) -> Value {
    Value::Slice(SliceVal::new(items))
}

fn nil() -> Value {
    Value::Chan(None)
}

fn not_run(what: &str) -> Stop {
    Stop::Panic(format!("syncscope does not run {what} yet"))
}

/// An unescaping's result and error as Go gives them (`url.EscapeError`).
fn unescaped(s: &str, part: Part) -> Result<Value, Stop> {
    Ok(match unescape(s, part) {
        Ok(t) => tuple(vec![str_value(t), nil()]),
        Err(Unescape::Go(e)) => tuple(vec![
            str_value(String::new()),
            typed_error(e, "url.EscapeError"),
        ]),
        Err(Unescape::NotText) => return Err(not_run("unescaping to bytes that are not UTF-8")),
    })
}

/// The user info a `*url.Userinfo` holds, `None` for nil.
fn user_of(v: &Value) -> Option<(String, String, bool)> {
    let Value::Ptr(o) = v else {
        return None;
    };
    let f = o.fields();
    let s = |i: usize| text(f.get(i));
    Some((s(0), s(1), f.get(2).is_some_and(Value::truthy)))
}

fn url_of(v: &Value) -> Result<Url, Stop> {
    let Value::Ptr(o) = v else {
        return Err(Stop::Panic(NIL_POINTER.into()));
    };
    let f = o.fields();
    let s = |i: usize| text(f.get(i));
    let b = |i: usize| f.get(i).is_some_and(Value::truthy);
    Ok(Url {
        scheme: s(0),
        opaque: s(1),
        user: f.get(2).and_then(user_of),
        host: s(3),
        path: s(4),
        fragment: s(5),
        raw_query: s(6),
        raw_path: s(7),
        raw_fragment: s(8),
        force_query: b(9),
        omit_host: b(10),
    })
}

/// Fills the new `*url.Userinfo` `made` with a name and password.
fn fill_user(made: &Value, (name, password, set): (String, String, bool)) -> Value {
    if let Value::Ptr(o) = made {
        *o.fields() = vec![str_value(name), str_value(password), Value::Bool(set)];
    }
    made.clone()
}

/// Fills the new `*url.URL` `made`, its user info into the new `*url.Userinfo` `user`.
fn fill_url(made: &Value, user: &Value, u: Url) -> Value {
    let user = match u.user.clone() {
        Some(info) => fill_user(user, info),
        None => nil(),
    };
    fill_url_sharing(made, user, u)
}

/// Fills the new `*url.URL` `made`, its `User` the pointer given.
fn fill_url_sharing(made: &Value, user: Value, u: Url) -> Value {
    let Value::Ptr(o) = made else {
        return nil();
    };
    let s = str_value;
    *o.fields() = vec![
        s(u.scheme),
        s(u.opaque),
        user,
        s(u.host),
        s(u.path),
        s(u.fragment),
        s(u.raw_query),
        s(u.raw_path),
        s(u.raw_fragment),
        Value::Bool(u.force_query),
        Value::Bool(u.omit_host),
    ];
    made.clone()
}

/// Go's `parseQuery` into the new map `made`: the pairs it could read, and the first error.
fn fill_query(made: &Value, query: &str) -> Result<(Value, Value), Stop> {
    let Value::Map(m) = made else {
        return Ok((Value::Unit, nil()));
    };
    let mut err = None;
    let mut entries: BTreeMap<MapKey, Vec<Value>> = BTreeMap::new();
    for pair in query.split('&') {
        if pair.contains(';') {
            err = Some(typed_error(
                "invalid semicolon separator in query".into(),
                "*errors.errorString",
            ));
            continue;
        }
        if pair.is_empty() {
            continue;
        }
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let read = unescape(key, Part::QueryComponent)
            .and_then(|k| unescape(value, Part::QueryComponent).map(|v| (k, v)));
        match read {
            Ok((k, v)) => entries
                .entry(MapKey::Str(k.into()))
                .or_default()
                .push(str_value(v)),
            Err(Unescape::Go(e)) => {
                err = err.or(Some(typed_error(e, "url.EscapeError")));
            }
            Err(Unescape::NotText) => {
                return Err(not_run(
                    "a query whose escapes make bytes that are not UTF-8",
                ));
            }
        }
    }
    *m.entries() = entries
        .into_iter()
        .map(|(k, vs)| (k, Value::Slice(SliceVal::new(vs))))
        .collect();
    Ok((made.clone(), err.unwrap_or_else(nil)))
}

/// `v.Encode()`: by sorted key, each value `key=value`, both query-escaped.
fn encode(v: &Value) -> String {
    let Value::Map(m) = v else {
        return String::new();
    };
    let mut parts = Vec::new();
    for (k, vs) in m.entries().iter() {
        let key = escape(&text(Some(&k.value())), Part::QueryComponent);
        if let Value::Slice(vs) = vs {
            for item in vs.items() {
                parts.push(format!(
                    "{key}={}",
                    escape(&text(Some(&item)), Part::QueryComponent)
                ));
            }
        }
    }
    parts.join("&")
}

const NOT_TEXT: &str = "joining paths whose escapes make bytes that are not UTF-8";

fn arg_or_unit(v: &[Value], i: usize) -> &Value {
    v.get(i).unwrap_or(&Value::Unit)
}

/// Field `i` of the struct a pointer points to (nil for a nil pointer).
fn field(p: &Value, i: usize) -> Value {
    match p {
        Value::Ptr(o) => o.field(i),
        _ => nil(),
    }
}

/// The strings of a `[]string`.
fn texts(v: &Value) -> Vec<String> {
    match v {
        Value::Slice(s) => s.items().iter().map(|i| text(Some(i))).collect(),
        _ => Vec::new(),
    }
}

/// The `User` pointer a resolved URL shares: the base's, the reference's, or none.
fn user_field(base: &Value, reference: &Value, from: UrlFrom) -> Value {
    match from {
        UrlFrom::Base => field(base, 2),
        UrlFrom::Ref => field(reference, 2),
        UrlFrom::Nobody => nil(),
    }
}

/// Go's `*url.Error` of a failed parse.
fn parse_error((failed, at): (Failed, String)) -> Result<Value, Stop> {
    match failed {
        Failed::Go(why) => {
            let quoted = super::strconv::quote(&at);
            Ok(typed_error(format!("parse {quoted}: {why}"), "*url.Error"))
        }
        Failed::NotRun(what) => Err(not_run(what)),
    }
}

impl Goroutine {
    pub(super) fn url_lib(&self, op: UrlOp, v: &[Value]) -> Result<Value, Stop> {
        let arg = |i: usize| text(v.get(i));
        let first = v.first().unwrap_or(&Value::Unit);
        let second = v.get(1).unwrap_or(&Value::Unit);
        Ok(match op {
            UrlOp::ParseRequestUri => match parse_request_uri(&arg(0)) {
                Ok(u) => tuple(vec![fill_url(second, arg_or_unit(v, 2), u), nil()]),
                Err(e) => tuple(vec![nil(), parse_error(e)?]),
            },
            UrlOp::Parse => match parse(&arg(0)) {
                Ok(u) => tuple(vec![fill_url(second, arg_or_unit(v, 2), u), nil()]),
                Err(e) => tuple(vec![nil(), parse_error(e)?]),
            },
            UrlOp::ResolveReference => {
                let (u, from) = resolve(&url_of(first)?, &url_of(second)?);
                fill_url_sharing(arg_or_unit(v, 2), user_field(first, second, from), u)
            }
            UrlOp::ParseRef => {
                let base = url_of(first)?;
                match parse(&arg(1)) {
                    Ok(r) => {
                        let (u, from) = resolve(&base, &r);
                        let user = match (from, r.user) {
                            (UrlFrom::Ref, Some(info)) => fill_user(arg_or_unit(v, 3), info),
                            _ => user_field(first, second, from),
                        };
                        tuple(vec![fill_url_sharing(arg_or_unit(v, 2), user, u), nil()])
                    }
                    Err(e) => tuple(vec![nil(), parse_error(e)?]),
                }
            }
            UrlOp::JoinPath => {
                let u = url_of(first)?;
                let user = field(first, 2);
                match join_path(&u, &texts(second)) {
                    Ok(joined) => fill_url_sharing(arg_or_unit(v, 2), user, joined),
                    // Go's `JoinPath` gives a copy of `u` when the joined path's escapes are bad.
                    Err(Unescape::Go(_)) => fill_url_sharing(arg_or_unit(v, 2), user, u),
                    Err(Unescape::NotText) => return Err(not_run(NOT_TEXT)),
                }
            }
            UrlOp::JoinPathText => {
                let empty = || str_value(String::new());
                match parse(&arg(0)) {
                    Err(e) => tuple(vec![empty(), parse_error(e)?]),
                    Ok(u) => match join_path(&u, &texts(second)) {
                        Ok(joined) => tuple(vec![str_value(joined.text(false)), nil()]),
                        Err(Unescape::Go(e)) => {
                            tuple(vec![empty(), typed_error(e, "url.EscapeError")])
                        }
                        Err(Unescape::NotText) => return Err(not_run(NOT_TEXT)),
                    },
                }
            }
            UrlOp::String => str_value(url_of(first)?.text(false)),
            UrlOp::Redacted => match first {
                Value::Ptr(_) => str_value(url_of(first)?.text(true)),
                _ => str_value(String::new()),
            },
            // Go's `Query` drops the errors.
            UrlOp::Query => fill_query(second, &url_of(first)?.raw_query)?.0,
            UrlOp::Hostname => str_value(url_of(first)?.host_and_port().0),
            UrlOp::Port => str_value(url_of(first)?.host_and_port().1),
            UrlOp::IsAbs => Value::Bool(!url_of(first)?.scheme.is_empty()),
            UrlOp::EscapedPath => str_value(url_of(first)?.escaped_path()),
            UrlOp::EscapedFragment => str_value(url_of(first)?.escaped_fragment()),
            UrlOp::RequestUri => str_value(url_of(first)?.request_uri()),
            UrlOp::User => fill_user(second, (arg(0), String::new(), false)),
            UrlOp::UserPassword => {
                fill_user(v.get(2).unwrap_or(&Value::Unit), (arg(0), arg(1), true))
            }
            UrlOp::Username => str_value(user_of(first).unwrap_or_default().0),
            UrlOp::Password => {
                let (_, password, set) = user_of(first).unwrap_or_default();
                tuple(vec![str_value(password), Value::Bool(set)])
            }
            UrlOp::UserString => {
                str_value(user_of(first).map_or_else(String::new, |(n, p, set)| {
                    super::url_parse::user_text(&n, &p, set)
                }))
            }
            UrlOp::ParseQuery => {
                let (m, err) = fill_query(second, &arg(0))?;
                tuple(vec![m, err])
            }
            UrlOp::QueryEscape => str_value(escape(&arg(0), Part::QueryComponent)),
            UrlOp::PathEscape => str_value(escape(&arg(0), Part::PathSegment)),
            UrlOp::QueryUnescape => unescaped(&arg(0), Part::QueryComponent)?,
            UrlOp::PathUnescape => unescaped(&arg(0), Part::PathSegment)?,
            UrlOp::First => match first {
                Value::Slice(s) => s
                    .items()
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| str_value(String::new())),
                _ => str_value(String::new()),
            },
            UrlOp::Encode => {
                if let Value::Map(m) = first {
                    self.map_read(m)?;
                }
                str_value(encode(first))
            }
            UrlOp::SplitHostPort => match super::host_port::split(&arg(0)) {
                Ok((h, p)) => tuple(vec![str_value(h), str_value(p), nil()]),
                Err(e) => {
                    let empty = || str_value(String::new());
                    tuple(vec![empty(), empty(), typed_error(e, "*net.AddrError")])
                }
            },
            UrlOp::JoinHostPort => str_value(super::host_port::join(&arg(0), &arg(1))),
        })
    }
}

//! The run's values of `net/url`'s types, read and filled: a `*url.URL` and a `*url.Userinfo`
//! are structs of Go's fields (the front end declares them), read into a `Url` for each method
//! and filled by the calls that make one; a `url.Values` is a map of string slices.

use super::iface::typed_error;
use super::objects::MapKey;
use super::pointers::NIL_POINTER;
use super::slices::SliceVal;
use super::url_escape::{Part, Unescape, escape, unescape};
use super::url_parse::{Failed, Url};
use super::url_resolve::UserOf as UrlFrom;
use super::value::Value;
use crate::sched::Stop;
use std::collections::BTreeMap;

pub(super) fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    }
}

pub(super) fn str_value(s: String) -> Value {
    Value::Str(s.into())
}

pub(super) fn tuple(items: Vec<Value>) -> Value {
    Value::Slice(SliceVal::new(items))
}

pub(super) fn nil() -> Value {
    Value::Chan(None)
}

pub(super) fn not_run(what: &str) -> Stop {
    Stop::Panic(format!("syncscope does not run {what} yet"))
}

/// An unescaping's result and error as Go gives them (`url.EscapeError`).
pub(super) fn unescaped(s: &str, part: Part) -> Result<Value, Stop> {
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
pub(super) fn user_of(v: &Value) -> Option<(String, String, bool)> {
    let Value::Ptr(o) = v else {
        return None;
    };
    let f = o.fields();
    let s = |i: usize| text(f.get(i));
    Some((s(0), s(1), f.get(2).is_some_and(Value::truthy)))
}

pub(super) fn url_of(v: &Value) -> Result<Url, Stop> {
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
pub(super) fn fill_user(made: &Value, (name, password, set): (String, String, bool)) -> Value {
    if let Value::Ptr(o) = made {
        *o.fields() = vec![str_value(name), str_value(password), Value::Bool(set)];
    }
    made.clone()
}

/// Fills the new `*url.URL` `made`, its user info into the new `*url.Userinfo` `user`.
pub(super) fn fill_url(made: &Value, user: &Value, u: Url) -> Value {
    let user = match u.user.clone() {
        Some(info) => fill_user(user, info),
        None => nil(),
    };
    fill_url_sharing(made, user, u)
}

/// Fills the new `*url.URL` `made`, its `User` the pointer given.
pub(super) fn fill_url_sharing(made: &Value, user: Value, u: Url) -> Value {
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
pub(super) fn fill_query(made: &Value, query: &str) -> Result<(Value, Value), Stop> {
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
pub(super) fn encode(v: &Value) -> String {
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

pub(super) const NOT_TEXT: &str = "joining paths whose escapes make bytes that are not UTF-8";

pub(super) fn arg_or_unit(v: &[Value], i: usize) -> &Value {
    v.get(i).unwrap_or(&Value::Unit)
}

/// Field `i` of the struct a pointer points to (nil for a nil pointer).
pub(super) fn field(p: &Value, i: usize) -> Value {
    match p {
        Value::Ptr(o) => o.field(i),
        _ => nil(),
    }
}

/// The strings of a `[]string`.
pub(super) fn texts(v: &Value) -> Vec<String> {
    match v {
        Value::Slice(s) => s.items().iter().map(|i| text(Some(i))).collect(),
        _ => Vec::new(),
    }
}

/// The `User` pointer a resolved URL shares: the base's, the reference's, or none.
pub(super) fn user_field(base: &Value, reference: &Value, from: UrlFrom) -> Value {
    match from {
        UrlFrom::Base => field(base, 2),
        UrlFrom::Ref => field(reference, 2),
        UrlFrom::Nobody => nil(),
    }
}

/// Go's `*url.Error` of a failed parse.
pub(super) fn parse_error((failed, at): (Failed, String)) -> Result<Value, Stop> {
    match failed {
        Failed::Go(why) => {
            let quoted = super::strconv::quote(&at);
            Ok(typed_error(format!("parse {quoted}: {why}"), "*url.Error"))
        }
        Failed::NotRun(what) => Err(not_run(what)),
    }
}

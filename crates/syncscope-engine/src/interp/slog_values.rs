//! The values of `log/slog`'s attributes sorted by kind, as Go's `Value` sorts them (a raw
//! value by what it holds, an interface value by its type's name), and `Value.String()`.

use super::Goroutine;
use super::slog::{Attr, SlogVal};
use super::time_methods::{Wall, format, wall, wall_at};
use super::value::Value;
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::slog::level_name;

/// A value as slog sorts it by kind.
pub(super) enum Shown {
    Str(String),
    Num(String),
    Float(f64),
    Duration(i64),
    Time(Wall),
    Level(i64),
    Group(Arc<[Attr]>),
    /// A `[]byte`, which the text handler quotes as text.
    Bytes(Vec<u8>),
    Nil,
    /// Anything else, printed by `fmt`.
    Any(Value),
}

/// What kind `v` is: raw values by what they hold, interface values by their type's name
/// (a declared type of an `int` is `KindAny`, as Go's `AnyValue` makes it).
pub(super) fn shown(v: &Value) -> Shown {
    match v {
        Value::Str(s) => Shown::Str(s.to_string()),
        v if v.is_int() => Shown::Num(v.as_wide().to_string()),
        Value::Bool(b) => Shown::Num(b.to_string()),
        Value::F64(x) => Shown::Float(*x),
        Value::F32(x) => Shown::Float(f64::from(*x)),
        Value::Duration(d) => Shown::Duration(*d),
        Value::Time(ns) => Shown::Time(wall(*ns)),
        Value::Wall(w) => {
            let (unix, nanos) = w.unix();
            Shown::Time(wall_at(unix, nanos))
        }
        Value::Slog(SlogVal::Level(l)) => Shown::Level(*l),
        Value::Slog(SlogVal::Group(attrs)) => Shown::Group(attrs.clone()),
        Value::Iface(None) => Shown::Nil,
        Value::Iface(Some(b)) => match &*b.name {
            "string" | "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint8"
            | "uint16" | "uint32" | "uint64" | "bool" | "float32" | "float64" | "time.Duration"
            | "time.Time" | "slog.Value" => shown(&b.val),
            "slog.Level" => Shown::Level(b.val.as_int()),
            "[]uint8" | "[]byte" => match &b.val {
                Value::Slice(s) => {
                    Shown::Bytes(s.items().iter().map(|x| x.as_int() as u8).collect())
                }
                _ => Shown::Any(v.clone()),
            },
            _ => Shown::Any(v.clone()),
        },
        other => Shown::Any(other.clone()),
    }
}

/// `slog.Value.String()` of `v`.
pub(super) fn value_text(g: &Goroutine, v: &Value) -> Result<String, Stop> {
    Ok(match shown(v) {
        Shown::Str(s) | Shown::Num(s) => s,
        Shown::Float(x) => super::format::value(&Value::F64(x)),
        Shown::Duration(d) => super::format::duration(d),
        Shown::Time(w) => format(&w, "2006-01-02 15:04:05.999999999 -0700 MST"),
        Shown::Level(l) => level_name(l),
        Shown::Group(attrs) => {
            let mut parts = Vec::new();
            for a in attrs.iter() {
                parts.push(format!("{}={}", a.key, value_text(g, &a.value)?));
            }
            format!("[{}]", parts.join(" "))
        }
        Shown::Nil => "<nil>".into(),
        Shown::Bytes(_) => g.printed("%v", v.clone())?,
        Shown::Any(v) => g.printed("%v", v)?,
    })
}

impl Goroutine {
    /// `fmt.Sprintf(verb, v)`, with the `Error()` or `String()` fmt would call.
    pub(super) fn printed(&self, verb: &str, v: Value) -> Result<String, Stop> {
        let values = self.shown(vec![Value::Str(verb.into()), v])?;
        Ok(super::printf(&values, &self.shared.program.types))
    }
}

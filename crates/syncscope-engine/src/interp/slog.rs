//! `log/slog`: loggers and their handlers (the default one through `log`'s logger, the text
//! and JSON ones on a stream) as Go 1.26's `commonHandler` builds them: attributes given to
//! `With` written once and kept, groups opened lazily, `ReplaceAttr` called back for each
//! attribute. A line is one write, so lines from several goroutines never mix.

use super::slices::SliceVal;
use super::value::{Closure, Value};
use super::{Goroutine, objects::Obj};
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::slog::{LEVEL_INFO, SlogOp};

/// Which of slog's handlers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// The default logger's, writing through `log`'s own logger.
    Default,
    Text,
    Json,
}

/// A handler, and the logger on it (a `*slog.Logger` is its handler).
#[derive(Debug, Clone)]
pub(crate) struct Handler {
    pub(super) kind: Kind,
    /// The stream (`STDOUT`, `STDERR` or a file's).
    pub(super) out: i64,
    /// The least level it writes.
    pub(super) level: i64,
    pub(super) replace: Option<Arc<Closure>>,
    /// What `With` gave, already written.
    pub(super) preformatted: String,
    /// The text handler's key prefix of the groups the preformatted attributes opened.
    pub(super) group_prefix: String,
    pub(super) groups: Vec<String>,
    /// How many of `groups` the preformatted attributes opened.
    pub(super) open_groups: usize,
}

impl Handler {
    fn new(kind: Kind, out: i64, level: i64, replace: Option<Arc<Closure>>) -> Handler {
        Handler {
            kind,
            out,
            level,
            replace,
            preformatted: String::new(),
            group_prefix: String::new(),
            groups: Vec::new(),
            open_groups: 0,
        }
    }

    /// The handler `slog.Default()` starts with.
    pub(crate) fn default_handler() -> Arc<Handler> {
        Arc::new(Handler::new(Kind::Default, 0, LEVEL_INFO, None))
    }
}

/// One attribute: its key and value (an interface value boxed for `any`, or the raw value a
/// constructor like `slog.Int` took).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Attr {
    pub(super) key: String,
    pub(super) value: Value,
}

impl Attr {
    pub(super) fn new(key: impl Into<String>, value: Value) -> Attr {
        Attr {
            key: key.into(),
            value,
        }
    }

    /// The program's `slog.Attr` struct of it.
    pub(super) fn to_struct(&self) -> Value {
        let fields = vec![Value::Str(self.key.as_str().into()), self.value.clone()];
        Value::Struct(Obj::new(fields, Arc::from([u16::MAX; 2])))
    }

    /// The attribute a `slog.Attr` struct holds.
    pub(super) fn of_struct(v: &Value) -> Option<Attr> {
        let obj = match v {
            Value::Struct(o) => o,
            Value::Iface(Some(b)) if &*b.name == "slog.Attr" => return Attr::of_struct(&b.val),
            _ => return None,
        };
        let key = match obj.field(0) {
            Value::Str(s) => s.to_string(),
            _ => String::new(),
        };
        Some(Attr::new(key, obj.field(1)))
    }

    /// Go's `isEmpty`: the zero `Attr{}`, which handlers leave out.
    pub(super) fn is_empty(&self) -> bool {
        self.key.is_empty() && matches!(self.value, Value::Iface(None))
    }

    pub(super) fn group(&self) -> Option<&[Attr]> {
        match &self.value {
            Value::Slog(SlogVal::Group(attrs)) => Some(attrs),
            _ => None,
        }
    }

    fn is_empty_group(&self) -> bool {
        self.group().is_some_and(<[Attr]>::is_empty)
    }
}

/// The values of `log/slog` a program holds.
#[derive(Debug, Clone)]
pub(crate) enum SlogVal {
    /// A `*slog.Logger`, or the handler it is made from.
    Logger(Arc<Handler>),
    /// A `slog.Level` where an `any` is wanted: shown by its name.
    Level(i64),
    /// A group's value: its attributes.
    Group(Arc<[Attr]>),
}

impl PartialEq for SlogVal {
    fn eq(&self, other: &SlogVal) -> bool {
        match (self, other) {
            (SlogVal::Logger(a), SlogVal::Logger(b)) => Arc::ptr_eq(a, b),
            (SlogVal::Level(a), SlogVal::Level(b)) => a == b,
            (SlogVal::Group(a), SlogVal::Group(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Whether `v` is a string where slog reads a key.
fn key_of(v: &Value) -> Option<&str> {
    match v {
        Value::Str(s) => Some(s),
        Value::Iface(Some(b)) if &*b.name == "string" => key_of(&b.val),
        _ => None,
    }
}

/// Go's `argsToAttr` over all of `args`: a string and the value after it, an `Attr`, or
/// `!BADKEY` and a value without a key; empty groups dropped, as `Record.Add` drops them.
pub(super) fn attrs_of(args: &[Value]) -> Vec<Attr> {
    let mut out = Vec::new();
    let mut rest = args;
    while let Some((first, more)) = rest.split_first() {
        let attr = if let Some(key) = key_of(first) {
            match more.split_first() {
                Some((value, after)) => {
                    rest = after;
                    Attr::new(key, value.clone())
                }
                None => {
                    rest = more;
                    Attr::new("!BADKEY", first.clone())
                }
            }
        } else {
            rest = more;
            Attr::of_struct(first).unwrap_or_else(|| Attr::new("!BADKEY", first.clone()))
        };
        if !attr.is_empty_group() {
            out.push(attr);
        }
    }
    out
}

fn handler_of(v: Option<&Value>) -> Option<Arc<Handler>> {
    match v {
        Some(Value::Slog(SlogVal::Logger(h))) => Some(h.clone()),
        _ => None,
    }
}

/// The `...any` arguments a call packed into a slice.
fn rest_of(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Slice(s)) => s.items(),
        _ => Vec::new(),
    }
}

impl Goroutine {
    /// The run's default logger's handler.
    pub(super) fn slog_default(&self) -> Arc<Handler> {
        let mut d = self
            .shared
            .slog_default
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        d.get_or_insert_with(Handler::default_handler).clone()
    }

    pub(super) fn slog_lib(&self, op: SlogOp, v: &[Value]) -> Result<Value, Stop> {
        let logger = |h: Handler| Value::Slog(SlogVal::Logger(Arc::new(h)));
        let nil = || {
            Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            )
        };
        Ok(match op {
            SlogOp::Default => Value::Slog(SlogVal::Logger(self.slog_default())),
            SlogOp::SetDefault => {
                let h = handler_of(v.first()).ok_or_else(nil)?;
                self.slog_set_default(h);
                Value::Unit
            }
            SlogOp::New => Value::Slog(SlogVal::Logger(handler_of(v.first()).ok_or_else(nil)?)),
            SlogOp::NewHandler { json } => {
                let kind = if json { Kind::Json } else { Kind::Text };
                let out = v.first().map_or(0, Value::as_int);
                let level = v.get(1).map_or(LEVEL_INFO, Value::as_int);
                let replace = match v.get(2) {
                    Some(Value::Func(f)) => Some(f.clone()),
                    _ => None,
                };
                logger(Handler::new(kind, out, level, replace))
            }
            SlogOp::Log { level } => {
                let h = handler_of(v.first()).ok_or_else(nil)?;
                let line = v.get(2).map_or(0, Value::as_int);
                let msg = v.get(3).and_then(key_of).unwrap_or("").to_string();
                let attrs = attrs_of(&rest_of(v.get(4)));
                let file = v.get(1).and_then(key_of).unwrap_or("").to_string();
                self.slog_handle(&h, level, &msg, &attrs, (&file, line))?;
                Value::Unit
            }
            SlogOp::With => {
                let h = handler_of(v.first()).ok_or_else(nil)?;
                let attrs = attrs_of(&rest_of(v.get(1)));
                if attrs.is_empty() {
                    return Ok(Value::Slog(SlogVal::Logger(h)));
                }
                Value::Slog(SlogVal::Logger(self.with_attrs(&h, &attrs)?))
            }
            SlogOp::WithGroup => {
                let h = handler_of(v.first()).ok_or_else(nil)?;
                let name = v.get(1).and_then(key_of).unwrap_or("");
                if name.is_empty() {
                    return Ok(Value::Slog(SlogVal::Logger(h)));
                }
                let mut h2 = (*h).clone();
                h2.groups.push(name.to_string());
                logger(h2)
            }
            SlogOp::Attr => {
                let key = v.first().and_then(key_of).unwrap_or("");
                Attr::new(key, v.get(1).cloned().unwrap_or(Value::Iface(None))).to_struct()
            }
            SlogOp::Group => {
                let key = v.first().and_then(key_of).unwrap_or("");
                let attrs = attrs_of(&rest_of(v.get(1)));
                Attr::new(key, Value::Slog(SlogVal::Group(attrs.into()))).to_struct()
            }
            SlogOp::LevelString => {
                let level = v.first().map_or(0, Value::as_int);
                Value::Str(syncscope_program::slog::level_name(level).into())
            }
            SlogOp::ValueString => {
                let value = v.first().cloned().unwrap_or(Value::Iface(None));
                Value::Str(self.slog_value_string(value)?.into())
            }
        })
    }

    /// `slog.SetDefault(l)`: `l` the default, and unless it is on the default handler,
    /// `log`'s lines go to its handler at `INFO` with no header of their own.
    fn slog_set_default(&self, h: Arc<Handler>) {
        let through_log = h.kind != Kind::Default;
        *self
            .shared
            .slog_default
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(h.clone());
        if through_log {
            self.shared.std_log.to_slog(h);
        }
    }

    /// A `ReplaceAttr` call: the groups (`None`: nil) and the attribute, and what it gives.
    pub(super) fn replaced(
        &self,
        f: &Closure,
        groups: Option<&[String]>,
        a: &Attr,
    ) -> Result<Attr, Stop> {
        let groups = match groups {
            Some(gs) => SliceVal::new(gs.iter().map(|g| Value::Str(g.as_str().into())).collect()),
            None => SliceVal::nil(),
        };
        let got = self.call(
            f.func,
            vec![Value::Slice(groups), a.to_struct()],
            f.cells.clone(),
        )?;
        Ok(Attr::of_struct(&got).unwrap_or_else(|| Attr::new("", Value::Iface(None))))
    }

    /// `slog.Value.String()`: a string as it is, other kinds as their text.
    fn slog_value_string(&self, v: Value) -> Result<String, Stop> {
        super::slog_values::value_text(self, &v)
    }
}

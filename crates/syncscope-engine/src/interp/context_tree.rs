//! The tree of contexts Go's `context.go` keeps: each context's kind, its parent, and a
//! cancel context's state (its `Done` channel, its error and cause, its children), with the
//! walks up the tree that `Err`, `Value` and `Deadline` make.

use super::iface::iface_eq;
use super::value::{Closure, Value};
use crate::sched::Stop;
use crate::sync::channel::ChanId;
use std::collections::HashMap;
use std::sync::atomic::AtomicU32;
use std::sync::{Arc, Mutex, OnceLock};

/// What the run's contexts share: how many `Done` channels each context's name has had so
/// far (to number the next), and Go's two errors, each one value that `errors.Is` finds.
#[derive(Debug, Default)]
pub(crate) struct Contexts {
    /// Cancel contexts made so far: the next one's number.
    pub(super) made: AtomicU32,
    pub(super) channels: Mutex<HashMap<Arc<str>, u32>>,
    pub(super) canceled: OnceLock<Value>,
    pub(super) deadline_exceeded: OnceLock<Value>,
}

#[derive(Debug)]
pub(crate) struct Ctx {
    pub(super) parent: Option<CtxRef>,
    pub(super) kind: Kind,
    /// A cancel context's number and name in the views (its variable's), and when it was
    /// made.
    pub(super) id: u32,
    pub(super) name: Arc<str>,
    pub(super) made_us: u64,
    pub(super) state: Mutex<State>,
}

#[derive(Debug)]
pub(super) enum Kind {
    /// `Background()` or `TODO()` (`true`).
    Root(bool),
    Cancel,
    /// A cancel context with a deadline (virtual nanoseconds) and the cause it is cancelled
    /// with when the deadline passes.
    Deadline(i64, Option<Value>),
    Value(Value, Value),
    WithoutCancel,
}

#[derive(Debug, Default)]
pub(super) struct State {
    pub(super) done: Option<ChanId>,
    /// `Err()` once cancelled, and the cause.
    pub(super) err: Option<(Value, Value)>,
    pub(super) children: Vec<CtxRef>,
    /// `AfterFunc`'s function, until its cancel starts it or its stop takes it back.
    pub(super) after: Option<Arc<Closure>>,
}

#[derive(Debug, Clone)]
pub(crate) struct CtxRef(pub(super) Arc<Ctx>);

/// A context is a pointer: equal only to itself.
impl PartialEq for CtxRef {
    fn eq(&self, other: &CtxRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

pub(super) const NIL: Value = Value::Chan(None);

/// How a context came to be cancelled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum How {
    /// Its cancel function was called.
    ByHand,
    /// Its deadline passed.
    Deadline,
    /// With its parent.
    Parent,
}

impl CtxRef {
    pub(super) fn new(parent: Option<CtxRef>, kind: Kind) -> CtxRef {
        CtxRef::named(parent, kind, (0, "ctx".into()), 0)
    }

    pub(super) fn named(
        parent: Option<CtxRef>,
        kind: Kind,
        name: (u32, Arc<str>),
        made_us: u64,
    ) -> CtxRef {
        let (id, name) = name;
        CtxRef(Arc::new(Ctx {
            parent,
            kind,
            id,
            name,
            made_us,
            state: Mutex::new(State::default()),
        }))
    }

    pub(super) fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn cancels(&self) -> bool {
        matches!(self.0.kind, Kind::Cancel | Kind::Deadline(..))
    }

    /// The nearest cancel context this one is or is under, as Go's `parentCancelCtx`
    /// finds it: a `WithoutCancel` or a root ends the search.
    pub(super) fn cancel_ctx(&self) -> Option<CtxRef> {
        match &self.0.kind {
            Kind::Cancel | Kind::Deadline(..) => Some(self.clone()),
            Kind::Value(..) => self.0.parent.as_ref()?.cancel_ctx(),
            Kind::Root(_) | Kind::WithoutCancel => None,
        }
    }

    pub(super) fn deadline(&self) -> Option<i64> {
        match &self.0.kind {
            Kind::Deadline(at, _) => Some(*at),
            Kind::Root(_) | Kind::WithoutCancel => None,
            Kind::Cancel | Kind::Value(..) => self.0.parent.as_ref()?.deadline(),
        }
    }

    /// What `Err()` and `context.Cause` give: the error and the cause, nil if not cancelled.
    pub(super) fn err(&self) -> (Value, Value) {
        match self.cancel_ctx() {
            Some(c) => c.state().err.clone().unwrap_or((NIL, NIL)),
            None => (NIL, NIL),
        }
    }

    pub(super) fn value(&self, key: &Value) -> Value {
        match &self.0.kind {
            Kind::Value(k, v) if same_key(k, key) => v.clone(),
            Kind::Root(_) => NIL,
            _ => self.0.parent.as_ref().map_or(NIL, |p| p.value(key)),
        }
    }

    /// What `%v` prints of it, as Go's `String` methods say it.
    pub(crate) fn name(&self) -> String {
        let parent = || self.0.parent.as_ref().map_or(String::new(), CtxRef::name);
        match &self.0.kind {
            Kind::Root(false) => "context.Background".into(),
            Kind::Root(true) => "context.TODO".into(),
            Kind::Cancel => format!("{}.WithCancel", parent()),
            Kind::Deadline(..) => format!("{}.WithDeadline", parent()),
            Kind::Value(..) => format!("{}.WithValue", parent()),
            Kind::WithoutCancel => format!("{}.WithoutCancel", parent()),
        }
    }
}

pub(super) fn same_key(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => iface_eq(x, y),
        _ => a == b,
    }
}

pub(super) fn ctx_of(v: Option<&Value>) -> Result<CtxRef, Stop> {
    match v {
        Some(Value::Context(c)) => Ok(c.clone()),
        _ => Err(Stop::Panic(
            "panic: runtime error: invalid memory address or nil pointer dereference".into(),
        )),
    }
}

pub(super) fn parent_of(v: Option<&Value>) -> Result<CtxRef, Stop> {
    match v {
        Some(Value::Context(c)) => Ok(c.clone()),
        _ => Err(Stop::Panic(
            "panic: cannot create context from nil parent".into(),
        )),
    }
}

/// `%T` of `context.DeadlineExceeded`.
pub(super) const DEADLINE_TYPE: &str = "context.deadlineExceededError";

pub(super) fn is_nil(v: &Value) -> bool {
    matches!(v, Value::Chan(None) | Value::Iface(None))
}

pub(super) fn pair(a: Value, b: Value) -> Value {
    Value::Slice(super::slices::SliceVal::new(vec![a, b]))
}

/// `WithValue(parent, key, val)`: Go refuses a nil key.
pub(super) fn with_value(v: &[Value]) -> Result<Value, Stop> {
    let parent = parent_of(v.first())?;
    let key = v.get(1).cloned().unwrap_or(NIL);
    if is_nil(&key) {
        return Err(Stop::Panic("panic: nil key".into()));
    }
    let val = v.get(2).cloned().unwrap_or(NIL);
    Ok(Value::Context(CtxRef::new(
        Some(parent),
        Kind::Value(key, val),
    )))
}

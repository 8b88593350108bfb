//! Go's `context`, as its `context.go` has it: a tree of contexts, each cancel context
//! with a `Done` channel made the first time it is asked for, closed by whoever cancels it
//! (its cancel function's caller, or the goroutine its deadline's timer starts), which
//! cancels its children too. The channel is one of the run's channels: a goroutine blocked
//! on `<-ctx.Done()` waits on it in the lanes, and the close orders the cancel before every
//! receive it ends, as Go's race detector orders it.

use super::iface::{iface_eq, new_error, typed_error};
use super::value::{ChanRef, Closure, Value};
use super::{Goroutine, Started};
use crate::sched::{Spawn, Spawned, Stop};
use crate::sync::channel::ChanId;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use syncscope_program::Lib;
use syncscope_program::event::{Cancel, ChanOp, EventKind, Gid};

/// What the run's contexts share: how many `Done` channels each context's name has had so
/// far (to number the next), and Go's two errors, each one value that `errors.Is` finds.
#[derive(Debug, Default)]
pub(crate) struct Contexts {
    /// Cancel contexts made so far: the next one's number.
    made: AtomicU32,
    channels: Mutex<HashMap<Arc<str>, u32>>,
    canceled: OnceLock<Value>,
    deadline_exceeded: OnceLock<Value>,
}

#[derive(Debug)]
pub(crate) struct Ctx {
    parent: Option<CtxRef>,
    kind: Kind,
    /// A cancel context's number and name in the views (its variable's), and when it was
    /// made.
    id: u32,
    name: Arc<str>,
    made_us: u64,
    state: Mutex<State>,
}

#[derive(Debug)]
enum Kind {
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
struct State {
    done: Option<ChanId>,
    /// `Err()` once cancelled, and the cause.
    err: Option<(Value, Value)>,
    children: Vec<CtxRef>,
    /// `AfterFunc`'s function, until its cancel starts it or its stop takes it back.
    after: Option<Arc<Closure>>,
}

#[derive(Debug, Clone)]
pub(crate) struct CtxRef(Arc<Ctx>);

/// A context is a pointer: equal only to itself.
impl PartialEq for CtxRef {
    fn eq(&self, other: &CtxRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

const NIL: Value = Value::Chan(None);

/// How a context came to be cancelled.
#[derive(Debug, Clone, Copy, PartialEq)]
enum How {
    /// Its cancel function was called.
    ByHand,
    /// Its deadline passed.
    Deadline,
    /// With its parent.
    Parent,
}

impl CtxRef {
    fn new(parent: Option<CtxRef>, kind: Kind) -> CtxRef {
        CtxRef::named(parent, kind, (0, "ctx".into()), 0)
    }

    fn named(parent: Option<CtxRef>, kind: Kind, name: (u32, Arc<str>), made_us: u64) -> CtxRef {
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

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn cancels(&self) -> bool {
        matches!(self.0.kind, Kind::Cancel | Kind::Deadline(..))
    }

    /// The nearest cancel context this one is or is under, as Go's `parentCancelCtx`
    /// finds it: a `WithoutCancel` or a root ends the search.
    fn cancel_ctx(&self) -> Option<CtxRef> {
        match &self.0.kind {
            Kind::Cancel | Kind::Deadline(..) => Some(self.clone()),
            Kind::Value(..) => self.0.parent.as_ref()?.cancel_ctx(),
            Kind::Root(_) | Kind::WithoutCancel => None,
        }
    }

    fn deadline(&self) -> Option<i64> {
        match &self.0.kind {
            Kind::Deadline(at, _) => Some(*at),
            Kind::Root(_) | Kind::WithoutCancel => None,
            Kind::Cancel | Kind::Value(..) => self.0.parent.as_ref()?.deadline(),
        }
    }

    /// What `Err()` and `context.Cause` give: the error and the cause, nil if not cancelled.
    fn err(&self) -> (Value, Value) {
        match self.cancel_ctx() {
            Some(c) => c.state().err.clone().unwrap_or((NIL, NIL)),
            None => (NIL, NIL),
        }
    }

    fn value(&self, key: &Value) -> Value {
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

fn same_key(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => iface_eq(x, y),
        _ => a == b,
    }
}

fn ctx_of(v: Option<&Value>) -> Result<CtxRef, Stop> {
    match v {
        Some(Value::Context(c)) => Ok(c.clone()),
        _ => Err(Stop::Panic(
            "panic: runtime error: invalid memory address or nil pointer dereference".into(),
        )),
    }
}

fn parent_of(v: Option<&Value>) -> Result<CtxRef, Stop> {
    match v {
        Some(Value::Context(c)) => Ok(c.clone()),
        _ => Err(Stop::Panic(
            "panic: cannot create context from nil parent".into(),
        )),
    }
}

impl Goroutine {
    /// `Expr::Lib` of `context`'s functions and a context's methods; `None` for another
    /// library's.
    pub(super) fn context_lib(&self, f: Lib, v: &[Value]) -> Option<Result<Value, Stop>> {
        let result = match f {
            Lib::CtxRoot => Ok(Value::Context(CtxRef::new(
                None,
                Kind::Root(v.first().is_some_and(Value::truthy)),
            ))),
            Lib::CtxWithCancel => self.derived(v, Kind::Cancel),
            Lib::CtxWithDeadline => self.with_deadline(v),
            Lib::CtxArm => self.arm_deadline(v),
            Lib::CtxExpire => self.expire(v.first()),
            Lib::CtxCancel => ctx_of(v.first()).and_then(|c| {
                let canceled = self.canceled();
                let cause = match v.get(1) {
                    Some(cause) if !is_nil(cause) => cause.clone(),
                    _ => canceled.clone(),
                };
                self.cancel(&c, canceled, cause, How::ByHand)
                    .map(|()| Value::Unit)
            }),
            Lib::CtxWithValue => with_value(v),
            Lib::CtxWithoutCancel => self.derived(v, Kind::WithoutCancel),
            Lib::CtxCause => ctx_of(v.first()).map(|c| self.seen(&c).1),
            Lib::CtxDone => ctx_of(v.first()).and_then(|c| self.done(&c)),
            Lib::CtxErr => ctx_of(v.first()).map(|c| self.seen(&c).0),
            Lib::CtxValue => ctx_of(v.first()).map(|c| c.value(v.get(1).unwrap_or(&NIL))),
            Lib::CtxDeadline => ctx_of(v.first()).map(|c| {
                let (at, ok) = c.deadline().map_or((0, false), |at| (at, true));
                pair(Value::Time(at), Value::Bool(ok))
            }),
            Lib::CtxAfterFunc => self.ctx_after_func(v),
            Lib::CtxStopAfter => ctx_of(v.first()).and_then(|c| {
                let stopped = c.state().after.take().is_some();
                if stopped {
                    self.cancel(&c, self.canceled(), self.canceled(), How::ByHand)?;
                }
                Ok(Value::Bool(stopped))
            }),
            Lib::CtxCanceled => Ok(self.canceled()),
            Lib::CtxDeadlineExceeded => Ok(self.deadline_exceeded()),
            _ => return None,
        };
        Some(result)
    }

    fn canceled(&self) -> Value {
        let contexts = &self.shared.contexts;
        (contexts
            .canceled
            .get_or_init(|| new_error("context canceled")))
        .clone()
    }

    fn deadline_exceeded(&self) -> Value {
        let contexts = &self.shared.contexts;
        let made = || typed_error("context deadline exceeded".into(), DEADLINE_TYPE);
        contexts.deadline_exceeded.get_or_init(made).clone()
    }

    /// A context of `kind` under the parent `v[0]`, named `v[1]`, cancelled with it if
    /// `kind` cancels.
    fn derived(&self, v: &[Value], kind: Kind) -> Result<Value, Stop> {
        let parent = parent_of(v.first())?;
        let name = match v.get(1) {
            Some(Value::Str(name)) => name.clone(),
            _ => "ctx".into(),
        };
        let made_us = self.shared.sched.exact_now_us();
        let id = self.shared.contexts.made.fetch_add(1, Ordering::Relaxed) + 1;
        let c = CtxRef::named(Some(parent.clone()), kind, (id, name), made_us);
        if c.cancels() {
            self.propagate(&parent, &c)?;
        }
        Ok(Value::Context(c))
    }

    /// `AfterFunc(ctx, f)`: a cancel context under `ctx`, named by nothing (Go's is the
    /// library's own: its cancels are not reported), that starts `f` when cancelled, at
    /// once if `ctx` is already.
    fn ctx_after_func(&self, v: &[Value]) -> Result<Value, Stop> {
        let parent = parent_of(v.first())?;
        let Some(Value::Func(f)) = v.get(1) else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        let made_us = self.shared.sched.exact_now_us();
        let c = CtxRef::named(Some(parent.clone()), Kind::Cancel, (0, "".into()), made_us);
        c.state().after = Some(f.clone());
        self.propagate(&parent, &c)?;
        Ok(Value::Context(c))
    }

    /// Go's `propagateCancel`: `c` is cancelled now if its nearest cancel ancestor is, else
    /// when that one is. Asking for the ancestor's `Done` makes its channel, as in Go.
    fn propagate(&self, parent: &CtxRef, c: &CtxRef) -> Result<(), Stop> {
        let Some(p) = parent.cancel_ctx() else {
            return Ok(());
        };
        self.done(&p)?;
        let gone = {
            let mut st = p.state();
            match &st.err {
                Some(err) => Some(err.clone()),
                None => {
                    st.children.push(c.clone());
                    None
                }
            }
        };
        match gone {
            Some((err, cause)) => self.cancel(c, err, cause, How::Parent),
            None => Ok(()),
        }
    }

    /// `WithDeadline(parent, t)`, or `WithTimeout(parent, d)` (`v[3]` true), named `v[1]`,
    /// with the cause `v[4]` if given: a deadline no earlier than the parent's makes a plain
    /// cancel context, as in Go; one already passed is cancelled at once.
    fn with_deadline(&self, v: &[Value]) -> Result<Value, Stop> {
        let now = self.now_ns();
        let given = v.get(2).map_or(0, Value::as_int);
        let at = if v.get(3).is_some_and(Value::truthy) {
            now.saturating_add(given)
        } else {
            given
        };
        let parent = parent_of(v.first())?;
        if parent.deadline().is_some_and(|cur| cur < at) {
            return self.derived(v, Kind::Cancel);
        }
        let cause = v.get(4).filter(|c| !is_nil(c)).cloned();
        let made = self.derived(v, Kind::Deadline(at, cause.clone()))?;
        if at <= now
            && let Value::Context(c) = &made
        {
            let err = self.deadline_exceeded();
            self.cancel(c, err.clone(), cause.unwrap_or(err), How::Deadline)?;
        }
        Ok(made)
    }

    /// Sets a deadline context's timer: at the deadline a goroutine of its own runs the
    /// closure `v[1]`, which cancels it, unless it is cancelled before.
    fn arm_deadline(&self, v: &[Value]) -> Result<Value, Stop> {
        let c = ctx_of(v.first())?;
        let (Kind::Deadline(at, _), Some(Value::Func(f))) = (&c.0.kind, v.get(1)) else {
            return Ok(Value::Unit);
        };
        if c.state().err.is_some() {
            return Ok(Value::Unit);
        }
        let wait = at.saturating_sub(self.now_ns()).max(0) as u64;
        let due = self.shared.sched.exact_now_us() + wait.div_ceil(1000);
        self.shared
            .sched
            .spawn_at(due, timer(self, c, f.clone(), self.gid()));
        Ok(Value::Unit)
    }

    fn expire(&self, v: Option<&Value>) -> Result<Value, Stop> {
        let c = ctx_of(v)?;
        let err = self.deadline_exceeded();
        let cause = match &c.0.kind {
            Kind::Deadline(_, Some(cause)) => cause.clone(),
            _ => err.clone(),
        };
        self.cancel(&c, err, cause, How::Deadline)
            .map(|()| Value::Unit)
    }

    /// Go's `cancelCtx.cancel`: the first cancel sets the error and cause, closes the `Done`
    /// channel if it has been made, and cancels the children; one not cancelled with its
    /// parent leaves its parent's children too. Each is an event: who, which and why.
    fn cancel(&self, c: &CtxRef, err: Value, cause: Value, how: How) -> Result<(), Stop> {
        let (done, children, after) = {
            let mut st = c.state();
            if st.err.is_some() {
                return Ok(());
            }
            st.err = Some((err.clone(), cause.clone()));
            (st.done, std::mem::take(&mut st.children), st.after.take())
        };
        if !c.0.name.is_empty() {
            self.report_cancel(c, &err, &cause, how, done);
        }
        if let Some(id) = done {
            self.shared.chans.close(Some(id), self)?;
        }
        for child in children {
            self.cancel(&child, err.clone(), cause.clone(), How::Parent)?;
        }
        if let Some(f) = after {
            self.start(Started {
                func: f.func,
                args: Vec::new(),
                cells: f.cells.clone(),
            })?;
        }
        if how != How::Parent
            && let Some(p) = c.0.parent.as_ref().and_then(CtxRef::cancel_ctx)
        {
            p.state().children.retain(|child| child != c);
        }
        Ok(())
    }

    /// `ctx.Done()`: nil for a context that is never cancelled; else its channel, made
    /// the first time (and closed at once if it is cancelled already).
    fn done(&self, c: &CtxRef) -> Result<Value, Stop> {
        let Some(c) = c.cancel_ctx() else {
            return Ok(NIL);
        };
        let (id, closed) = {
            let mut st = c.state();
            if let Some(id) = st.done {
                return Ok(Value::Chan(Some(ChanRef::Chan(id))));
            }
            let id = self.shared.chans.make(0, Value::Unit);
            st.done = Some(id);
            (id, st.err.is_some())
        };
        let n = {
            let mut made =
                (self.shared.contexts.channels.lock()).unwrap_or_else(|e| e.into_inner());
            let n = made.entry(c.0.name.clone()).or_insert(0);
            *n += 1;
            *n
        };
        let name = if n == 1 {
            format!("{}.Done()", c.0.name).into()
        } else {
            format!("{}#{n}.Done()", c.0.name).into()
        };
        self.emit(EventKind::Chan {
            chan: id,
            op: ChanOp::Make { name, cap: 0 },
        });
        if closed {
            self.shared.chans.close(Some(id), self)?;
        }
        Ok(Value::Chan(Some(ChanRef::Chan(id))))
    }
}

impl Goroutine {
    /// What `Err()` and `Cause` find; a cancel found is an event, which orders the
    /// cancel before it for the race detector.
    fn seen(&self, c: &CtxRef) -> (Value, Value) {
        let found = c.err();
        if !is_nil(&found.0)
            && let Some(c) = c.cancel_ctx()
        {
            self.emit(EventKind::SawCancel {
                id: c.0.id,
                ctx: c.0.name.clone(),
            });
        }
        found
    }

    fn report_cancel(&self, c: &CtxRef, err: &Value, cause: &Value, how: How, chan: Option<u32>) {
        let err_text: Arc<str> = super::format::value(err).into();
        let cause_text: Arc<str> = super::format::value(cause).into();
        let deadline_after_us = (how == How::Deadline)
            .then(|| self.shared.sched.exact_now_us().saturating_sub(c.0.made_us));
        self.emit(EventKind::Cancel(Cancel {
            id: c.0.id,
            ctx: c.0.name.clone(),
            cause: (cause_text != err_text).then_some(cause_text),
            err: err_text,
            deadline_after_us,
            inherited: how == How::Parent,
            chan,
        }));
    }
}

/// `%T` of `context.DeadlineExceeded`.
const DEADLINE_TYPE: &str = "context.deadlineExceededError";

fn is_nil(v: &Value) -> bool {
    matches!(v, Value::Chan(None) | Value::Iface(None))
}

fn pair(a: Value, b: Value) -> Value {
    Value::Slice(super::slices::SliceVal::new(vec![a, b]))
}

/// `WithValue(parent, key, val)`: Go refuses a nil key.
fn with_value(v: &[Value]) -> Result<Value, Stop> {
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

/// The deadline's timer: it starts the goroutine that cancels `c`, unless `c` is cancelled
/// by then; `setter` made the context, and the race detector orders it before.
fn timer(g: &Goroutine, c: CtxRef, f: Arc<Closure>, setter: Gid) -> Spawn {
    // Weak: a timer left set when the run ends must not keep the run's state alive.
    let shared = Arc::downgrade(&g.shared);
    Arc::new(move || {
        let Some(shared) = shared.upgrade() else {
            return Spawned::Nothing;
        };
        if c.state().err.is_some() {
            return Spawned::Nothing;
        }
        let call = Started {
            func: f.func,
            args: Vec::new(),
            cells: f.cells.clone(),
        };
        match Goroutine::started_aside(&shared, call) {
            Ok(child) => Spawned::Child {
                parent: setter,
                child,
            },
            Err(message) => Spawned::Failed(message),
        }
    })
}

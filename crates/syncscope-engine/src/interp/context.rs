//! Go's `context`, as its `context.go` has it: a tree of contexts, each cancel context
//! with a `Done` channel made the first time it is asked for, closed by whoever cancels it
//! (its cancel function's caller, or the goroutine its deadline's timer starts), which
//! cancels its children too. The channel is one of the run's channels: a goroutine blocked
//! on `<-ctx.Done()` waits on it in the lanes, and the close orders the cancel before every
//! receive it ends, as Go's race detector orders it. The tree itself is `context_tree`.

use super::context_tree::{
    CtxRef, DEADLINE_TYPE, How, Kind, NIL, ctx_of, is_nil, pair, parent_of, with_value,
};
use super::iface::new_error;
use super::value::{ChanRef, Closure, Value};
use super::{Goroutine, Started};
use crate::sched::{Spawn, Spawned, Stop};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use syncscope_program::Lib;
use syncscope_program::event::{Cancel, ChanOp, EventKind, Gid};
use syncscope_program::iface::DEADLINE_EXCEEDED;

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
        let made = || {
            let text = Value::Str("context deadline exceeded".into());
            super::iface::boxed(DEADLINE_EXCEEDED, DEADLINE_TYPE.into(), text)
        };
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
        self.emit(EventKind::Cancel(Box::new(Cancel {
            id: c.0.id,
            ctx: c.0.name.clone(),
            cause: (cause_text != err_text).then_some(cause_text),
            err: err_text,
            deadline_after_us,
            inherited: how == How::Parent,
            chan,
        })));
    }
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

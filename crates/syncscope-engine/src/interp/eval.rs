//! Expressions, and the statements that touch the run's clock and shared memory.

use super::slices::SliceVal;
use super::value::{Closure, Value};
use super::{Frame, Goroutine, format, printf};
use crate::sched::Stop;
use rand::RngExt;
use std::sync::Arc;
use syncscope_program::event::State;
use syncscope_program::limits::MAX_MS;
use syncscope_program::{BinOp, Capture, Expr, Place};

impl Goroutine {
    pub(super) fn eval_all(&self, frame: &mut Frame, exprs: &[Expr]) -> Result<Vec<Value>, Stop> {
        let mut values = Vec::with_capacity(exprs.len());
        for e in exprs {
            match e {
                Expr::Spread(xs) => values.extend(super::nils::spread(self.eval(frame, xs)?)),
                Expr::Results(call, boxes, packed_from) => {
                    let parts = super::nils::spread(self.eval(frame, call)?);
                    let at = values.len();
                    for (v, ty) in parts.into_iter().zip(boxes) {
                        values.push(match ty {
                            Some(ty) => super::iface::boxed(*ty, self.type_name(*ty), v),
                            None => v,
                        });
                    }
                    if let Some(fixed) = packed_from {
                        let rest = values.split_off(at + fixed);
                        values.push(Value::Slice(SliceVal::new(rest)));
                    }
                }
                e => values.push(self.eval(frame, e)?),
            }
        }
        Ok(values)
    }

    pub(super) fn eval(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        crate::cost::charge(crate::cost::price::EXPR);
        match e {
            Expr::Lit(lit) => Ok(Value::from(lit)),
            Expr::Local(slot) => Ok(self.local(frame, *slot)),
            _ => super::loops::grow(|| self.eval_here(frame, e)),
        }
    }

    /// The expressions most code is made of; the rest are apart, so that the frame of this
    /// function, entered at every level of an expression, stays small.
    fn eval_here(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        Ok(match e {
            Expr::Lit(lit) => Value::from(lit),
            Expr::Local(slot) => self.local(frame, *slot),
            Expr::Captured(i) => frame
                .cells
                .get(*i)
                .map_or(Value::Unit, |c| self.read_cell(c)),
            Expr::Global(g) => self.read_global(*g)?,
            Expr::Unary(op, x) => Value::unary(*op, self.eval(frame, x)?),
            Expr::Binary(BinOp::And, a, b) => {
                Value::Bool(self.eval(frame, a)?.truthy() && self.eval(frame, b)?.truthy())
            }
            Expr::Binary(BinOp::Or, a, b) => {
                Value::Bool(self.eval(frame, a)?.truthy() || self.eval(frame, b)?.truthy())
            }
            Expr::Binary(op, a, b) => {
                let (a, b) = (self.eval(frame, a)?, self.eval(frame, b)?);
                Value::binary(*op, a, b).map_err(Stop::Panic)?
            }
            Expr::Call(func, args) => {
                let args = self.eval_all(frame, args)?;
                self.call(*func, args, Vec::new())?
            }
            Expr::CallValue(callee, args) => {
                let Value::Func(closure) = self.eval(frame, callee)? else {
                    return Err(Stop::Panic(
                        "panic: runtime error: invalid memory address or nil pointer dereference"
                            .into(),
                    ));
                };
                let args = self.eval_all(frame, args)?;
                self.call(closure.func, args, closure.cells.clone())?
            }
            Expr::Bound(func, recv) => {
                let cells = vec![super::cell(self.eval(frame, recv)?)];
                Value::Func(Arc::new(Closure { func: *func, cells }))
            }
            Expr::Closure(func, captures) => {
                let cells = captures
                    .iter()
                    .map(|c| match c {
                        Capture::Slot(slot) => frame.cell_of(*slot),
                        Capture::Captured(i) => frame
                            .cells
                            .get(*i)
                            .cloned()
                            .unwrap_or_else(|| super::cell(Value::Unit)),
                    })
                    .collect::<Vec<_>>();
                self.follow_captures(*func, &cells);
                Value::Func(Arc::new(Closure { func: *func, cells }))
            }
            Expr::Index(of, i) => match of.as_ref() {
                // A package slice is read where it lives, the read reported.
                Expr::Global(g) if !self.is_chan_global(*g) => {
                    let i = self.eval(frame, i)?.as_int();
                    self.global_element(*g, i)?
                }
                other => {
                    let of = self.eval(frame, other)?;
                    let i = self.eval(frame, i)?.as_int();
                    let v = self.element(&of, i)?;
                    if let (Value::Slice(s), Some(var)) = (&of, self.followed_var(frame, other)) {
                        self.touch_element(var, s, i as usize, false);
                    }
                    v
                }
            },
            Expr::Len(x) => match x.as_ref() {
                Expr::Global(g) if !self.is_chan_global(*g) => {
                    Value::Int(self.global_len(*g)? as i64)
                }
                other => match self.eval(frame, other)? {
                    Value::Map(m) => Value::Int(self.map_len(&m) as i64),
                    v => Value::Int(self.chan_len(&v) as i64),
                },
            },
            // On the stack of every goroutine parked in a receive: kept out of `eval_rest`.
            Expr::Recv(ch) => self.recv(frame, ch)?.0,
            Expr::Convert(ty, x) => {
                let v = self.eval(frame, x)?;
                // `[]byte(s)` and `[]rune(s)` make a value of each byte at most: weighed first.
                if matches!(
                    ty,
                    syncscope_program::Ty::Bytes | syncscope_program::Ty::Runes
                ) {
                    crate::heap::reserve(crate::heap::bytes_of::<Value>(v.len()))
                        .map_err(Stop::Panic)?;
                }
                v.convert(*ty)
            }
            _ => self.eval_rest(frame, e)?,
        })
    }

    #[inline(never)]
    fn eval_rest(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        Ok(match e {
            Expr::Lit(_)
            | Expr::Local(_)
            | Expr::Captured(_)
            | Expr::Global(_)
            | Expr::Unary(..)
            | Expr::Binary(..)
            | Expr::Call(..)
            | Expr::CallValue(..)
            | Expr::Bound(..)
            | Expr::Closure(..)
            | Expr::Index(..)
            | Expr::Len(_)
            | Expr::Recv(_)
            | Expr::Convert(..) => return Err(self.bug("an expression eval_here takes".into())),
            Expr::Cap(x) => match self.eval(frame, x)? {
                Value::Slice(s) => Value::Int(s.cap() as i64),
                Value::Array(a) => Value::Int(a.elements().len() as i64),
                ch => Value::Int(self.chan_cap(&ch) as i64),
            },
            Expr::MakeChan { site, cap, zero } => {
                let cap = self.eval(frame, cap)?.as_int();
                let zero = self.eval(frame, zero)?;
                self.make_chan(*site, cap, zero)?
            }
            Expr::NilChan => Value::Chan(None),
            Expr::NilSlice => Value::Slice(super::slices::SliceVal::nil()),
            Expr::Spread(_) | Expr::Results(..) => {
                return Err(self.bug("a spread outside a call's arguments".into()));
            }
            Expr::IsNil(x) => Value::Bool(super::nils::is_nil(&self.eval(frame, x)?)),
            Expr::After { d, sync } => {
                let ns = self.eval(frame, d)?.as_int();
                self.after(ns, *sync)
            }
            Expr::SliceLit(items) => Value::Slice(SliceVal::new(self.eval_all(frame, items)?)),
            Expr::Append { .. } => {
                crate::cost::charge(crate::cost::price::APPEND);
                self.eval_elements(frame, e)?
            }
            Expr::SlicesEdit { op, args, grow } => {
                crate::cost::charge(crate::cost::price::APPEND);
                self.slices_edit(frame, *op, args, grow)?
            }
            Expr::MakeSlice { .. }
            | Expr::CopySlice(..)
            | Expr::ArrayLit { .. }
            | Expr::CopyArray(_) => self.eval_elements(frame, e)?,
            Expr::Panic(v) => {
                let v = self.eval(frame, v)?;
                return Err(self.raise(v));
            }
            Expr::Recover(string) => self.recover(*string),
            Expr::VarRef(place) => self.var_ref(frame, *place),
            Expr::Load(p) => {
                let p = self.eval(frame, p)?;
                self.load(p)?
            }
            Expr::Exit(code) => {
                let code = self.eval(frame, code)?.as_int();
                return Err(self.exit(code));
            }
            Expr::Sprintf(args) => {
                let args = self.eval_all(frame, args)?;
                Value::Str(printf(&self.shown(args)?, &self.shared.program.types).into())
            }
            Expr::Now => Value::Time(self.now_ns()),
            // `time.Now().Sub(t)`, which a time far from now saturates.
            Expr::Since(t) => {
                let t = self.eval(frame, t)?;
                let now = Value::Time(self.now_ns());
                let d =
                    Value::binary(syncscope_program::BinOp::Sub, now, t).map_err(Stop::Panic)?;
                Value::Duration(d.as_int())
            }
            Expr::RandIntn(n) => {
                let n = self.eval(frame, n)?.as_int();
                if n <= 0 {
                    return Err(Stop::Panic("panic: invalid argument to Intn".into()));
                }
                Value::Int(self.rng().random_range(0..n))
            }
            Expr::RandFloat32 => Value::F32(self.rng().random::<f32>()),
            Expr::RandFloat64 => Value::F64(self.rng().random::<f64>()),
            Expr::StructLit { .. }
            | Expr::Field(..)
            | Expr::FieldAddr(..)
            | Expr::ElemAddr(..)
            | Expr::AddrOf(_)
            | Expr::Deref(_)
            | Expr::CopyStruct(_)
            | Expr::NewLock(_)
            | Expr::NewWaitGroup(_)
            | Expr::MakeMap { .. }
            | Expr::MapGet { .. }
            | Expr::NewAtomic { .. }
            | Expr::NewAtomicValue(_)
            | Expr::NewAtomicPointer(..)
            | Expr::Atomic(..)
            | Expr::AtomicAt { .. } => self.eval_data(frame, e)?,
            Expr::MinMax { max, args } => self.min_max(frame, *max, args)?,
            Expr::AfterFunc { d, f } => self.after_func(frame, d, f)?,
            Expr::AtomicValue {
                op,
                target,
                args,
                types,
                boxes,
                want,
            } => self.atomic_value(frame, *op, (target, args), (types, boxes), want.as_deref())?,
            Expr::NewOnce(var) => Value::Once(super::once::OnceRef::new(*var)),
            Expr::TryLock { lock, access } => self.try_lock(frame, lock, *access)?,
            Expr::TimerChan(t) => match self.eval(frame, t)? {
                Value::FuncTimer(_) => Value::Chan(None),
                timer => timer,
            },
            Expr::OnceDo { once, f } => {
                self.once_do(frame, once, f)?;
                Value::Unit
            }
            Expr::NumGoroutine | Expr::NumCpu | Expr::Procs(_) => self.eval_runtime(frame, e)?,
            Expr::NewCond { .. } | Expr::CondLock(_) => self.eval_cond(frame, e)?,
            Expr::WriteWindow => Value::Duration(self.shared.info.write_ms as i64 * 1_000_000),
            Expr::ReadWindow => Value::Duration(self.shared.info.read_ms as i64 * 1_000_000),
            Expr::NewTimer { .. }
            | Expr::NewTicker { .. }
            | Expr::TimerStop(_)
            | Expr::TimerReset(..)
            | Expr::RoundDuration { .. }
            | Expr::Sprint { .. }
            | Expr::Slice { .. } => self.eval_more(frame, e)?,
            Expr::FullSlice { of, lo, hi, max } => self.full_slice(frame, of, lo, hi, max)?,
            Expr::Lib(f, args) => self.eval_lib(frame, *f, args)?,
            Expr::Pool(op, args) => self.pool(frame, *op, args)?,
            Expr::Bufio(op, args) => self.bufio(frame, *op, args)?,
            Expr::ToIface(..)
            | Expr::NilIface
            | Expr::CallMethod { .. }
            | Expr::Assert { .. }
            | Expr::TypeIs(..)
            | Expr::Errors(..)
            | Expr::ErrorsAs { .. }
            | Expr::ErrorsAsType { .. } => self.eval_iface(frame, e)?,
        })
    }

    pub(super) fn rng(&self) -> std::sync::MutexGuard<'_, rand::rngs::StdRng> {
        self.shared.rng.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn now_ns(&self) -> i64 {
        self.shared.sched.exact_now_us() as i64 * 1000
    }

    /// `time.Sleep` in `state`: nothing for a zero or negative duration, as in Go.
    pub(super) fn sleep(&self, state: State, ns: i64) -> Result<(), Stop> {
        if ns <= 0 {
            return Ok(());
        }
        // Any length, as in Go: virtual time jumps to the wake-up, and a program usually
        // ends long before a sleep of hours does.
        let us = (ns as u64).div_ceil(1000);
        self.state(state);
        self.shared.sched.sleep(self.gid(), us)?;
        if state == State::Sleeping {
            self.state(State::Running);
        }
        Ok(())
    }

    /// CPU work: running on a processor for `ns` (Go's scheduler may preempt it, see
    /// `sched::procs`).
    pub(super) fn compute(&self, ns: i64) -> Result<(), Stop> {
        if ns <= 0 {
            return Ok(());
        }
        let us = (ns as u64).div_ceil(1000);
        if us > MAX_MS * 1000 {
            return Err(Stop::Panic(format!(
                "syncscope: CPU work of {} is longer than the {} syncscope runs at once",
                format::duration(ns),
                format::duration(MAX_MS as i64 * 1_000_000)
            )));
        }
        self.state(State::Running);
        self.shared.sched.compute(self.gid(), us)
    }

    /// Before reading a variable other goroutines write: reaching it takes a while when
    /// other processors run (its cache line moves between cores), and the read happens when
    /// the goroutines on them have caught up. On one processor it is any variable's read.
    pub(super) fn read_shared(&self) -> Result<(), Stop> {
        if self.shared.sched.runs_at_once() {
            crate::cost::charge(crate::cost::varied(crate::cost::price::SHARED_READ));
        }
        self.shared.sched.interleave(self.gid())
    }

    /// Between reading a shared variable and writing it back: the write is on its way, and
    /// goroutines on other processors may run meanwhile (see `sched::parallel`).
    pub(super) fn write_pending(&self) -> Result<(), Stop> {
        crate::cost::charge(crate::cost::price::SHARED_WRITE);
        self.shared.sched.interleave(self.gid())
    }

    /// `x op= e` or `x++`. On a shared variable it is a read, a window, then a write, so two
    /// goroutines in the window at once lose one of their updates.
    pub(super) fn update(
        &self,
        frame: &mut Frame,
        place: Place,
        op: BinOp,
        e: &Expr,
    ) -> Result<(), Stop> {
        let rhs = self.eval(frame, e)?;
        match place {
            Place::Global(g) => {
                self.read_shared()?;
                let old = self.read_global(g)?;
                let window = self.eval(frame, &Expr::WriteWindow)?.as_int();
                if window > 0 {
                    self.state(State::Writing);
                    self.sleep(State::Writing, window)?;
                }
                self.write_pending()?;
                let new = Value::binary(op, old, rhs).map_err(Stop::Panic)?;
                self.write_global(g, new)?;
                if window > 0 {
                    self.state(State::Running);
                }
            }
            Place::Local(slot) => match frame.boxed(slot) {
                Some(c) => self.update_cell(&c, op, rhs)?,
                None => {
                    let new = Value::binary(op, frame.get(slot), rhs).map_err(Stop::Panic)?;
                    frame.set(slot, new);
                }
            },
            Place::Captured(i) => {
                if let Some(c) = frame.cells.get(i).cloned() {
                    self.update_cell(&c, op, rhs)?;
                }
            }
        }
        Ok(())
    }
}

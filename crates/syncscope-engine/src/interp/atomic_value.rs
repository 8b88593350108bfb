//! `atomic.Value`: a value and its type's name behind a lock of its own, each operation one
//! indivisible step reported as an atomic access. A value of another type than the first one
//! stored, or asserted to another type, panics with Go's words.

use super::objects::{AtomicCell, AtomicRef};
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::sync::atomic::AtomicI64;
use std::sync::{Arc, Mutex};
use syncscope_program::event::EventKind;
use syncscope_program::{AtomicOp, BinOp, Expr};

/// What an `atomic.Value` holds: a value with its type's name and runtime type (none in an
/// `atomic.Pointer`), or nothing (nil).
pub(crate) type Held = Option<(Arc<str>, Option<usize>, Value)>;

/// An `atomic.Value` holding `held`: nothing, or an `atomic.Pointer[T]`'s nil `*T`.
pub(super) fn new_atomic_value(var: u16, held: Held) -> Value {
    Value::Atomic(AtomicRef(Arc::new(AtomicCell {
        value: AtomicI64::new(0),
        var,
        aligned: held.is_some(),
        kind: syncscope_program::Ty::Int,
        held: Some(Mutex::new(held)),
    })))
}

fn panic(words: &str) -> Stop {
    Stop::Panic(format!("panic: {words}"))
}

/// `x.(want)` of what a Value gave, or with no `want` the `any` Go's method returns, its
/// dynamic type named by `name_of`.
fn asserted(
    held: Held,
    want: Option<&str>,
    name_of: impl Fn(usize) -> Arc<str>,
) -> Result<Value, Stop> {
    let Some(want) = want else {
        return Ok(match held {
            None => Value::Iface(None),
            Some((_, _, v @ Value::Iface(_))) => v,
            Some((_, Some(rt), v)) => super::iface::boxed(rt, name_of(rt), v),
            Some((_, None, v)) => v,
        });
    };
    match held {
        Some((ty, _, v)) if *ty == *want => Ok(v),
        Some((ty, _, _)) => Err(panic(&format!(
            "interface conversion: interface {{}} is {ty}, not {want}"
        ))),
        None => Err(panic(&format!(
            "interface conversion: interface {{}} is nil, not {want}"
        ))),
    }
}

/// A store or swap of a value of type `ty`: the first one decides the Value's type.
fn consistent(held: &Held, ty: &str, what: &str) -> Result<(), Stop> {
    match held {
        Some((t, _, _)) if **t != *ty => Err(panic(&format!(
            "sync/atomic: {what} of inconsistently typed value into Value"
        ))),
        _ => Ok(()),
    }
}

impl Goroutine {
    /// An `atomic.Value`'s `Load`, `Store`, `Swap` or `CompareAndSwap`.
    pub(super) fn atomic_value(
        &self,
        frame: &mut Frame,
        op: AtomicOp,
        (target, args): (&Expr, &[Expr]),
        (types, boxes): (&[String], &[usize]),
        want: Option<&str>,
    ) -> Result<Value, Stop> {
        let Value::Atomic(a) = self.eval(frame, target)? else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        let mut given = self
            .eval_all(frame, args)?
            .into_iter()
            .zip(types)
            .enumerate()
            .map(|(i, (v, t))| (Arc::<str>::from(t.as_str()), boxes.get(i).copied(), v));
        let Some(slot) = &a.0.held else {
            return Err(self.bug("an atomic.Value's operation on an atomic integer".into()));
        };
        let result = {
            let mut held = slot.lock().unwrap_or_else(|e| e.into_inner());
            let mut next = || {
                given
                    .next()
                    .ok_or_else(|| self.bug("too few arguments".into()))
            };
            match op {
                AtomicOp::Load => asserted(held.clone(), want, |rt| self.type_name(rt))?,
                AtomicOp::Store => {
                    let new = next()?;
                    consistent(&held, &new.0, "store")?;
                    *held = Some(new);
                    Value::Unit
                }
                AtomicOp::Swap => {
                    let new = next()?;
                    consistent(&held, &new.0, "swap")?;
                    asserted(held.replace(new), want, |rt| self.type_name(rt))?
                }
                AtomicOp::CompareAndSwap => {
                    let (old, new) = (next()?, next()?);
                    Value::Bool(compare_and_swap(&mut held, old, new)?)
                }
                AtomicOp::Add | AtomicOp::And | AtomicOp::Or => {
                    return Err(self.bug(format!("{op:?} of an atomic.Value")));
                }
            }
        };
        self.emit(EventKind::Atomic {
            var: a.0.var,
            write: op != AtomicOp::Load,
        });
        Ok(result)
    }
}

/// Go's `Value.CompareAndSwap` with `old` and `new` not nil: whether `new` went in.
fn compare_and_swap(
    held: &mut Held,
    old: (Arc<str>, Option<usize>, Value),
    new: (Arc<str>, Option<usize>, Value),
) -> Result<bool, Stop> {
    if old.0 != new.0 {
        return Err(panic(
            "sync/atomic: compare and swap of inconsistently typed values",
        ));
    }
    let Some((ty, _, v)) = held.as_ref() else {
        return Ok(false);
    };
    if *ty != new.0 {
        return Err(panic(
            "sync/atomic: compare and swap of inconsistently typed value into Value",
        ));
    }
    let same = Value::binary(BinOp::Eq, v.clone(), old.2).map_err(Stop::Panic)?;
    if same.truthy() {
        *held = Some(new);
    }
    Ok(same.truthy())
}

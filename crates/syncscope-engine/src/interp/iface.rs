//! Interface values: a value with its dynamic type, method calls through it, type
//! assertions and switches, `errors`' values, and what `fmt` asks of them (`Error()` and
//! `String()`, which Go calls to print a value that has them).

use super::objects::copy_value;
use super::pointers::NIL_POINTER;
use super::slices::SliceVal;
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::Expr;
use syncscope_program::iface::{
    AssertTo, Deref, ERROR_STRING, ErrorsOp, JOIN_ERROR, MethodImpl, WRAP_ERROR, WRAP_ERRORS,
};

/// A non-nil interface value.
#[derive(Debug, PartialEq)]
pub(crate) struct Boxed {
    /// Its dynamic type, in `Program::types`.
    pub(crate) ty: usize,
    /// Go's name of that type, what `%T` prints.
    pub(crate) name: Arc<str>,
    pub(crate) val: Value,
    /// What `fmt` prints for it when its type has `Error()` or `String()` (filled just
    /// before printing).
    pub(crate) text: Option<Arc<str>>,
}

/// An `errors.New(text)` value; a library that returns an error makes it this way.
pub(crate) fn new_error(text: &str) -> Value {
    boxed(
        ERROR_STRING,
        "*errors.errorString".into(),
        Value::Str(text.into()),
    )
}

/// An error a library returns, of the type `%T` names (`*strconv.NumError`): it says its
/// text as an `errors.New` error does.
pub(crate) fn typed_error(text: String, type_name: &'static str) -> Value {
    boxed(ERROR_STRING, type_name.into(), Value::Str(text.into()))
}

pub(super) fn boxed(ty: usize, name: Arc<str>, val: Value) -> Value {
    Value::Iface(Some(Arc::new(Boxed {
        ty,
        name,
        val,
        text: None,
    })))
}

/// Two interface values are equal when their dynamic types and values are; an error made
/// by `errors.New` or `fmt.Errorf` is a pointer, equal only to itself.
pub(crate) fn iface_eq(a: &Option<Arc<Boxed>>, b: &Option<Arc<Boxed>>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) if x.ty == y.ty => match x.ty {
            ERROR_STRING | WRAP_ERROR | JOIN_ERROR | WRAP_ERRORS => Arc::ptr_eq(x, y),
            _ => equal(&x.val, &y.val),
        },
        _ => false,
    }
}

/// Go's `==` of two dynamic values of one type: a struct's field by field.
pub(super) fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Struct(x), Value::Struct(y)) => {
            // One lock at a time: `p == p` compares a struct with itself.
            let xs = x.fields().clone();
            let ys = y.fields().clone();
            xs.iter().zip(&ys).all(|(a, b)| equal(a, b))
        }
        _ => matches!(
            Value::binary(syncscope_program::BinOp::Eq, a.clone(), b.clone()),
            Ok(Value::Bool(true))
        ),
    }
}

impl Goroutine {
    pub(super) fn eval_iface(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        Ok(match e {
            Expr::ToIface(ty, x) => {
                let v = self.eval(frame, x)?;
                boxed(*ty, self.type_name(*ty), v)
            }
            Expr::NilIface => Value::Iface(None),
            Expr::CallMethod { recv, name, args } => {
                let recv = self.eval(frame, recv)?;
                let args = self.eval_all(frame, args)?;
                self.call_method(&recv, name, args)?
            }
            Expr::Assert { x, to, from, ok } => {
                let v = self.eval(frame, x)?;
                let held = self.holds(&v, Some(to));
                let inner = match (&v, to) {
                    (Value::Iface(Some(b)), AssertTo::Type(_)) => b.val.clone(),
                    _ => v.clone(),
                };
                match ok {
                    Some(zero) => {
                        let value = if held { inner } else { self.eval(frame, zero)? };
                        Value::Slice(SliceVal::new(vec![value, Value::Bool(held)]))
                    }
                    None if held => inner,
                    None => return Err(Stop::Panic(self.conversion_panic(&v, to, from))),
                }
            }
            Expr::TypeIs(x, to) => {
                let v = self.eval(frame, x)?;
                Value::Bool(self.holds(&v, to.as_ref()))
            }
            Expr::Errors(op, args) => {
                let args = self.eval_all(frame, args)?;
                self.errors_op(*op, args)?
            }
            Expr::ErrorsAs { err, place, to } => {
                let err = self.eval(frame, err)?;
                match self.found_in_chain(err, to)? {
                    Some(found) => {
                        self.store(frame, *place, found)?;
                        Value::Bool(true)
                    }
                    None => Value::Bool(false),
                }
            }
            Expr::ErrorsAsType { err, to, zero } => {
                let err = self.eval(frame, err)?;
                let (value, held) = match self.found_in_chain(err, to)? {
                    Some(found) => (found, true),
                    None => (self.eval(frame, zero)?, false),
                };
                Value::Slice(SliceVal::new(vec![value, Value::Bool(held)]))
            }
            other => return Err(self.bug(format!("{other:?} evaluated as an interface"))),
        })
    }

    /// What `err` or the first error it wraps holds of `to`, as `errors.As` finds it.
    fn found_in_chain(&self, err: Value, to: &AssertTo) -> Result<Option<Value>, Stop> {
        let found = self.in_tree(err, &mut |e| Ok(self.holds(e, Some(to))))?;
        Ok(found.map(|err| match (err, to) {
            (Value::Iface(Some(b)), AssertTo::Type(_)) => b.val.clone(),
            (err, _) => err,
        }))
    }

    pub(super) fn type_name(&self, ty: usize) -> Arc<str> {
        self.shared
            .program
            .types
            .get(ty)
            .map_or_else(|| "?".into(), |t| t.name.clone())
    }

    pub(super) fn method_of(&self, ty: usize, name: &str) -> Option<MethodImpl> {
        let t = self.shared.program.types.get(ty)?;
        t.methods.iter().find(|m| &*m.name == name).map(|m| m.call)
    }

    /// Whether `v` holds a value of `to` (`None`: whether it is nil).
    fn holds(&self, v: &Value, to: Option<&AssertTo>) -> bool {
        let b = match v {
            Value::Iface(Some(b)) => b,
            _ => return to.is_none(),
        };
        match to {
            None => false,
            Some(AssertTo::Type(ty)) => b.ty == *ty,
            Some(AssertTo::Iface { methods, .. }) => {
                methods.iter().all(|m| self.method_of(b.ty, m).is_some())
            }
        }
    }

    /// Go's panic for a failed `x.(T)`.
    fn conversion_panic(&self, v: &Value, to: &AssertTo, from: &str) -> String {
        let held = match v {
            Value::Iface(Some(b)) => Some(b),
            _ => None,
        };
        let words = match (to, held) {
            (AssertTo::Type(ty), held) => {
                let held = held.map_or_else(|| "nil".into(), |b| b.name.clone());
                format!("{from} is {held}, not {}", self.type_name(*ty))
            }
            (AssertTo::Iface { name, .. }, None) => format!("interface is nil, not {name}"),
            (AssertTo::Iface { name, methods }, Some(b)) => {
                let missing = methods
                    .iter()
                    .find(|m| self.method_of(b.ty, m).is_none())
                    .map_or("", |m| m);
                format!("{} is not {name}: missing method {missing}", b.name)
            }
        };
        format!("panic: interface conversion: {words}")
    }

    /// `x.m(args)` of an interface value.
    pub(super) fn call_method(
        &self,
        recv: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value, Stop> {
        let Value::Iface(Some(b)) = recv else {
            return Err(Stop::Panic(NIL_POINTER.into()));
        };
        match self.method_of(b.ty, name) {
            Some(MethodImpl::Func { func, deref }) => {
                let mut all = vec![self.receiver(&b.val, deref)?];
                all.extend(args);
                self.call(func, all, Vec::new())
            }
            Some(MethodImpl::ErrorText) => Ok(match &b.val {
                Value::Slice(parts) => parts.get(0).unwrap_or(Value::Unit),
                v => v.clone(),
            }),
            Some(MethodImpl::Unwrap) => Ok(match &b.val {
                Value::Slice(parts) => parts.get(1).unwrap_or(Value::Iface(None)),
                _ => Value::Iface(None),
            }),
            Some(MethodImpl::Lock { access, unlock }) => {
                self.boxed_lock_call(b, access, unlock)?;
                Ok(Value::Unit)
            }
            Some(MethodImpl::Write(to)) => self.lib_write(to, &b.val, args),
            Some(MethodImpl::True) => Ok(Value::Bool(true)),
            None => Err(self.bug(format!("no method {name} of {}", b.name))),
        }
    }

    /// The receiver a method of a boxed value gets: a value receiver a copy, through a
    /// pointer too.
    fn receiver(&self, val: &Value, deref: Deref) -> Result<Value, Stop> {
        Ok(match (val, deref) {
            (Value::Ptr(o), Deref::Struct) => Value::Struct(o.copied()),
            (p, Deref::Pointee) => copy_value(&self.load(p.clone())?),
            (v, _) => copy_value(v),
        })
    }

    fn errors_op(&self, op: ErrorsOp, args: Vec<Value>) -> Result<Value, Stop> {
        let len = args.len();
        let mut args = args.into_iter();
        let mut next = || args.next().unwrap_or(Value::Iface(None));
        Ok(match op {
            ErrorsOp::New => match next() {
                Value::Str(s) => new_error(&s),
                _ => new_error(""),
            },
            ErrorsOp::Errorf { wraps } => {
                let all: Vec<Value> = std::iter::from_fn(|| Some(next())).take(len).collect();
                let text = super::printf(&self.shown(all.clone())?, &self.shared.program.types);
                match wraps.and_then(|i| all.get(i + 1)) {
                    Some(wrapped) => {
                        let parts = vec![Value::Str(text.into()), wrapped.clone()];
                        boxed(
                            WRAP_ERROR,
                            self.type_name(WRAP_ERROR),
                            Value::Slice(SliceVal::new(parts)),
                        )
                    }
                    None => new_error(&text),
                }
            }
            ErrorsOp::Is => {
                let (err, target) = (next(), next());
                if err == Value::Iface(None) || target == Value::Iface(None) {
                    return Ok(Value::Bool(err == target));
                }
                let Value::Iface(want) = &target else {
                    return Ok(Value::Bool(false));
                };
                let found = self.in_tree(err, &mut |e| {
                    Ok(matches!(e, Value::Iface(have) if iface_eq(have, want)))
                })?;
                Value::Bool(found.is_some())
            }
            ErrorsOp::Unwrap => self.unwrapped(&next())?,
            ErrorsOp::Join => {
                let errs: Vec<Value> = std::iter::from_fn(|| Some(next()))
                    .take(len)
                    .flat_map(|v| match v {
                        Value::Slice(s) => s.items(),
                        v => vec![v],
                    })
                    .filter(|e| *e != Value::Iface(None))
                    .collect();
                if errs.is_empty() {
                    return Ok(Value::Iface(None));
                }
                let mut texts = Vec::new();
                for e in &errs {
                    texts.push(self.error_text(e)?);
                }
                self.many_errors(JOIN_ERROR, texts.join("\n"), errs)
            }
            ErrorsOp::ErrorfWrapsAll(mask) => {
                let all: Vec<Value> = std::iter::from_fn(|| Some(next())).take(len).collect();
                let text = super::printf(&self.shown(all.clone())?, &self.shared.program.types);
                let wrapped: Vec<Value> = all
                    .iter()
                    .skip(1)
                    .enumerate()
                    .filter(|(i, e)| mask >> i & 1 == 1 && **e != Value::Iface(None))
                    .map(|(_, e)| e.clone())
                    .collect();
                self.many_errors(WRAP_ERRORS, text, wrapped)
            }
        })
    }

    /// An error of `ty` saying `text` and holding `errs`, which `errors.Is` and `As` walk.
    fn many_errors(&self, ty: usize, text: String, errs: Vec<Value>) -> Value {
        let parts = vec![Value::Str(text.into()), Value::Slice(SliceVal::new(errs))];
        boxed(ty, self.type_name(ty), Value::Slice(SliceVal::new(parts)))
    }

    fn error_text(&self, err: &Value) -> Result<String, Stop> {
        Ok(match self.call_method(err, "Error", Vec::new())? {
            Value::Str(s) => s.to_string(),
            _ => String::new(),
        })
    }

    /// The errors `err` wraps: one through `Unwrap() error`, several for a join.
    fn wrapped_errors(&self, err: &Value) -> Result<Vec<Value>, Stop> {
        if let Value::Iface(Some(b)) = err
            && matches!(b.ty, JOIN_ERROR | WRAP_ERRORS)
        {
            return Ok(match &b.val {
                Value::Slice(parts) => match parts.get(1) {
                    Some(Value::Slice(errs)) => errs.items(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            });
        }
        let next = self.unwrapped(err)?;
        Ok(if next == Value::Iface(None) {
            Vec::new()
        } else {
            vec![next]
        })
    }

    /// The first error of `err`'s tree, depth first as Go walks it, that `hit` accepts.
    fn in_tree(
        &self,
        err: Value,
        hit: &mut dyn FnMut(&Value) -> Result<bool, Stop>,
    ) -> Result<Option<Value>, Stop> {
        let mut stack = vec![err];
        while let Some(e) = stack.pop() {
            if e == Value::Iface(None) {
                continue;
            }
            if hit(&e)? {
                return Ok(Some(e));
            }
            let mut next = self.wrapped_errors(&e)?;
            next.reverse();
            stack.extend(next);
        }
        Ok(None)
    }

    /// `errors.Unwrap(err)`: what its `Unwrap()` gives, or nil.
    fn unwrapped(&self, err: &Value) -> Result<Value, Stop> {
        match err {
            Value::Iface(Some(b)) if self.method_of(b.ty, "Unwrap").is_some() => {
                self.call_method(err, "Unwrap", Vec::new())
            }
            _ => Ok(Value::Iface(None)),
        }
    }
}

impl Goroutine {
    /// `go x.m(args)` or `defer x.m(args)` of an interface value: the method it will call.
    pub(super) fn method_started(
        &self,
        recv: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Result<super::Started, Stop> {
        let Value::Iface(Some(b)) = recv else {
            return Err(Stop::Panic(NIL_POINTER.into()));
        };
        let Some(MethodImpl::Func { func, deref }) = self.method_of(b.ty, name) else {
            return Err(self.bug(format!("go or defer of {}.{name}", b.name)));
        };
        let mut all = vec![self.receiver(&b.val, deref)?];
        all.extend(args);
        Ok(super::Started {
            func,
            args: all,
            cells: Vec::new(),
        })
    }
}

//! Pointers to values of the basic types: `&x` of a local variable (kept in a cell, which
//! every copy of the pointer shares) or of a package variable (whose accesses through the
//! pointer are the race detector's accesses of it, and whose `*p++` has its write window),
//! `new(T)`'s variable with no name, a struct of one field, and `&s[i]`, an element where
//! it lives, seen through every slice of its backing array.

use super::objects::Obj;
use super::slices::SliceVal;
use super::value::{Cell, Value, index_out_of_range};
use super::{Frame, Goroutine, cell};
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::event::State;
use syncscope_program::{BinOp, Expr, GlobalId, Place};

pub(super) const NIL_POINTER: &str =
    "panic: runtime error: invalid memory address or nil pointer dereference";

/// Where `&x` points.
#[derive(Debug, Clone)]
pub(crate) enum Ref {
    Cell(Cell),
    Global(GlobalId),
    /// `&s.f`: field `f` of the struct.
    Field(Obj, usize),
    /// `&s[i]`: the one element of this window on a backing array, and the variable the
    /// race detector follows the slice by, if it does.
    Elem(SliceVal, Option<u16>),
}

/// Pointers are equal when they point to the same variable.
impl PartialEq for Ref {
    fn eq(&self, other: &Ref) -> bool {
        match (self, other) {
            (Ref::Cell(a), Ref::Cell(b)) => Arc::ptr_eq(a, b),
            (Ref::Global(a), Ref::Global(b)) => a == b,
            (Ref::Field(a, i), Ref::Field(b, j)) => a.identity() == b.identity() && i == j,
            (Ref::Elem(a, _), Ref::Elem(b, _)) => {
                let ((x, i), (y, j)) = (a.placed(), b.placed());
                x.identity() == y.identity() && i == j
            }
            _ => false,
        }
    }
}

impl Goroutine {
    /// `&x`.
    pub(super) fn var_ref(&self, frame: &Frame, place: Place) -> Value {
        Value::Ref(match place {
            Place::Local(slot) => {
                let c = frame.cell_of(slot);
                self.follow_address(frame, slot, &c);
                Ref::Cell(c)
            }
            Place::Captured(i) => Ref::Cell(frame.cells.get(i).cloned().unwrap_or_else(|| {
                // A capture the closure does not have: a variable of its own.
                cell(Value::Unit)
            })),
            Place::Global(g) => Ref::Global(g),
        })
    }

    /// `&s[i]` of a slice or an array, the index checked as Go checks it.
    pub(super) fn elem_addr(&self, frame: &mut Frame, of: &Expr, i: &Expr) -> Result<Value, Stop> {
        let container = self.eval(frame, of)?;
        let i = self.eval(frame, i)?.as_int();
        let len = container.len();
        let out = || Stop::Panic(index_out_of_range(i, len));
        let k = usize::try_from(i)
            .ok()
            .filter(|&k| k < len)
            .ok_or_else(out)?;
        let element = match container {
            Value::Slice(s) => s.window(k, k + 1, k + 1),
            Value::Array(a) => SliceVal::on(a, k, 1, 1),
            _ => return Err(out()),
        };
        Ok(Value::Ref(Ref::Elem(element, self.followed_var(frame, of))))
    }

    /// `*p` of an element pointer: its read, reported where the race detector follows it.
    fn load_elem(&self, s: &SliceVal, var: Option<u16>) -> Value {
        if let Some(var) = var {
            self.touch_element(var, s, 0, false);
        }
        s.get(0).unwrap_or(Value::Unit)
    }

    /// `*p = v`, or `*p op= v`, of an element pointer.
    fn store_elem(
        &self,
        s: &SliceVal,
        var: Option<u16>,
        op: Option<BinOp>,
        v: Value,
    ) -> Result<(), Stop> {
        let new = match op {
            Some(op) => Value::binary(op, self.load_elem(s, var), v).map_err(Stop::Panic)?,
            None => v,
        };
        if let Some(var) = var {
            self.touch_element(var, s, 0, true);
        }
        s.set(0, new);
        Ok(())
    }

    /// `*p`.
    pub(super) fn load(&self, p: Value) -> Result<Value, Stop> {
        match p {
            Value::Ref(Ref::Elem(s, var)) => Ok(self.load_elem(&s, var)),
            Value::Ref(Ref::Cell(c)) => Ok(self.read_cell(&c)),
            Value::Ref(Ref::Global(g)) => self.read_global(g),
            Value::Ref(Ref::Field(o, i)) => {
                if let Some(var) = o.var(i) {
                    self.reading_obj(var, &o.id)?;
                }
                Ok(o.field(i))
            }
            Value::Ptr(o) => {
                if let Some(var) = o.var(0) {
                    self.reading_obj(var, &o.id)?;
                }
                Ok(o.field(0))
            }
            _ => Err(Stop::Panic(NIL_POINTER.into())),
        }
    }

    /// `*p = v`, and `*p op= v`: a read, the run's write window, a write, where the variable
    /// is one the race detector follows.
    pub(super) fn store_through(
        &self,
        frame: &mut Frame,
        ptr: &Expr,
        op: Option<BinOp>,
        value: &Expr,
    ) -> Result<(), Stop> {
        match self.eval(frame, ptr)? {
            Value::Ref(Ref::Global(g)) => match op {
                Some(op) => self.update(frame, Place::Global(g), op, value),
                None => {
                    let v = self.eval(frame, value)?;
                    self.write_global(g, v)
                }
            },
            Value::Ref(Ref::Cell(c)) => {
                let v = self.eval(frame, value)?;
                match op {
                    Some(op) => self.update_cell(&c, op, v)?,
                    None => self.write_cell(&c, v),
                }
                Ok(())
            }
            Value::Ptr(o) => {
                let v = self.eval(frame, value)?;
                self.store_field(&o, 0, op, v)
            }
            Value::Ref(Ref::Field(o, i)) => {
                let v = self.eval(frame, value)?;
                self.store_field(&o, i, op, v)
            }
            Value::Ref(Ref::Elem(s, var)) => {
                let v = self.eval(frame, value)?;
                self.store_elem(&s, var, op, v)
            }
            _ => Err(Stop::Panic(NIL_POINTER.into())),
        }
    }

    /// Field `i` of `o` set to `v`, or changed by `op` with it: a read, the write window, a
    /// write, where the race detector follows the field.
    fn store_field(&self, o: &Obj, i: usize, op: Option<BinOp>, v: Value) -> Result<(), Stop> {
        let Some(op) = op else {
            self.set_field(o, i, v);
            return Ok(());
        };
        let Some(var) = o.var(i) else {
            let new = Value::binary(op, o.field(i), v).map_err(Stop::Panic)?;
            self.set_field(o, i, new);
            return Ok(());
        };
        self.reading_obj(var, &o.id)?;
        let old = o.field(i);
        let window = self.shared.info.write_ms as i64 * 1_000_000;
        if window > 0 {
            self.state(State::Writing);
            self.sleep(State::Writing, window)?;
        }
        let new = Value::binary(op, old, v).map_err(Stop::Panic)?;
        self.set_field(o, i, new);
        if window > 0 {
            self.state(State::Running);
        }
        Ok(())
    }
}

impl Goroutine {
    /// `*p = v` of a pointer to a variable, as `json.Unmarshal` stores what it read.
    pub(super) fn store_ref(&self, r: &Ref, v: Value) -> Result<(), Stop> {
        match r {
            Ref::Cell(c) => {
                self.write_cell(c, v);
                Ok(())
            }
            Ref::Global(g) => self.write_global(*g, v),
            Ref::Field(o, i) => {
                self.set_field(o, *i, v);
                Ok(())
            }
            Ref::Elem(s, var) => self.store_elem(s, *var, None, v),
        }
    }
}

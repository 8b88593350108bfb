//! Pointers to values of the basic types: `&x` of a local variable (kept in a cell, which
//! every copy of the pointer shares) or of a package variable (whose accesses through the
//! pointer are the race detector's accesses of it, and whose `*p++` has its write window),
//! and `new(T)`'s variable with no name, a struct of one field.

use super::objects::Obj;
use super::value::{Cell, Value};
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
}

/// Pointers are equal when they point to the same variable.
impl PartialEq for Ref {
    fn eq(&self, other: &Ref) -> bool {
        match (self, other) {
            (Ref::Cell(a), Ref::Cell(b)) => Arc::ptr_eq(a, b),
            (Ref::Global(a), Ref::Global(b)) => a == b,
            (Ref::Field(a, i), Ref::Field(b, j)) => a.identity() == b.identity() && i == j,
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

    /// `*p`.
    pub(super) fn load(&self, p: Value) -> Result<Value, Stop> {
        match p {
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
        }
    }
}

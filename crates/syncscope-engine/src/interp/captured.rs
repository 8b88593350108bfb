//! A local variable that closures share, in a cell: when goroutines run the closures, its
//! reads and writes are reported for the race detector, with the cell's own number, so that
//! every goroutine's copy of a variable made at one place (a loop's, a call's) is a variable
//! of its own, as it is in Go.

use super::identity::ObjId;
use super::value::{Cell, Value};
use super::{Frame, Goroutine, Var, lock, read};
use crate::sched::Stop;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use syncscope_program::event::State;
use syncscope_program::{BinOp, Expr, FuncId};

/// Not followed: no closure that goroutines may run captured it.
const UNFOLLOWED: u32 = u32::MAX;

/// A variable in a cell, and what the race detector knows it by once a closure captured it.
#[derive(Debug)]
pub(crate) struct Boxed {
    value: Mutex<Value>,
    var: AtomicU32,
    obj: ObjId,
}

impl Boxed {
    pub(crate) fn new(v: Value) -> Boxed {
        Boxed {
            value: Mutex::new(v),
            var: AtomicU32::new(UNFOLLOWED),
            obj: ObjId::default(),
        }
    }

    /// Followed as `var` from now on, unless it already is as another name of it.
    fn follow(&self, var: u16) {
        let _ = self.var.compare_exchange(
            UNFOLLOWED,
            u32::from(var),
            Ordering::Relaxed,
            Ordering::Relaxed,
        );
    }

    pub(super) fn var(&self) -> Option<u16> {
        u16::try_from(self.var.load(Ordering::Relaxed)).ok()
    }
}

/// The cell is where the value is.
impl std::ops::Deref for Boxed {
    type Target = Mutex<Value>;
    fn deref(&self) -> &Mutex<Value> {
        &self.value
    }
}

impl Goroutine {
    /// A closure made of `func` takes `cells`: those its goroutines may race on are followed
    /// from now on, as the variable the code names.
    pub(super) fn follow_captures(&self, func: FuncId, cells: &[Cell]) {
        let Some(vars) = self.shared.program.followed.captures.get(&func) else {
            return;
        };
        for (cell, &var) in cells.iter().zip(vars) {
            if var != u16::MAX {
                cell.follow(var);
            }
        }
    }

    /// `&x` of local `slot`, whose cell is `c`: followed from now on, as `x`.
    pub(super) fn follow_address(&self, frame: &Frame, slot: usize, c: &Cell) {
        let addressed = &self.shared.program.followed.addressed;
        if let Some(&var) = addressed.get(&(frame.mark, slot)) {
            c.follow(var);
        }
    }

    /// Reports an access of a followed cell.
    pub(super) fn touch_cell(&self, c: &Cell, write: bool) {
        if let Some(var) = c.var() {
            self.touch(var, &c.obj, write);
        }
    }

    /// A read of a cell, reported if followed.
    pub(super) fn read_cell(&self, c: &Cell) -> Value {
        self.touch_cell(c, false);
        read(c)
    }

    pub(super) fn write_cell(&self, c: &Cell, v: Value) {
        self.touch_cell(c, true);
        *lock(c) = v;
    }

    /// The shared variable `e` names, if it is a followed local (a slice whose elements
    /// goroutines write).
    pub(super) fn followed_var(&self, frame: &Frame, e: &Expr) -> Option<u16> {
        match e {
            Expr::Captured(i) => frame.cells.get(*i)?.var(),
            Expr::Local(slot) => match frame.vars.get(*slot) {
                Some(Var::Boxed(c)) => c.var(),
                _ => None,
            },
            _ => None,
        }
    }

    /// A local variable's value: a shared one's read is reported.
    pub(super) fn local(&self, frame: &Frame, slot: usize) -> Value {
        match frame.vars.get(slot) {
            Some(Var::Boxed(c)) => self.read_cell(c),
            Some(Var::Plain(v)) => v.clone(),
            None => Value::Unit,
        }
    }

    pub(super) fn set_local(&self, frame: &mut Frame, slot: usize, v: Value) {
        match frame.vars.get(slot) {
            Some(Var::Boxed(c)) => self.write_cell(c, v),
            _ => frame.set(slot, v),
        }
    }

    /// `x op= v` on a cell: on a followed one, as on a package variable, a read, the run's
    /// write window, then a write, so that two goroutines in the window lose an update.
    pub(super) fn update_cell(&self, c: &Cell, op: BinOp, rhs: Value) -> Result<(), Stop> {
        let Some(_) = c.var() else {
            let new = Value::binary(op, read(c), rhs).map_err(Stop::Panic)?;
            *lock(c) = new;
            return Ok(());
        };
        self.read_shared()?;
        let old = self.read_cell(c);
        let window = self.shared.info.write_ms as i64 * 1_000_000;
        if window > 0 {
            self.state(State::Writing);
            self.sleep(State::Writing, window)?;
        }
        self.write_pending()?;
        let new = Value::binary(op, old, rhs).map_err(Stop::Panic)?;
        self.write_cell(c, new);
        if window > 0 {
            self.state(State::Running);
        }
        Ok(())
    }
}

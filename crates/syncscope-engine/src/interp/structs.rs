//! Structs, the locks and WaitGroups made in them, and the statements of structs and maps.

use super::objects::{MapKey, MapRef, Obj};
use super::pointers::NIL_POINTER;
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::collections::BTreeMap;
use syncscope_program::{Expr, StmtKind};

/// The fields of a struct value or of the struct a pointer points to.
pub(super) fn obj_of(v: Value) -> Result<Obj, Stop> {
    match v {
        Value::Struct(o) | Value::Ptr(o) => Ok(o),
        _ => Err(Stop::Panic(NIL_POINTER.into())),
    }
}

impl Goroutine {
    /// The expressions of structs, maps and atomics.
    pub(super) fn eval_data(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        Ok(match e {
            Expr::StructLit { fields, vars } => {
                let values = self.eval_all(frame, fields)?;
                Value::Struct(Obj::new(values, vars.as_slice().into()))
            }
            Expr::Field(x, i) => {
                let o = obj_of(self.eval(frame, x)?)?;
                if let Some(var) = o.var(*i) {
                    self.reading_obj(var, &o.id)?;
                }
                o.field(*i)
            }
            Expr::AddrOf(x) => Value::Ptr(obj_of(self.eval(frame, x)?)?),
            Expr::FieldAddr(x, i) => {
                let o = obj_of(self.eval(frame, x)?)?;
                Value::Ref(super::pointers::Ref::Field(o, *i))
            }
            Expr::ElemAddr(x, i) => self.elem_addr(frame, x, i)?,
            Expr::Deref(x) => Value::Struct(obj_of(self.eval(frame, x)?)?),
            Expr::CopyStruct(x) => Value::Struct(obj_of(self.eval(frame, x)?)?.copied()),
            Expr::NewLock(lock) => self.new_lock(*lock),
            Expr::NewWaitGroup(g) => {
                self.made_once(*g)?;
                Value::WaitGroup(*g)
            }
            Expr::MakeMap { var, entries } => {
                let mut made = BTreeMap::new();
                for (k, v) in entries {
                    let k = MapKey::of(&self.eval(frame, k)?);
                    made.insert(k, self.eval(frame, v)?);
                }
                Value::Map(MapRef::new(*var, made))
            }
            Expr::MapGet { map, key, zero } => {
                let m = self.eval(frame, map)?;
                let k = self.eval(frame, key)?;
                self.map_get(&m, &k)?
                    .map_or_else(|| self.eval(frame, zero), Ok)?
            }
            Expr::NewAtomic { var, kind, aligned } => {
                super::atomics::new_atomic(*var, *kind, *aligned)
            }
            Expr::NewAtomicValue(var) => super::atomic_value::new_atomic_value(*var, None),
            Expr::NewAtomicPointer(var, ty) => super::atomic_value::new_atomic_value(
                *var,
                Some((ty.as_str().into(), None, Value::Chan(None))),
            ),
            Expr::Atomic(op, x, args) => {
                let target = self.eval(frame, x)?;
                let args = self.eval_all(frame, args)?;
                self.atomic(*op, &target, &args)?
            }
            Expr::AtomicAt {
                op,
                place,
                var,
                args,
            } => {
                let args = self.eval_all(frame, args)?;
                self.atomic_at(frame, *op, *place, *var, &args)?
            }
            _ => return Err(self.bug("not an expression of data".into())),
        })
    }

    /// A WaitGroup (global `g`) made where a struct or a function's variable is made: one
    /// value's. Made again while the first still counts or is waited for, it would be a
    /// second WaitGroup at once, which is refused; made again idle, it is as new.
    fn made_once(&self, g: usize) -> Result<(), Stop> {
        let mut made = self
            .shared
            .made_locks
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let times = made.entry(g).or_insert(0);
        *times += 1;
        if *times > 1 && !self.wait_group(g)?.idle() {
            let name = self
                .shared
                .program
                .globals
                .get(g)
                .map_or("", |d| d.name.as_str());
            return Err(Stop::Panic(format!(
                "syncscope does not run a second WaitGroup made at the place {name} was \
                 made while the first is in use yet"
            )));
        }
        Ok(())
    }

    /// A struct's Mutex: the program's lock made here the first time, and a new lock of
    /// the run's each time after, so each struct value has its own.
    fn new_lock(&self, lock: usize) -> Value {
        let program = &self.shared.program;
        let g = program.lock_global(lock).unwrap_or(usize::MAX);
        let mut made = self
            .shared
            .made_locks
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let times = made.entry(g).or_insert(0);
        *times += 1;
        if *times == 1 {
            return Value::Lock(lock);
        }
        let rw = program.rw_locks.get(lock).copied().unwrap_or(false);
        let base = program.locks.get(lock).map_or("mu", |n| n.as_str());
        Value::Lock(self.made_lock(rw, format!("{base} ({times})")))
    }

    /// A lock made as the run goes, after the program's and those made before it: its
    /// number, its name told to the views.
    pub(super) fn made_lock(&self, rw: bool, name: String) -> usize {
        let made_lock = crate::make_lock(rw, &self.shared.sched);
        let mut more = self
            .shared
            .more_locks
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let id = self.shared.program.locks.len() + more.len();
        more.push(std::sync::Arc::new(made_lock));
        self.emit(syncscope_program::event::EventKind::LockMade {
            lock: id,
            name: name.into(),
        });
        id
    }

    /// A field written, reported if the race detector follows it.
    pub(super) fn set_field(&self, o: &Obj, i: usize, v: Value) {
        if let Some(var) = o.var(i) {
            self.touch(var as u16, &o.id, true);
        }
        if let Some(field) = o.fields().get_mut(i) {
            *field = v;
        }
    }

    /// The statements of structs and maps.
    pub(super) fn stmt_data(&self, frame: &mut Frame, kind: &StmtKind) -> Result<(), Stop> {
        match kind {
            StmtKind::SetField(x, i, v) => {
                let o = obj_of(self.eval(frame, x)?)?;
                let v = self.eval(frame, v)?;
                self.set_field(&o, *i, v);
            }
            StmtKind::UpdateField(x, i, op, v) => {
                let o = obj_of(self.eval(frame, x)?)?;
                let rhs = self.eval(frame, v)?;
                let Some(var) = o.var(*i) else {
                    let new = Value::binary(*op, o.field(*i), rhs).map_err(Stop::Panic)?;
                    self.set_field(&o, *i, new);
                    return Ok(());
                };
                // As `x op= e` on a package variable: read, hold the window, write.
                self.read_shared()?;
                self.reading_obj(var, &o.id)?;
                let old = o.field(*i);
                let window = self.shared.info.write_ms as i64 * 1_000_000;
                if window > 0 {
                    self.state(syncscope_program::event::State::Writing);
                    self.sleep(syncscope_program::event::State::Writing, window)?;
                }
                self.write_pending()?;
                let new = Value::binary(*op, old, rhs).map_err(Stop::Panic)?;
                self.set_field(&o, *i, new);
                if window > 0 {
                    self.state(syncscope_program::event::State::Running);
                }
            }
            StmtKind::MapSet(m, k, v) => {
                let m = self.eval(frame, m)?;
                let k = self.eval(frame, k)?;
                let v = self.eval(frame, v)?;
                self.map_write(&m, k, false, |_| Ok(Some(v)))?;
            }
            StmtKind::MapUpdate {
                map,
                key,
                op,
                value,
                zero,
            } => {
                let m = self.eval(frame, map)?;
                let k = self.eval(frame, key)?;
                let v = self.eval(frame, value)?;
                let zero = self.eval(frame, zero)?;
                self.map_write(&m, k, true, |old| {
                    let old = old.unwrap_or(zero);
                    Value::binary(*op, old, v).map(Some).map_err(Stop::Panic)
                })?;
            }
            StmtKind::MapDelete(m, k) => {
                let m = self.eval(frame, m)?;
                let k = self.eval(frame, k)?;
                // Deleting from a nil map does nothing, as in Go.
                if matches!(m, Value::Map(_)) {
                    self.map_write(&m, k, false, |_| Ok(None))?;
                }
            }
            StmtKind::MapLookup {
                map,
                key,
                zero,
                into,
            } => {
                let m = self.eval(frame, map)?;
                let k = self.eval(frame, key)?;
                let (v, ok) = match self.map_get(&m, &k)? {
                    Some(v) => (v, true),
                    None => (self.eval(frame, zero)?, false),
                };
                self.deliver(frame, into, v, ok)?;
            }
            _ => return Err(self.bug("not a statement of data".into())),
        }
        Ok(())
    }
}

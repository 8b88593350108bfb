//! `sync.Once` as Go writes it (src/sync/once.go): a `done` flag read atomically, and a
//! Mutex that the first caller holds while `f` runs, so the others wait on it until `f` has
//! returned. The Mutex is a lock of the run, made at the first call that finds the flag down
//! and named after the Once (`once.m`): the lanes show its waiters, the lock panel its holder.

use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use syncscope_program::Expr;
use syncscope_program::event::{Access, EventKind};

#[derive(Debug)]
pub(crate) struct OnceCell {
    done: AtomicBool,
    /// The run's lock that is its Mutex, once a call has needed it.
    lock: Mutex<Option<usize>>,
    /// The variable the race detector knows its flag by, named after the Once.
    var: u16,
}

#[derive(Debug, Clone)]
pub(crate) struct OnceRef(pub(crate) Arc<OnceCell>);

impl PartialEq for OnceRef {
    fn eq(&self, other: &OnceRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl OnceRef {
    pub(crate) fn new(var: u16) -> OnceRef {
        OnceRef(Arc::new(OnceCell {
            done: AtomicBool::new(false),
            lock: Mutex::new(None),
            var,
        }))
    }

    /// `%v` of it, as Go 1.26 prints a `sync.Once`: its flag and its Mutex's state words.
    pub(crate) fn shown(&self) -> String {
        let done = u8::from(self.0.done.load(Ordering::SeqCst));
        format!("{{{{}} {{{{}} {done}}} {{{{}} {{0 0}}}}}}")
    }
}

impl Goroutine {
    /// `once.Do(f)`.
    pub(super) fn once_do(&self, frame: &mut Frame, once: &Expr, f: &Expr) -> Result<(), Stop> {
        let Value::Once(once) = self.eval(frame, once)? else {
            return Err(self.bug("Do of something not a sync.Once".into()));
        };
        let f = self.eval(frame, f)?;
        let cell = &once.0;
        // The flag is read atomically: a caller that finds it up has seen everything f did.
        self.flag(cell, false);
        if cell.done.load(Ordering::SeqCst) {
            return Ok(());
        }
        let lock = self.once_lock(cell);
        self.lock_call(lock, Access::Write, false)?;
        if !cell.done.load(Ordering::SeqCst) {
            // As Go's deferred calls do, a panic of f marks it done and unlocks too: f never
            // runs again, and the next Do returns at once.
            let ran = self.call_value(f);
            if let Err(Stop::Cancelled | Stop::Exit(_)) = ran {
                return ran.map(drop);
            }
            cell.done.store(true, Ordering::SeqCst);
            self.flag(cell, true);
            self.lock_call(lock, Access::Write, true)?;
            return ran.map(drop);
        }
        self.lock_call(lock, Access::Write, true)
    }

    /// A call of the function value `f` with no arguments.
    pub(super) fn call_value(&self, f: Value) -> Result<Value, Stop> {
        let Value::Func(closure) = f else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        self.call(closure.func, Vec::new(), closure.cells.clone())
    }

    fn flag(&self, cell: &OnceCell, write: bool) {
        self.emit(EventKind::Atomic {
            var: cell.var,
            write,
        });
    }

    /// The Once's Mutex, made the first time a call needs it.
    fn once_lock(&self, cell: &OnceCell) -> usize {
        let mut lock = cell.lock.lock().unwrap_or_else(|e| e.into_inner());
        *lock.get_or_insert_with(|| {
            let name = self
                .shared
                .program
                .globals
                .get(usize::from(cell.var))
                .map_or("once", |g| g.name.as_str());
            self.made_lock(false, format!("{name}.m"))
        })
    }
}

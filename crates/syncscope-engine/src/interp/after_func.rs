//! `time.AfterFunc(d, f)`: a timer that starts `f` in a goroutine of its own when it fires,
//! and its `Stop` and `Reset`. Its channel `C` is nil, as Go's is. The new goroutine's lane
//! starts at the firing, created by whoever set the timer (its `AfterFunc` or last `Reset`),
//! which is also what the race detector orders before it.

use super::value::{Closure, Value};
use super::{Frame, Goroutine, Started};
use crate::sched::{Spawn, Spawned, Stop};
use std::sync::{Arc, Mutex};
use syncscope_program::Expr;
use syncscope_program::event::Gid;

#[derive(Debug)]
pub(crate) struct FuncTimer {
    state: Mutex<Setting>,
    f: Arc<Closure>,
}

#[derive(Debug)]
struct Setting {
    /// When it fires, if it is to.
    due: Option<u64>,
    /// Bumped by every `Stop` and `Reset`: a firing set before one is void.
    generation: u64,
    /// Who set it last.
    setter: Gid,
}

#[derive(Debug, Clone)]
pub(crate) struct FuncTimerRef(pub(crate) Arc<FuncTimer>);

impl PartialEq for FuncTimerRef {
    fn eq(&self, other: &FuncTimerRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A duration in whole microseconds, the virtual clock's grain, rounded up as a sleep is.
fn micros(ns: i64) -> u64 {
    (ns.max(0) as u64).div_ceil(1000)
}

impl Goroutine {
    /// `time.AfterFunc(d, f)`.
    pub(super) fn after_func(&self, frame: &mut Frame, d: &Expr, f: &Expr) -> Result<Value, Stop> {
        let ns = self.eval(frame, d)?.as_int();
        let Value::Func(f) = self.eval(frame, f)? else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        let due = self.shared.sched.exact_now_us().saturating_add(micros(ns));
        let timer = Arc::new(FuncTimer {
            state: Mutex::new(Setting {
                due: Some(due),
                generation: 0,
                setter: self.gid(),
            }),
            f,
        });
        self.arm(&timer, due, 0);
        Ok(Value::FuncTimer(FuncTimerRef(timer)))
    }

    /// `t.Stop()`: whether it stopped a firing to come (else `f` has been started).
    pub(super) fn stop_func_timer(&self, t: &FuncTimerRef) -> bool {
        let mut st = t.0.state.lock().unwrap_or_else(|e| e.into_inner());
        st.generation += 1;
        st.due.take().is_some()
    }

    /// `t.Reset(d)`: `f` starts `d` from now (again, if it has started); whether a firing was
    /// still to come.
    pub(super) fn reset_func_timer(&self, t: &FuncTimerRef, ns: i64) -> bool {
        let due = self.shared.sched.exact_now_us().saturating_add(micros(ns));
        let (active, generation) = {
            let mut st = t.0.state.lock().unwrap_or_else(|e| e.into_inner());
            st.generation += 1;
            st.setter = self.gid();
            (st.due.replace(due).is_some(), st.generation)
        };
        self.arm(&t.0, due, generation);
        active
    }

    /// The scheduler starts `f` at `due` unless the timer is stopped or reset first.
    fn arm(&self, timer: &Arc<FuncTimer>, due: u64, generation: u64) {
        // Weak: a timer left set when the run ends must not keep the run's state alive.
        let shared = Arc::downgrade(&self.shared);
        let timer = timer.clone();
        let spawn: Spawn = Arc::new(move || {
            let Some(shared) = shared.upgrade() else {
                return Spawned::Nothing;
            };
            let parent = {
                let mut st = timer.state.lock().unwrap_or_else(|e| e.into_inner());
                if st.generation != generation || st.due.take().is_none() {
                    return Spawned::Nothing;
                }
                st.setter
            };
            let call = Started {
                func: timer.f.func,
                args: Vec::new(),
                cells: timer.f.cells.clone(),
            };
            match Goroutine::started_aside(&shared, call) {
                Ok(child) => Spawned::Child { parent, child },
                Err(message) => Spawned::Failed(message),
            }
        });
        self.shared.sched.spawn_at(due, spawn);
    }
}

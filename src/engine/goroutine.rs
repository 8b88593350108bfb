//! One goroutine's thread: it walks its function's steps and reports each state change.

use super::{BUG, Lock, Shared, pool};
use crate::event::{Access, Ending, EventKind, Gid, LockAction, State};
use crate::fault::{self, Fault};
use crate::scenario::{LockRef, Op, Step};
use crate::sched::Stop;
use crate::sync::Probe;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;

/// One goroutine's view of the run; also the probe its primitives report through.
pub(super) struct Goroutine {
    gid: Gid,
    shared: Arc<Shared>,
    /// The state last reported, so that a step that did not block reports nothing new.
    current: Cell<Option<State>>,
}

/// The probe for one named lock: tells which lock the report is about.
struct LockProbe<'a> {
    g: &'a Goroutine,
    lock: usize,
}

impl Probe for LockProbe<'_> {
    fn me(&self) -> Gid {
        self.g.gid
    }

    fn lock(&self, access: Access, action: LockAction) {
        self.g.emit(EventKind::Lock {
            lock: self.lock,
            access,
            action,
        });
        if action == LockAction::Wait {
            self.g.state(match access {
                Access::Write => State::WaitingLock,
                Access::Read => State::WaitingRLock,
            });
        }
    }

    fn woken(&self, who: Gid, access: Access) {
        let kind = EventKind::Lock {
            lock: self.lock,
            access,
            action: LockAction::Woken,
        };
        self.g.shared.sched.emit(who, kind);
    }

    fn starving(&self, on: bool) {
        self.g.emit(EventKind::Starving {
            lock: self.lock,
            on,
        });
    }

    fn wait_group_blocks(&self) {}

    fn wait_group_counter(&self, _: i64) {}

    fn wait_returned(&self) {}
}

impl Probe for Goroutine {
    fn me(&self) -> Gid {
        self.gid
    }

    fn lock(&self, _: Access, _: LockAction) {}

    fn woken(&self, _: Gid, _: Access) {}

    fn starving(&self, _: bool) {}

    fn wait_group_blocks(&self) {
        self.state(State::WaitingWg);
    }

    fn wait_group_counter(&self, counter: i64) {
        self.emit(EventKind::WaitGroup(counter));
    }

    fn wait_returned(&self) {
        self.emit(EventKind::WaitReturned);
    }
}

/// Where a function runs: which function (0 is `main`) and for which goroutine id, the `i`
/// of `dbCall(i)`, which `main` passes when it calls the function itself.
#[derive(Clone, Copy)]
struct Frame {
    func: u16,
    id: u32,
}

impl Goroutine {
    pub(super) fn new(gid: Gid, shared: Arc<Shared>) -> Goroutine {
        Goroutine {
            gid,
            shared,
            current: Cell::new(None),
        }
    }

    fn emit(&self, kind: EventKind) {
        self.shared.sched.emit(self.gid, kind);
    }

    fn state(&self, state: State) {
        if self.current.replace(Some(state)) != Some(state) {
            self.emit(EventKind::State(state));
        }
    }

    /// Ends the thread's part in the run however its body ended.
    fn finish(&self, outcome: Result<(), Stop>) {
        if let Err(Stop::Panic(message)) = outcome {
            self.state(State::Panicked);
            self.emit(EventKind::End(Ending::Panic(message)));
            self.shared.cancel();
        }
        self.shared.sched.exit(self.gid);
    }

    /// A bug in a goroutine thread ends the run with its message instead of freezing it.
    fn guarded(&self, body: impl FnOnce() -> Result<(), Stop>) -> Result<(), Stop> {
        panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|payload| {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(Stop::Panic(format!(
                "{BUG} the thread of {} panicked: {message}",
                self.gid
            )))
        })
    }

    pub(super) fn run_main(self) {
        // main has the turn from the start; taking it here opens its outbox.
        if self.shared.sched.first_turn(self.gid).is_err() {
            return self.shared.sched.exit(self.gid);
        }
        self.emit(EventKind::RunStarted(Box::new(self.shared.info.clone())));
        let outcome = self.guarded(|| {
            self.state(State::Running);
            let main = Frame { func: 0, id: 0 };
            self.steps(&self.shared.info.scenario.main, main, false)?;
            // When main returns the program is over, whoever is still running.
            self.state(State::Done);
            self.emit(EventKind::End(Ending::Finished));
            self.shared.cancel();
            Ok(())
        });
        self.finish(outcome);
    }

    fn run_goroutine(self, group: usize) {
        let outcome = self.guarded(|| {
            self.shared.sched.first_turn(self.gid)?;
            if self.gid == Gid(1) && fault::injected(Fault::WorkerPanic) {
                panic!("injected by SYNCSCOPE_FAULT=worker-panic");
            }
            let frame = Frame {
                func: group as u16 + 1,
                id: self.gid.0,
            };
            let steps = &self.shared.info.scenario.groups[group].steps;
            let done_last = self.steps(steps, frame, true)?;
            if !done_last {
                self.state(State::Done);
            }
            Ok(())
        });
        self.finish(outcome);
    }

    /// Runs `steps`; returns whether the last one was a `Done` that already marked the lane
    /// done. A goroutine that signals the WaitGroup last is done the moment it signals, or
    /// `main` could return and cut it off in the instant between.
    fn steps(&self, steps: &[Step], frame: Frame, top: bool) -> Result<bool, Stop> {
        let mode = self.shared.info.mode;
        let mut done_last = false;
        for (i, step) in steps.iter().enumerate() {
            let Some(op) = step.op.under(mode) else {
                continue;
            };
            let at = EventKind::At {
                func: frame.func,
                pc: step.pc,
            };
            self.shared.sched.step(self.gid, at)?;
            done_last = top && i + 1 == steps.len() && op == Op::Done && frame.func != 0;
            if done_last {
                self.state(State::Done);
            }
            self.op(&op, frame)?;
        }
        Ok(done_last)
    }

    fn op(&self, op: &Op, frame: Frame) -> Result<(), Stop> {
        let shared = &self.shared;
        let info = &shared.info;
        let us = |ms| info.step_us(ms, frame.id, &shared.delays_us);
        match op {
            Op::Sleep(ms) => self.sleep(State::Sleeping, us(*ms))?,
            Op::Lock(r) => self.lock(*r)?,
            Op::Unlock(r) => self.unlock(*r)?,
            Op::Append(ms) => self.append(frame.id, us(*ms))?,
            Op::Read(ms) => {
                self.state(State::Reading);
                self.emit(EventKind::Read(shared.results.len()));
                self.sleep(State::Reading, us(*ms))?;
                self.state(State::Running);
            }
            Op::Done => shared.wg.done(self)?,
            Op::Add(n) => shared.wg.add(*n, self)?,
            Op::Wait => {
                shared.wg.wait(self)?;
                self.state(State::Running);
            }
            Op::Repeat { times, body } => {
                for _ in 0..info.times(*times) {
                    self.steps(body, frame, false)?;
                }
            }
            Op::Spawn { add } => self.spawn_all(*add)?,
            Op::Call => {
                for (id, group) in info.goroutines() {
                    let steps = &info.scenario.groups[group].steps;
                    let callee = Frame {
                        func: group as u16 + 1,
                        id,
                    };
                    self.steps(steps, callee, false)?;
                }
            }
        }
        Ok(())
    }

    /// `time.Sleep` in `state`; a zero-length one returns at once and shows nothing, as in Go.
    fn sleep(&self, state: State, us: u64) -> Result<(), Stop> {
        if us == 0 {
            return Ok(());
        }
        self.state(state);
        self.shared.sched.sleep(self.gid, us)?;
        if state == State::Sleeping {
            self.state(State::Running);
        }
        Ok(())
    }

    fn append(&self, id: u32, hold_us: u64) -> Result<(), Stop> {
        let shared = &self.shared;
        self.state(State::Writing);
        let slot = shared.results.begin_append();
        self.emit(EventKind::LoadLen(slot));
        self.sleep(State::Writing, hold_us)?;
        let overwrote = shared.results.finish_append(slot, id);
        self.emit(EventKind::Store {
            slot,
            value: id,
            overwrote,
        });
        self.emit(EventKind::Len(slot + 1));
        self.state(State::Running);
        Ok(())
    }

    fn spawn_all(&self, add: bool) -> Result<(), Stop> {
        let shared = &self.shared;
        for (index, &group) in shared.group_of.iter().enumerate() {
            if add {
                shared.wg.add(1, self)?;
            }
            let child = Gid(index as u32 + 1);
            // The goroutine exists from its `go` statement on, scheduled or not: if main
            // returns first, its lane must still show it was cut off.
            self.emit(EventKind::Go(child));
            let g = Goroutine::new(child, shared.clone());
            g.current.set(Some(State::Running));
            pool::global()
                .spawn(move || g.run_goroutine(group))
                .map_err(Stop::Panic)?;
            shared.sched.go(child);
        }
        Ok(())
    }

    fn lock(&self, r: LockRef) -> Result<(), Stop> {
        let probe = LockProbe {
            g: self,
            lock: r.lock,
        };
        match (&self.shared.locks[r.lock], r.access) {
            (Lock::Mutex(m), _) => m.lock(&probe)?,
            (Lock::Rw(rw), Access::Write) => rw.lock(&probe)?,
            (Lock::Rw(rw), Access::Read) => rw.rlock(&probe)?,
        }
        self.state(State::Running);
        Ok(())
    }

    fn unlock(&self, r: LockRef) -> Result<(), Stop> {
        let probe = LockProbe {
            g: self,
            lock: r.lock,
        };
        match (&self.shared.locks[r.lock], r.access) {
            (Lock::Mutex(m), _) => m.unlock(&probe),
            (Lock::Rw(rw), Access::Write) => rw.unlock(&probe),
            (Lock::Rw(rw), Access::Read) => rw.runlock(&probe),
        }
    }
}

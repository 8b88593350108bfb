//! One goroutine's fiber: where it starts and ends, and its state changes. What it runs is
//! in `interp`, each primitive's statements beside the probe they report through.

use super::Started;
use crate::sched::Stop;
use crate::{BUG, Shared};
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use syncscope_program::event::{Ending, EventKind, Gid, State};
use syncscope_program::limits::{MAX_ALIVE, MAX_STARTED};

/// One goroutine's view of the run; also the probe its primitives report through.
pub(crate) struct Goroutine {
    gid: Gid,
    pub(super) shared: Arc<Shared>,
    /// The state last reported, so that a step that did not block reports nothing new.
    current: Cell<Option<State>>,
    /// How deep its Go calls are nested now.
    pub(super) depth: Cell<u32>,
    /// The panic a deferred call runs under, if one does.
    pub(super) panicking: RefCell<Option<super::panics::Panicking>>,
    /// The last `panic(v)`: its message and `v`, for a `recover()` of it.
    pub(super) raised: RefCell<Option<(String, super::value::Value)>>,
    /// The panics a deferred call's panic went on from, as the crash lists them first.
    pub(super) chain: RefCell<super::panics::Chain>,
}

impl Goroutine {
    pub(crate) fn new(gid: Gid, shared: Arc<Shared>) -> Goroutine {
        Goroutine {
            gid,
            shared,
            current: Cell::new(None),
            depth: Cell::new(0),
            panicking: RefCell::new(None),
            raised: RefCell::new(None),
            chain: RefCell::default(),
        }
    }

    pub(super) fn gid(&self) -> Gid {
        self.gid
    }

    pub(super) fn emit(&self, kind: EventKind) {
        self.shared.sched.emit(self.gid, kind);
    }

    /// A bug of ours, said as one.
    pub(super) fn bug(&self, what: String) -> Stop {
        Stop::Panic(format!("{BUG} {}: {what}", self.gid))
    }

    pub(super) fn state(&self, state: State) {
        if self.current.replace(Some(state)) != Some(state) {
            self.emit(EventKind::State(state));
        }
    }

    /// Ends the goroutine's part in the run however its body ended.
    #[inline(never)]
    fn finish(&self, outcome: Result<(), Stop>) {
        match outcome {
            Err(Stop::Panic(message)) => {
                let message = self.chain.borrow().told(message);
                self.state(State::Panicked);
                self.emit(EventKind::End(Ending::Panic(message)));
                self.shared.cancel();
            }
            Err(Stop::Exit(code)) => {
                self.state(State::Done);
                self.emit(EventKind::End(Ending::Exit(code)));
                self.shared.cancel();
            }
            Err(Stop::Goexit) => {
                self.state(State::Done);
                if self.gid == Gid::MAIN {
                    // main is gone but `main` never returned: the others run on.
                    self.shared.sched.main_goexited();
                }
            }
            Ok(()) | Err(Stop::Cancelled) => {}
        }
        self.shared.sched.exit(self.gid);
    }

    /// A bug in a goroutine's code ends the run with its message instead of freezing it.
    fn guarded(&self, body: impl FnOnce() -> Result<(), Stop>) -> Result<(), Stop> {
        panic::catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|payload| {
            Err(Stop::Panic(format!(
                "{BUG} the thread of {} panicked: {}",
                self.gid,
                panic_message(payload.as_ref())
            )))
        })
    }

    pub(crate) fn run_main(self) {
        self.shared.budget.enter();
        self.shared.addresses.enter();
        crate::cost::start(self.shared.info.cost, self.shared.info.seed, self.gid.0);
        // main has the turn from the start; taking it here opens its outbox.
        if self.shared.sched.first_turn(self.gid).is_err() {
            return self.shared.sched.exit(self.gid);
        }
        self.emit(EventKind::RunStarted(Box::new(self.shared.info.clone())));
        let outcome = self.guarded(|| {
            self.state(State::Running);
            self.init_globals()?;
            let program = self.shared.program.clone();
            for &init in &program.inits {
                self.call(init, Vec::new(), Vec::new())?;
            }
            self.call(program.main, Vec::new(), Vec::new())?;
            // Goroutines on other processors run up to the time main returns at.
            self.shared.sched.interleave(self.gid)?;
            // When main returns the program is over, whoever is still running.
            self.state(State::Done);
            self.emit(EventKind::End(Ending::Finished));
            self.shared.cancel();
            Ok(())
        });
        self.finish(outcome);
    }

    /// A goroutine started by `go`: runs its function with the arguments evaluated at the
    /// statement.
    pub(super) fn run_goroutine(self, call: Started) {
        self.shared.budget.enter();
        self.shared.addresses.enter();
        crate::cost::start(self.shared.info.cost, self.shared.info.seed, self.gid.0);
        let outcome = self.guarded(|| {
            self.shared.sched.first_turn(self.gid)?;
            if self.gid == Gid(1) && crate::fault::worker_panic() {
                panic!("injected by SYNCSCOPE_FAULT=worker-panic");
            }
            self.state(State::Running);
            self.call(call.func, call.args, call.cells)?;
            self.state(State::Done);
            Ok(())
        });
        self.shared.alive.fetch_sub(1, Ordering::SeqCst);
        self.finish(outcome);
    }

    /// `go f(args)`: the new goroutine, its lane from this statement on, its fiber, and its
    /// turn when this one stops.
    pub(super) fn start(&self, call: Started) -> Result<(), Stop> {
        let shared = &self.shared;
        let child = next_gid(shared).map_err(Stop::Panic)?;
        // The child's fiber waits for a turn that `sched.go` gives, after its `go` event.
        spawn(shared, child, call).map_err(Stop::Panic)?;
        self.emit(EventKind::Go(child));
        shared.sched.go(child);
        Ok(())
    }

    /// A goroutine that no `go` statement starts (a timer's): its number and its fiber,
    /// which waits for the turn that whoever asked gives it.
    pub(super) fn started_aside(shared: &Arc<Shared>, call: Started) -> Result<Gid, String> {
        let child = next_gid(shared)?;
        spawn(shared, child, call)?;
        Ok(child)
    }
}

#[cold]
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// The next goroutine's number, if the run may have one more.
fn next_gid(shared: &Shared) -> Result<Gid, String> {
    let id = shared.next_gid.fetch_add(1, Ordering::SeqCst);
    if id > MAX_STARTED {
        return Err(format!(
            "syncscope: the program starts more than {MAX_STARTED} goroutines, the most \
             syncscope runs"
        ));
    }
    Ok(Gid(id))
}

/// Goroutine `child`'s fiber, waiting for its first turn.
fn spawn(shared: &Arc<Shared>, child: Gid, call: Started) -> Result<(), String> {
    if shared.alive.fetch_add(1, Ordering::SeqCst) >= MAX_ALIVE {
        shared.alive.fetch_sub(1, Ordering::SeqCst);
        return Err(format!(
            "syncscope: the program has more than {MAX_ALIVE} goroutines alive at once, \
             the most syncscope runs"
        ));
    }
    let g = Goroutine::new(child, shared.clone());
    g.current.set(Some(State::Running));
    shared
        .sched
        .start_waiting(child, Box::new(move || g.run_goroutine(call)))
        .inspect_err(|_| {
            shared.alive.fetch_sub(1, Ordering::SeqCst);
        })
}

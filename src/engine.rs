//! One run: real OS threads for `main` and `g1`..`gN`, acting out the tutorials' program.

use crate::clock::{Clock, Pacing, Stop};
use crate::event::{Access, Ending, Event, EventKind, Gid, LockAction, LockMode, RunInfo, State};
use crate::sync::{Mutex, Probe, RacySlice, RwMutex, WaitGroup};
use crossbeam_channel::Sender;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::thread;

/// Small stacks: a goroutine here needs little, and 10,000 of them must fit.
const GOROUTINE_STACK: usize = 64 * 1024;

/// Everything the goroutines of one run share.
struct Shared {
    info: RunInfo,
    delays_us: Vec<u64>,
    clock: Arc<Clock>,
    mutex: Mutex,
    rw: RwMutex,
    wg: WaitGroup,
    results: RacySlice,
}

impl Shared {
    fn cancel(&self) {
        self.clock.cancel();
        self.mutex.interrupt();
        self.rw.interrupt();
        self.wg.interrupt();
    }
}

/// A started run. Dropping it leaves the run going; `cancel` stops it without waiting for
/// any sleep to end.
pub struct RunHandle {
    shared: Arc<Shared>,
}

impl RunHandle {
    pub fn clock(&self) -> &Arc<Clock> {
        &self.shared.clock
    }

    pub fn cancel(&self) {
        self.shared.cancel();
    }
}

/// Starts run number `run`; its events go to `tx`, beginning with `RunStarted`.
pub fn start(run: u32, info: RunInfo, pacing: Pacing, speed: f64, tx: Sender<Event>) -> RunHandle {
    let clock = Arc::new(Clock::new(run, pacing, speed, tx));
    let shared = Arc::new(Shared {
        delays_us: info.delays_us(),
        results: RacySlice::with_capacity(info.workers as usize),
        mutex: Mutex::new(clock.clone()),
        rw: RwMutex::new(clock.clone()),
        wg: WaitGroup::new(clock.clone()),
        clock,
        info,
    });
    shared.clock.spawned();
    let main = Goroutine {
        gid: Gid::MAIN,
        shared: shared.clone(),
    };
    if let Err(e) = spawn("main", move || main.run_main()) {
        shared
            .clock
            .emit(Gid::MAIN, EventKind::End(Ending::Panic(e)));
    }
    RunHandle { shared }
}

fn spawn(name: &str, body: impl FnOnce() + Send + 'static) -> Result<(), String> {
    thread::Builder::new()
        .name(name.to_string())
        .stack_size(GOROUTINE_STACK)
        .spawn(body)
        .map(drop)
        .map_err(|e| format!("runtime: failed to create new OS thread ({e})"))
}

/// One goroutine's view of the run; also the probe its primitives report through.
struct Goroutine {
    gid: Gid,
    shared: Arc<Shared>,
}

impl Probe for Goroutine {
    fn lock(&self, access: Access, action: LockAction) {
        self.emit(EventKind::Lock { access, action });
        if action == LockAction::Wait {
            let state = match access {
                Access::Write => State::WaitingLock,
                Access::Read => State::WaitingRLock,
            };
            self.state(state);
        }
    }

    fn wait_group_blocks(&self) {
        self.state(State::WaitingWg);
    }

    fn wait_group_counter(&self, counter: i64) {
        self.emit(EventKind::WaitGroup(counter));
    }
}

impl Goroutine {
    fn emit(&self, kind: EventKind) {
        self.shared.clock.emit(self.gid, kind);
    }

    fn state(&self, state: State) {
        self.emit(EventKind::State(state));
    }

    /// Runs `body`, then ends the thread's part in the run however the body ended.
    fn finish(&self, outcome: Result<(), Stop>) {
        if let Err(Stop::Panic(message)) = outcome {
            self.state(State::Panicked);
            self.emit(EventKind::End(Ending::Panic(message)));
            self.shared.cancel();
        }
        self.shared.clock.exited();
    }

    fn run_main(self) {
        self.emit(EventKind::RunStarted(self.shared.info.clone()));
        let outcome = self.guarded(|| self.main_body());
        self.finish(outcome);
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
                "syncscope bug: the thread of {} panicked: {message}",
                self.gid
            )))
        })
    }

    fn main_body(&self) -> Result<(), Stop> {
        self.state(State::Running);
        let shared = &self.shared;
        for id in 1..=shared.info.workers {
            shared.wg.add(1, self)?;
            shared.clock.spawned();
            let g = Goroutine {
                gid: Gid(id),
                shared: shared.clone(),
            };
            if let Err(e) = spawn(&format!("g{id}"), move || g.run_worker()) {
                shared.clock.exited();
                return Err(Stop::Panic(e));
            }
        }
        shared.wg.wait(self)?;
        self.state(State::Running);
        self.state(State::Done);
        self.emit(EventKind::End(Ending::Finished));
        Ok(())
    }

    fn run_worker(self) {
        let outcome = self.guarded(|| self.db_call());
        self.finish(outcome);
    }

    /// The tutorials' `dbCall(i)`: the slow call, `save`, `log`, then `wg.Done()`.
    fn db_call(&self) -> Result<(), Stop> {
        let shared = &self.shared;
        self.state(State::Running);
        self.state(State::Sleeping);
        shared
            .clock
            .sleep_for(shared.delays_us[self.gid.index() - 1])?;
        self.state(State::Running);
        self.save()?;
        for _ in 0..shared.info.reads {
            self.log()?;
        }
        // `defer wg.Done()` is the goroutine's last act: it is done when it signals.
        self.state(State::Done);
        shared.wg.done(self)
    }

    fn save(&self) -> Result<(), Stop> {
        let shared = &self.shared;
        self.acquire(Access::Write)?;
        self.state(State::Writing);
        let slot = shared.results.begin_append();
        shared.clock.sleep_for(shared.info.write_ms * 1000)?;
        let overwrote = shared.results.finish_append(slot, self.gid.0);
        self.emit(EventKind::Store {
            slot,
            value: RunInfo::value(self.gid.0),
            overwrote: overwrote.map(RunInfo::value),
        });
        self.emit(EventKind::Len(slot + 1));
        self.state(State::Running);
        self.release(Access::Write)
    }

    fn log(&self) -> Result<(), Stop> {
        let shared = &self.shared;
        self.acquire(Access::Read)?;
        self.state(State::Reading);
        self.emit(EventKind::Read(shared.results.len()));
        shared.clock.sleep_for(shared.info.read_ms * 1000)?;
        self.state(State::Running);
        self.release(Access::Read)
    }

    /// Takes the lock the mode calls for: none, always `Lock`, or `Lock`/`RLock`.
    fn acquire(&self, access: Access) -> Result<(), Stop> {
        let shared = &self.shared;
        match (shared.info.mode, access) {
            (LockMode::None, _) => Ok(()),
            (LockMode::Mutex, _) => shared.mutex.lock(self),
            (LockMode::RwMutex, Access::Write) => shared.rw.lock(self),
            (LockMode::RwMutex, Access::Read) => shared.rw.rlock(self),
        }
    }

    fn release(&self, access: Access) -> Result<(), Stop> {
        let shared = &self.shared;
        match (shared.info.mode, access) {
            (LockMode::None, _) => Ok(()),
            (LockMode::Mutex, _) => shared.mutex.unlock(self),
            (LockMode::RwMutex, Access::Write) => shared.rw.unlock(self),
            (LockMode::RwMutex, Access::Read) => shared.rw.runlock(self),
        }
    }
}

//! The engine: a run of a program on fibers for `main` and its goroutines (`fibers`), each
//! running its part of the program (`interp`) on the run's shared variables, locks and
//! WaitGroups, under a scheduler of processors on a virtual clock (`sched`), with Go's
//! primitives (`sync`). Every state change goes out as an event over `channel`. It knows
//! the program form and nothing of front ends or screens.

#![warn(unreachable_pub)]

pub mod channel;
mod cost;
mod fault;
mod fibers;
pub mod heap;
mod interp;
pub mod pool;
pub mod sched;
mod stack;
pub mod sync;

use crate::channel::EventSink;
use crate::sched::{Breaks, Pacing, Sched};
use crate::sync::channel::Channels;
use crate::sync::{Mutex, RwMutex, WaitGroup};
use interp::Goroutine;
use interp::Value;
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::sync::Arc;
use std::sync::atomic::AtomicU32;
use syncscope_program::event::{Ending, EventKind, Gid, MAX_STEPS, RunInfo};
use syncscope_program::{GlobalKind, Program};

/// Every allocation counted, so that a run's memory has a budget (`heap`).
#[global_allocator]
static ALLOCATOR: heap::Counting = heap::Counting;

/// How a run's ending names a bug of ours rather than a Go panic.
const BUG: &str = "syncscope bug:";

/// Whether a panic message is a bug in syncscope (a goroutine thread panicked), not Go's.
pub fn is_bug(message: &str) -> bool {
    message.starts_with(BUG)
}

/// A lock, as the program declares it (the lock-mode pass has had its say).
enum Lock {
    Mutex(Mutex),
    Rw(RwMutex),
}

/// One of the program's shared variables, as the run keeps it.
enum GlobalCell {
    Value(std::sync::Mutex<Value>),
    Slice(interp::GlobalSlice),
    WaitGroup(WaitGroup),
    Lock(Arc<Lock>),
}

/// A lock as the program declares it (after the lock-mode pass).
fn make_lock(rw: bool, sched: &Arc<Sched>) -> Lock {
    if rw {
        Lock::Rw(RwMutex::new(sched.clone()))
    } else {
        Lock::Mutex(Mutex::new(sched.clone()))
    }
}

/// Everything the goroutines of one run share.
struct Shared {
    info: RunInfo,
    program: Arc<Program>,
    sched: Arc<Sched>,
    globals: Vec<GlobalCell>,
    /// `rand`'s source, from the run's seed: the same seed draws the same numbers.
    rng: std::sync::Mutex<StdRng>,
    /// The next goroutine's number.
    next_gid: AtomicU32,
    /// Goroutines started and not yet returned, `main` aside: each holds a pooled thread.
    alive: AtomicU32,
    chans: Channels<Value>,
    /// Channels made so far at each make site, to number a site's second one.
    chan_sites: std::sync::Mutex<Vec<u32>>,
    /// The globals of the locks and WaitGroups of structs made so far, and how many
    /// times each was made.
    made_locks: std::sync::Mutex<std::collections::HashMap<usize, u32>>,
    /// The locks of structs made at a place for the second time or more: lock
    /// `program.locks.len() + i` is `more_locks[i]`.
    more_locks: std::sync::Mutex<Vec<Arc<Lock>>>,
    /// The `log` package's own logger, whose prefix, flags and stream the program may set.
    std_log: interp::log::LoggerRef,
    /// The Conds made so far: the next one's number.
    conds: AtomicU32,
    /// What the run's goroutines may allocate.
    budget: Arc<heap::Budget>,
    /// The addresses the run has printed.
    addresses: Arc<interp::addresses::Addresses>,
    /// The next object's number for the race detector (`interp::captured`).
    next_obj: AtomicU32,
    /// What the run's `context` values share.
    contexts: interp::context_tree::Contexts,
    /// The run's own environment, for `os.Getenv` and its kin.
    env: interp::env::Env,
    /// The run's `flag.CommandLine`.
    flags: interp::flag::CommandLine,
    /// The run's file system, in its memory.
    files: interp::os_files::RunFiles,
    /// `log/slog`'s default logger, once the run asks for it or sets it.
    slog_default: std::sync::Mutex<Option<Arc<interp::slog::Handler>>>,
}

impl Shared {
    /// Every goroutine waits in the scheduler when it is not running, so cancelling there
    /// reaches them all.
    fn cancel(&self) {
        self.sched.cancel();
    }
}

/// A started run. Dropping it leaves the run going; `cancel` stops it without waiting for
/// any sleep to end.
pub struct RunHandle {
    shared: Arc<Shared>,
}

impl RunHandle {
    pub fn sched(&self) -> &Arc<Sched> {
        &self.shared.sched
    }

    pub fn cancel(&self) {
        self.shared.cancel();
    }
}

/// What a run needs besides its program.
pub struct RunConfig {
    /// The run's number: its events carry it.
    pub(crate) run: u32,
    pub(crate) pacing: Pacing,
    pub(crate) speed: f64,
    /// The run's settings: its first event, its seed, processors and magnifying windows.
    pub(crate) info: RunInfo,
    /// Where the run pauses itself: armed before its first step, so none is missed.
    pub breaks: Breaks,
    /// The most statements the run executes (`MAX_STEPS` unless a test wants fewer).
    pub(crate) statements: u64,
}

impl RunConfig {
    /// Run number `run` of the lesson `info` names, with no break points.
    pub fn new(run: u32, info: RunInfo, pacing: Pacing, speed: f64) -> RunConfig {
        RunConfig {
            run,
            pacing,
            speed,
            info,
            breaks: Breaks::default(),
            statements: MAX_STEPS,
        }
    }

    /// The same run, stopped at its budget after `statements` statements.
    pub fn with_statements(self, statements: u64) -> RunConfig {
        RunConfig { statements, ..self }
    }
}

/// Starts the run `config` describes: the lesson's program built for its numbers and mode.
/// Its events go to `sink`, beginning with `RunStarted`.
pub fn start(config: RunConfig, sink: EventSink) -> RunHandle {
    let program = Arc::new(config.info.program());
    run_program(program, config, sink)
}

/// Starts a run of `program` as given: the lock-mode pass (`RunInfo::program`) is the
/// caller's to apply, as `start` does.
pub fn run_program(program: Arc<Program>, config: RunConfig, sink: EventSink) -> RunHandle {
    let RunConfig {
        run,
        pacing,
        speed,
        info,
        breaks,
        statements,
    } = config;
    let procs = info.procs as usize;
    let sched = Arc::new(Sched::new(run, pacing, speed, procs, sink));
    sched.set_cost(info.cost);
    sched.set_breaks(breaks);
    sched.set_statements(statements);
    let globals = program
        .globals
        .iter()
        .enumerate()
        .map(|(i, g)| match &g.kind {
            GlobalKind::Value(_) => GlobalCell::Value(std::sync::Mutex::new(Value::Unit)),
            GlobalKind::Slice(_) => GlobalCell::Slice(interp::GlobalSlice::new()),
            GlobalKind::WaitGroup => GlobalCell::WaitGroup(WaitGroup::new(i as u32, sched.clone())),
            GlobalKind::Lock(i) => {
                let rw = program.rw_locks.get(*i).copied().unwrap_or(false);
                GlobalCell::Lock(Arc::new(make_lock(rw, &sched)))
            }
        })
        .collect();
    let shared = Arc::new(Shared {
        rng: std::sync::Mutex::new(StdRng::seed_from_u64(info.seed)),
        next_gid: AtomicU32::new(1),
        alive: AtomicU32::new(0),
        chans: Channels::new(sched.clone()),
        chan_sites: std::sync::Mutex::new(Vec::new()),
        made_locks: std::sync::Mutex::new(std::collections::HashMap::new()),
        more_locks: std::sync::Mutex::new(Vec::new()),
        std_log: interp::log::LoggerRef::standard(),
        conds: AtomicU32::new(0),
        budget: heap::Budget::new(),
        addresses: Default::default(),
        next_obj: AtomicU32::new(1),
        contexts: Default::default(),
        env: interp::env::Env::from_process(),
        flags: Default::default(),
        slog_default: std::sync::Mutex::new(None),
        files: interp::os_files::RunFiles::new(std::env::var("TMPDIR").ok()),
        globals,
        program,
        sched,
        info,
    });
    let main = Goroutine::new(Gid::MAIN, shared.clone());
    if let Err(e) = shared
        .sched
        .start(Gid::MAIN, Box::new(move || main.run_main()))
    {
        shared
            .sched
            .emit(Gid::MAIN, EventKind::End(Ending::Panic(e)));
    }
    RunHandle { shared }
}

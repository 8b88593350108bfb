//! One run: real OS threads for `main` and its goroutines, each acting out its scenario steps.

mod goroutine;
pub mod pool;

use crate::channel::EventSink;
use crate::event::{Ending, EventKind, Gid, LockMode, RunInfo};
use crate::sched::{Pacing, Sched};
use crate::sync::{Mutex, RacySlice, RwMutex, WaitGroup};
use goroutine::Goroutine;
use std::sync::Arc;

/// How a run's ending names a bug of ours rather than a Go panic.
const BUG: &str = "syncscope bug:";

/// Whether a panic message is a bug in syncscope (a goroutine thread panicked), not Go's.
pub fn is_bug(message: &str) -> bool {
    message.starts_with(BUG)
}

/// A scenario's lock, as the run's mode makes it.
enum Lock {
    Mutex(Mutex),
    Rw(RwMutex),
}

/// Everything the goroutines of one run share.
struct Shared {
    info: RunInfo,
    delays_us: Vec<u64>,
    /// The group each goroutine runs, `g1` first.
    group_of: Vec<usize>,
    sched: Arc<Sched>,
    locks: Vec<Lock>,
    wg: WaitGroup,
    results: RacySlice,
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

/// Starts run number `run`; its events go to `tx`, beginning with `RunStarted`.
pub fn start(run: u32, info: RunInfo, pacing: Pacing, speed: f64, sink: EventSink) -> RunHandle {
    let sched = Arc::new(Sched::new(run, pacing, speed, info.lane_count(), sink));
    let locks = info
        .scenario
        .locks
        .iter()
        .map(|_| match info.mode {
            LockMode::RwMutex => Lock::Rw(RwMutex::new(sched.clone())),
            LockMode::Mutex | LockMode::None => Lock::Mutex(Mutex::new(sched.clone())),
        })
        .collect();
    let shared = Arc::new(Shared {
        delays_us: info.delays_us(),
        group_of: info.goroutines().map(|(_, group)| group).collect(),
        results: RacySlice::with_capacity(info.expected()),
        locks,
        wg: WaitGroup::new(sched.clone()),
        sched,
        info,
    });
    let main = Goroutine::new(Gid::MAIN, shared.clone());
    if let Err(e) = pool::global().spawn(move || main.run_main()) {
        shared
            .sched
            .emit(Gid::MAIN, EventKind::End(Ending::Panic(e)));
    }
    RunHandle { shared }
}

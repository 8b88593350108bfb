//! What a front end hands over: a program with its words, the lock modes it offers and its
//! default numbers. The program itself is built for each run by the front end's [`Build`]
//! (a workload's depends on the run's numbers and mode), behind which nothing of the front end
//! shows: the engine, the model and the views know a lesson only through this.

use super::{Listing, Program};
use super::{LockMode, RunInfo};
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

/// The numbers a run starts from, which flags may override.
#[derive(Debug, Clone, PartialEq)]
pub struct Knobs {
    /// Goroutines a workload starts.
    pub goroutines: u32,
    pub delay_ms: u64,
    pub random_delay: bool,
    pub seed: Option<u64>,
    /// The window an unlocked shared write holds open, in ms (0: Go's timing).
    pub write_ms: u64,
    pub read_ms: u64,
    pub reads: u32,
    /// Processors (`GOMAXPROCS`), when the lesson fixes them; else the machine's CPUs.
    pub procs: Option<u32>,
    /// Code takes time (`RunInfo::cost`): on for programs written as code, off for workloads
    /// whose work is their declared sleeps.
    pub cost: bool,
    /// The program's arguments, `os.Args[1:]` (the command line's after `--`).
    pub args: Vec<String>,
}

/// A workload's goroutine count, as the flags may change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkloadCounts {
    /// Whether the count can change: some goroutines take what the others leave.
    pub free_count: bool,
    /// The lowest count the fixed ones allow.
    pub fixed_goroutines: u32,
}

/// What the program uses and how it is shown: what the views and the flags go by.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Uses {
    /// A workload whose numbers (goroutines, delays, reads) are the run's knobs; `None`: a
    /// program that sets its own.
    pub workload: Option<WorkloadCounts>,
    /// It does CPU work or sets its processors, so that processors matter.
    pub processors: bool,
    /// It sets its own processors (`runtime.GOMAXPROCS`).
    pub sets_procs: bool,
    /// It makes channels.
    pub chans: bool,
    /// It waits on a `sync.Cond`.
    pub conds: bool,
    /// The WaitGroups whose methods it calls: the global that holds each, and its name in the
    /// code (`wg`, `b.wg`).
    pub wait_groups: Vec<(u32, String)>,
    /// It locks a Mutex or an RWMutex (its own, which may live in structs, or a Once's).
    pub locks: bool,
    /// What it prints is its output, shown as `go run` shows it (a workload's prints are part
    /// of its timeline).
    pub own_output: bool,
    /// It has the tutorials' results slice, whose appends the results panel follows.
    pub results: bool,
}

/// The text a lesson was read from, so that a recording can carry it and be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Which front end reads it back (the front ends name their kinds).
    pub kind: String,
    pub text: String,
}

/// How a front end builds a lesson's program for one run.
pub trait Build: Send + Sync + fmt::Debug {
    /// The program as written for the run's numbers and mode (the lock-mode pass comes after).
    fn program(&self, run: &RunInfo) -> Program;
    /// The Go code the run shows.
    fn listing(&self, run: &RunInfo) -> Listing;
    /// What the run is expected to look like, before it starts.
    fn outline(&self, run: &RunInfo) -> Outline;
}

/// A run's shape known before it starts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outline {
    /// Lanes drawn from the start: `main`, then the goroutines known before the run.
    pub lanes: usize,
    /// The highest goroutine number the run can reach.
    pub most_goroutines: u32,
    /// Values a correct run leaves in the results slice, where the program says; else every
    /// append the run made.
    pub expected_results: Option<usize>,
    /// The run's likely length, to scale the time axis before the end is known.
    pub span_us: u64,
    /// The `Done` calls ahead of each goroutine, where the program bounds them.
    pub dones: Option<DoneTable>,
}

/// How many `wg.Done()` calls lie ahead, so that "can the WaitGroup still reach zero?" is a
/// look-up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DoneTable {
    /// Per lane at the start.
    pub lanes: Vec<u64>,
    /// Per step (function, pc): the calls after it, and whether it is one itself.
    pub steps: HashMap<(u16, u16), (u64, bool)>,
}

#[derive(Clone)]
pub struct Lesson {
    /// The short name the lesson goes by.
    pub name: String,
    pub title: String,
    /// What the lesson teaches.
    pub text: String,
    /// The question lesson mode asks before the run starts.
    pub predict: String,
    pub mode: LockMode,
    /// The modes the viewer may switch to; one entry pins the mode.
    pub modes: Vec<LockMode>,
    /// Why a mode not among `modes` is not, where the lesson has more to say than that.
    pub not_offered: Vec<(LockMode, String)>,
    /// The program's locks, by number.
    pub locks: Vec<String>,
    pub knobs: Knobs,
    pub uses: Uses,
    pub source: Source,
    pub build: Arc<dyn Build>,
}

impl fmt::Debug for Lesson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lesson")
            .field("name", &self.name)
            .field("modes", &self.modes)
            .field("knobs", &self.knobs)
            .field("uses", &self.uses)
            .finish_non_exhaustive()
    }
}

/// Two lessons are the same when they say the same and come from the same text; how the
/// program is built follows from the text.
impl PartialEq for Lesson {
    fn eq(&self, other: &Lesson) -> bool {
        self.name == other.name
            && self.title == other.title
            && self.text == other.text
            && self.predict == other.predict
            && self.mode == other.mode
            && self.modes == other.modes
            && self.not_offered == other.not_offered
            && self.locks == other.locks
            && self.knobs == other.knobs
            && self.uses == other.uses
            && self.source == other.source
    }
}

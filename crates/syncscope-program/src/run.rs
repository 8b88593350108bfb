//! A run of a lesson: its lock mode and numbers, what every run's first event carries.

use super::{Lesson, Listing, Outline, Program, limits, passes};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Shared (read) or exclusive (write) access to a lock; `r` or `w` in a trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Access {
    #[serde(rename = "r")]
    Read,
    #[serde(rename = "w")]
    Write,
}

/// The lock discipline a run applies to the shared `results` slice; serialized as its `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LockMode {
    None,
    Mutex,
    RwMutex,
    /// No lock on the results: the goroutines send them to main on a channel.
    Channel,
}

impl LockMode {
    pub const ALL: [LockMode; 4] = [
        LockMode::None,
        LockMode::Mutex,
        LockMode::RwMutex,
        LockMode::Channel,
    ];
    /// The modes that differ in the lock they put around the results.
    pub const LOCKS: [LockMode; 3] = [LockMode::None, LockMode::Mutex, LockMode::RwMutex];

    /// The flag and JSON spelling.
    pub fn key(self) -> &'static str {
        match self {
            LockMode::None => "none",
            LockMode::Mutex => "mutex",
            LockMode::RwMutex => "rwmutex",
            LockMode::Channel => "channel",
        }
    }

    /// The spelling Go programmers know.
    pub fn title(self) -> &'static str {
        match self {
            LockMode::None => "none",
            LockMode::Mutex => "Mutex",
            LockMode::RwMutex => "RWMutex",
            LockMode::Channel => "channel",
        }
    }
}

/// Everything fixed when a run starts; the first event of every run, so a log is self-contained.
/// The numbers are the lesson's, after any flags that override them.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInfo {
    pub lesson: Arc<Lesson>,
    pub mode: LockMode,
    /// Goroutines a workload starts (whether `main` spawns or calls them).
    pub workers: u32,
    pub delay_ms: u64,
    pub random_delay: bool,
    pub seed: u64,
    pub write_ms: u64,
    pub read_ms: u64,
    pub reads: u32,
    /// Processors: Go's `GOMAXPROCS`.
    pub procs: u32,
    /// Code takes virtual time, priced as Go's takes on this machine, and with more than one
    /// processor goroutines on different ones run at once. The lesson's default (on for Go
    /// files); `--cost`/`--no-cost` choose. Off, code between blocking points takes no time.
    pub cost: bool,
}

impl RunInfo {
    /// A run of `lesson` with its own mode and numbers; `seed` is used when it fixes none.
    pub fn new(lesson: Arc<Lesson>, seed: u64) -> RunInfo {
        let k = &lesson.knobs;
        RunInfo {
            mode: lesson.mode,
            workers: k.goroutines,
            delay_ms: k.delay_ms,
            random_delay: k.random_delay,
            seed: k.seed.unwrap_or(seed),
            write_ms: k.write_ms,
            read_ms: k.read_ms,
            reads: k.reads,
            procs: k.procs.unwrap_or_else(limits::machine_procs),
            cost: k.cost,
            lesson,
        }
    }

    /// The program this run acts out: the lesson's, built for its numbers, under its mode.
    pub fn program(&self) -> Program {
        passes::lock_mode(self.lesson.build.program(self), self.mode)
    }

    /// The Go code the run shows.
    pub fn listing(&self) -> Listing {
        self.lesson.build.listing(self)
    }

    /// What the run is expected to look like.
    pub fn outline(&self) -> Outline {
        self.lesson.build.outline(self)
    }
}

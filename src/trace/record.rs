//! The run's settings as a trace keeps them: a run's start event carries its lesson, a front
//! end's builder, so the trace carries the lesson's source and kind and reads it back.

use crate::event::{LockMode, RunInfo};
use crate::program::limits::{MAX_GOROUTINES, MAX_MS, MAX_PROCS, MAX_REPEAT};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The numbers are kept as `u64` so that one out of range is refused with its value, not with
/// what serde makes of it.
#[derive(Serialize, Deserialize)]
pub(crate) struct Record {
    scenario: String,
    scenario_source: String,
    /// Which front end reads the source back: a Go file, or a TOML scenario (traces from
    /// before Go files have none).
    #[serde(default = "toml")]
    scenario_kind: String,
    mode: LockMode,
    workers: u64,
    delay_ms: u64,
    random_delay: bool,
    seed: u64,
    write_ms: u64,
    read_ms: u64,
    reads: u64,
    /// Traces from before processors ran on one.
    #[serde(default = "one")]
    procs: u64,
    /// Traces from before code took time had none.
    #[serde(default)]
    cost: bool,
}

fn toml() -> String {
    "toml".into()
}

fn one() -> u64 {
    1
}

impl Record {
    pub(crate) fn of(info: &RunInfo) -> Record {
        Record {
            scenario: info.lesson.name.clone(),
            scenario_source: info.lesson.source.text.clone(),
            scenario_kind: info.lesson.source.kind.clone(),
            mode: info.mode,
            workers: info.workers.into(),
            delay_ms: info.delay_ms,
            random_delay: info.random_delay,
            seed: info.seed,
            write_ms: info.write_ms,
            read_ms: info.read_ms,
            reads: info.reads.into(),
            procs: info.procs.into(),
            cost: info.cost,
        }
    }

    /// The run these settings describe, its lesson read back from its source. The bounds are
    /// the flags' and scenario files': a run from an edited trace can be run live again (n, m,
    /// r), and must not ask for more threads or time than those allow.
    pub(crate) fn into_info(self) -> Result<RunInfo, String> {
        let lesson = crate::front::read(&self.scenario_kind, &self.scenario, &self.scenario_source)
            .map_err(|e| e.to_string())?;
        Ok(RunInfo {
            lesson: Arc::new(lesson),
            mode: self.mode,
            workers: bounded("workers", self.workers, MAX_GOROUTINES.into())?,
            delay_ms: bounded("delay_ms", self.delay_ms, MAX_MS)?,
            random_delay: self.random_delay,
            seed: self.seed,
            write_ms: bounded("write_ms", self.write_ms, MAX_MS)?,
            read_ms: bounded("read_ms", self.read_ms, MAX_MS)?,
            reads: bounded("reads", self.reads, MAX_REPEAT.into())?,
            procs: match bounded("procs", self.procs, MAX_PROCS.into())? {
                0 => return Err("procs 0 is out of range: at least 1".into()),
                n => n,
            },
            cost: self.cost,
        })
    }
}

/// `n`, at most `max`, in the type the run keeps it in.
fn bounded<T: TryFrom<u64>>(key: &str, n: u64, max: u64) -> Result<T, String> {
    T::try_from(n)
        .ok()
        .filter(|_| n <= max)
        .ok_or_else(|| format!("{key} {n} is out of range: at most {max}"))
}

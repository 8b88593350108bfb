//! What the flags can be refused for, one line each.

use crate::front::LoadError;
use crate::trace::WriteError;
use std::path::PathBuf;

/// Flags that do not fit the lesson they name, in one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("scenario {lesson} runs only in {allowed}, not --mode {asked}")]
    Mode {
        lesson: String,
        allowed: String,
        asked: &'static str,
    },
    #[error("scenario {0} fixes the count of every goroutine; edit a copy of it to change them")]
    FixedCount(String),
    #[error("scenario {lesson} needs at least {least} goroutines")]
    TooFew { lesson: String, least: u32 },
    #[error(
        "{flag} sets a TOML scenario's numbers; {program} is a Go program, which sets its \
         own (--mode, --seed, --write-ms and --read-ms apply)"
    )]
    StepFlag { flag: &'static str, program: String },
    #[error("arguments after -- are a Go program's; scenario {0} is not a Go file")]
    ArgsNotGo(String),
}

/// A place the run's output cannot go, in one line.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error(
        "--trace {}: that is the file the run is read from ({})",
        trace.display(),
        input.display()
    )]
    Overwrite { trace: PathBuf, input: PathBuf },
    #[error(transparent)]
    Unwritable(#[from] WriteError),
}

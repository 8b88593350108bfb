//! The files a user gives (scenarios, traces) are only plain files of a sane size: a pipe
//! would block for ever, and a device such as /dev/zero never ends.

use std::path::Path;

/// The largest scenario file: a lesson is a page or two.
pub(crate) const SCENARIO_BYTES: u64 = 1 << 20;
/// The largest trace: a run at the most events a run may make writes under this (about 60
/// bytes a row), and a trace is read as a stream, not whole.
pub const TRACE_BYTES: u64 = 8 << 30;

/// Why a file cannot be read, in words to put after its name.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot read it: {0}")]
    Unreadable(#[from] std::io::Error),
    #[error("is not a plain file (a pipe, a device or a directory): give a file")]
    NotPlain,
    #[error("is {len} bytes, more than the {max} a file of this kind may have")]
    TooBig { len: u64, max: u64 },
}

/// The file's bytes.
pub fn read(path: &Path, max_bytes: u64) -> Result<Vec<u8>, FileError> {
    check(path, max_bytes)?;
    Ok(std::fs::read(path)?)
}

/// The file, opened to be read as a stream (a trace of millions of events).
pub fn open(path: &Path, max_bytes: u64) -> Result<std::fs::File, FileError> {
    check(path, max_bytes)?;
    Ok(std::fs::File::open(path)?)
}

fn check(path: &Path, max_bytes: u64) -> Result<(), FileError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(FileError::NotPlain);
    }
    if meta.len() > max_bytes {
        return Err(FileError::TooBig {
            len: meta.len(),
            max: max_bytes,
        });
    }
    Ok(())
}

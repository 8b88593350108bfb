//! The files a user gives (scenarios, traces) are read whole, so only plain files of a sane
//! size: a pipe would block for ever, and a device such as /dev/zero never ends.

use std::path::Path;

/// The largest scenario file: a lesson is a page or two.
pub const SCENARIO_BYTES: u64 = 1 << 20;
/// The largest trace: a run at its event budget writes well under this.
pub const TRACE_BYTES: u64 = 512 << 20;

/// The file's bytes, or why not in words to put after its name.
pub fn read(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    if !meta.is_file() {
        return Err("is not a plain file (a pipe, a device or a directory): give a file".into());
    }
    if meta.len() > max_bytes {
        return Err(format!(
            "is {} bytes, more than the {max_bytes} a file of this kind may have",
            meta.len()
        ));
    }
    std::fs::read(path).map_err(|e| format!("cannot read it: {e}"))
}

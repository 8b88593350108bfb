//! `io.ReadAll(r)` of a file or a reader of the run's memory: reads until `io.EOF`, which it
//! does not report, as Go's (src/io/io.go) does; another error ends it with what came so far.

use super::Goroutine;
use super::file_io::ReadErr;
use super::value::Value;

/// Go's ReadAll starts with room for 512 bytes and grows; one read of this size is as good.
const CHUNK: usize = 512;

impl Goroutine {
    pub(super) fn read_all(&self, fd: i64) -> (Vec<u8>, Value) {
        let mut all = Vec::new();
        loop {
            match self.shared.files.fs().read(fd, CHUNK) {
                Ok(got) => all.extend_from_slice(&got),
                Err(ReadErr::Eof) => return (all, Value::Iface(None)),
                Err(e) => return (all, self.read_error(e)),
            }
        }
    }
}

//! `json.NewDecoder(r)`'s reads: each `Decode` takes the stream's next value from the file
//! (or `strings.Reader`) it reads, leaving the rest for the next call; at its end `io.EOF`,
//! inside a value `io.ErrUnexpectedEOF`, as Go's `Decoder` gives them.

use super::Goroutine;
use super::iface::typed_error;
use super::json_scan::{Next, more, next_value};
use super::value::Value;
use crate::sched::Stop;

impl Goroutine {
    /// `dec.Decode(&v)`: the error, or nil.
    pub(super) fn decode_next(
        &self,
        dec: &Value,
        target: Value,
        shape: usize,
        var: &Value,
    ) -> Result<Value, Stop> {
        let Value::Int(fd) = dec else {
            return Err(Stop::Panic(super::nils::NIL_CALL.into()));
        };
        let files = &self.shared.files;
        let next = next_value(files.fs().unread(*fd).0);
        match next {
            Next::Value(json, used) => {
                files.fs().consume(*fd, used);
                self.store_json(&json, target, shape, var)
            }
            Next::End => Ok(files.eof_value()),
            Next::Cut => Ok(files.unexpected_eof_value()),
            Next::Bad(text) => Ok(typed_error(text, "*json.SyntaxError")),
        }
    }

    /// `dec.More()`.
    pub(super) fn decoder_has_more(&self, dec: &Value) -> bool {
        let Value::Int(fd) = dec else { return false };
        more(self.shared.files.fs().unread(*fd).0)
    }
}

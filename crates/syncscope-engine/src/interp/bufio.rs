//! `bufio.Writer` on the program's stdout or stderr, a file or an `io.Writer`, as Go's (src/bufio/bufio.go): text waits
//! in a 4096-byte buffer and reaches the stream at `Flush`, or when a write does not fit (the
//! buffer filled up and written, and a write larger than an empty buffer written at once).
//! Text never flushed never appears, as in Go.

use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::sync::{Arc, Mutex};
use syncscope_program::library::STDOUT;
use syncscope_program::{BufioOp, Expr};

/// Go's default buffer size.
const SIZE: usize = 4096;

#[derive(Debug)]
pub(crate) struct WriterCell {
    /// A stream's or file's descriptor, or an `io.Writer`.
    out: Value,
    pending: Vec<u8>,
    /// A `tabwriter.Writer`'s cells, which take its writes instead.
    tab: Option<super::tabwriter::Tab>,
    /// The error a write to a file met, which every later call gives, as Go's.
    failed: Option<Value>,
}

#[derive(Debug, Clone)]
pub(crate) struct WriterRef(Arc<Mutex<WriterCell>>);

impl PartialEq for WriterRef {
    fn eq(&self, other: &WriterRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A write to the stream: its bytes, how many of them came from the text being written, and
/// whether they went at once (a failed write of them counts none), not from the buffer.
type Chunk = (Vec<u8>, usize, bool);

/// What a write of `text` to a buffer holding `pending` sends to the stream, in order.
fn written(pending: &mut Vec<u8>, mut text: &[u8]) -> Vec<Chunk> {
    let mut out = Vec::new();
    while text.len() > SIZE - pending.len() {
        if pending.is_empty() {
            out.push((text.to_vec(), text.len(), true));
            text = &[];
        } else {
            let n = SIZE - pending.len();
            pending.extend_from_slice(&text[..n]);
            out.push((std::mem::take(pending), n, false));
            text = &text[n..];
        }
    }
    pending.extend_from_slice(text);
    out
}

/// A write's count and error, as a function of two results gives them.
fn pair(n: usize, err: Value) -> Value {
    let items = vec![Value::Int(n as i64), err];
    Value::Slice(super::slices::SliceVal::new(items))
}

impl Goroutine {
    pub(super) fn bufio(
        &self,
        frame: &mut Frame,
        op: BufioOp,
        args: &[Expr],
    ) -> Result<Value, Stop> {
        let values = self.eval_all(frame, args)?;
        self.bufio_values(op, values)
    }

    /// `op` of a writer on the values its operands gave.
    pub(super) fn bufio_values(&self, op: BufioOp, values: Vec<Value>) -> Result<Value, Stop> {
        let mut values = values.into_iter();
        let first = values.next();
        if op == BufioOp::New {
            let cell = WriterCell {
                out: first.unwrap_or(Value::Int(STDOUT)),
                pending: Vec::new(),
                tab: None,
                failed: None,
            };
            return Ok(Value::BufWriter(WriterRef(Arc::new(Mutex::new(cell)))));
        }
        if op == BufioOp::Tab {
            return self.new_tabwriter(first, values);
        }
        let Some(Value::BufWriter(w)) = first else {
            return Err(self.bug("a bufio.Writer's method on something else".into()));
        };
        let text = values.next();
        let (out, chunks) = {
            let mut cell = w.0.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(err) = cell.failed.clone() {
                return Ok(match op {
                    BufioOp::Flush => err,
                    BufioOp::Counted => pair(0, err),
                    _ => Value::Unit,
                });
            }
            let chunks = match (op, &text, cell.tab.as_mut()) {
                (BufioOp::Write, Some(Value::Str(text)), Some(tab)) => {
                    tab.write(text.as_bytes());
                    vec![(tab.take(), 0, false)]
                }
                (_, _, Some(tab)) => {
                    tab.flush();
                    vec![(tab.take(), 0, false)]
                }
                (BufioOp::Write | BufioOp::Counted, Some(Value::Str(text)), None) => {
                    written(&mut cell.pending, text.as_bytes())
                }
                _ => vec![(std::mem::take(&mut cell.pending), 0, false)],
            };
            (cell.out.clone(), chunks)
        };
        // A failed write's count is what went into the buffer before, as Go's; every later
        // call gives its error.
        let mut count = text.as_ref().map_or(0, Value::len);
        let mut so_far = 0;
        for (chunk, from_text, direct) in chunks.into_iter().filter(|c| !c.0.is_empty()) {
            if let Some(err) = self.write_out(&out, &chunk)? {
                count = so_far + if direct { 0 } else { from_text };
                w.0.lock().unwrap_or_else(|e| e.into_inner()).failed = Some(err);
                break;
            }
            so_far += from_text;
        }
        let failed = w.0.lock().unwrap_or_else(|e| e.into_inner()).failed.clone();
        let err = failed.unwrap_or(Value::Iface(None));
        Ok(match op {
            BufioOp::Flush => err,
            BufioOp::Counted => pair(count, err),
            _ => Value::Unit,
        })
    }

    /// `tabwriter.NewWriter(stream, minwidth, tabwidth, padding, padchar, flags)`; Go's panic
    /// for a negative setting.
    fn new_tabwriter(
        &self,
        stream: Option<Value>,
        settings: impl Iterator<Item = Value>,
    ) -> Result<Value, Stop> {
        let mut all = [0; 5];
        for (slot, v) in all.iter_mut().zip(settings) {
            *slot = v.as_int();
        }
        let Some(tab) = super::tabwriter::Tab::new(all) else {
            let message = "panic: negative minwidth, tabwidth, or padding";
            return Err(Stop::Panic(message.into()));
        };
        let cell = WriterCell {
            out: stream.unwrap_or(Value::Int(STDOUT)),
            pending: Vec::new(),
            tab: Some(tab),
            failed: None,
        };
        Ok(Value::BufWriter(WriterRef(Arc::new(Mutex::new(cell)))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_reach_the_stream_as_gos_do() {
        let mut pending = Vec::new();
        assert!(written(&mut pending, b"hello").is_empty());
        let out = written(&mut pending, &[b'x'; 4095]);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].0.len(), out[0].1, out[0].2), (SIZE, 4091, false));
        assert_eq!(pending.len(), 4);
        pending.clear();
        let out = written(&mut pending, &[b'y'; 5000]);
        assert_eq!(
            (out.len(), out[0].0.len(), out[0].2, pending.len()),
            (1, 5000, true, 0)
        );
    }
}

//! `io.Writer`: the `Write` of the library's writers boxed in one (a file or stream, the text
//! a `*strings.Builder` or `*bytes.Buffer` points to, a `*bufio.Writer`, `io.Discard`), and
//! where a logger or a `bufio.Writer` sends its bytes: one of the program's streams, or an
//! `io.Writer` whose `Write` runs, the program's own method too.

use super::Goroutine;
use super::codecs::{byte_slice, bytes_of};
use super::pointers::Ref;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::files::FileOp;
use syncscope_program::iface::WriteTo;
use syncscope_program::library::{STDERR, STDOUT};
use syncscope_program::{BinOp, BufioOp, Lib};

/// A write's count and error, as a function of two results gives them.
fn counted(n: usize) -> Value {
    let items = vec![Value::Int(n as i64), Value::Iface(None)];
    Value::Slice(super::slices::SliceVal::new(items))
}

impl Goroutine {
    /// `w.Write(p)` of library writer `val` in an `io.Writer`: the count and the error.
    pub(super) fn lib_write(
        &self,
        to: WriteTo,
        val: &Value,
        args: Vec<Value>,
    ) -> Result<Value, Stop> {
        let p = args.into_iter().next();
        match to {
            WriteTo::File => {
                let values = [val.clone(), p.unwrap_or(Value::Unit)];
                self.files_lib(Lib::File(FileOp::Write), &values)
                    .unwrap_or_else(|| Err(self.bug("no file write".into())))
            }
            WriteTo::Text => {
                let bytes = bytes_of(p.as_ref());
                crate::heap::reserve(bytes.len()).map_err(Stop::Panic)?;
                let text = String::from_utf8_lossy(&bytes);
                self.append_through(val, Value::Str(text.as_ref().into()))?;
                Ok(counted(bytes.len()))
            }
            WriteTo::Buffered => {
                let text = String::from_utf8_lossy(&bytes_of(p.as_ref())).into_owned();
                let values = vec![val.clone(), Value::Str(text.into())];
                self.bufio_values(BufioOp::Counted, values)
            }
            WriteTo::Discard => Ok(counted(bytes_of(p.as_ref()).len())),
            WriteTo::Multi => {
                let bytes = bytes_of(p.as_ref());
                let Value::Slice(writers) = val else {
                    return Ok(counted(bytes.len()));
                };
                // The first writer that fails ends the write with its count and error.
                for w in writers.items() {
                    let result = self.call_method(&w, "Write", vec![byte_slice(&bytes)])?;
                    if let Value::Slice(parts) = &result
                        && parts.get(1).is_some_and(|e| e != Value::Iface(None))
                    {
                        return Ok(result);
                    }
                }
                Ok(counted(bytes.len()))
            }
        }
    }

    /// `*p += text` through a pointer to a builder's or buffer's text.
    fn append_through(&self, p: &Value, text: Value) -> Result<(), Stop> {
        match p {
            Value::Ref(Ref::Global(g)) => {
                let old = self.read_global(*g)?;
                let new = Value::binary(BinOp::Add, old, text).map_err(Stop::Panic)?;
                self.write_global(*g, new)
            }
            Value::Ref(Ref::Cell(c)) => self.update_cell(c, BinOp::Add, text),
            Value::Ref(r @ Ref::Elem(..)) => {
                let old = self.load(Value::Ref(r.clone()))?;
                let new = Value::binary(BinOp::Add, old, text).map_err(Stop::Panic)?;
                self.store_ref(r, new)
            }
            Value::Ref(Ref::Field(o, i)) => {
                let new = Value::binary(BinOp::Add, o.field(*i), text).map_err(Stop::Panic)?;
                self.set_field(o, *i, new);
                Ok(())
            }
            Value::Ptr(o) => {
                if let Some(var) = o.var(0) {
                    self.reading_obj(var, &o.id)?;
                }
                let new = Value::binary(BinOp::Add, o.field(0), text).map_err(Stop::Panic)?;
                self.set_field(o, 0, new);
                Ok(())
            }
            _ => Err(Stop::Panic(super::pointers::NIL_POINTER.into())),
        }
    }

    /// `bytes` to `out`, a stream's or file's descriptor or an `io.Writer`: the error of the
    /// write, if it failed.
    pub(super) fn write_out(&self, out: &Value, bytes: &[u8]) -> Result<Option<Value>, Stop> {
        if let Value::Iface(_) = out {
            let result = self.call_method(out, "Write", vec![byte_slice(bytes)])?;
            let err = match result {
                Value::Slice(parts) => parts.get(1),
                _ => None,
            };
            return Ok(err.filter(|e| *e != Value::Iface(None)));
        }
        let fd = out.as_int();
        if fd == STDOUT || fd == STDERR {
            self.write_to(fd, String::from_utf8_lossy(bytes).into_owned());
            return Ok(None);
        }
        Ok(self.write_file_stream(fd, bytes))
    }
}

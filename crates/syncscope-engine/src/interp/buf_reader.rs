//! `bufio.Reader` on a file of the run (or the empty `os.Stdin`), as Go's (src/bufio/bufio.go):
//! a 4096-byte buffer filled by the file's reads, `Peek(n)` and `ReadString(delim)`.

use super::Goroutine;
use super::file_io::ReadErr;
use super::files::Fs;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::files::FileOp;

/// Go's `defaultBufSize`.
const SIZE: usize = 4096;

#[derive(Debug)]
pub(crate) struct BufReader {
    fd: i64,
    buf: Vec<u8>,
    r: usize,
    w: usize,
    /// The error a read met, which the reader gives once what came before is taken.
    err: Option<ReadErr>,
}

/// What `Peek` and `ReadString` give besides their bytes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Got {
    Ok,
    Read(ReadErr),
    /// `bufio: buffer full`.
    BufferFull,
    /// `bufio: negative count`.
    NegativeCount,
}

impl BufReader {
    pub(crate) fn new(fd: i64) -> BufReader {
        BufReader {
            fd,
            buf: vec![0; SIZE],
            r: 0,
            w: 0,
            err: None,
        }
    }

    fn read_err(&mut self) -> Got {
        self.err.take().map_or(Got::Ok, Got::Read)
    }

    /// Go's `fill`: what is buffered moved to the front, then one read after it.
    fn fill(&mut self, fs: &mut Fs) {
        if self.r > 0 {
            self.buf.copy_within(self.r..self.w, 0);
            self.w -= self.r;
            self.r = 0;
        }
        match fs.read(self.fd, SIZE - self.w) {
            Ok(got) => {
                self.buf[self.w..self.w + got.len()].copy_from_slice(&got);
                self.w += got.len();
            }
            Err(e) => self.err = Some(e),
        }
    }

    /// `r.Peek(n)`: the next `n` bytes, without taking them.
    pub(crate) fn peek(&mut self, fs: &mut Fs, n: i64) -> (Vec<u8>, Got) {
        let Ok(n) = usize::try_from(n) else {
            return (Vec::new(), Got::NegativeCount);
        };
        while self.w - self.r < n && self.w - self.r < SIZE && self.err.is_none() {
            self.fill(fs);
        }
        if n > SIZE {
            return (self.buf[self.r..self.w].to_vec(), Got::BufferFull);
        }
        let avail = self.w - self.r;
        if avail < n {
            let err = match self.read_err() {
                Got::Ok => Got::BufferFull,
                e => e,
            };
            return (self.buf[self.r..self.w].to_vec(), err);
        }
        (self.buf[self.r..self.r + n].to_vec(), Got::Ok)
    }

    /// `r.ReadString(delim)`: the bytes up to and with `delim`, or to where reading stopped.
    pub(crate) fn read_string(&mut self, fs: &mut Fs, delim: u8) -> (Vec<u8>, Got) {
        let mut out = Vec::new();
        loop {
            if let Some(i) = self.buf[self.r..self.w].iter().position(|&b| b == delim) {
                out.extend_from_slice(&self.buf[self.r..self.r + i + 1]);
                self.r += i + 1;
                return (out, Got::Ok);
            }
            if self.err.is_some() {
                out.extend_from_slice(&self.buf[self.r..self.w]);
                self.r = self.w;
                return (out, self.read_err());
            }
            if self.w - self.r == SIZE {
                out.extend_from_slice(&self.buf[self.r..self.w]);
                self.r = self.w;
            }
            self.fill(fs);
        }
    }
}

impl Goroutine {
    /// `bufio.NewReader(f)` and its `Peek` and `ReadString`; `None` for another file call.
    pub(super) fn reader_op(&self, op: FileOp, values: &[Value]) -> Option<Result<Value, Stop>> {
        let files = &self.shared.files;
        let id = match values.first() {
            Some(Value::Int(id)) => *id,
            _ => -1,
        };
        let mut readers = files.readers.lock().unwrap_or_else(|e| e.into_inner());
        if op == FileOp::NewReader {
            readers.push(BufReader::new(id));
            return Some(Ok(Value::Int(readers.len() as i64 - 1)));
        }
        if !matches!(op, FileOp::Peek | FileOp::ReadString) {
            return None;
        }
        let Some(r) = usize::try_from(id).ok().and_then(|i| readers.get_mut(i)) else {
            return Some(Err(Stop::Panic(super::nils::NIL_CALL.into())));
        };
        let arg = values.get(1).map_or(0, Value::as_int);
        let (bytes, got) = if op == FileOp::Peek {
            r.peek(&mut files.fs(), arg)
        } else {
            r.read_string(&mut files.fs(), arg as u8)
        };
        drop(readers);
        let error = |text: &str| super::iface::typed_error(text.into(), "*errors.errorString");
        let err = match got {
            Got::Ok => Value::Iface(None),
            Got::Read(e) => self.read_error(e),
            Got::BufferFull => error("bufio: buffer full"),
            Got::NegativeCount => error("bufio: negative count"),
        };
        let value = if op == FileOp::Peek {
            let items = bytes.iter().map(|b| Value::Byte(*b)).collect();
            Value::Slice(super::slices::SliceVal::new(items))
        } else {
            Value::Str(String::from_utf8_lossy(&bytes).into())
        };
        let pair = vec![value, err];
        Some(Ok(Value::Slice(super::slices::SliceVal::new(pair))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peeks_and_lines_are_gos() {
        let mut fs = Fs::new("/tmp", "/");
        assert!(fs.write_file("/tmp/r", b"hello\nworld").is_ok());
        let fd = fs.open_file("/tmp/r", 0).unwrap_or(-1);
        let mut r = BufReader::new(fd);
        assert_eq!(r.peek(&mut fs, 5), (b"hello".to_vec(), Got::Ok));
        assert_eq!(
            r.read_string(&mut fs, b'\n'),
            (b"hello\n".to_vec(), Got::Ok)
        );
        assert_eq!(
            r.peek(&mut fs, 9),
            (b"world".to_vec(), Got::Read(ReadErr::Eof))
        );
        let line = r.read_string(&mut fs, b'\n');
        assert_eq!(line, (b"world".to_vec(), Got::Read(ReadErr::Eof)));
        let mut stdin = BufReader::new(0);
        assert_eq!(
            stdin.read_string(&mut fs, b'\n'),
            (Vec::new(), Got::Read(ReadErr::Eof))
        );
    }
}

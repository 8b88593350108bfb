//! `bufio.Reader` on a file of the run (or the empty `os.Stdin`), as Go's (src/bufio/bufio.go):
//! a 4096-byte buffer filled by the file's reads, `Peek(n)`, `ReadString(delim)` and
//! `ReadRune()`.

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

/// Go's `utf8.FullRune`: whether `p` begins with a whole rune, or with bytes no rune begins
/// with (which decode as one `RuneError`).
fn full_rune(p: &[u8]) -> bool {
    let Some(&first) = p.first() else {
        return false;
    };
    let want = match first {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    p.len() >= want || p[1..].iter().any(|b| b & 0xC0 != 0x80)
}

/// Go's `utf8.DecodeRune`: the first rune of `p` and its size, `U+FFFD` and 1 for bytes no
/// rune is.
fn decode_rune(p: &[u8]) -> (char, usize) {
    (1..=p.len().min(4))
        .find_map(|n| {
            let s = std::str::from_utf8(&p[..n]).ok()?;
            s.chars().next().map(|c| (c, n))
        })
        .unwrap_or((char::REPLACEMENT_CHARACTER, 1))
}

impl BufReader {
    /// `r.ReadRune()`: the next rune and its size, filling the buffer until one is whole.
    pub(crate) fn read_rune(&mut self, fs: &mut Fs) -> (char, usize, Got) {
        while self.r + 4 > self.w
            && !full_rune(&self.buf[self.r..self.w])
            && self.err.is_none()
            && self.w - self.r < SIZE
        {
            self.fill(fs);
        }
        if self.r == self.w {
            return ('\0', 0, self.read_err());
        }
        let (c, size) = decode_rune(&self.buf[self.r..self.w]);
        self.r += size;
        (c, size, Got::Ok)
    }
}

impl Goroutine {
    /// `bufio.NewReader(f)` and its `Peek`, `ReadString` and `ReadRune`; `None` for another
    /// file call.
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
        if !matches!(op, FileOp::Peek | FileOp::ReadString | FileOp::ReadRune) {
            return None;
        }
        let Some(r) = usize::try_from(id).ok().and_then(|i| readers.get_mut(i)) else {
            return Some(Err(Stop::Panic(super::nils::NIL_CALL.into())));
        };
        if op == FileOp::ReadRune {
            let (c, size, got) = r.read_rune(&mut files.fs());
            drop(readers);
            let err = match got {
                Got::Read(e) => self.read_error(e),
                _ => Value::Iface(None),
            };
            let triple = vec![Value::Rune(c as i32), Value::Int(size as i64), err];
            return Some(Ok(Value::Slice(super::slices::SliceVal::new(triple))));
        }
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

    #[test]
    fn runes_are_read_whole_and_bad_bytes_one_at_a_time() {
        let mut fs = Fs::new("/tmp", "/");
        assert!(fs.write_file("/tmp/u", "aé世\u{1F600}".as_bytes()).is_ok());
        assert!(fs.write_file("/tmp/bad", &[0xE4, 0xB8, b'x', 0xFF]).is_ok());
        let fd = fs.open_file("/tmp/u", 0).unwrap_or(-1);
        let mut r = BufReader::new(fd);
        let sizes: Vec<(char, usize)> = (0..4)
            .map(|_| r.read_rune(&mut fs))
            .map(|(c, n, _)| (c, n))
            .collect();
        assert_eq!(sizes, vec![('a', 1), ('é', 2), ('世', 3), ('\u{1F600}', 4)]);
        assert_eq!(r.read_rune(&mut fs), ('\0', 0, Got::Read(ReadErr::Eof)));
        let fd = fs.open_file("/tmp/bad", 0).unwrap_or(-1);
        let mut r = BufReader::new(fd);
        let got: Vec<(char, usize)> = (0..3)
            .map(|_| r.read_rune(&mut fs))
            .map(|(c, n, _)| (c, n))
            .collect();
        let bad = char::REPLACEMENT_CHARACTER;
        assert_eq!(got, vec![(bad, 1), (bad, 1), ('x', 1)]);
        assert!(
            full_rune(&[0xE4, 0xB8, b'x']),
            "cut by a byte that continues nothing"
        );
        assert!(
            !full_rune(&[0xE4, 0xB8]),
            "a rune's first two bytes wait for the third"
        );
    }
}

//! `os`'s files, `io.ReadAtLeast` and `bufio.Scanner` on the run's file system (`files`),
//! their results as Go gives them: `*fs.PathError`s, and `io.EOF`, one value a program may
//! compare with.

use super::Goroutine;
use super::file_io::{NIL_FILE, ReadErr};
use super::files::{Fs, PathErr};
use super::scanner::{ScanErr, Scanner};
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use rand::RngExt;
use std::sync::{Mutex, MutexGuard};
use syncscope_program::Lib;
use syncscope_program::files::FileOp;
use syncscope_program::files::flags::{CREATE, O_CREATE, O_EXCL, O_RDWR};
use syncscope_program::library::{STDERR, STDOUT};

/// The run's files, its scanners, and the `io` errors Go compares by identity.
#[derive(Debug)]
pub(crate) struct RunFiles {
    fs: Mutex<Fs>,
    scanners: Mutex<Vec<Scanner>>,
    pub(super) readers: Mutex<Vec<super::buf_reader::BufReader>>,
    pub(super) eof: Value,
    unexpected_eof: Value,
    short_buffer: Value,
    pub(super) skip_dir: Value,
    pub(super) skip_all: Value,
}

impl RunFiles {
    /// An empty tree but for `os.TempDir()` (`$TMPDIR` of the run's environment, else
    /// `/tmp`) and the working directory.
    pub(crate) fn new(tmpdir: Option<String>) -> RunFiles {
        let temp = tmpdir
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "/tmp".into());
        let cwd = std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "/".into());
        let error = |text: &str| super::iface::typed_error(text.into(), "*errors.errorString");
        RunFiles {
            fs: Mutex::new(Fs::new(&temp, &cwd)),
            scanners: Mutex::new(Vec::new()),
            readers: Mutex::new(Vec::new()),
            eof: error("EOF"),
            unexpected_eof: error("unexpected EOF"),
            short_buffer: error("short buffer"),
            skip_dir: error("skip this directory"),
            skip_all: error("skip everything and stop the walk"),
        }
    }

    /// `io.EOF`, the one value a program compares reads' ends with.
    pub(super) fn eof_value(&self) -> Value {
        self.eof.clone()
    }

    /// `io.ErrUnexpectedEOF`.
    pub(super) fn unexpected_eof_value(&self) -> Value {
        self.unexpected_eof.clone()
    }

    pub(super) fn fs(&self) -> MutexGuard<'_, Fs> {
        self.fs.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub(super) fn path_error(e: &PathErr) -> Value {
    // A nil file's error is `os.ErrInvalid`, an `errors.New`.
    let ty = if e.op.is_empty() {
        "*errors.errorString"
    } else {
        "*fs.PathError"
    };
    super::iface::typed_error(e.text(), ty)
}

fn pair(a: Value, b: Value) -> Value {
    Value::Slice(SliceVal::new(vec![a, b]))
}

fn bytes_of(v: Option<&Value>) -> Vec<u8> {
    match v {
        Some(Value::Slice(s)) => s.items().iter().map(|b| b.as_int() as u8).collect(),
        Some(Value::Str(s)) => s.as_bytes().to_vec(),
        _ => Vec::new(),
    }
}

fn byte_slice(bytes: &[u8]) -> Value {
    Value::Slice(SliceVal::new(
        bytes.iter().map(|b| Value::Byte(*b)).collect(),
    ))
}

impl Goroutine {
    /// A file call's value; `None` for another library function.
    pub(super) fn files_lib(&self, f: Lib, values: &[Value]) -> Option<Result<Value, Stop>> {
        let Lib::File(op) = f else { return None };
        Some(self.file_op(op, values))
    }

    fn file_op(&self, op: FileOp, values: &[Value]) -> Result<Value, Stop> {
        if let Some(result) = self
            .dir_op(op, values)
            .or_else(|| self.info_op(op, values))
            .or_else(|| self.reader_op(op, values))
        {
            return result;
        }
        let files = &self.shared.files;
        let text = |i: usize| match values.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        let int = |i: usize| values.get(i).map_or(0, Value::as_int);
        // A nil `*os.File` (or `*bufio.Scanner`) is a nil pointer, as every nil is at run time.
        let fd = match values.first() {
            Some(Value::Int(fd)) => *fd,
            _ => NIL_FILE,
        };
        let nil = || Value::Iface(None);
        let error = |r: Result<(), PathErr>| r.map_or_else(|e| path_error(&e), |()| nil());
        Ok(match op {
            FileOp::TempDir => Value::Str(files.fs().temp_dir().into()),
            FileOp::StringReader | FileOp::BytesReader => {
                // A copy of the bytes: Go's reader shares the slice's array, which a program
                // changes while reading from it only by mistake.
                let b = bytes_of(values.first());
                crate::heap::reserve(b.len()).map_err(Stop::Panic)?;
                Value::Int(files.fs().open_reader(b))
            }
            FileOp::ReaderLen | FileOp::ReaderSize => {
                if fd == NIL_FILE {
                    return Err(Stop::Panic(super::nils::NIL_CALL.into()));
                }
                let fs = files.fs();
                let (unread, all) = fs.unread(fd);
                let n = if op == FileOp::ReaderLen { unread } else { all };
                Value::Int(n.len() as i64)
            }
            FileOp::Eof => files.eof.clone(),
            FileOp::UnexpectedEof => files.unexpected_eof.clone(),
            FileOp::ShortBuffer => files.short_buffer.clone(),
            FileOp::WriteFile => {
                let bytes = bytes_of(values.get(1));
                crate::heap::reserve(bytes.len()).map_err(Stop::Panic)?;
                error(files.fs().write_file(&text(0), &bytes))
            }
            FileOp::ReadFile => match files.fs().read_file(&text(0)) {
                Ok(bytes) => pair(byte_slice(&bytes), nil()),
                // A file opened but not read gives what was read of it: nothing, not nil.
                Err(e) if e.op == "read" => pair(byte_slice(&[]), path_error(&e)),
                Err(e) => pair(Value::Slice(SliceVal::nil()), path_error(&e)),
            },
            FileOp::Create | FileOp::Open | FileOp::OpenFile => {
                let flag = match op {
                    FileOp::Create => CREATE,
                    FileOp::Open => 0,
                    _ => int(1),
                };
                let opened = files.fs().open_file(&text(0), flag);
                match opened {
                    Ok(fd) => pair(Value::Int(fd), nil()),
                    Err(e) => pair(Value::Chan(None), path_error(&e)),
                }
            }
            FileOp::CreateTemp | FileOp::MkdirTemp => self.make_temp(op, &text(0), &text(1)),
            FileOp::Remove => error(files.fs().remove(&text(0))),
            FileOp::RemoveAll => error(files.fs().remove_all(&text(0))),
            FileOp::Mkdir => error(files.fs().mkdir(&text(0))),
            FileOp::MkdirAll => error(files.fs().mkdir_all(&text(0))),
            FileOp::Chdir => error(files.fs().chdir(&text(0))),
            FileOp::Write => {
                let bytes = bytes_of(values.get(1));
                if fd == STDOUT || fd == STDERR {
                    self.write_to(fd, String::from_utf8_lossy(&bytes).into_owned());
                    return Ok(pair(Value::Int(bytes.len() as i64), nil()));
                }
                crate::heap::reserve(bytes.len()).map_err(Stop::Panic)?;
                match files.fs().write(fd, &bytes) {
                    Ok(n) => pair(Value::Int(n as i64), nil()),
                    Err(e) => pair(Value::Int(0), path_error(&e)),
                }
            }
            FileOp::Read => {
                let Some(Value::Slice(into)) = values.get(1) else {
                    return Ok(pair(Value::Int(0), nil()));
                };
                let read = files.fs().read(fd, into.len());
                match read {
                    Ok(got) => {
                        for (i, b) in got.iter().enumerate() {
                            into.set(i, Value::Byte(*b));
                        }
                        pair(Value::Int(got.len() as i64), nil())
                    }
                    Err(e) => pair(Value::Int(0), self.read_error(e)),
                }
            }
            FileOp::ReadAtLeast => self.read_at_least(fd, values.get(1), int(2)),
            FileOp::Seek => match files.fs().seek(fd, int(1), int(2)) {
                Ok(at) => pair(Value::Int(at), nil()),
                Err(e) => pair(Value::Int(0), path_error(&e)),
            },
            FileOp::Close | FileOp::Sync => error(files.fs().close(fd, op == FileOp::Sync)),
            FileOp::Name => {
                if fd == NIL_FILE {
                    return Err(Stop::Panic(super::nils::NIL_CALL.into()));
                }
                Value::Str(files.fs().name(fd).into())
            }
            FileOp::NewScanner => {
                let mut scanners = files.scanners.lock().unwrap_or_else(|e| e.into_inner());
                scanners.push(Scanner::new(fd));
                Value::Int(scanners.len() as i64 - 1)
            }
            FileOp::ReadDir
            | FileOp::EntryName
            | FileOp::EntryIsDir
            | FileOp::WalkDir
            | FileOp::Walk
            | FileOp::ReadDirInfos
            | FileOp::Stat
            | FileOp::Lstat
            | FileOp::IsNotExist
            | FileOp::IsExist
            | FileOp::InfoSize
            | FileOp::InfoMode
            | FileOp::ModeIsDir
            | FileOp::ModeIsRegular
            | FileOp::ReadAll
            | FileOp::SkipDir
            | FileOp::SkipAll
            | FileOp::NewReader
            | FileOp::Peek
            | FileOp::ReadString
            | FileOp::ReadRune => return Err(self.bug("a file call out of place".into())),
            FileOp::Scan | FileOp::ScanText | FileOp::ScanErr | FileOp::ScanSplit => {
                let mut scanners = files.scanners.lock().unwrap_or_else(|e| e.into_inner());
                let Some(s) = usize::try_from(fd).ok().and_then(|i| scanners.get_mut(i)) else {
                    return Err(Stop::Panic(super::nils::NIL_CALL.into()));
                };
                match op {
                    FileOp::Scan => Value::Bool(s.scan(&mut files.fs())),
                    FileOp::ScanSplit => {
                        let code = values.get(1).map_or(0, Value::as_int);
                        s.set_split(super::scan_split::Split::of(code))
                            .map_err(|e| Stop::Panic(e.into()))?;
                        Value::Unit
                    }
                    FileOp::ScanText => Value::Str(s.text().into()),
                    _ => match s.err() {
                        ScanErr::None => nil(),
                        ScanErr::TooLong => super::iface::typed_error(
                            "bufio.Scanner: token too long".into(),
                            "*errors.errorString",
                        ),
                        ScanErr::Path(e) => path_error(&e),
                    },
                }
            }
        })
    }

    pub(super) fn read_error(&self, e: ReadErr) -> Value {
        match e {
            ReadErr::Eof => self.shared.files.eof.clone(),
            ReadErr::Path(e) => path_error(&e),
        }
    }

    /// `io.ReadAtLeast(f, buf, min)`, as Go's (src/io/io.go): reads until `min` bytes came.
    fn read_at_least(&self, fd: i64, buf: Option<&Value>, min: i64) -> Value {
        let files = &self.shared.files;
        let Some(Value::Slice(into)) = buf else {
            return pair(Value::Int(0), Value::Iface(None));
        };
        if (into.len() as i64) < min {
            return pair(Value::Int(0), files.short_buffer.clone());
        }
        let mut n = 0;
        let mut err = Value::Iface(None);
        while (n as i64) < min {
            match files.fs().read(fd, into.len() - n) {
                Ok(got) => {
                    for (i, b) in got.iter().enumerate() {
                        into.set(n + i, Value::Byte(*b));
                    }
                    n += got.len();
                }
                Err(e) => {
                    err = self.read_error(e);
                    break;
                }
            }
        }
        if (n as i64) >= min {
            err = Value::Iface(None);
        } else if n > 0 && err == files.eof {
            err = files.unexpected_eof.clone();
        }
        pair(Value::Int(n as i64), err)
    }

    /// `os.CreateTemp(dir, pattern)` or `os.MkdirTemp`: a new name of Go's making,
    /// `pattern` with its last `*` (else its end) a random number.
    fn make_temp(&self, op: FileOp, dir: &str, pattern: &str) -> Value {
        let files = &self.shared.files;
        let what = if op == FileOp::CreateTemp {
            "createtemp"
        } else {
            "mkdirtemp"
        };
        let failed = |value, e: Value| pair(value, e);
        let none = || match op {
            FileOp::CreateTemp => Value::Chan(None),
            _ => Value::Str("".into()),
        };
        if pattern.contains('/') {
            let text = format!("{what} {pattern}: pattern contains path separator");
            return failed(none(), super::iface::typed_error(text, "*fs.PathError"));
        }
        let (prefix, suffix) = pattern.rsplit_once('*').unwrap_or((pattern, ""));
        let mut fs = files.fs();
        let dir = if dir.is_empty() {
            fs.temp_dir().to_string()
        } else {
            dir.to_string()
        };
        loop {
            let random = self.rng().random::<u32>();
            let base = format!("{prefix}{random}{suffix}");
            let name = if dir.ends_with('/') {
                format!("{dir}{base}")
            } else {
                format!("{dir}/{base}")
            };
            let made = match op {
                FileOp::CreateTemp => fs
                    .open_file(&name, O_RDWR | O_CREATE | O_EXCL)
                    .map(Value::Int),
                _ => fs.mkdir(&name).map(|()| Value::Str(name.as_str().into())),
            };
            match made {
                Ok(v) => return pair(v, Value::Iface(None)),
                Err(e) if e.errno == super::files::Errno::Exist => continue,
                Err(e) => return failed(none(), path_error(&e)),
            }
        }
    }

    /// A write of the program's to a stream other than stdout and stderr: a file's
    /// descriptor, or stdin's; Go's error if it fails.
    pub(super) fn write_file_stream(&self, fd: i64, bytes: &[u8]) -> Option<Value> {
        let written = self.shared.files.fs().write(fd, bytes);
        written.err().map(|e| path_error(&e))
    }
}

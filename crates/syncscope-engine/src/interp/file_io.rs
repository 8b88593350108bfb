//! Open files of the run's file system: each descriptor's name, contents and offset, read,
//! written and sought as Go's `*os.File` does on Linux. The program's streams are here as
//! Go opens them (`/dev/stdin` empty, as a run's standard input is).

use super::files::{Errno, Fs, Node, PathErr};
use syncscope_program::files::flags::{
    CREATE, O_APPEND, O_CREATE, O_EXCL, O_RDWR, O_TRUNC, O_WRONLY,
};

#[derive(Debug)]
pub(crate) struct Open {
    /// The name it was opened by, which `Name()` and its errors give.
    pub(super) name: String,
    /// Its contents (`Fs::data`), or `None` for a directory.
    pub(super) data: Option<usize>,
    pub(super) offset: i64,
    pub(super) read: bool,
    pub(super) write: bool,
    /// `O_APPEND`: every write goes at the end.
    pub(super) append: bool,
    pub(super) closed: bool,
}

/// What a read ends in besides bytes: Go's `io.EOF` or an error of the call.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ReadErr {
    Eof,
    Path(PathErr),
}

/// The descriptor `os.Open` and kin give for nothing: a nil `*os.File`, whose methods give
/// `os.ErrInvalid`.
pub(crate) const NIL_FILE: i64 = -1;

/// The name Go gives the program's stream `fd`.
fn stream_name(fd: i64) -> &'static str {
    match fd {
        0 => "/dev/stdin",
        1 => "/dev/stdout",
        _ => "/dev/stderr",
    }
}

impl Fs {
    /// `os.OpenFile(name, flag, perm)` as Linux's `open` (`os.Create` and `os.Open` are
    /// two of its flags).
    pub(crate) fn open_file(&mut self, name: &str, flag: i64) -> Result<i64, PathErr> {
        let err = |e| PathErr::new("open", name, e);
        let (path, slash) = self.resolve(name).map_err(err)?;
        let access = flag & 3;
        let (read, write) = (access != O_WRONLY, access == O_WRONLY || access == O_RDWR);
        let create = flag & O_CREATE != 0;
        let data = match self.node(&path) {
            Some(_) if create && flag & O_EXCL != 0 => return Err(err(Errno::Exist)),
            Some(Node::Dir) if create || write => return Err(err(Errno::IsDir)),
            Some(Node::Dir) => None,
            Some(Node::File(_)) if slash => return Err(err(Errno::NotDir)),
            Some(Node::File(i)) => {
                if write
                    && flag & O_TRUNC != 0
                    && let Some(d) = self.data.get_mut(i)
                {
                    d.clear();
                }
                Some(i)
            }
            None if !create => return Err(err(Errno::NoEnt)),
            None if slash => return Err(err(Errno::IsDir)),
            None => {
                self.data.push(Vec::new());
                let i = self.data.len() - 1;
                self.nodes.insert(path, Node::File(i));
                Some(i)
            }
        };
        let fd = self.next_fd;
        self.next_fd += 1;
        let open = Open {
            name: name.to_string(),
            data,
            offset: 0,
            read,
            write,
            append: flag & O_APPEND != 0,
            closed: false,
        };
        self.open.insert(fd, open);
        Ok(fd)
    }

    /// The open file `fd`, for the operation `op`: Go's errors for a nil or closed one.
    fn usable(&mut self, fd: i64) -> Result<&mut Open, Errno> {
        match self.open.get_mut(&fd) {
            Some(f) if f.closed => Err(Errno::Closed),
            Some(f) => Ok(f),
            None => Err(Errno::Inval),
        }
    }

    fn named(&self, fd: i64) -> String {
        match self.open.get(&fd) {
            Some(f) => f.name.clone(),
            None if (0..=2).contains(&fd) => stream_name(fd).into(),
            None => String::new(),
        }
    }

    /// An error of `op` on `fd`: a nil file's is `os.ErrInvalid` alone, without an
    /// operation or a path.
    fn failed(&self, op: &'static str, fd: i64, errno: Errno) -> PathErr {
        let op = if fd == NIL_FILE { "" } else { op };
        PathErr::new(op, &self.named(fd), errno)
    }

    /// `f.Name()`.
    pub(crate) fn name(&self, fd: i64) -> String {
        self.named(fd)
    }

    /// `f.Write(b)` at the file's offset, growing it (with zeros past its end) as needed.
    pub(crate) fn write(&mut self, fd: i64, bytes: &[u8]) -> Result<usize, PathErr> {
        if fd == 0 {
            return Err(self.failed("write", fd, Errno::BadF));
        }
        let (i, append) = match self.usable(fd) {
            Ok(Open {
                data: Some(i),
                write: true,
                append,
                ..
            }) => (*i, *append),
            Ok(_) => return Err(self.failed("write", fd, Errno::BadF)),
            Err(e) => return Err(self.failed("write", fd, e)),
        };
        let (Some(f), Some(data)) = (self.open.get_mut(&fd), self.data.get_mut(i)) else {
            return Ok(0);
        };
        if append {
            f.offset = data.len() as i64;
        }
        let at = usize::try_from(f.offset).unwrap_or(0);
        f.offset += bytes.len() as i64;
        if data.len() < at + bytes.len() {
            data.resize(at + bytes.len(), 0);
        }
        data[at..at + bytes.len()].copy_from_slice(bytes);
        Ok(bytes.len())
    }

    /// `f.Read(b)` of up to `max` bytes at the file's offset.
    pub(crate) fn read(&mut self, fd: i64, max: usize) -> Result<Vec<u8>, ReadErr> {
        if fd == 0 {
            return Err(ReadErr::Eof);
        }
        if fd == 1 || fd == 2 {
            return Err(ReadErr::Path(self.failed("read", fd, Errno::BadF)));
        }
        let fail = |fs: &Fs, e| ReadErr::Path(fs.failed("read", fd, e));
        let f = match self.usable(fd) {
            Ok(f) => f,
            Err(e) => return Err(fail(self, e)),
        };
        if max == 0 {
            return Ok(Vec::new());
        }
        let Some(i) = f.data else {
            return Err(fail(self, Errno::IsDir));
        };
        if !f.read {
            return Err(fail(self, Errno::BadF));
        }
        let at = usize::try_from(f.offset).unwrap_or(0);
        let data = self.data.get(i).map_or(&[][..], |d| d.as_slice());
        if at >= data.len() {
            return Err(ReadErr::Eof);
        }
        let got = data[at..data.len().min(at + max)].to_vec();
        if let Some(f) = self.open.get_mut(&fd) {
            f.offset += got.len() as i64;
        }
        Ok(got)
    }

    /// `f.Seek(offset, whence)`: the new offset from the start.
    pub(crate) fn seek(&mut self, fd: i64, offset: i64, whence: i64) -> Result<i64, PathErr> {
        match fd {
            0 => return Ok(0),
            1 | 2 => return Err(self.failed("seek", fd, Errno::Spipe)),
            _ => {}
        }
        let size = |fs: &Fs, i: Option<usize>| {
            i.and_then(|i| fs.data.get(i)).map_or(0, |d| d.len() as i64)
        };
        let (data, at) = match self.usable(fd) {
            Ok(f) => (f.data, f.offset),
            Err(e) => return Err(self.failed("seek", fd, e)),
        };
        let base = match whence {
            0 => 0,
            1 => at,
            2 => size(self, data),
            _ => return Err(self.failed("seek", fd, Errno::Inval)),
        };
        let to = base.saturating_add(offset);
        if to < 0 {
            return Err(self.failed("seek", fd, Errno::Inval));
        }
        if let Ok(f) = self.usable(fd) {
            f.offset = to;
        }
        Ok(to)
    }

    /// `f.Close()` (`sync`: `f.Sync()`, which only asks that it be open).
    pub(crate) fn close(&mut self, fd: i64, sync: bool) -> Result<(), PathErr> {
        let op = if sync { "sync" } else { "close" };
        match fd {
            // Syncing a pipe or /dev/null is Linux's EINVAL; closing a stream is allowed.
            0..=2 if sync => return Err(self.failed(op, fd, Errno::Inval)),
            0..=2 => return Ok(()),
            _ => {}
        }
        match self.usable(fd) {
            Ok(f) => {
                f.closed |= !sync;
                Ok(())
            }
            Err(e) => Err(self.failed(op, fd, e)),
        }
    }

    /// `os.ReadFile(name)`.
    pub(crate) fn read_file(&mut self, name: &str) -> Result<Vec<u8>, PathErr> {
        let fd = self.open_file(name, 0)?;
        match self.open.remove(&fd).and_then(|f| f.data) {
            Some(i) => Ok(self.data.get(i).cloned().unwrap_or_default()),
            None => Err(PathErr::new("read", name, Errno::IsDir)),
        }
    }

    /// `os.WriteFile(name, data, perm)`.
    pub(crate) fn write_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), PathErr> {
        let fd = self.open_file(name, CREATE)?;
        let written = self.write(fd, bytes).map(|_| ());
        self.open.remove(&fd);
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_written_read_and_sought_as_gos() {
        let mut fs = Fs::new("/tmp", "/");
        let e = fs.read_file("/tmp/dat").map_err(|e| e.text());
        assert_eq!(e, Err("open /tmp/dat: no such file or directory".into()));
        assert!(fs.write_file("/tmp/dat", b"hello\ngo\n").is_ok());
        let fd = fs.open_file("/tmp/dat", 0).unwrap_or(NIL_FILE);
        assert_eq!(fs.read(fd, 5), Ok(b"hello".to_vec()));
        assert_eq!(fs.seek(fd, -3, 2), Ok(6));
        assert_eq!(fs.read(fd, 10), Ok(b"go\n".to_vec()));
        assert_eq!(fs.read(fd, 10), Err(ReadErr::Eof));
        let e = fs.write(fd, b"x").map_err(|e| e.text());
        assert_eq!(e, Err("write /tmp/dat: bad file descriptor".into()));
        assert!(fs.close(fd, false).is_ok());
        let e = fs.close(fd, false).map_err(|e| e.text());
        assert_eq!(e, Err("close /tmp/dat: file already closed".into()));
        let e = fs.read_file("/tmp").map_err(|e| e.text());
        assert_eq!(e, Err("read /tmp: is a directory".into()));
    }
}

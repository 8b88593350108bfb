//! `fs.FileInfo`s of the run's files, as `filepath.Walk` and `ioutil.ReadDir` give them, and
//! `io.ReadAll`. An info is its name, whether it is a directory and its size; its mode is
//! `fs.ModeDir` or not (the run keeps no permissions, so a mode is only asked whether it is a
//! directory or a regular file).

use super::Goroutine;
use super::codecs::byte_slice;
use super::file_io::{NIL_FILE, ReadErr};
use super::files::{Errno, Fs, Node, PathErr};
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::files::FileOp;

/// `fs.ModeDir`, the mode's top bit as Go numbers it.
const MODE_DIR: i64 = 1 << 31;

/// What Linux's `stat` gives as a directory's size on ext4, which Go reports.
const DIR_SIZE: i64 = 4096;

fn pair(a: Value, b: Value) -> Value {
    Value::Slice(SliceVal::new(vec![a, b]))
}

impl Fs {
    /// The `fs.FileInfo` of the file or directory at the clean absolute `path`, as `name`.
    pub(super) fn info(&self, path: &str, name: &str) -> Value {
        let (dir, size) = match self.node(path) {
            Some(Node::File(i)) => (false, self.data.get(i).map_or(0, Vec::len) as i64),
            _ => (true, DIR_SIZE),
        };
        Value::Slice(SliceVal::new(vec![
            Value::Str(name.into()),
            Value::Bool(dir),
            Value::Int(size),
        ]))
    }

    /// `os.Stat(name)` (`op` "stat") or `os.Lstat(name)`: the info named by the last
    /// element of `name`, as Go's.
    fn stat(&self, op: &'static str, name: &str) -> Result<Value, PathErr> {
        let err = |e| PathErr::new(op, name, e);
        let (path, slash) = self.resolve(name).map_err(err)?;
        match self.node(&path) {
            Some(Node::File(_)) if slash => Err(err(Errno::NotDir)),
            Some(_) => {
                let trimmed = name.trim_end_matches('/');
                let base = trimmed.rsplit('/').next().unwrap_or(trimmed);
                Ok(self.info(&path, if trimmed.is_empty() { "/" } else { base }))
            }
            None => Err(err(Errno::NoEnt)),
        }
    }

    /// `ioutil.ReadDir(name)`: Go opens the directory, then reads its entries (so a file
    /// is `readdirent`'s error, not `open`'s).
    fn read_dir_infos(&self, name: &str) -> Result<Vec<Value>, PathErr> {
        let (path, _) = self
            .resolve(name)
            .map_err(|e| PathErr::new("open", name, e))?;
        match self.node(&path) {
            Some(Node::Dir) => {}
            Some(Node::File(_)) => return Err(PathErr::new("readdirent", name, Errno::NotDir)),
            None => return Err(PathErr::new("open", name, Errno::NoEnt)),
        }
        let names = self.read_dir(name)?;
        let base = if path == "/" { String::new() } else { path };
        Ok(names
            .iter()
            .map(|(n, _)| self.info(&format!("{base}/{n}"), n))
            .collect())
    }
}

impl Goroutine {
    /// A call of a `FileInfo`, a `FileMode`, `ioutil.ReadDir` or `io.ReadAll`; `None` for
    /// another file call.
    pub(super) fn info_op(&self, op: FileOp, values: &[Value]) -> Option<Result<Value, Stop>> {
        let files = &self.shared.files;
        let nil_call = || Err(Stop::Panic(super::nils::NIL_CALL.into()));
        let part = |i: usize| match values.first() {
            Some(Value::Slice(info)) => Ok(info.get(i).unwrap_or(Value::Unit)),
            _ => nil_call(),
        };
        let mode = || values.first().map_or(0, Value::as_int);
        Some(match op {
            FileOp::ReadDirInfos => {
                let name = match values.first() {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let listed = files.fs().read_dir_infos(&name);
                Ok(match listed {
                    Ok(infos) => pair(Value::Slice(SliceVal::new(infos)), Value::Iface(None)),
                    Err(e) => pair(
                        Value::Slice(SliceVal::nil()),
                        super::os_files::path_error(&e),
                    ),
                })
            }
            FileOp::Stat | FileOp::Lstat => {
                let name = match values.first() {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let op = if op == FileOp::Stat { "stat" } else { "lstat" };
                let stat = files.fs().stat(op, &name);
                Ok(match stat {
                    Ok(info) => pair(info, Value::Iface(None)),
                    Err(e) => pair(Value::Chan(None), super::os_files::path_error(&e)),
                })
            }
            FileOp::IsNotExist | FileOp::IsExist => {
                let why = if op == FileOp::IsNotExist {
                    ": no such file or directory"
                } else {
                    ": file exists"
                };
                Ok(Value::Bool(matches!(values.first(),
                    Some(Value::Iface(Some(b))) if &*b.name == "*fs.PathError"
                        && matches!(&b.val, Value::Str(text) if text.ends_with(why)))))
            }
            FileOp::InfoSize => part(2),
            FileOp::InfoMode => part(1).map(|dir| {
                Value::Int(if matches!(dir, Value::Bool(true)) {
                    MODE_DIR
                } else {
                    0
                })
            }),
            FileOp::ModeIsDir => Ok(Value::Bool(mode() & MODE_DIR != 0)),
            // The run's files are directories or regular files, nothing else.
            FileOp::ModeIsRegular => Ok(Value::Bool(mode() & MODE_DIR == 0)),
            FileOp::ReadAll => Ok(self.read_all(values.first())),
            _ => return None,
        })
    }

    /// `io.ReadAll(r)`, as Go's: reads to the end, whose `io.EOF` is no error; another
    /// error comes with what was read before it.
    fn read_all(&self, r: Option<&Value>) -> Value {
        let fd = match r {
            Some(Value::Int(fd)) => *fd,
            _ => NIL_FILE,
        };
        let mut all = Vec::new();
        loop {
            let read = self.shared.files.fs().read(fd, 512.max(all.len()));
            match read {
                Ok(got) => all.extend(got),
                Err(ReadErr::Eof) => return pair(byte_slice(&all), Value::Iface(None)),
                Err(e) => return pair(byte_slice(&all), self.read_error(e)),
            }
        }
    }
}

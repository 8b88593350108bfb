//! `os.ReadDir`, `filepath.WalkDir` and `filepath.Walk` on the run's file system, as Go's
//! (src/os/dir.go, src/path/filepath/path.go): entries by name, a walk in lexical order that
//! calls the program's function on each, `fs.SkipDir` leaving a directory out and
//! `fs.SkipAll` the rest. An entry is its name and whether it is a directory; `Walk` gives an
//! `fs.FileInfo` instead (`file_infos`). The run's directories can always be read, so the
//! two walks call the function alike.

use super::Goroutine;
use super::files::{Errno, Fs, Node, PathErr};
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::files::FileOp;

impl Fs {
    /// The names in directory `path`, in Go's order (by name), each with whether it is a
    /// directory.
    fn children(&self, path: &str) -> Vec<(String, bool)> {
        let prefix = if path == "/" {
            "/".to_string()
        } else {
            format!("{path}/")
        };
        let mut out: Vec<(String, bool)> = self
            .nodes
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter(|(k, _)| k.len() > prefix.len() && !k[prefix.len()..].contains('/'))
            .map(|(k, n)| (k[prefix.len()..].to_string(), *n == Node::Dir))
            .collect();
        out.sort();
        out
    }

    /// `os.ReadDir(name)`: the names in the directory, by name, each with whether it is one.
    pub(crate) fn read_dir(&self, name: &str) -> Result<Vec<(String, bool)>, PathErr> {
        let err = |e| PathErr::new("open", name, e);
        let (path, _) = self.resolve(name).map_err(err)?;
        match self.node(&path) {
            Some(Node::Dir) => Ok(self.children(&path)),
            Some(Node::File(_)) => Err(err(Errno::NotDir)),
            None => Err(err(Errno::NoEnt)),
        }
    }

    /// `os.Lstat(name)`, as `filepath.WalkDir` asks it of its root: whether it is a directory.
    pub(crate) fn lstat(&self, name: &str) -> Result<bool, PathErr> {
        let err = |e| PathErr::new("lstat", name, e);
        let (path, slash) = self.resolve(name).map_err(err)?;
        match self.node(&path) {
            Some(Node::Dir) => Ok(true),
            Some(Node::File(_)) if slash => Err(err(Errno::NotDir)),
            Some(Node::File(_)) => Ok(false),
            None => Err(err(Errno::NoEnt)),
        }
    }
}

fn pair(a: Value, b: Value) -> Value {
    Value::Slice(SliceVal::new(vec![a, b]))
}

fn entry(name: &str, dir: bool) -> Value {
    pair(Value::Str(name.into()), Value::Bool(dir))
}

/// How a walk goes on after a call of the program's function.
enum Walked {
    On,
    /// The function's error, `fs.SkipDir` and `fs.SkipAll` among them.
    Stopped(Value),
}

impl Goroutine {
    /// A directory call's value; `None` for another file call.
    pub(super) fn dir_op(&self, op: FileOp, values: &[Value]) -> Option<Result<Value, Stop>> {
        let files = &self.shared.files;
        let text = |i: usize| match values.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        Some(Ok(match op {
            FileOp::ReadDir => match files.fs().read_dir(&text(0)) {
                Ok(names) => {
                    let entries = names.iter().map(|(n, d)| entry(n, *d)).collect();
                    pair(Value::Slice(SliceVal::new(entries)), Value::Iface(None))
                }
                Err(e) => pair(
                    Value::Slice(SliceVal::nil()),
                    super::os_files::path_error(&e),
                ),
            },
            FileOp::EntryName | FileOp::EntryIsDir => {
                let Some(Value::Slice(e)) = values.first() else {
                    return Some(Err(Stop::Panic(super::nils::NIL_CALL.into())));
                };
                let part = usize::from(op == FileOp::EntryIsDir);
                e.get(part).unwrap_or(Value::Unit)
            }
            FileOp::SkipDir => files.skip_dir.clone(),
            FileOp::SkipAll => files.skip_all.clone(),
            FileOp::WalkDir | FileOp::Walk => {
                let infos = op == FileOp::Walk;
                return Some(self.walk_dir(&text(0), values.get(1), infos));
            }
            _ => return None,
        }))
    }

    /// `filepath.WalkDir(root, fn)`, or `filepath.Walk(root, fn)` with `infos`.
    fn walk_dir(&self, root: &str, f: Option<&Value>, infos: bool) -> Result<Value, Stop> {
        let f = f.cloned().unwrap_or(Value::Unit);
        let stat = self.shared.files.fs().lstat(root);
        let walked = match stat {
            Err(e) => {
                let err = super::os_files::path_error(&e);
                self.visit(&f, root, Value::Chan(None), err)?
            }
            Ok(dir) => self.walk(&f, (root, dir), infos)?,
        };
        let files = &self.shared.files;
        Ok(match walked {
            Walked::Stopped(e) if e != files.skip_dir && e != files.skip_all => e,
            _ => Value::Iface(None),
        })
    }

    fn visit(&self, f: &Value, path: &str, d: Value, err: Value) -> Result<Walked, Stop> {
        let Value::Func(c) = f else {
            return Err(Stop::Panic(super::nils::NIL_CALL.into()));
        };
        let args = vec![Value::Str(path.into()), d, err];
        Ok(match self.call(c.func, args, c.cells.clone())? {
            Value::Iface(None) => Walked::On,
            e => Walked::Stopped(e),
        })
    }

    fn walk(&self, f: &Value, (path, dir): (&str, bool), infos: bool) -> Result<Walked, Stop> {
        let files = &self.shared.files;
        let name = path.rsplit('/').next().unwrap_or(path);
        let d = if infos {
            let fs = files.fs();
            fs.resolve(path)
                .map_or(Value::Chan(None), |(at, _)| fs.info(&at, name))
        } else {
            entry(name, dir)
        };
        let skipped = |e: &Value| *e == files.skip_dir && dir;
        match self.visit(f, path, d.clone(), Value::Iface(None))? {
            Walked::Stopped(e) if skipped(&e) => return Ok(Walked::On),
            Walked::Stopped(e) => return Ok(Walked::Stopped(e)),
            Walked::On if !dir => return Ok(Walked::On),
            Walked::On => {}
        }
        let listed = files.fs().read_dir(path);
        let names = match listed {
            Ok(names) => names,
            Err(e) => {
                let err = super::os_files::path_error(&e);
                return Ok(match self.visit(f, path, d, err)? {
                    Walked::Stopped(e) if skipped(&e) => Walked::On,
                    w => w,
                });
            }
        };
        for (child, is_dir) in names {
            let joined = super::filepath::join(&[path.to_string(), child]);
            match self.walk(f, (&joined, is_dir), infos)? {
                Walked::On => {}
                Walked::Stopped(e) if e == files.skip_dir => break,
                stopped => return Ok(stopped),
            }
        }
        Ok(Walked::On)
    }
}

//! The run's file system, in its memory: nothing a program does to it reaches the disk, so a
//! program shown in a class writes nothing on the teacher's machine. It starts with the
//! directories Go programs expect (the temporary directory and the working directory), and
//! its paths are resolved as Linux resolves them, one element at a time, with Linux's errors
//! in Go's words (`open /tmp/dat: no such file or directory`).

use std::collections::{BTreeMap, HashMap};

/// The errors of Linux calls the run's files meet, as Go's `syscall.Errno` words them; and
/// `os.ErrClosed` and `os.ErrInvalid`, which Go's `*os.File` gives without a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Errno {
    NoEnt,
    Exist,
    NotDir,
    IsDir,
    NotEmpty,
    BadF,
    Inval,
    Spipe,
    Closed,
}

impl Errno {
    fn text(self) -> &'static str {
        match self {
            Errno::NoEnt => "no such file or directory",
            Errno::Exist => "file exists",
            Errno::NotDir => "not a directory",
            Errno::IsDir => "is a directory",
            Errno::NotEmpty => "directory not empty",
            Errno::BadF => "bad file descriptor",
            Errno::Inval => "invalid argument",
            Errno::Spipe => "illegal seek",
            Errno::Closed => "file already closed",
        }
    }
}

/// Go's `*fs.PathError`: the operation, the path as the program gave it, and the error.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PathErr {
    pub(crate) op: &'static str,
    pub(crate) path: String,
    pub(crate) errno: Errno,
}

impl PathErr {
    pub(crate) fn new(op: &'static str, path: &str, errno: Errno) -> PathErr {
        PathErr {
            op,
            path: path.to_string(),
            errno,
        }
    }

    /// Go's `Error()`; without an operation, the error alone (`os.ErrInvalid`).
    pub(crate) fn text(&self) -> String {
        if self.op.is_empty() {
            return self.errno.text().into();
        }
        format!("{} {}: {}", self.op, self.path, self.errno.text())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Node {
    Dir,
    /// A regular file: its contents are `Fs::data[i]`, which an open file keeps after the
    /// name is removed, as on Linux.
    File(usize),
}

#[derive(Debug)]
pub(crate) struct Fs {
    /// Every file and directory by its absolute, clean path.
    pub(super) nodes: BTreeMap<String, Node>,
    pub(super) data: Vec<Vec<u8>>,
    pub(super) cwd: String,
    pub(super) temp: String,
    pub(super) open: HashMap<i64, super::file_io::Open>,
    pub(super) next_fd: i64,
}

/// The absolute path of the elements given.
fn path_of(elems: &[String]) -> String {
    format!("/{}", elems.join("/"))
}

impl Fs {
    /// A tree of `/`, the temporary directory `temp` and the working directory `cwd`, with
    /// the directories above them.
    pub(crate) fn new(temp: &str, cwd: &str) -> Fs {
        let mut fs = Fs {
            nodes: BTreeMap::new(),
            data: Vec::new(),
            cwd: "/".into(),
            temp: temp.to_string(),
            open: HashMap::new(),
            next_fd: 3,
        };
        fs.nodes.insert("/".into(), Node::Dir);
        for dir in [temp, cwd] {
            let mut elems = Vec::new();
            for e in dir.split('/').filter(|e| !e.is_empty() && *e != ".") {
                elems.push(e.to_string());
                fs.nodes.insert(path_of(&elems), Node::Dir);
            }
        }
        fs.cwd = match fs.resolve(cwd) {
            Ok((path, _)) => path,
            Err(_) => "/".into(),
        };
        fs
    }

    pub(super) fn temp_dir(&self) -> &str {
        &self.temp
    }

    pub(super) fn node(&self, path: &str) -> Option<Node> {
        self.nodes.get(path).copied()
    }

    /// `name` as Linux finds it: its absolute path, and whether it ended in a slash. Every
    /// directory on the way must be one (else `ENOTDIR`) and be there (`ENOENT`); the last
    /// element need not be there.
    pub(super) fn resolve(&self, name: &str) -> Result<(String, bool), Errno> {
        if name.is_empty() {
            return Err(Errno::NoEnt);
        }
        let mut elems: Vec<String> = if name.starts_with('/') {
            Vec::new()
        } else {
            self.cwd
                .split('/')
                .filter(|e| !e.is_empty())
                .map(String::from)
                .collect()
        };
        for e in name.split('/').filter(|e| !e.is_empty() && *e != ".") {
            match self.node(&path_of(&elems)) {
                Some(Node::Dir) => {}
                Some(Node::File(_)) => return Err(Errno::NotDir),
                None => return Err(Errno::NoEnt),
            }
            if e == ".." {
                elems.pop();
            } else {
                elems.push(e.to_string());
            }
        }
        Ok((path_of(&elems), name.ends_with('/')))
    }

    /// Whether `path` is a directory with something in it.
    fn has_children(&self, path: &str) -> bool {
        let prefix = if path == "/" {
            "/".to_string()
        } else {
            format!("{path}/")
        };
        self.nodes
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(k, _)| k.starts_with(&prefix))
    }

    /// `os.Mkdir(name, perm)`.
    pub(crate) fn mkdir(&mut self, name: &str) -> Result<(), PathErr> {
        let err = |e| PathErr::new("mkdir", name, e);
        let (path, _) = self.resolve(name).map_err(err)?;
        if self.node(&path).is_some() {
            return Err(err(Errno::Exist));
        }
        self.nodes.insert(path, Node::Dir);
        Ok(())
    }

    /// `os.MkdirAll(path, perm)`, as Go's (src/os/path.go): the parent first, then the
    /// directory, a race with another maker of it forgiven.
    pub(crate) fn mkdir_all(&mut self, name: &str) -> Result<(), PathErr> {
        match self.resolve(name).map(|(p, _)| self.node(&p)) {
            Ok(Some(Node::Dir)) => return Ok(()),
            Ok(Some(Node::File(_))) => return Err(PathErr::new("mkdir", name, Errno::NotDir)),
            _ => {}
        }
        let bytes = name.as_bytes();
        let mut i = bytes.len();
        while i > 0 && bytes[i - 1] == b'/' {
            i -= 1;
        }
        let mut j = i;
        while j > 0 && bytes[j - 1] != b'/' {
            j -= 1;
        }
        if j > 1 {
            self.mkdir_all(&name[..j - 1])?;
        }
        self.mkdir(name)
            .or_else(|e| match self.resolve(name).map(|(p, _)| self.node(&p)) {
                Ok(Some(Node::Dir)) => Ok(()),
                _ => Err(e),
            })
    }

    /// `os.Remove(name)`: unlink, then rmdir, as Go tries them, the more telling error kept.
    pub(crate) fn remove(&mut self, name: &str) -> Result<(), PathErr> {
        let err = |e| PathErr::new("remove", name, e);
        let (path, slash) = self.resolve(name).map_err(err)?;
        if name.rsplit('/').find(|e| !e.is_empty()) == Some(".") {
            return Err(err(Errno::Inval));
        }
        match self.node(&path) {
            None => Err(err(Errno::NoEnt)),
            Some(Node::File(_)) if slash => Err(err(Errno::NotDir)),
            Some(Node::Dir) if self.has_children(&path) => Err(err(Errno::NotEmpty)),
            Some(_) => {
                self.nodes.remove(&path);
                Ok(())
            }
        }
    }

    /// `os.RemoveAll(path)`: what is there goes, with all it holds; nothing there is no error.
    pub(crate) fn remove_all(&mut self, name: &str) -> Result<(), PathErr> {
        if name.is_empty() {
            return Ok(());
        }
        if name.rsplit('/').find(|e| !e.is_empty()) == Some(".") {
            return Err(PathErr::new("RemoveAll", name, Errno::Inval));
        }
        let path = match self.resolve(name) {
            Ok((path, _)) => path,
            Err(Errno::NoEnt) => return Ok(()),
            Err(e) => return Err(PathErr::new("unlinkat", name, e)),
        };
        let prefix = format!("{path}/");
        self.nodes
            .retain(|k, _| *k != path && (path == "/" || !k.starts_with(&prefix)));
        Ok(())
    }

    /// `os.Chdir(dir)`.
    pub(crate) fn chdir(&mut self, name: &str) -> Result<(), PathErr> {
        let err = |e| PathErr::new("chdir", name, e);
        let (path, _) = self.resolve(name).map_err(err)?;
        match self.node(&path) {
            Some(Node::Dir) => {
                self.cwd = path;
                Ok(())
            }
            Some(Node::File(_)) => Err(err(Errno::NotDir)),
            None => Err(err(Errno::NoEnt)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_as_linux_resolves_them() {
        let mut fs = Fs::new("/tmp", "/home/t");
        assert_eq!(fs.resolve("x").map(|p| p.0), Ok("/home/t/x".into()));
        assert_eq!(
            fs.resolve("../../tmp/./a").map(|p| p.0),
            Ok("/tmp/a".into())
        );
        assert_eq!(fs.resolve("/no/x"), Err(Errno::NoEnt));
        assert!(fs.mkdir("/tmp/d").is_ok());
        let e = fs.mkdir("/tmp/d").map_err(|e| e.text());
        assert_eq!(e, Err("mkdir /tmp/d: file exists".into()));
        assert!(fs.mkdir_all("/tmp/d/a/b/").is_ok());
        assert_eq!(fs.read_dir("/tmp/d"), Ok(vec![("a".to_string(), true)]));
        let e = fs.remove("/tmp/d").map_err(|e| e.text());
        assert_eq!(e, Err("remove /tmp/d: directory not empty".into()));
        assert!(fs.remove_all("/tmp/d").is_ok());
        assert_eq!(fs.node("/tmp/d/a"), None);
        assert!(fs.chdir("/tmp").is_ok());
        assert_eq!(fs.resolve("..").map(|p| p.0), Ok("/".into()));
    }
}

//! The `os` package's files, `io`'s reads and `bufio.Scanner`, on a file system that lives in
//! the run's memory: a file is its descriptor (`os.Stdin` 0, `os.Stdout` 1, `os.Stderr` 2,
//! then 3, 4... as the run opens them), so `fmt.Fprintln(f, ...)` and `bufio.NewWriter(f)`
//! reach it as they reach the program's streams.

/// What a file call does; its arguments are `Expr::Lib`'s, in Go's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOp {
    /// `os.TempDir()`.
    TempDir,
    /// `os.WriteFile(name, data, perm)`: the error.
    WriteFile,
    /// `os.ReadFile(name)`: the bytes and the error.
    ReadFile,
    /// `os.Create(name)`, `os.Open(name)`: the file and the error.
    Create,
    Open,
    /// `os.CreateTemp(dir, pattern)`: the file and the error; `os.MkdirTemp(dir, pattern)`:
    /// the directory's name and the error.
    CreateTemp,
    MkdirTemp,
    /// `os.Remove(name)`, `os.RemoveAll(path)`, `os.Mkdir(name, perm)`,
    /// `os.MkdirAll(path, perm)`, `os.Chdir(dir)`: the error.
    Remove,
    RemoveAll,
    Mkdir,
    MkdirAll,
    Chdir,
    /// `f.Write(b)` and `f.WriteString(s)`: the count and the error.
    Write,
    /// `f.Read(b)`: into `b`, the count and the error.
    Read,
    /// `f.Seek(offset, whence)`: the new offset and the error.
    Seek,
    /// `f.Close()` and `f.Sync()`: the error.
    Close,
    Sync,
    /// `f.Name()`.
    Name,
    /// `io.ReadAtLeast(f, b, min)`: the count and the error.
    ReadAtLeast,
    /// `bufio.NewScanner(f)`; its `Scan()`, `Text()` and `Err()`.
    NewScanner,
    Scan,
    ScanText,
    ScanErr,
    /// `os.ReadDir(name)`: its entries by name, and the error; an entry's `Name()` and
    /// `IsDir()`.
    ReadDir,
    EntryName,
    EntryIsDir,
    /// `filepath.WalkDir(root, fn)`: `fn` called on each file and directory in lexical
    /// order, as Go's; the error. `fs.SkipDir` and `fs.SkipAll`, the run's one value each.
    WalkDir,
    SkipDir,
    SkipAll,
    /// `bufio.NewReader(f)`; its `Peek(n)` and `ReadString(delim)`.
    NewReader,
    Peek,
    ReadString,
    /// `io.EOF`, `io.ErrUnexpectedEOF` and `io.ErrShortBuffer`: the run's one value of
    /// each, which reads give.
    Eof,
    UnexpectedEof,
    ShortBuffer,
}

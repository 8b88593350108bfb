//! The `os` package's files, `io`'s reads and `bufio.Scanner`, on a file system that lives in
//! the run's memory: a file is its descriptor (`os.Stdin` 0, `os.Stdout` 1, `os.Stderr` 2,
//! then 3, 4... as the run opens them), so `fmt.Fprintln(f, ...)` and `bufio.NewWriter(f)`
//! reach it as they reach the program's streams.

/// `os.OpenFile`'s flags, as Go has them on Linux (amd64).
pub mod flags {
    pub const O_RDONLY: i64 = 0;
    pub const O_WRONLY: i64 = 1;
    pub const O_RDWR: i64 = 2;
    pub const O_CREATE: i64 = 0x40;
    pub const O_EXCL: i64 = 0x80;
    pub const O_TRUNC: i64 = 0x200;
    pub const O_APPEND: i64 = 0x400;
    pub const O_SYNC: i64 = 0x10_1000;
    /// What `os.Create` opens with.
    pub const CREATE: i64 = O_RDWR | O_CREATE | O_TRUNC;
}

/// What a file call does; its arguments are `Expr::Lib`'s, in Go's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileOp {
    /// `os.TempDir()`.
    TempDir,
    /// `os.WriteFile(name, data, perm)`: the error.
    WriteFile,
    /// `os.ReadFile(name)`: the bytes and the error.
    ReadFile,
    /// `os.Create(name)`, `os.Open(name)`, `os.OpenFile(name, flag, perm)`: the file and
    /// the error.
    Create,
    Open,
    OpenFile,
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
    /// `s.Split(bufio.ScanWords)`: the split function's number (lines 0, words 1, runes 2,
    /// bytes 3) the second operand.
    ScanSplit,
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
    /// `filepath.Walk(root, fn)`: as `WalkDir`, `fn` given an `fs.FileInfo` of each;
    /// `ioutil.ReadDir(name)`: the directory's `fs.FileInfo`s by name, and the error. A
    /// `FileInfo`'s `Name()` and `IsDir()` are an entry's; its `Size()` and `Mode()`.
    Walk,
    ReadDirInfos,
    /// `os.Stat(name)` and `os.Lstat(name)` (alike: the run has no symbolic links): the
    /// `fs.FileInfo` and the error.
    Stat,
    Lstat,
    /// `os.IsNotExist(err)` and `os.IsExist(err)`: whether `err` is a path error of that
    /// kind (not one wrapped in another: Go's do not unwrap).
    IsNotExist,
    IsExist,
    InfoSize,
    InfoMode,
    /// An `fs.FileMode`'s `IsDir()` and `IsRegular()`.
    ModeIsDir,
    ModeIsRegular,
    /// `io.ReadAll(r)` (`ioutil.ReadAll`): the bytes up to the end, and the error.
    ReadAll,
    /// `bufio.NewReader(f)`; its `Peek(n)`, `ReadString(delim)` and `ReadRune()`.
    NewReader,
    Peek,
    ReadString,
    ReadRune,
    /// `io.EOF`, `io.ErrUnexpectedEOF` and `io.ErrShortBuffer`: the run's one value of
    /// each, which reads give.
    Eof,
    UnexpectedEof,
    ShortBuffer,
    /// `strings.NewReader(s)`: a read-only file of the run's memory holding `s`, without a
    /// name, so everything that reads a file reads it; its `Len()` (the bytes not yet read)
    /// and `Size()`.
    StringReader,
    /// `bytes.NewReader(b)`: the same, holding a copy of `b`'s bytes.
    BytesReader,
    ReaderLen,
    ReaderSize,
}

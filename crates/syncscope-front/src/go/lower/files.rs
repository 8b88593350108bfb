//! Files in the run's memory: `os`'s functions of files and directories, an `*os.File`'s
//! methods, `io.ReadAtLeast`, `io.EOF` and the `io.Seek...` constants, and `bufio.Scanner`
//! on a file or on `os.Stdin` (a run's standard input is empty). A file is its descriptor at
//! run time, as `os.Stdout` is, so `fmt.Fprintln(f, ...)` and `bufio.NewWriter(f)` write
//! to it through the streams' own code.

use super::Lowerer;
use super::library::error_type;
use crate::go::types::{Type, TypeName, Untyped};
use syncscope_program::files::FileOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

/// A `*bufio.Reader`'s methods, as Go 1.26 has them.
const READER_METHODS: &[&str] = &[
    "Buffered",
    "Discard",
    "Peek",
    "Read",
    "ReadByte",
    "ReadBytes",
    "ReadLine",
    "ReadRune",
    "ReadSlice",
    "ReadString",
    "Reset",
    "Size",
    "UnreadByte",
    "UnreadRune",
    "WriteTo",
];

/// An `fs.DirEntry`'s methods.
const ENTRY_METHODS: &[&str] = &["Info", "IsDir", "Name", "Type"];

/// A `*bufio.Scanner`'s methods, as Go 1.26 has them.
const SCANNER_METHODS: &[&str] = &["Buffer", "Bytes", "Err", "Scan", "Split", "Text"];

/// `os.FileMode`, as Go's messages name a mode's type.
const MODE: Type = Type::Sized("os.FileMode");

/// `fs.DirEntry` as `package` names it.
pub(super) fn dir_entry(package: &str) -> Type {
    Type::DirEntry(TypeName(format!("{package}.DirEntry").into()))
}

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

/// `os`'s functions of the file system (and `filepath`'s and `ioutil`'s): their `Lib`,
/// parameters and result.
pub(super) fn plain(full: &str) -> Option<(Lib, Vec<Type>, Type)> {
    use Type::Str;
    let pair = |a: Type| Type::Tuple(vec![a, error_type()]);
    let (op, params, result) = match full {
        "os.TempDir" => (FileOp::TempDir, vec![], Str),
        "os.WriteFile" => (FileOp::WriteFile, vec![Str, bytes(), MODE], error_type()),
        "os.ReadFile" => (FileOp::ReadFile, vec![Str], pair(bytes())),
        "os.Create" => (FileOp::Create, vec![Str], pair(Type::File)),
        "os.Open" => (FileOp::Open, vec![Str], pair(Type::File)),
        "os.OpenFile" => (
            FileOp::OpenFile,
            vec![Str, Type::Int, MODE],
            pair(Type::File),
        ),
        "os.CreateTemp" => (FileOp::CreateTemp, vec![Str, Str], pair(Type::File)),
        "os.MkdirTemp" => (FileOp::MkdirTemp, vec![Str, Str], pair(Str)),
        "os.Remove" => (FileOp::Remove, vec![Str], error_type()),
        "os.RemoveAll" => (FileOp::RemoveAll, vec![Str], error_type()),
        "os.Mkdir" => (FileOp::Mkdir, vec![Str, MODE], error_type()),
        "os.MkdirAll" => (FileOp::MkdirAll, vec![Str, MODE], error_type()),
        "os.Chdir" => (FileOp::Chdir, vec![Str], error_type()),
        "os.ReadDir" => (
            FileOp::ReadDir,
            vec![Str],
            pair(Type::Slice(Box::new(dir_entry("os")))),
        ),
        "filepath.WalkDir" => {
            let visit = vec![Str, dir_entry("fs"), error_type()];
            let visit = Type::Func(visit, Some(Box::new(error_type())));
            (FileOp::WalkDir, vec![Str, visit], error_type())
        }
        _ => super::file_infos::plain(full)?,
    };
    Some((Lib::File(op), params, result))
}

/// `os.OpenFile`'s flags, `int` constants as Go declares them.
pub(super) fn open_flag(member: &str) -> Option<(Expr, Type)> {
    use syncscope_program::files::flags;
    let flag = match member {
        "O_RDONLY" => flags::O_RDONLY,
        "O_WRONLY" => flags::O_WRONLY,
        "O_RDWR" => flags::O_RDWR,
        "O_APPEND" => flags::O_APPEND,
        "O_CREATE" => flags::O_CREATE,
        "O_EXCL" => flags::O_EXCL,
        "O_SYNC" => flags::O_SYNC,
        "O_TRUNC" => flags::O_TRUNC,
        _ => return None,
    };
    Some((Expr::int(flag), Type::Int))
}

/// `fs.SkipDir` and `fs.SkipAll` (`filepath`'s are the same values).
pub(super) fn skip_value(member: &str) -> Option<(Expr, Type)> {
    let op = match member {
        "SkipDir" => FileOp::SkipDir,
        "SkipAll" => FileOp::SkipAll,
        _ => return None,
    };
    Some((Expr::Lib(Lib::File(op), Vec::new()), error_type()))
}

/// `io`'s values syncscope reads: the errors its reads give and the whences of `Seek`.
pub(super) fn io_value(member: &str) -> Option<(Expr, Type)> {
    let whence = |w: i64| Some((Expr::int(w), Type::Untyped(Untyped::Int)));
    let error = |op| Some((Expr::Lib(Lib::File(op), Vec::new()), error_type()));
    match member {
        "SeekStart" => whence(0),
        "SeekCurrent" => whence(1),
        "SeekEnd" => whence(2),
        "EOF" => error(FileOp::Eof),
        "ErrUnexpectedEOF" => error(FileOp::UnexpectedEof),
        "ErrShortBuffer" => error(FileOp::ShortBuffer),
        _ => None,
    }
}

impl Lowerer<'_> {
    /// Whether `callee` is a method of a file (or `bufio.Writer`) variable that gives a count
    /// or an offset with its error, for `n := f.Write(b)` to be Go's assignment mismatch.
    pub(super) fn file_returns_several(&mut self, callee: Node) -> bool {
        let (Some(operand), Some(field)) = (
            callee.child_by_field_name("operand"),
            callee.child_by_field_name("field"),
        ) else {
            return false;
        };
        let several = [
            "Write",
            "WriteString",
            "Read",
            "Seek",
            "Peek",
            "ReadString",
            "ReadRune",
        ];
        several.contains(&self.text_of(field))
            && matches!(
                self.peek_type(operand),
                Some(
                    Type::File
                        | Type::StrReader
                        | Type::BytesReader
                        | Type::BufWriter
                        | Type::BufReader
                )
            )
    }

    /// `io.ReadAtLeast(f, buf, min)`, `io.ReadAll(f)`, `bufio.NewScanner(f)` and
    /// `bufio.NewReader(f)` of an `*os.File`, a `*strings.Reader` or a `*bytes.Reader`;
    /// `None` for another function.
    pub(super) fn file_call(&mut self, n: Node, full: &str, args: &[Node]) -> Option<(Expr, Type)> {
        let made = match full {
            "strings.NewReader" => Some((FileOp::StringReader, Type::Str, Type::StrReader)),
            "bytes.NewReader" => Some((FileOp::BytesReader, bytes(), Type::BytesReader)),
            _ => None,
        };
        if let Some((op, param, reader)) = made {
            let s = self.args_as(n, args, &[param], full).pop()?;
            return Some((Expr::Lib(Lib::File(op), vec![s]), reader));
        }
        let (op, params, result) = match full {
            "io.ReadAtLeast" => (
                FileOp::ReadAtLeast,
                vec![Type::File, bytes(), Type::Int],
                Type::Tuple(vec![Type::Int, error_type()]),
            ),
            "io.ReadAll" | "ioutil.ReadAll" => (
                FileOp::ReadAll,
                vec![Type::File],
                Type::Tuple(vec![bytes(), error_type()]),
            ),
            "bufio.NewScanner" => (FileOp::NewScanner, vec![Type::File], Type::Scanner),
            "bufio.NewReader" => (FileOp::NewReader, vec![Type::File], Type::BufReader),
            _ => return None,
        };
        let invalid = (Expr::int(0), Type::Invalid);
        if args.len() != params.len() {
            // Go's messages name the parameter's type, an interface.
            let mut wanted = params;
            wanted[0] = super::iface::iface(super::iface::ANY, "io.Reader");
            self.args_as(n, args, &wanted, full);
            return Some(invalid);
        }
        // Go's reader is any io.Reader: syncscope's are files, the readers of strings and
        // byte slices among them.
        let (reader, ty) = self.value(args[0]);
        if !matches!(
            ty,
            Type::File | Type::StrReader | Type::BytesReader | Type::Invalid
        ) {
            let why =
                format!("{full} of other than an *os.File, a *strings.Reader or a *bytes.Reader");
            self.unsupported(args[0], &why);
            for a in &args[1..] {
                self.used_in(*a);
            }
            return Some(invalid);
        }
        let context = format!("argument to {full}");
        let mut values = vec![reader];
        for (a, param) in args[1..].iter().zip(&params[1..]) {
            values.push(self.value_as(*a, param, &context));
        }
        Some((Expr::Lib(Lib::File(op), values), result))
    }

    /// `f.member(args)` of an `*os.File`, a `*bufio.Scanner`, a `*bufio.Reader` or an
    /// `fs.DirEntry`.
    pub(super) fn file_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let known = match ty {
            Type::Scanner => SCANNER_METHODS,
            Type::BufReader => READER_METHODS,
            Type::DirEntry(_) => ENTRY_METHODS,
            _ => super::lib_methods::methods(ty),
        };
        if !known.contains(&member) {
            self.no_such_member(callee, &full, ty, member);
            return invalid;
        }
        let counted = || Type::Tuple(vec![Type::Int, error_type()]);
        let (op, params, result) = match (ty, member) {
            (Type::File, "Write") => (FileOp::Write, vec![bytes()], counted()),
            (Type::File, "WriteString") => (FileOp::Write, vec![Type::Str], counted()),
            (Type::File | Type::StrReader | Type::BytesReader, "Read") => {
                (FileOp::Read, vec![bytes()], counted())
            }
            (Type::StrReader | Type::BytesReader, "Len") => (FileOp::ReaderLen, vec![], Type::Int),
            (Type::StrReader | Type::BytesReader, "Size") => {
                (FileOp::ReaderSize, vec![], Type::Sized("int64"))
            }
            (Type::File, "Seek") => (
                FileOp::Seek,
                vec![Type::Sized("int64"), Type::Int],
                Type::Tuple(vec![Type::Sized("int64"), error_type()]),
            ),
            (Type::File, "Close") => (FileOp::Close, vec![], error_type()),
            (Type::File, "Sync") => (FileOp::Sync, vec![], error_type()),
            (Type::File, "Name") => (FileOp::Name, vec![], Type::Str),
            (Type::Scanner, "Scan") => (FileOp::Scan, vec![], Type::Bool),
            (Type::Scanner, "Text") => (FileOp::ScanText, vec![], Type::Str),
            (Type::Scanner, "Err") => (FileOp::ScanErr, vec![], error_type()),
            (Type::Scanner, "Split") => return self.scan_split(n, recv, &full, args),
            (Type::BufReader, "Peek") => (
                FileOp::Peek,
                vec![Type::Int],
                Type::Tuple(vec![bytes(), error_type()]),
            ),
            (Type::BufReader, "ReadString") => (
                FileOp::ReadString,
                vec![Type::Byte],
                Type::Tuple(vec![Type::Str, error_type()]),
            ),
            (Type::BufReader, "ReadRune") => (
                FileOp::ReadRune,
                vec![],
                Type::Tuple(vec![Type::Rune, Type::Int, error_type()]),
            ),
            (Type::DirEntry(_), "Name") => (FileOp::EntryName, vec![], Type::Str),
            (Type::DirEntry(_), "IsDir") => (FileOp::EntryIsDir, vec![], Type::Bool),
            _ => {
                self.unsupported(n, &full);
                return invalid;
            }
        };
        let mut values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return invalid;
        }
        values.insert(0, recv);
        (Expr::Lib(Lib::File(op), values), result)
    }
}

impl Lowerer<'_> {
    /// `s.Split(bufio.ScanWords)` of one of `bufio`'s split functions.
    fn scan_split(&mut self, n: Node, recv: Expr, full: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [arg] = args else {
            if args.is_empty() {
                let message = format!(
                    "not enough arguments in call to {full}: have (), want (bufio.SplitFunc)"
                );
                self.error(n, message);
            } else {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &format!("{full} of several arguments"));
            }
            return invalid;
        };
        let named = self.canonical(self.text_of(*arg));
        let code = match named.as_str() {
            "bufio.ScanLines" => 0,
            "bufio.ScanWords" => 1,
            "bufio.ScanRunes" => 2,
            "bufio.ScanBytes" => 3,
            _ => {
                self.used_in(*arg);
                self.unsupported(*arg, "a split function other than bufio's own");
                return invalid;
            }
        };
        let op = Lib::File(FileOp::ScanSplit);
        (Expr::Lib(op, vec![recv, Expr::int(code)]), Type::Void)
    }
}

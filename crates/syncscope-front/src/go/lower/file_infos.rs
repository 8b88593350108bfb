//! `filepath.Walk` with its `fs.FileInfo`s (`os.FileInfo`, an alias), `io/ioutil`'s functions,
//! which Go's own are `os`'s and `io`'s under older names, and a `FileInfo`'s and an
//! `fs.FileMode`'s methods. The run keeps no permissions or times, so a mode is only asked
//! `IsDir` and `IsRegular`, and `ModTime`, `Perm` and printing one are refused.

use super::Lowerer;
use super::library::error_type;
use crate::go::types::{Type, TypeName};
use syncscope_program::files::FileOp;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

/// An `fs.FileInfo`'s methods.
const INFO_METHODS: &[&str] = &["IsDir", "ModTime", "Mode", "Name", "Size", "Sys"];

/// An `fs.FileMode`'s methods, as Go 1.26 has them.
const MODE_METHODS: &[&str] = &["IsDir", "IsRegular", "Perm", "String", "Type"];

/// `fs.FileInfo` as `package` names it.
pub(super) fn file_info(package: &str) -> Type {
    Type::FileInfo(TypeName(format!("{package}.FileInfo").into()))
}

fn bytes() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

/// `filepath.Walk` and `ioutil`'s functions of the file system: their `FileOp`, parameters
/// and result. `ioutil.TempDir` and `TempFile` are Go's `os.MkdirTemp` and `CreateTemp`.
pub(super) fn plain(full: &str) -> Option<(FileOp, Vec<Type>, Type)> {
    use Type::Str;
    let pair = |a: Type| Type::Tuple(vec![a, error_type()]);
    Some(match full {
        "filepath.Walk" => {
            let visit = vec![Str, file_info("fs"), error_type()];
            let visit = Type::Func(visit, Some(Box::new(error_type())));
            (FileOp::Walk, vec![Str, visit], error_type())
        }
        "os.Stat" => (FileOp::Stat, vec![Str], pair(file_info("fs"))),
        "os.Lstat" => (FileOp::Lstat, vec![Str], pair(file_info("fs"))),
        "os.IsNotExist" => (FileOp::IsNotExist, vec![error_type()], Type::Bool),
        "os.IsExist" => (FileOp::IsExist, vec![error_type()], Type::Bool),
        "ioutil.ReadFile" => (FileOp::ReadFile, vec![Str], pair(bytes())),
        "ioutil.WriteFile" => (
            FileOp::WriteFile,
            vec![Str, bytes(), Type::Sized("fs.FileMode")],
            error_type(),
        ),
        "ioutil.TempDir" => (FileOp::MkdirTemp, vec![Str, Str], pair(Str)),
        "ioutil.TempFile" => (FileOp::CreateTemp, vec![Str, Str], pair(Type::File)),
        "ioutil.ReadDir" => (
            FileOp::ReadDirInfos,
            vec![Str],
            pair(Type::Slice(Box::new(file_info("fs")))),
        ),
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// `info.member(args)` of an `fs.FileInfo`, or `mode.member(args)` of an `fs.FileMode`.
    pub(super) fn info_method(
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
            Type::FileMode => MODE_METHODS,
            _ => INFO_METHODS,
        };
        if !known.contains(&member) {
            self.no_such_member(callee, &full, ty, member);
            return invalid;
        }
        let (op, result) = match (ty, member) {
            (Type::FileMode, "IsDir") => (FileOp::ModeIsDir, Type::Bool),
            (Type::FileMode, "IsRegular") => (FileOp::ModeIsRegular, Type::Bool),
            (Type::FileInfo(_), "Name") => (FileOp::EntryName, Type::Str),
            (Type::FileInfo(_), "IsDir") => (FileOp::EntryIsDir, Type::Bool),
            (Type::FileInfo(_), "Size") => (FileOp::InfoSize, Type::Sized("int64")),
            (Type::FileInfo(_), "Mode") => (FileOp::InfoMode, Type::FileMode),
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(n, &full);
                return invalid;
            }
        };
        self.args_as(n, args, &[], &full);
        if !args.is_empty() {
            return invalid;
        }
        (Expr::Lib(Lib::File(op), vec![recv]), result)
    }
}

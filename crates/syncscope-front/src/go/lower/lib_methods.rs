//! The library's types in a file: `error`, `strings.Builder`, `*log.Logger`, `*os.File`,
//! and their methods used for a value (`err.Error()`, `sb.String()`, `sb.Len()`,
//! `l.Flags()`); the methods that are statements are in `lib_stmts`.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, Ty};
use tree_sitter::Node;

/// What each library type's methods are, as Go 1.26 has them: one not here is Go's "has no
/// field or method".
pub(super) fn methods(ty: &Type) -> &'static [&'static str] {
    match ty {
        Type::Builder => &[
            "Cap",
            "Grow",
            "Len",
            "Reset",
            "String",
            "Write",
            "WriteByte",
            "WriteRune",
            "WriteString",
        ],
        Type::Buffer => super::buffers::BUFFER_METHODS,
        Type::Logger => &[
            "Fatal",
            "Fatalf",
            "Fatalln",
            "Flags",
            "Output",
            "Panic",
            "Panicf",
            "Panicln",
            "Prefix",
            "Print",
            "Printf",
            "Println",
            "SetFlags",
            "SetOutput",
            "SetPrefix",
            "Writer",
        ],
        Type::StrReader | Type::BytesReader => &[
            "Len",
            "Read",
            "ReadAt",
            "ReadByte",
            "ReadRune",
            "Reset",
            "Seek",
            "Size",
            "UnreadByte",
            "UnreadRune",
            "WriteTo",
        ],
        Type::File => &[
            "Chdir",
            "Chmod",
            "Chown",
            "Close",
            "Fd",
            "Name",
            "Read",
            "ReadAt",
            "ReadDir",
            "ReadFrom",
            "Readdir",
            "Readdirnames",
            "Seek",
            "SetDeadline",
            "SetReadDeadline",
            "SetWriteDeadline",
            "Stat",
            "Sync",
            "SyscallConn",
            "Truncate",
            "Write",
            "WriteAt",
            "WriteString",
            "WriteTo",
        ],
        _ => &[],
    }
}

impl Lowerer<'_> {
    /// The type a type's node names when it is one of the library's.
    pub(super) fn lib_type(&mut self, t: Node) -> Option<Type> {
        let ptr = |t| Type::Pointer(Box::new(t));
        let text = self.canonical(self.text_of(t));
        let (package, ty) = match (t.kind(), text.as_str()) {
            ("qualified_type", "strings.Builder") => ("strings", Type::Builder),
            ("qualified_type", "bytes.Buffer") => ("bytes", Type::Buffer),
            ("pointer_type", "*log.Logger") => ("log", Type::Logger),
            ("pointer_type", "*os.File") => ("os", Type::File),
            ("pointer_type", "*bufio.Writer") => ("bufio", Type::BufWriter),
            ("pointer_type", "*bufio.Scanner") => ("bufio", Type::Scanner),
            ("pointer_type", "*bufio.Reader") => ("bufio", Type::BufReader),
            ("qualified_type", "os.DirEntry") => ("os", super::files::dir_entry("os")),
            ("qualified_type", "fs.DirEntry") => ("fs", super::files::dir_entry("fs")),
            ("qualified_type", "os.FileInfo") => ("os", super::file_infos::file_info("os")),
            ("qualified_type", "fs.FileInfo") => ("fs", super::file_infos::file_info("fs")),
            ("pointer_type", "*rand/v2.Rand") => ("rand/v2", Type::Rand(true)),
            ("pointer_type", "*rand/v2.PCG") => ("rand/v2", Type::Rand(false)),
            ("pointer_type", "*tabwriter.Writer") => ("tabwriter", Type::TabWriter),
            ("pointer_type", "*strings.Builder") => ("strings", ptr(Type::Builder)),
            ("pointer_type", "*bytes.Buffer") => ("bytes", ptr(Type::Buffer)),
            ("pointer_type", "*regexp.Regexp") => ("regexp", Type::Regexp),
            ("pointer_type", "*flag.FlagSet") => ("flag", Type::FlagSet),
            ("pointer_type", "*json.Encoder") => ("json", Type::JsonEncoder),
            ("pointer_type", "*json.Decoder") => ("json", Type::JsonDecoder),
            ("pointer_type", "*strings.Reader") => ("strings", Type::StrReader),
            ("pointer_type", "*bytes.Reader") => ("bytes", Type::BytesReader),
            ("pointer_type", "*template.Template") => ("template", Type::Template),
            ("pointer_type", "*slog.Logger") => ("slog", Type::SlogLogger),
            ("pointer_type", "*slog.TextHandler") => ("slog", Type::SlogHandler(false)),
            ("pointer_type", "*slog.JSONHandler") => ("slog", Type::SlogHandler(true)),
            _ => return None,
        };
        if !self.use_package(package) {
            // Go puts it at the package's name, past a pointer's star.
            let at = match t.kind() {
                "pointer_type" => t.named_child(0).unwrap_or(t),
                _ => t,
            };
            self.error(at, format!("undefined: {package}"));
            return Some(Type::Invalid);
        }
        Some(ty)
    }

    /// `recv.member(args)` of a library type, for its value.
    pub(super) fn lib_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        if !matches!(ty, Type::Builder | Type::Buffer | Type::Logger) {
            return None;
        }
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        if !methods(ty).contains(&member) {
            self.no_such_member(callee, &full, ty, member);
            return Some(invalid);
        }
        let (lib, result) = match (ty, member) {
            (Type::Builder | Type::Buffer, "String") => (Lib::BuilderString, Type::Str),
            (Type::Builder | Type::Buffer, "Len") => (Lib::BuilderLen, Type::Int),
            (Type::Buffer, "Bytes") => {
                self.args_as(n, args, &[], &full);
                let bytes = Expr::Convert(Ty::Bytes, Box::new(recv));
                return Some((bytes, Type::Slice(Box::new(Type::Byte))));
            }
            (Type::Logger, "Flags") => (Lib::LoggerFlags, Type::Int),
            (Type::Logger, "Prefix") => (Lib::LoggerPrefix, Type::Str),
            (Type::Logger, "Writer") => (Lib::LoggerWriter, super::writers::writer_type()),
            (Type::Builder | Type::Buffer, "WriteString" | "WriteByte" | "WriteRune" | "Write") => {
                self.unsupported(n, &format!("using what {full} returns"));
                return Some(invalid);
            }
            (Type::Builder | Type::Buffer, "Reset") => {
                self.unsupported(n, &format!("{full} other than as a statement"));
                return Some(invalid);
            }
            (Type::Logger, m) if m.starts_with(['P', 'F', 'S']) => {
                self.unsupported(n, &format!("{full} on a logger other than a variable"));
                return Some(invalid);
            }
            _ => {
                self.unsupported(n, &full);
                return Some(invalid);
            }
        };
        self.args_as(n, args, &[], &full);
        Some((Expr::Lib(lib, vec![recv]), result))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_builders_string_or_len_may_stand_as_a_statement() {
        // Go's compiler takes any call as a statement (only vet asks for the result).
        let text = "package main\n\nimport \"strings\"\n\nfunc main() {\n\tvar b strings.Builder\n\tb.WriteString(\"hi\")\n\tb.String()\n\tb.Len()\n}\n";
        assert!(crate::go::load("main.go", text).is_ok());
    }
}

//! `io.Writer`: the interface of `Write(p []byte) (n int, err error)`, holding one of the
//! library's writers (`*os.File`, `*strings.Builder`, `*bytes.Buffer`, `*bufio.Writer`,
//! `*tabwriter.Writer`, `io.Discard`) or a type of the file's with the method. `fmt.Fprint`
//! and its kin and `io.WriteString` write through one with a single call of its `Write`, as
//! Go's do, so a program's own `Write` sees each formatted piece.

use super::Lowerer;
use super::iface::{IfaceDef, WRITER, iface};
use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::{Expr, StmtKind, Ty};
use tree_sitter::Node;

/// `Write`'s type, as `io.Writer` declares it.
fn write_type() -> Type {
    let result = Type::Tuple(vec![Type::Int, error_type()]);
    Type::Func(
        vec![Type::Slice(Box::new(Type::Byte))],
        Some(Box::new(result)),
    )
}

/// The interface's definition, among the ones every file starts with.
pub(super) fn writer_def() -> IfaceDef {
    IfaceDef {
        name: "io.Writer".into(),
        rt: "io.Writer".into(),
        methods: vec![("Write".into(), write_type())],
    }
}

/// `io.Writer` written as a type.
pub(super) fn writer_type() -> Type {
    iface(WRITER, "io.Writer")
}

/// The type of the library's method `name` of `ty` where it makes `ty` a writer, and whether
/// only a pointer has it (a `strings.Builder` variable's address writes, not its copy).
pub(super) fn lib_write_method(ty: &Type, name: &str) -> Option<(Type, bool)> {
    if name != "Write" {
        return None;
    }
    let pointer_only = match ty {
        Type::File | Type::BufWriter | Type::TabWriter => false,
        Type::Pointer(inner) if super::buffer_ptrs::text_holder(inner) => false,
        t if super::buffer_ptrs::text_holder(t) => true,
        _ => return None,
    };
    Some((write_type(), pointer_only))
}

/// `w.Write([]byte(text))`: what a write of `text` to writer `w` does.
pub(super) fn write_call(w: Expr, text: Expr) -> Expr {
    Expr::CallMethod {
        recv: Box::new(w),
        name: "Write".into(),
        args: vec![Expr::Convert(Ty::Bytes, Box::new(text))],
    }
}

impl Lowerer<'_> {
    /// `io.Discard` (`ioutil.Discard`): a writer that takes every byte and keeps none.
    pub(super) fn discard(&mut self) -> (Expr, Type) {
        let rt = self.ifaces.ids.get("io.discard").copied().unwrap_or(0);
        (Expr::ToIface(rt, Box::new(Expr::int(0))), writer_type())
    }

    /// `fmt.Fprintf(w, ...)` (and `Fprint`, `Fprintln`) through an `io.Writer`: the text
    /// `Sprintf` would give, written with one call of `w.Write`, whose count and error it
    /// gives.
    pub(super) fn writer_fprint(&mut self, n: Node, member: &str, args: &[Node]) -> Expr {
        let full = format!("fmt.{member}");
        let Some((w, rest)) = args.split_first() else {
            let want = if member == "Fprintf" {
                "(io.Writer, string, ...any)"
            } else {
                "(io.Writer, ...any)"
            };
            let message = format!("not enough arguments in call to {full}: have (), want {want}");
            self.error(n, message);
            return Expr::int(0);
        };
        self.use_package("fmt");
        let w_node = w;
        let ty = self.writer_peek(*w);
        let w = self.value_as(*w, &writer_type(), &format!("argument to {full}"));
        let text = match member {
            "Fprintf" => {
                let Some((format, rest)) = rest.split_first() else {
                    let have = crate::go::types::types_summary(&[ty], self.spelling());
                    let message = format!(
                        "not enough arguments in call to {full}: have {have}, want \
                         (io.Writer, string, ...any)"
                    );
                    self.error(*w_node, message);
                    return Expr::int(0);
                };
                let mut all = vec![self.format_value(*format, &format!("argument to {full}"))];
                all.extend(self.any_args(rest, &full));
                Expr::Sprintf(all)
            }
            _ => Expr::Sprint {
                line: member == "Fprintln",
                args: self.any_args(rest, &full),
            },
        };
        write_call(w, text)
    }

    /// The statement `fmt.Fprint*(w, ...)` through an `io.Writer`, where `w` is not one of
    /// the program's streams (which print in their turn with `fmt.Print`'s); `None` for those.
    pub(super) fn writer_fprint_stmt(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
    ) -> Option<StmtKind> {
        let w = args.first()?;
        if self.writer_peek(*w) == Type::File {
            return None;
        }
        Some(StmtKind::Expr(self.writer_fprint(n, member, args)))
    }

    /// `io.MultiWriter(ws...)`: a writer whose `Write` writes to each of them in turn.
    pub(super) fn multi_writer(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let params = [Type::Variadic(Box::new(writer_type()))];
        let Some(all) = self.args_as(n, args, &params, "io.MultiWriter").pop() else {
            return (Expr::int(0), Type::Invalid);
        };
        let rt = self.ifaces.ids.get("*io.multiWriter").copied().unwrap_or(0);
        (Expr::ToIface(rt, Box::new(all)), writer_type())
    }

    /// `io.WriteString(w, s)`: `w.Write([]byte(s))`, its count and error.
    pub(super) fn write_string(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let result = Type::Tuple(vec![Type::Int, error_type()]);
        let [w, s] = args else {
            let params = [writer_type(), Type::Str];
            self.args_as(n, args, &params, "io.WriteString");
            return (Expr::int(0), Type::Invalid);
        };
        let w = self.value_as(*w, &writer_type(), "argument to io.WriteString");
        let s = self.value_as(*s, &Type::Str, "argument to io.WriteString");
        (write_call(w, s), result)
    }
}

impl Lowerer<'_> {
    /// A `strings.Builder` or `bytes.Buffer` variable (not its address) where an interface
    /// with methods is wanted: Go's words, which name its pointer's `Write`, before the copy
    /// is refused.
    pub(super) fn text_value_as(&mut self, n: Node, id: usize, ctx: &str) -> Option<Expr> {
        let ty = self.peek_type(n)?;
        if !super::buffer_ptrs::text_holder(&ty) || self.ifaces.defs[id].methods.is_empty() {
            return None;
        }
        let (e, ty) = self.expr(n);
        Some(self.boxed_as(n, e, &ty, id, ctx))
    }

    /// `w`'s type, before it is lowered, where it is known (`os.Stdout` among them).
    fn writer_peek(&mut self, w: Node) -> Type {
        let text = self.canonical(self.text_of(w));
        if matches!(text.as_str(), "os.Stdout" | "os.Stderr") {
            return Type::File;
        }
        self.peek_type(w).unwrap_or(Type::Invalid)
    }

    /// Where a logger or a `bufio.Writer` is to write: one of the program's streams or files
    /// as it is, anything else as the `io.Writer` Go's parameter makes of it.
    pub(super) fn writer_arg(&mut self, n: Node, context: &str) -> (Expr, Type) {
        if self.writer_peek(n) == Type::File {
            return self.value(n);
        }
        let w = self.value_as(n, &writer_type(), context);
        (w, writer_type())
    }
}

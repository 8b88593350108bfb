//! `bufio.NewWriter(os.Stdout)` (or `os.Stderr`) and its writes, `fmt.Fprintf(w, ...)` among
//! them, whose text reaches the stream at `w.Flush()` (also deferred) or when the buffer is
//! full, as Go's does; a write's results (`n, err := w.WriteString(s)`) are Go's.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::types::Type;
use syncscope_program::{BufioOp, Expr, StmtKind, Ty};
use tree_sitter::Node;

/// A `*bufio.Writer`'s methods, as Go 1.26 has them.
const WRITER_METHODS: [&str; 11] = [
    "Available",
    "AvailableBuffer",
    "Buffered",
    "Flush",
    "ReadFrom",
    "Reset",
    "Size",
    "Write",
    "WriteByte",
    "WriteRune",
    "WriteString",
];

/// The write of `text` to the writer `w` gives, as a statement.
pub(super) fn write(w: Expr, text: Expr) -> StmtKind {
    StmtKind::Expr(Expr::Bufio(BufioOp::Write, vec![w, text]))
}

impl Lowerer<'_> {
    /// `bufio.NewWriter(os.Stdout)`.
    pub(super) fn bufio_new(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [out] = args else {
            if args.is_empty() {
                let message = "not enough arguments in call to bufio.NewWriter: have (), want \
                               (io.Writer)";
                self.error(n, message.into());
            } else {
                self.args_as(n, args, &[Type::File], "bufio.NewWriter");
            }
            return (Expr::int(0), Type::Invalid);
        };
        let (out, _) = self.writer_arg(*out, "argument to bufio.NewWriter");
        (Expr::Bufio(BufioOp::New, vec![out]), Type::BufWriter)
    }

    /// `w.Flush()` and `w.WriteString(s)` or `w.Write(p)` as values: the error, or the
    /// count and the error.
    pub(super) fn bufio_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if !WRITER_METHODS.contains(&member) {
            self.no_such_member(callee, &full, &Type::BufWriter, member);
            return (Expr::int(0), Type::Invalid);
        }
        for a in args {
            self.used_in(*a);
        }
        let error = super::iface::iface(super::iface::ERROR, "error");
        if member == "Flush" {
            self.args_as(n, args, &[], &full);
            return (Expr::Bufio(BufioOp::Flush, vec![recv]), error);
        }
        let text = match (member, args) {
            ("WriteString", _) => self.args_as(n, args, &[Type::Str], &full).pop(),
            ("Write", [p]) => Some(self.written_bytes(*p, &full)),
            _ => None,
        };
        if let Some(text) = text {
            let counted = Expr::Bufio(BufioOp::Counted, vec![recv, text]);
            return (counted, Type::Tuple(vec![Type::Int, error]));
        }
        let what = if member.starts_with("Write") {
            format!("using what {full} returns")
        } else {
            full
        };
        self.unsupported(n, &what);
        (Expr::int(0), Type::Invalid)
    }

    /// `w.WriteString(s)` and its kin as statements; `None` where `w` is no writer.
    pub(super) fn bufio_stmt(
        &mut self,
        call: Node,
        w: Node,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> Option<Option<StmtKind>> {
        if w.kind() != "identifier" || !member.starts_with("Write") {
            return None;
        }
        let (Resolved::Local(_, ty) | Resolved::Captured(_, ty) | Resolved::Global(_, ty)) =
            self.resolve(self.text_of(w), true)
        else {
            return None;
        };
        // A tabwriter's only write is `Write`.
        let tab = ty == Type::TabWriter && member == "Write";
        if ty != Type::BufWriter && !tab {
            return None;
        }
        let context = format!("argument to {full}");
        let text = match (member, args) {
            ("WriteString", _) => self.args_as(call, args, &[Type::Str], full).pop(),
            ("WriteRune", [r]) => Some(Expr::Convert(
                Ty::Str,
                Box::new(self.rune_arg(*r, &context)),
            )),
            ("Write", [p]) => Some(self.written_bytes(*p, full)),
            ("WriteByte", [c])
                if let Some(c) = super::library::rune_value(self.text_of(*c))
                    .filter(|c| c.is_ascii() && c != &'\'') =>
            {
                Some(Expr::str(&c.to_string()))
            }
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(call, full);
                return Some(None);
            }
        };
        let recv = self.expr(w).0;
        Some(text.map(|t| write(recv, t)))
    }
}

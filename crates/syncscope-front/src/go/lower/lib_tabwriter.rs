//! `text/tabwriter`: `tabwriter.NewWriter(os.Stdout, minwidth, tabwidth, padding, padchar,
//! flags)`, `fmt.Fprintf(w, "a\tb\t\n")`, `w.Write(p)` and `w.Flush()` (also deferred). The
//! writer is a `bufio` writer at run time whose text is laid out by Go's elastic tabstops
//! (the engine's `tabwriter`).

use super::Lowerer;
use crate::go::types::{Type, Untyped, types_summary};
use syncscope_program::{BufioOp, Expr};
use tree_sitter::Node;

/// A `*tabwriter.Writer`'s methods, as Go 1.26 has them.
pub(super) const WRITER_METHODS: [&str; 3] = ["Flush", "Init", "Write"];

/// `tabwriter.AlignRight` and the other flags, and `tabwriter.Escape`. The flags are Go's
/// `uint` constants, read here as untyped ones: syncscope has no `uint`.
pub(super) fn flag(member: &str) -> Option<(Expr, Type)> {
    let bit = match member {
        "FilterHTML" => 0,
        "StripEscape" => 1,
        "AlignRight" => 2,
        "DiscardEmptyColumns" => 3,
        "TabIndent" => 4,
        "Debug" => 5,
        "Escape" => return Some((Expr::int(0xff), Type::Untyped(Untyped::Rune))),
        _ => return None,
    };
    Some((Expr::int(1 << bit), Type::Untyped(Untyped::Int)))
}

impl Lowerer<'_> {
    /// `tabwriter.NewWriter(os.Stdout, minwidth, tabwidth, padding, padchar, flags)`.
    pub(super) fn tabwriter_new(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = "tabwriter.NewWriter";
        let [out, minwidth, tabwidth, padding, padchar, flags] = args else {
            let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
            let (at, words) = match args.get(6) {
                Some(extra) => (*extra, "too many"),
                None => (args.last().copied().unwrap_or(n), "not enough"),
            };
            let have = types_summary(&have, self.spelling());
            let message = format!(
                "{words} arguments in call to {full}: have {have}, want (io.Writer, int, int, \
                 int, byte, uint)"
            );
            self.error(at, message);
            return invalid;
        };
        let context = format!("argument to {full}");
        let (stream, _) = self.writer_arg(*out, &context);
        let mut all = vec![stream];
        for a in [minwidth, tabwidth, padding] {
            all.push(self.value_as(*a, &Type::Int, &context));
        }
        all.push(self.value_as(*padchar, &Type::Byte, &context));
        all.push(self.value_as(*flags, &Type::Int, &context));
        (Expr::Bufio(BufioOp::Tab, all), Type::TabWriter)
    }

    /// Whether `n` is a new `tabwriter.Writer` (`new(tabwriter.Writer)`,
    /// `&tabwriter.Writer{}`), whose `Init(...)` is `tabwriter.NewWriter(...)`.
    pub(super) fn new_tabwriter(&mut self, n: Node) -> bool {
        let text: String = self.text_of(n).split_whitespace().collect();
        let Some(inner) = text
            .strip_prefix("new(")
            .and_then(|t| t.strip_suffix(')'))
            .or_else(|| text.strip_prefix('&').and_then(|t| t.strip_suffix("{}")))
        else {
            return false;
        };
        self.canonical(inner) == "tabwriter.Writer" && self.use_package("tabwriter")
    }

    /// `w.Flush()` (a nil error) as a value; `Init` and a write's results are not run.
    pub(super) fn tabwriter_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if !WRITER_METHODS.contains(&member) {
            self.no_such_member(callee, &full, &Type::TabWriter, member);
            return (Expr::int(0), Type::Invalid);
        }
        if member == "Flush" {
            self.args_as(n, args, &[], &full);
            let error = super::iface::iface(super::iface::ERROR, "error");
            return (Expr::Bufio(BufioOp::Flush, vec![recv]), error);
        }
        for a in args {
            self.used_in(*a);
        }
        let what = if member == "Write" {
            format!("using what {full} returns")
        } else {
            full
        };
        self.unsupported(n, &what);
        (Expr::int(0), Type::Invalid)
    }
}

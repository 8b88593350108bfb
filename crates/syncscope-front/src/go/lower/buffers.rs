//! `bytes.Buffer` (held as a `strings.Builder` is: its text so far in its variable),
//! `fmt.Fprint` and its kin into `&sb` or `&buf`, and the `bytes` functions teachers use,
//! which are their `strings` twins on the bytes as text.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Lib, Place, StmtKind, Ty};
use tree_sitter::Node;

/// A `*bytes.Buffer`'s methods, as Go 1.26 has them.
pub(super) const BUFFER_METHODS: &[&str] = &[
    "Available",
    "AvailableBuffer",
    "Bytes",
    "Cap",
    "Grow",
    "Len",
    "Next",
    "Peek",
    "Read",
    "ReadByte",
    "ReadBytes",
    "ReadFrom",
    "ReadRune",
    "ReadString",
    "Reset",
    "String",
    "Truncate",
    "UnreadByte",
    "UnreadRune",
    "Write",
    "WriteByte",
    "WriteRune",
    "WriteString",
    "WriteTo",
];

fn bytes_type() -> Type {
    Type::Slice(Box::new(Type::Byte))
}

impl Lowerer<'_> {
    /// `fmt.Fprintf(&sb, ...)` (and `Fprint`, `Fprintln`) into a `strings.Builder` or a
    /// `bytes.Buffer` variable, whose text grows by what `Sprintf` would give, or into a
    /// `*bufio.Writer` variable, which takes that text. `None` where the writer is neither.
    pub(super) fn builder_fprint(
        &mut self,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> Option<Option<StmtKind>> {
        let (w, rest) = args.split_first()?;
        let address = w.kind() == "unary_expression"
            && w.child_by_field_name("operator")
                .is_some_and(|o| self.text_of(o) == "&");
        let target = if address {
            w.child_by_field_name("operand")?
        } else {
            *w
        };
        if target.kind() != "identifier" {
            return None;
        }
        let ty = match self.resolve(self.text_of(target), true) {
            Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t) => t,
            _ => return None,
        };
        let writer = match (address, &ty) {
            (true, Type::Builder | Type::Buffer) => format!("*{ty}"),
            (false, Type::BufWriter | Type::TabWriter) => ty.to_string(),
            (false, Type::Pointer(inner)) if super::buffer_ptrs::text_holder(inner) => {
                ty.to_string()
            }
            _ => return None,
        };
        self.use_package("fmt");
        let written = match member {
            "Fprintf" => {
                let Some((format, rest)) = rest.split_first() else {
                    let message = format!(
                        "not enough arguments in call to {full}: have ({writer}), want \
                         (io.Writer, string, ...any)"
                    );
                    self.error(*w, message);
                    return Some(None);
                };
                let context = format!("argument to {full}");
                let mut all = vec![self.value_as(*format, &Type::Str, &context)];
                all.extend(self.any_args(rest, full));
                Expr::Sprintf(all)
            }
            "Fprint" | "Fprintln" => {
                let args = self.any_args(rest, full);
                let line = member == "Fprintln";
                Expr::Sprint { line, args }
            }
            _ => return None,
        };
        if matches!(ty, Type::BufWriter | Type::TabWriter) {
            let w = self.expr(target).0;
            return Some(Some(super::bufio::write(w, written)));
        }
        Some(self.grown(target, written))
    }

    /// `target = target + written`, for a builder's or buffer's writes.
    pub(super) fn grown(&mut self, target: Node, written: Expr) -> Option<StmtKind> {
        self.text_set(target, Some(BinOp::Add), written)
    }

    /// `buf.Write(p)`: the bytes as text.
    pub(super) fn written_bytes(&mut self, p: Node, full: &str) -> Expr {
        let e = self.value_as(p, &bytes_type(), &format!("argument to {full}"));
        Expr::Convert(Ty::Str, Box::new(e))
    }

    /// A `bytes` function: its `strings` twin on the bytes as text; `None` where syncscope
    /// does not run it.
    pub(super) fn bytes_call(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = format!("bytes.{member}");
        let (lib, result) = match member {
            "Equal" => (None, Type::Bool),
            "Contains" => (Some(Lib::Contains), Type::Bool),
            "HasPrefix" => (Some(Lib::HasPrefix), Type::Bool),
            "HasSuffix" => (Some(Lib::HasSuffix), Type::Bool),
            "Index" => (Some(Lib::Index), Type::Int),
            "Count" => (Some(Lib::Count), Type::Int),
            "Compare" => (Some(Lib::Compare), Type::Int),
            "EqualFold" => (Some(Lib::EqualFold), Type::Bool),
            "ToUpper" => (Some(Lib::ToUpper), bytes_type()),
            "ToLower" => (Some(Lib::ToLower), bytes_type()),
            "TrimSpace" => (Some(Lib::TrimSpace), bytes_type()),
            _ => return None,
        };
        let unary = matches!(member, "ToUpper" | "ToLower" | "TrimSpace");
        let params = if unary {
            vec![bytes_type()]
        } else {
            vec![bytes_type(), bytes_type()]
        };
        let values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return Some((Expr::int(0), Type::Invalid));
        }
        let texts: Vec<Expr> = values
            .into_iter()
            .map(|v| Expr::Convert(Ty::Str, Box::new(v)))
            .collect();
        let e = match lib {
            None => {
                let [a, b] = <[Expr; 2]>::try_from(texts).ok()?;
                Expr::Binary(BinOp::Eq, Box::new(a), Box::new(b))
            }
            Some(lib) if unary => Expr::Convert(Ty::Bytes, Box::new(Expr::Lib(lib, texts))),
            Some(lib) => Expr::Lib(lib, texts),
        };
        Some((e, result))
    }
}

/// What a builder's, buffer's or hash's variable holds now.
pub(super) fn read(place: &Place) -> Expr {
    match place {
        Place::Local(slot) => Expr::Local(*slot),
        Place::Captured(i) => Expr::Captured(*i),
        Place::Global(g) => Expr::Global(*g),
    }
}

//! `defer fmt.Fprintln(&buf, "done")` and `go fmt.Fprintf(w, ...)` into a buffer, a builder
//! or an `io.Writer`: Go evaluates the arguments at the statement and writes when the call is made.
//! Where every argument is a constant or a variable of a basic type, the text is the same
//! whenever it is made, so it is made at the statement and added to the buffer by a function
//! of its own when the call runs. Other arguments (a slice, a pointer, a value with a
//! `String` method) could print differently later and stay refused.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Stmt, StmtKind};
use tree_sitter::Node;

/// Literals whose text is fixed.
const LITERALS: [&str; 7] = [
    "interpreted_string_literal",
    "raw_string_literal",
    "int_literal",
    "float_literal",
    "rune_literal",
    "true",
    "false",
];

impl Lowerer<'_> {
    /// The wrapped call of `call` for `go` or `defer`, if it is a `fmt.Fprint*` into a
    /// buffer, a builder or an `io.Writer` of text that cannot change before the call.
    pub(super) fn fprint_wrapped(&mut self, n: Node, call: Node, is_go: bool) -> Option<Expr> {
        let callee = call.child_by_field_name("function")?;
        if callee.kind() != "selector_expression" {
            return None;
        }
        let full = self.canonical(self.text_of(callee));
        let member = full.strip_prefix("fmt.")?.to_string();
        // Without fmt imported, the call's own lowering says Go's `undefined: fmt`.
        if !matches!(member.as_str(), "Fprint" | "Fprintln" | "Fprintf") || !self.use_package("fmt")
        {
            return None;
        }
        let args: Vec<Node> = elements(call.child_by_field_name("arguments")?).collect();
        let (w, rest) = args.split_first()?;
        if member == "Fprintf" && rest.is_empty() {
            return None;
        }
        let ptr = self.text_target(*w);
        if ptr.is_none() && self.peek_type(*w) == Some(Type::File) {
            return None;
        }
        if !rest.iter().all(|a| self.fixed_text(*a)) {
            return None;
        }
        // Any other writer is the `io.Writer` it is passed as, its `Write` called later.
        let (target, write) = match ptr {
            Some(ptr) => {
                let write = StmtKind::Store {
                    ptr: Expr::Local(0),
                    op: Some(BinOp::Add),
                    value: Expr::Local(1),
                };
                (ptr, write)
            }
            None => {
                let context = format!("argument to {full}");
                let w = self.value_as(*w, &super::writers::writer_type(), &context);
                let write = super::writers::write_call(Expr::Local(0), Expr::Local(1));
                (w, StmtKind::Expr(write))
            }
        };
        let text = match member.as_str() {
            "Fprintf" => {
                let (format, rest) = rest.split_first()?;
                let context = format!("argument to {full}");
                let mut all = vec![self.value_as(*format, &Type::Str, &context)];
                all.extend(self.any_args(rest, &full));
                Expr::Sprintf(all)
            }
            _ => Expr::Sprint {
                line: member == "Fprintln",
                args: self.any_args(rest, &full),
            },
        };
        let id = self.statement_func(n, call, is_go, 2, vec![Stmt::new(write, Some(0))]);
        Some(Expr::Call(id, vec![target, text]))
    }

    /// A pointer to the text of the buffer or builder `w` writes into: `&buf` of a variable,
    /// or a pointer variable.
    fn text_target(&mut self, w: Node) -> Option<Expr> {
        let address = w.kind() == "unary_expression"
            && w.child_by_field_name("operator")
                .is_some_and(|o| self.text_of(o) == "&");
        let target = if address {
            w.child_by_field_name("operand")?
        } else {
            w
        };
        if target.kind() != "identifier" {
            return None;
        }
        let ty = match self.resolve(self.text_of(target), true) {
            Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t) => t,
            _ => return None,
        };
        match (address, ty) {
            (false, Type::Pointer(inner)) if super::buffer_ptrs::text_holder(&inner) => {
                self.text_pointer(target)
            }
            (true, Type::Buffer | Type::Builder) => {
                let e = self.expr(target).0;
                let p = self.var_ref(&e)?;
                self.written_text();
                Some(p)
            }
            _ => None,
        }
    }

    /// Whether `a` prints the same now and later: a literal, or a variable of a basic type.
    fn fixed_text(&mut self, a: Node) -> bool {
        if LITERALS.contains(&a.kind()) {
            return true;
        }
        if a.kind() != "identifier" {
            return false;
        }
        matches!(
            self.resolve(self.text_of(a), true),
            Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t)
                if matches!(t, Type::Int | Type::F64 | Type::F32 | Type::Str | Type::Bool)
        )
    }
}

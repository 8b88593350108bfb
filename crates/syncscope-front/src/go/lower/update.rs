//! What an assignment writes (a variable, a captured one, a package one) and the updates
//! `x op= v`, `x++` and `x--`.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::types::{Type, Untyped, converted};
use syncscope_program::safe_text::one_line;
use syncscope_program::{BinOp, Block, Expr, Place, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// What an assignment to `target` writes, and its type.
    pub(super) fn place_of(&mut self, target: Node, read: bool) -> Option<(Place, Type)> {
        let text = one_line(self.text_of(target), 40);
        if target.kind() == "index_expression" {
            self.unsupported(target, "assigning to a slice element");
            return None;
        }
        if target.kind() != "identifier" {
            self.error(target, format!("cannot assign to {text}"));
            return None;
        }
        match self.resolve(&text, read) {
            Resolved::Local(slot, ty) => Some((Place::Local(slot), ty)),
            Resolved::Captured(i, ty) => Some((Place::Captured(i), ty)),
            Resolved::Global(_, Type::WaitGroup | Type::Mutex | Type::RwMutex) => {
                self.unsupported(target, "assigning a WaitGroup or lock");
                None
            }
            Resolved::Global(g, ty) => Some((Place::Global(g), ty)),
            Resolved::Const(_, ty) => {
                self.error(
                    target,
                    format!("cannot assign to {text} (constant of type {ty})"),
                );
                None
            }
            Resolved::Func(_) => {
                self.error(
                    target,
                    format!("cannot assign to {text} (value of type func)"),
                );
                None
            }
            Resolved::Package(_) => {
                self.error(target, format!("use of package {text} without selector"));
                None
            }
            Resolved::Later => {
                self.unsupported(target, "a package variable used above its declaration");
                None
            }
            Resolved::Undefined => {
                self.error(target, format!("undefined: {text}"));
                None
            }
        }
    }

    pub(super) fn inc_dec(&mut self, n: Node, out: &mut Block) {
        let Some(target) = n.named_child(0) else {
            return;
        };
        let op = if n.kind() == "inc_statement" {
            BinOp::Add
        } else {
            BinOp::Sub
        };
        self.update(n, target, op, None, out);
    }

    /// `x op= v`, or `x++` / `x--` without `v`.
    pub(super) fn update(
        &mut self,
        n: Node,
        target: Node,
        op: BinOp,
        value: Option<Node>,
        out: &mut Block,
    ) {
        if self.stored_into(n, target, Some(op), value, out) {
            return;
        }
        let Some((place, ty)) = self.place_of(target, true) else {
            return;
        };
        let numeric = ty.is_numeric() || (op == BinOp::Add && ty == Type::Str && value.is_some());
        if !numeric && ty != Type::Invalid {
            let text = one_line(self.text_of(n), 40);
            return self.error(
                n,
                format!("invalid operation: {text} (non-numeric type {ty})"),
            );
        }
        let e = match value {
            Some(v) => self.value_as(v, &ty, "assignment"),
            None => converted(Expr::int(1), &Type::Untyped(Untyped::Int), &ty),
        };
        let pc = self.mark(n);
        out.push(Stmt::new(StmtKind::Update(place, op, e), pc));
    }
}

impl Lowerer<'_> {
    /// A store into a struct's field or a map's entry, if `target` is one.
    pub(super) fn stored_into(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) -> bool {
        if target.kind() == "selector_expression" {
            self.field_store(n, target, op, value, out);
            return true;
        }
        self.indexes_map(target) && self.map_store(n, target, op, value, out)
    }
}

pub(super) fn update_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "/=" => BinOp::Div,
        "%=" => BinOp::Rem,
        _ => return None,
    })
}

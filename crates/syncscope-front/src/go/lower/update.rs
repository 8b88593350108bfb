//! What an assignment writes (a variable, a captured one, a package one) and the updates
//! `x op= v`, `x++` and `x--`.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::types::{Type, Untyped, converted, describe, of_type};
use syncscope_program::{BinOp, Block, Expr, Place, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// What an assignment to `target` writes, and its type.
    pub(super) fn place_of(&mut self, target: Node, read: bool) -> Option<(Place, Type)> {
        let text = self.expr_text(target);
        if target.kind() == "index_expression" {
            self.unsupported(target, "assigning to a slice element");
            return None;
        }
        let unassignable =
            format!("cannot assign to {text} (neither addressable nor a map index expression)");
        if target.kind() != "identifier" {
            self.error(target, unassignable);
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
            Resolved::Const(..) | Resolved::Func(_) => {
                self.error(target, unassignable);
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
        let Some(e) = self.update_operand(n, target, &ty, op, value) else {
            return;
        };
        let pc = self.mark(n);
        out.push(Stmt::new(StmtKind::Update(place, op, e), pc));
    }
}

impl Lowerer<'_> {
    /// What `target op= v` adds (or `target++` without `v`), checked as Go checks the
    /// operation `target op v`: `None` once a mistake is said.
    pub(super) fn update_operand(
        &mut self,
        n: Node,
        target: Node,
        ty: &Type,
        op: BinOp,
        value: Option<Node>,
    ) -> Option<Expr> {
        let Some(v) = value else {
            if !ty.is_numeric() && *ty != Type::Invalid {
                let text = self.expr_text(n);
                let ty = ty.spelled(self.spelling());
                self.error(
                    n,
                    format!("invalid operation: {text} (non-numeric type {ty})"),
                );
                return None;
            }
            return Some(converted(Expr::int(1), &Type::Untyped(Untyped::Int), ty));
        };
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            if !super::shifts::is_integer(ty) && *ty != Type::Invalid {
                let text = self.expr_text(target);
                let text = describe(&text, ty, true, self.spelling());
                self.not_shifted(target, &text);
                return None;
            }
            return self.shift_count(v);
        }
        let (e, vt) = self.value(v);
        if *ty == Type::Invalid || vt == Type::Invalid {
            return None;
        }
        let spelling = self.spelling();
        if !vt.assignable_to(ty) {
            let text = self.expr_text(n);
            let (t, vt) = (ty.spelled(spelling), vt.spelled(spelling));
            let message = format!("invalid operation: {text} (mismatched types {t} and {vt})");
            self.error(n, message);
            return None;
        }
        if !super::operators::operator_applies(op, ty) {
            let sign = update_sign(op);
            let text = self.expr_text(target);
            // What is assigned to is a variable, or a map's entry.
            let text = if self.indexes_map(target) {
                format!("{text} (map index expression {})", of_type(ty, spelling))
            } else {
                describe(&text, ty, true, spelling)
            };
            let message = format!("invalid operation: operator {sign} not defined on {text}");
            self.error(target, message);
            return None;
        }
        // A constant that loses its fraction is said as in a binary operation.
        if vt == Type::Untyped(Untyped::Float)
            && matches!(ty, Type::Int | Type::Duration | Type::Sized(_))
            && super::operators::constant_float(&e).is_some_and(|f| f.fract() != 0.0)
        {
            let text = self.described(v, &e, &vt);
            self.error(v, format!("{text} truncated to {}", ty.spelled(spelling)));
            return None;
        }
        Some(converted(e, &vt, ty))
    }

    /// A store into a struct's field or a map's entry, if `target` is one.
    pub(super) fn stored_into(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) -> bool {
        if target.kind() == "selector_expression" && self.pool_new_store(n, target, op, value, out)
        {
            return true;
        }
        if target.kind() == "selector_expression"
            && op.is_some()
            && self.method_updated(n, target, value)
        {
            return true;
        }
        if target.kind() == "selector_expression" {
            // A Cond made for a field is named for it (`q.notEmpty`).
            match value.filter(|v| self.makes_cond(*v)) {
                Some(v) => self.naming(v, target, |l| l.field_store(n, target, op, value, out)),
                None => self.field_store(n, target, op, value, out),
            }
            return true;
        }
        if target.kind() == "unary_expression" {
            if let (None, Some(v)) = (op, value)
                && self.struct_pointee_store(n, target, v, out)
            {
                return true;
            }
            return self.pointee_store(n, target, op, value, out);
        }
        if target.kind() == "index_expression" && !self.indexes_map(target) {
            self.element_store(n, target, op, value, out);
            return true;
        }
        self.indexes_map(target) && self.map_store(n, target, op, value, out)
    }
}

/// The operator of an update, as Go names it.
fn update_sign(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::BitOr => "|",
        BinOp::BitAnd => "&",
        BinOp::BitXor => "^",
        BinOp::AndNot => "&^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        _ => "%",
    }
}

pub(super) fn update_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mul,
        "/=" => BinOp::Div,
        "%=" => BinOp::Rem,
        "|=" => BinOp::BitOr,
        "&=" => BinOp::BitAnd,
        "^=" => BinOp::BitXor,
        "&^=" => BinOp::AndNot,
        "<<=" => BinOp::Shl,
        ">>=" => BinOp::Shr,
        _ => return None,
    })
}

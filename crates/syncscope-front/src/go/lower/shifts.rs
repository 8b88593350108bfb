//! `x << n` and `x >> n`: the result has the left operand's type, and the count is any
//! integer, as Go types a shift.

use super::Lowerer;
use crate::go::types::{Type, Untyped};
use syncscope_program::{BinOp, Expr};
use tree_sitter::Node;

fn is_integer(t: &Type) -> bool {
    matches!(
        t,
        Type::Int | Type::Sized(_) | Type::Duration | Type::Untyped(Untyped::Int)
    )
}

impl Lowerer<'_> {
    pub(super) fn shift(&mut self, n: Node, op: BinOp, left: Node, right: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (l, lt) = self.value(left);
        let (r, rt) = self.value(right);
        if lt == Type::Invalid || rt == Type::Invalid {
            return invalid;
        }
        if !is_integer(&lt) {
            let text = self.described(left, &l, &lt);
            self.error(
                left,
                format!("invalid operation: shifted operand {text} must be integer"),
            );
            return invalid;
        }
        if !is_integer(&rt) {
            let text = self.described(right, &r, &rt);
            self.error(
                right,
                format!("invalid operation: shift count {text} must be integer"),
            );
            return invalid;
        }
        let constant_count = self.is_constant(&r);
        if let Some(count) = constant_int(&r)
            && count < 0
        {
            let text = self.described(right, &r, &rt);
            self.error(
                right,
                format!("invalid operation: negative shift count {text}"),
            );
            return invalid;
        }
        // An untyped constant shifted by a variable takes the type of where the shift goes,
        // which syncscope does not follow yet.
        if matches!(lt, Type::Untyped(_)) && !constant_count {
            self.unsupported(n, "shifting an untyped constant by a variable");
            return invalid;
        }
        (Expr::Binary(op, Box::new(l), Box::new(r)), lt)
    }
}

/// The value of an integer constant the lowering folded to a literal.
fn constant_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Lit(syncscope_program::Lit::Int(v)) => Some(*v),
        Expr::Unary(syncscope_program::UnOp::Neg, x) => constant_int(x).map(|v| -v),
        Expr::Convert(_, x) => constant_int(x),
        _ => None,
    }
}

//! A `time.Time`'s methods that a deadline is written with (`time.Now().Add(d)`).

use super::Lowerer;
use super::context::INVALID;
use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Ty};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `t.Add(d)`, `t.Sub(u)`, `t.Before(u)`, `t.After(u)` of a `time.Time`, as a deadline
    /// is written (`time.Now().Add(d)`): virtual nanoseconds added, subtracted, compared.
    pub(super) fn time_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = self.expr_text(callee);
        let (want, op) = match member {
            "Add" => (Type::Duration, BinOp::Add),
            "Sub" => (Type::Time, BinOp::Sub),
            "Before" => (Type::Time, BinOp::Lt),
            "After" => (Type::Time, BinOp::Gt),
            _ => return self.time_part(n, callee, recv, member, args),
        };
        let mut a = self.args_as(n, args, &[want], &full).into_iter();
        let Some(arg) = a.next() else {
            return Some(INVALID);
        };
        let e = Expr::Binary(op, Box::new(recv), Box::new(arg));
        Some(match member {
            "Add" => (e, Type::Time),
            "Sub" => (Expr::Convert(Ty::Duration, Box::new(e)), Type::Duration),
            _ => (e, Type::Bool),
        })
    }
}

//! Nil slices, maps and functions: `var s []int`, `var m map[string]int` and `var f func()`
//! are nil, `s = nil`, `m = nil`, `f = nil`, and `s == nil`, `m == nil`, `f != nil` compare
//! them with it, as Go does.

use super::Lowerer;
use crate::go::types::{Type, Untyped};
use syncscope_program::{BinOp, Expr, UnOp};
use tree_sitter::Node;

/// What `nil` is where a `to` is wanted, if it is a slice, a map or a function.
pub(super) fn nil_of(to: &Type) -> Option<Expr> {
    match to.under() {
        Type::Slice(_) | Type::Func(..) | Type::Map(..) => Some(to.under().zero()),
        _ => None,
    }
}

/// What `T(nil)` gives of a type of a kind that has a nil: a slice's, map's, function's or
/// channel's nil.
pub(super) fn nil_converted(to: &Type) -> Option<Expr> {
    nil_of(to).or_else(|| matches!(to.under(), Type::Chan(..)).then_some(Expr::NilChan))
}

impl Lowerer<'_> {
    /// `x == nil` or `x != nil` (either side nil) of a slice, a map or a function; `None` for any
    /// other comparison, which the caller checks.
    pub(super) fn nil_comparison(
        &mut self,
        n: Node,
        op: BinOp,
        (l, lt): (&Expr, &Type),
        (r, rt): (&Expr, &Type),
    ) -> Option<(Expr, Type)> {
        let (x, ty) = match (lt, rt) {
            (Type::Nil, _) => (r, rt),
            (_, Type::Nil) => (l, lt),
            _ => return None,
        };
        let kind = match ty.under() {
            Type::Slice(_) => "slice",
            Type::Func(..) => "func",
            Type::Map(..) => "map",
            Type::Location => "pointer",
            _ => return None,
        };
        if !matches!(op, BinOp::Eq | BinOp::Ne) {
            let sign = n
                .child_by_field_name("operator")
                .map_or("", |o| self.text_of(o));
            let text = self.expr_text(n);
            let message =
                format!("invalid operation: {text} (operator {sign} not defined on {kind})");
            let at = n.child_by_field_name("left").unwrap_or(n);
            self.error(at, message);
            return Some((Expr::int(0), Type::Invalid));
        }
        // A location is its name here, never nil: compared with a value nil is not.
        if *ty == Type::Location {
            let e = Expr::Binary(op, Box::new(x.clone()), Box::new(Expr::NilChan));
            return Some((e, Type::Untyped(Untyped::Bool)));
        }
        let is_nil = Expr::IsNil(Box::new(x.clone()));
        let e = match op {
            BinOp::Ne => Expr::Unary(UnOp::Not, Box::new(is_nil)),
            _ => is_nil,
        };
        Some((e, Type::Untyped(Untyped::Bool)))
    }
}

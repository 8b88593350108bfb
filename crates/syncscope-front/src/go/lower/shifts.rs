//! `x << n`, `x >> n`, `x <<= n` and `x >>= n`: the result has the left operand's type, and
//! the count is any integer, or an untyped constant that is a `uint`, as Go types a shift.

use super::Lowerer;
use super::operators::constant_float;
use crate::go::types::{Type, Untyped};
use syncscope_program::{BinOp, Expr, Lit};
use tree_sitter::Node;

pub(super) fn is_integer(t: &Type) -> bool {
    matches!(
        t.under(),
        Type::Int
            | Type::Sized(_)
            | Type::Duration
            | Type::Rune
            | Type::Byte
            | Type::Untyped(Untyped::Int | Untyped::Rune)
    )
}

impl Lowerer<'_> {
    pub(super) fn shift(&mut self, n: Node, op: BinOp, left: Node, right: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (mut l, mut lt) = self.value(left);
        if lt == Type::Invalid {
            return invalid;
        }
        // A float constant with no fraction shifts as the integer it is (`1.0 << 2` is 4).
        if lt == Type::Untyped(Untyped::Float)
            && let Some(v) = constant_float(&l).filter(|v| v.fract() == 0.0 && v.abs() < 9e18)
        {
            if !self.shift_count_is_constant(right) {
                self.unsupported(n, "shifting an untyped float constant by a variable");
                return invalid;
            }
            (l, lt) = (Expr::int(v as i64), Type::Untyped(Untyped::Int));
        }
        if !is_integer(&lt) {
            let text = self.described(left, &l, &lt);
            self.not_shifted(left, &text);
            return invalid;
        }
        let Some(r) = self.shift_count(right) else {
            return invalid;
        };
        // Untyped constants shift exactly, as Go folds them (`1 << 31` is 2147483648); one
        // past int64 is a big constant, which only some places take.
        if let (Type::Untyped(_), Expr::Lit(Lit::Int(x)), Some(c)) = (&lt, &l, constant_int(&r)) {
            let count = u32::try_from(c).unwrap_or(u32::MAX);
            if let Some(v) = fold(op, *x, count) {
                return (Expr::Lit(Lit::Int(v)), lt);
            }
            self.big_ints.insert(n.id(), self.at(n));
            if let Some(v) = i128::from(*x)
                .checked_shl(count)
                .filter(|v| v >> count == *x as i128)
            {
                self.big_values.insert(n.id(), v.to_string());
            }
            return (Expr::int(0), lt);
        }
        // An untyped constant shifted by a variable takes the type of where the shift goes
        // (`f & (1 << i)` is `f`'s type): the shift is left untyped, and that type's
        // conversion cuts the bits an int shift made to its width.
        if matches!(lt, Type::Untyped(u) if u != Untyped::Int) && !self.is_constant(&r) {
            self.unsupported(n, "shifting an untyped constant by a variable");
            return invalid;
        }
        (Expr::Binary(op, Box::new(l), Box::new(r)), lt)
    }

    /// Whether the count `right` is a constant, looked at before it is lowered.
    fn shift_count_is_constant(&self, right: Node) -> bool {
        matches!(right.kind(), "int_literal" | "float_literal")
    }

    /// Go's words for shifting what is no integer, `text` as Go describes it.
    pub(super) fn not_shifted(&mut self, at: Node, text: &str) {
        self.error(
            at,
            format!("invalid operation: shifted operand {text} must be integer"),
        );
    }

    /// A shift's count: an integer, or an untyped constant Go makes a `uint` (`2.0` is
    /// one, `1.5` and `-1` are not).
    pub(super) fn shift_count(&mut self, right: Node) -> Option<Expr> {
        let (r, rt) = self.value(right);
        if rt == Type::Invalid {
            return None;
        }
        let mistake = match (&rt, constant_float(&r)) {
            (Type::Untyped(Untyped::Float), Some(v)) if v.fract() != 0.0 => Some(format!(
                "{} truncated to uint",
                self.described(right, &r, &rt)
            )),
            (Type::Untyped(Untyped::Float), Some(v)) if v >= 0.0 => {
                return Some(Expr::Lit(Lit::Int(v as i64)));
            }
            (Type::Untyped(Untyped::Str | Untyped::Bool), _) => Some(format!(
                "cannot convert {} to type uint",
                self.described(right, &r, &rt)
            )),
            _ if !is_integer(&rt) && !matches!(rt, Type::Untyped(Untyped::Float)) => Some(format!(
                "invalid operation: shift count {} must be integer",
                self.described(right, &r, &rt)
            )),
            _ if constant_int(&r).is_some_and(|c| c < 0)
                || constant_float(&r).is_some_and(|c| c < 0.0) =>
            {
                Some(format!(
                    "invalid operation: negative shift count {}",
                    self.described(right, &r, &rt)
                ))
            }
            _ => None,
        };
        match mistake {
            Some(m) => {
                self.error(right, m);
                None
            }
            None => Some(r),
        }
    }
}

/// A constant shift whose bits all stay within int64.
fn fold(op: BinOp, x: i64, count: u32) -> Option<i64> {
    match op {
        BinOp::Shl => x.checked_shl(count).filter(|v| v >> count == x),
        _ => Some(x >> count.min(63)),
    }
}

/// The value of an integer constant the lowering folded to a literal.
fn constant_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Lit(Lit::Int(v)) => Some(*v),
        Expr::Unary(syncscope_program::UnOp::Neg, x) => constant_int(x).map(|v| -v),
        Expr::Convert(_, x) => constant_int(x),
        _ => None,
    }
}

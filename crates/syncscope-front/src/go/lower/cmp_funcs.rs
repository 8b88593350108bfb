//! `cmp.Compare(x, y)` and `cmp.Less(x, y)` where Go infers their `T` plainly: two values of
//! one ordered type, or an untyped constant beside a value it fits as is. Any other pair (a
//! mismatch Go reports, a constant Go would truncate) stays refused in one line.

use super::Lowerer;
use crate::go::types::{Type, Untyped, converted};
use syncscope_program::{Expr, Lib, Lit};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `cmp.Compare` (`less`: `cmp.Less`) of `args`.
    pub(super) fn cmp_call(&mut self, n: Node, less: bool, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::Lit(Lit::Int(0)), Type::Invalid);
        let full = if less { "cmp.Less" } else { "cmp.Compare" };
        let [a, b] = args else {
            self.unsupported(n, full);
            return invalid;
        };
        let (ea, ta) = self.value(*a);
        let (eb, tb) = self.value(*b);
        if ta == Type::Invalid || tb == Type::Invalid {
            return invalid;
        }
        let Some(ty) = inferred(&ta, &tb) else {
            self.unsupported(n, full);
            return invalid;
        };
        let values = vec![converted(ea, &ta, &ty), converted(eb, &tb, &ty)];
        if less {
            (Expr::Lib(Lib::CmpLess, values), Type::Bool)
        } else {
            (Expr::Lib(Lib::CmpCompare, values), Type::Int)
        }
    }
}

/// The `T` Go infers for `x` of `a` and `y` of `b`, where it does so without a word.
fn inferred(a: &Type, b: &Type) -> Option<Type> {
    let string = |t: &Type| matches!(t.under(), Type::Str | Type::Untyped(Untyped::Str));
    let ordered = |t: &Type| t.is_numeric() || string(t);
    if !ordered(a) || !ordered(b) || string(a) != string(b) {
        return None;
    }
    let untyped = |t: &Type| matches!(t, Type::Untyped(_));
    match (a, b) {
        (Type::Untyped(x), Type::Untyped(y)) => {
            let kind = |u: &Untyped| match u {
                Untyped::Int => 0,
                Untyped::Rune => 1,
                _ => 2,
            };
            let wider = if kind(x) >= kind(y) { a } else { b };
            Some(wider.clone().defaulted())
        }
        (t, Type::Untyped(u)) | (Type::Untyped(u), t) => {
            // An untyped float in an integer type is Go's "truncated" or worse: not run.
            let float = matches!(t.under(), Type::F32 | Type::F64);
            let fits = match u {
                Untyped::Int | Untyped::Rune => true,
                Untyped::Float => float,
                _ => string(t),
            };
            fits.then(|| t.clone())
        }
        _ if !untyped(a) && a == b => Some(a.clone()),
        _ => None,
    }
}

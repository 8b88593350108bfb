//! Go 1.21's built-ins `min`, `max` and `clear`, checked as Go's type checker checks them:
//! `min(x, y)` takes the type `x + y` would, constants stay constants.

use super::Lowerer;
use super::operators::{common_type, constant_float};
use crate::go::types::{Type, Untyped, converted};
use syncscope_program::{Expr, Lit, Ty};
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(Lit::Int(0)), Type::Invalid);

impl Lowerer<'_> {
    /// `min(args...)` or (`max`) `max(args...)`.
    pub(super) fn min_max(&mut self, n: Node, max: bool, args: &[Node]) -> (Expr, Type) {
        if args.is_empty() {
            return self.builtin_arity(n, args, 1);
        }
        let mut lowered = Vec::new();
        let mut ty: Option<Type> = None;
        for a in args {
            let (e, t) = self.value(*a);
            if t == Type::Invalid {
                return INVALID;
            }
            if !ordered(&t) {
                let text = self.described(*a, &e, &t);
                self.error(*a, format!("invalid argument: {text} cannot be ordered"));
                return INVALID;
            }
            ty = match ty {
                None => Some(t.clone()),
                Some(previous) => match meet(&previous, &t) {
                    Some(common) => Some(common),
                    None => {
                        let (p, s) = (
                            previous.spelled(self.spelling()),
                            t.spelled(self.spelling()),
                        );
                        let what = self.expr_text(*a);
                        let message = format!(
                            "invalid argument: mismatched types {p} (previous argument) and {s} \
                             (type of {what})"
                        );
                        self.error(*a, message);
                        return INVALID;
                    }
                },
            };
            lowered.push((e, t, *a));
        }
        let Some(ty) = ty else {
            return INVALID;
        };
        // Every argument takes the final type, as Go's checker gives it them at the end.
        let mut exprs = Vec::new();
        for (e, t, a) in lowered {
            let int = matches!(ty, Type::Int | Type::Duration | Type::Sized(_));
            if t == Type::Untyped(Untyped::Float)
                && int
                && constant_float(&e).is_some_and(|v| v.fract() != 0.0)
            {
                let text = self.described(a, &e, &t);
                let to = ty.spelled(self.spelling());
                self.error(a, format!("{text} truncated to {to}"));
                return INVALID;
            }
            exprs.push(match (&t, &ty) {
                // An untyped int among untyped floats is a float: `max(2.0, 3) / 2` is 1.5.
                (Type::Untyped(Untyped::Int), Type::Untyped(Untyped::Float)) => {
                    Expr::Convert(Ty::F64, Box::new(e))
                }
                _ => converted(e, &t, &ty),
            });
        }
        let e = Expr::MinMax { max, args: exprs };
        // Constants give a constant, which keeps its untyped type; a value has a type.
        let constant = self.is_constant(&e);
        (e, if constant { ty } else { ty.defaulted() })
    }

    /// The map `clear(m)` empties. (A slice's elements are not shared between the slices
    /// that Go shares them between yet, so `clear(s)` could not show in the others.)
    pub(super) fn clear_arg(&mut self, n: Node, args: &[Node]) -> Option<Expr> {
        let [arg] = args else {
            self.builtin_arity(n, args, 1);
            return None;
        };
        let (e, ty) = self.value(*arg);
        match ty.under() {
            Type::Map(..) => Some(e),
            Type::Slice(_) => {
                self.unsupported(n, "clear of a slice");
                None
            }
            Type::Invalid => None,
            _ => {
                let text = self.described(*arg, &e, &ty);
                let message = format!(
                    "invalid argument: cannot clear {text}: argument must be (or constrained \
                     by) map or slice"
                );
                self.error(*arg, message);
                None
            }
        }
    }
}

/// Whether `<` orders values of `ty`.
fn ordered(ty: &Type) -> bool {
    ty.is_numeric() || matches!(ty.under(), Type::Str | Type::Untyped(Untyped::Str))
}

/// The type two arguments of `min` or `max` go together in: an untyped constant takes the
/// other's type where it may (a number another number's, a string a string's).
fn meet(a: &Type, b: &Type) -> Option<Type> {
    let typed = |t: &Type| !matches!(t, Type::Untyped(_));
    if typed(a) && typed(b) {
        return (a == b).then(|| a.clone());
    }
    let string = |t: &Type| matches!(t.under(), Type::Str | Type::Untyped(Untyped::Str));
    if a.is_numeric() != b.is_numeric() || string(a) != string(b) {
        return None;
    }
    // A fraction in the way is Go's "truncated", said once the final type is known.
    match (a, b) {
        (Type::Untyped(Untyped::Float), t) | (t, Type::Untyped(Untyped::Float)) if typed(t) => {
            Some(t.clone())
        }
        _ => common_type(a, b),
    }
}

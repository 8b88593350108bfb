//! `panic(v)` and `recover()`: a panic unwinds the goroutine's calls, running their deferred
//! calls, and one of those that calls `recover()` stops it there.

use super::Lowerer;
use crate::go::types::{Type, Untyped};
use syncscope_program::Expr;
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

impl Lowerer<'_> {
    /// `panic(v)` of a string, an integer or an error, the values whose crash message is
    /// their text.
    pub(super) fn panic_call(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [arg] = args else {
            return self.builtin_arity(n, args, 1);
        };
        let (e, ty) = self.value(*arg);
        match ty {
            Type::Invalid => INVALID,
            Type::Str | Type::Int | Type::Sized(_) | Type::Untyped(Untyped::Str | Untyped::Int) => {
                let e = crate::go::types::converted(e, &ty, &ty.clone().defaulted());
                (Expr::Panic(Box::new(e)), Type::Void)
            }
            // Go prints an error's `Error()`, as `%v` does.
            Type::Iface(super::iface::ERROR, _) => (Expr::Panic(Box::new(e)), Type::Void),
            other => {
                // Go prints other values in forms of its own (`panic: main.T{...}`, floats
                // as `+1.500000e+000`, a recovered value with `[recovered]`).
                self.unsupported(*arg, &format!("panic of a {other} value"));
                INVALID
            }
        }
    }

    /// `recover()`: the value of the panic it stops, or nil.
    pub(super) fn recover_call(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        if !args.is_empty() {
            return self.builtin_arity(n, args, 0);
        }
        (Expr::Recover, Type::Any)
    }
}

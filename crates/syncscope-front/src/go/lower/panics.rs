//! `panic(v)` and `recover()`: a panic unwinds the goroutine's calls, running their deferred
//! calls, and one of those that calls `recover()` stops it there.

use super::Lowerer;
use super::iface::iface;
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
            // In an `any`, as `recover` gives it back.
            Type::Str | Type::Int | Type::Sized(_) | Type::Untyped(Untyped::Str | Untyped::Int) => {
                let to = ty.clone().defaulted();
                let e = crate::go::types::converted(e, &ty, &to);
                let rt = self.rt_id(&to);
                (
                    Expr::Panic(Box::new(Expr::ToIface(rt, Box::new(e)))),
                    Type::Void,
                )
            }
            // Go prints an error's `Error()`; a value in an interface (a recovered one panicked
            // again) by its dynamic type.
            Type::Iface(..) => (Expr::Panic(Box::new(e)), Type::Void),
            // Any other value goes in an `interface{}`, as Go's `panic(v any)` takes it: the
            // crash says an error's `Error()`, else what the runtime prints of it.
            Type::Void | Type::Tuple(_) => {
                self.unsupported(*arg, &format!("panic of a {ty} value"));
                INVALID
            }
            _ => {
                let other = ty.clone().defaulted();
                let e = crate::go::types::converted(e, &ty, &other);
                let boxed = self.boxed_as(*arg, e, &other, super::iface::ANY, "argument to panic");
                (Expr::Panic(Box::new(boxed)), Type::Void)
            }
        }
    }

    /// `recover()`: the value of the panic it stops, or nil.
    pub(super) fn recover_call(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        if !args.is_empty() {
            return self.builtin_arity(n, args, 0);
        }
        (
            Expr::Recover(self.rt_id(&Type::Str)),
            // Go declares it so, and its errors spell it so.
            iface(super::iface::ANY, "interface{}"),
        )
    }

    /// The interface `runtime.Error`, declared the first time the program names it: what
    /// a recovered run-time panic is.
    pub(super) fn runtime_error_type(&mut self) -> Type {
        self.library_iface("runtime.Error", || {
            vec![
                (
                    "Error".into(),
                    Type::Func(Vec::new(), Some(Box::new(Type::Str))),
                ),
                ("RuntimeError".into(), Type::Func(Vec::new(), None)),
            ]
        })
    }
}

//! `sync/atomic`'s functions of a pointer value rather than `&x` written in the call: `dir`
//! of a `dir *int32` parameter, a pointer `new(int64)` made, one kept in a variable. The
//! operation works on the variable the pointer points to when it runs.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{AtomicOp, Expr};
use tree_sitter::Node;

/// What `op` of the `int` functions gives.
pub(super) fn atomic_result(op: AtomicOp, int: &'static str) -> Type {
    match op {
        AtomicOp::Store => Type::Void,
        AtomicOp::CompareAndSwap => Type::Bool,
        _ => Type::Sized(int),
    }
}

impl Lowerer<'_> {
    /// `atomic.<full>(p, ...)` with `p` any expression of the type `*int` (`params[0]`): Go's
    /// words for an argument of another type.
    pub(super) fn atomic_through(
        &mut self,
        n: Node,
        full: &str,
        (op, int): (AtomicOp, &'static str),
        args: &[Node],
        params: &[Type],
    ) -> (Expr, Type) {
        let errors = self.errors.len();
        let mut lowered = self.args_as(n, args, params, full);
        if self.errors.len() > errors || lowered.len() != params.len() {
            return (Expr::int(0), Type::Invalid);
        }
        let ptr = lowered.remove(0);
        (
            Expr::Atomic(op, Box::new(ptr), lowered),
            atomic_result(op, int),
        )
    }
}

//! `sync/atomic`'s integer types (`atomic.Int64`, `atomic.Int32`, `atomic.Uint64`) and their
//! `Add`, `Load` and `Store`: each one step that never races and never loses an update.

use super::Lowerer;
use crate::front::go::types::Type;
use crate::program::{AtomicOp, Expr};
use crate::safe_text::one_line;
use tree_sitter::Node;

/// The atomic types syncscope runs, by their names in the package.
const TYPES: [&str; 3] = ["Int64", "Int32", "Uint64"];

/// `atomic.T` of the package's integer types.
pub(super) fn atomic_type(text: &str) -> Option<Type> {
    let name = text.strip_prefix("atomic.")?;
    TYPES.iter().find(|t| **t == name).map(|t| Type::Atomic(t))
}

impl Lowerer<'_> {
    /// `x.Add(n)`, `x.Load()`, `x.Store(n)` of an atomic integer `x`.
    pub(super) fn atomic_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = one_line(self.text_of(callee), 40);
        let (op, params) = match member {
            "Add" => (AtomicOp::Add, vec![Type::Int]),
            "Load" => (AtomicOp::Load, vec![]),
            "Store" => (AtomicOp::Store, vec![Type::Int]),
            "Swap" | "CompareAndSwap" => {
                self.unsupported(callee, &full);
                return (Expr::int(0), Type::Invalid);
            }
            _ => {
                if let Some(field) = callee.child_by_field_name("field") {
                    self.error(
                        field,
                        format!("{full} undefined (type {ty} has no field or method {member})"),
                    );
                }
                return (Expr::int(0), Type::Invalid);
            }
        };
        let arg = self.args_as(n, args, &params, &full).into_iter().next();
        let result = if op == AtomicOp::Store {
            Type::Void
        } else {
            Type::Int
        };
        (Expr::Atomic(op, Box::new(recv), arg.map(Box::new)), result)
    }
}

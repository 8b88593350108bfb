//! `atomic.Pointer[T]` of a struct type `T`: `Load`, `Store`, `Swap` and `CompareAndSwap` of
//! a `*T`, run on the cells of `atomic.Value` (every value of one type, nil at first), its one
//! generic type spelled out here rather than generics in general.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{AtomicOp, Expr};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `atomic.Pointer[T]` as a type: `T` must be a struct (the subset's pointers are to
    /// structs); `None` for another generic type.
    pub(super) fn atomic_pointer_type(&mut self, t: Node) -> Option<Type> {
        let name = t.child_by_field_name("type")?;
        let args = t.child_by_field_name("type_arguments")?;
        if self.canonical(self.text_of(name)) != "atomic.Pointer" || args.named_child_count() != 1 {
            return None;
        }
        if !self.use_package("atomic") {
            return None;
        }
        // The grammar wraps a type argument in a `type_elem`.
        let arg = args.named_child(0)?;
        let arg = match arg.kind() {
            "type_elem" => arg.named_child(0)?,
            _ => arg,
        };
        let elem = match self.type_of(arg) {
            Type::Invalid => return Some(Type::Invalid),
            elem @ Type::Struct(..) => elem,
            other => {
                self.unsupported(t, &format!("atomic.Pointer of {other}"));
                return Some(Type::Invalid);
            }
        };
        Some(Type::AtomicPointer(Box::new(elem)))
    }

    /// `p.Load()`, `p.Store(x)`, `p.Swap(x)`, `p.CompareAndSwap(old, new)` of an
    /// `atomic.Pointer[T]`.
    pub(super) fn pointer_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        elem: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        let ptr = Type::Pointer(Box::new(elem.clone()));
        let (op, params, result) = match member {
            "Load" => (AtomicOp::Load, vec![], ptr.clone()),
            "Store" => (AtomicOp::Store, vec![ptr.clone()], Type::Void),
            "Swap" => (AtomicOp::Swap, vec![ptr.clone()], ptr.clone()),
            "CompareAndSwap" => (
                AtomicOp::CompareAndSwap,
                vec![ptr.clone(), ptr.clone()],
                Type::Bool,
            ),
            _ => {
                if let Some(field) = callee.child_by_field_name("field") {
                    let ty = Type::AtomicPointer(Box::new(elem.clone()));
                    self.error(field, self.no_field_or_method(&full, &ty, member));
                }
                return (Expr::int(0), Type::Invalid);
            }
        };
        let args = self.args_as(n, args, &params, &full);
        if args.len() != params.len() {
            return (Expr::int(0), Type::Invalid);
        }
        let name = pointer_name(elem);
        let e = Expr::AtomicValue {
            op,
            target: Box::new(recv),
            types: vec![name.clone(); args.len()],
            boxes: Vec::new(),
            args,
            want: Some(name),
        };
        (e, result)
    }
}

/// `*main.T`, the one type an `atomic.Pointer[T]` holds, as Go's runtime names it.
pub(super) fn pointer_name(elem: &Type) -> String {
    format!("*main.{elem}")
}

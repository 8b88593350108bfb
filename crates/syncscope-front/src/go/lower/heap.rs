//! `container/heap` of a value whose type has `Len`, `Less`, `Swap`, `Push` and `Pop` (a
//! priority queue, `heap.Push(h, &Item{...})`): the value goes in a `heap.Interface`, checked
//! as Go checks it, and the engine calls its methods as Go's heap does.

use super::Lowerer;
use super::iface::{ANY, iface};
use crate::go::types::Type;
use syncscope_program::{Expr, HeapOp, Lib};
use tree_sitter::Node;

const NAME: &str = "heap.Interface";

impl Lowerer<'_> {
    /// The interface `heap.Interface`, declared the first time a heap function asks for it:
    /// `sort.Interface`'s methods and `Push(x any)`, `Pop() any`, by name as Go's method sets
    /// are (the first missing one is the one Go names).
    pub(super) fn heap_iface_type(&mut self) -> Type {
        self.library_iface(NAME, || {
            let any = || iface(ANY, "any");
            let mut methods = super::sort_iface::sort_methods();
            methods.push(("Pop".into(), Type::Func(Vec::new(), Some(Box::new(any())))));
            methods.push(("Push".into(), Type::Func(vec![any()], None)));
            methods.sort_by(|a, b| a.0.cmp(&b.0));
            methods
        })
    }

    /// `heap.member(args)`; `None` for a name the package does not have as a function.
    pub(super) fn heap_call(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let (op, extra, result) = match member {
            "Init" => (HeapOp::Init, None, Type::Void),
            "Push" => (HeapOp::Push, Some(iface(ANY, "any")), Type::Void),
            "Pop" => (HeapOp::Pop, None, iface(ANY, "any")),
            "Fix" => (HeapOp::Fix, Some(Type::Int), Type::Void),
            "Remove" => (HeapOp::Remove, Some(Type::Int), iface(ANY, "any")),
            _ => return None,
        };
        self.use_package("heap");
        let mut params = vec![self.heap_iface_type()];
        params.extend(extra);
        let values = self.args_as(n, args, &params, &format!("heap.{member}"));
        if values.len() != params.len() {
            return Some((Expr::int(0), Type::Invalid));
        }
        Some((Expr::Lib(Lib::Heap(op), values), result))
    }
}

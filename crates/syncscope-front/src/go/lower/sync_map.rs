//! `sync.Map`: a zero `sync.Map` (a variable, a field, `sync.Map{}`, `new(sync.Map)`) and its
//! methods, keys and values of any comparable type held as `any`. Like a Pool it is not
//! copied or passed; it is a handle on its entries at run time.

use super::Lowerer;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, SyncMapOp};
use tree_sitter::Node;

/// A `*sync.Map`'s methods, as Go 1.26 has them.
const METHODS: [&str; 10] = [
    "Clear",
    "CompareAndDelete",
    "CompareAndSwap",
    "Delete",
    "Load",
    "LoadAndDelete",
    "LoadOrStore",
    "Range",
    "Store",
    "Swap",
];

/// Whether `ty` is a `sync.Map` or a pointer to one: the same handle at run time.
pub(super) fn is_sync_map(ty: &Type) -> bool {
    match ty {
        Type::Pointer(inner) => **inner == Type::SyncMap,
        t => *t == Type::SyncMap,
    }
}

/// A new empty map, its accesses reported as those of variable `var`.
pub(super) fn made(var: u16) -> Expr {
    Expr::Lib(
        Lib::SyncMap(SyncMapOp::New),
        vec![Expr::int(i64::from(var))],
    )
}

fn any() -> Type {
    super::iface::iface(super::iface::ANY, "any")
}

/// Whether the method `member` gives two results.
pub(super) fn returns_two(member: &str) -> bool {
    matches!(signature(member).2, Type::Tuple(_)) && METHODS.contains(&member)
}

/// A method's operation, parameters after the receiver, and result.
fn signature(member: &str) -> (SyncMapOp, Vec<Type>, Type) {
    let two = |first: Type| Type::Tuple(vec![first, Type::Bool]);
    match member {
        "Load" => (SyncMapOp::Load, vec![any()], two(any())),
        "Store" => (SyncMapOp::Store, vec![any(), any()], Type::Void),
        "LoadOrStore" => (SyncMapOp::LoadOrStore, vec![any(), any()], two(any())),
        "LoadAndDelete" => (SyncMapOp::LoadAndDelete, vec![any()], two(any())),
        "Delete" => (SyncMapOp::Delete, vec![any()], Type::Void),
        "Swap" => (SyncMapOp::Swap, vec![any(), any()], two(any())),
        "CompareAndSwap" => (
            SyncMapOp::CompareAndSwap,
            vec![any(), any(), any()],
            Type::Bool,
        ),
        "CompareAndDelete" => (SyncMapOp::CompareAndDelete, vec![any(), any()], Type::Bool),
        "Range" => {
            let f = Type::Func(vec![any(), any()], Some(Box::new(Type::Bool)));
            (SyncMapOp::Range, vec![f], Type::Void)
        }
        _ => (SyncMapOp::Clear, Vec::new(), Type::Void),
    }
}

impl Lowerer<'_> {
    /// `sync.Map{}`: its fields are unexported, so a literal names none.
    pub(super) fn sync_map_lit(&mut self, body: Node) -> (Expr, Type) {
        if let Some(el) = elements(body).next() {
            let map = Type::SyncMap.spelled(self.spelling()).to_string();
            let message = format!(
                "implicit assignment to unexported field mu in struct literal of type {map}"
            );
            self.error(el, message);
            self.used_in(el);
            return (Expr::int(0), Type::Invalid);
        }
        let var = self.hidden_var(&self.made_name("map"));
        (made(var), Type::SyncMap)
    }

    /// `m.Load(k)`, `m.Store(k, v)`, `m.Range(f)`, ...
    pub(super) fn sync_map_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if !METHODS.contains(&member) {
            self.no_such_member(callee, &full, ty, member);
            for a in args {
                self.used_in(*a);
            }
            return (Expr::int(0), Type::Invalid);
        }
        let (op, params, result) = signature(member);
        let values = self.args_as(n, args, &params, &full);
        if values.len() != params.len() {
            return (Expr::int(0), Type::Invalid);
        }
        let mut all = vec![recv];
        all.extend(values);
        (Expr::Lib(Lib::SyncMap(op), all), result)
    }
}

//! `sort.Sort`, `sort.Stable` and `sort.IsSorted` of a value whose type has `Len`, `Less`
//! and `Swap` (`sort.Sort(byLength(fruits))`): the value goes in a `sort.Interface`, checked
//! as Go checks it, and the engine calls its methods as Go's sorts do.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, Lit};
use tree_sitter::Node;

const NAME: &str = "sort.Interface";

impl Lowerer<'_> {
    /// The interface `sort.Interface`, declared the first time a sort asks for it.
    pub(super) fn sort_iface_type(&mut self) -> Type {
        self.library_iface(NAME, sort_methods)
    }

    /// `sort.Sort(x)` or `sort.Stable(x)` (`lib` says which) or `sort.IsSorted(x)` of a
    /// `sort.Interface`, `x` given to `full`; `reversed` for `sort.Reverse(x)`.
    pub(super) fn sort_by_methods(
        &mut self,
        arg: Node,
        full: &str,
        lib: Lib,
        reversed: bool,
    ) -> Expr {
        let want = self.sort_iface_type();
        let value = self.value_as(arg, &want, &format!("argument to {full}"));
        Expr::Lib(lib, vec![value, Expr::Lit(Lit::Bool(reversed))])
    }

    /// `sort.IsSorted(x)`, a bool.
    pub(super) fn is_sorted_call(&mut self, call: Node, args: &[Node]) -> (Expr, Type) {
        let [arg] = args else {
            let want = self.sort_iface_type();
            self.args_as(call, args, &[want], "sort.IsSorted");
            return (Expr::int(0), Type::Invalid);
        };
        let e = self.sort_by_methods(*arg, "sort.IsSorted", Lib::IsSortedInterface, false);
        (e, Type::Bool)
    }
}

/// `Len() int`, `Less(i, j int) bool` and `Swap(i, j int)`, by name as Go's method sets are.
pub(super) fn sort_methods() -> Vec<(String, Type)> {
    let two = || vec![Type::Int, Type::Int];
    vec![
        (
            "Len".into(),
            Type::Func(Vec::new(), Some(Box::new(Type::Int))),
        ),
        ("Less".into(), Type::Func(two(), Some(Box::new(Type::Bool)))),
        ("Swap".into(), Type::Func(two(), None)),
    ]
}

//! `sort.Sort`, `sort.Stable` and `sort.IsSorted` of a value whose type has `Len`, `Less`
//! and `Swap` (`sort.Sort(byLength(fruits))`): the value goes in a `sort.Interface`, checked
//! as Go checks it, and the engine calls its methods as Go's sorts do.

use super::Lowerer;
use super::iface::{IfaceDef, iface};
use crate::go::types::Type;
use syncscope_program::{Expr, Lib, Lit};
use tree_sitter::Node;

const NAME: &str = "sort.Interface";

impl Lowerer<'_> {
    /// The interface `sort.Interface`, declared the first time a sort asks for it.
    pub(super) fn sort_iface_type(&mut self) -> Type {
        if let Some(&id) = self.ifaces.by_name.get(NAME) {
            return iface(id, NAME);
        }
        let two = || vec![Type::Int, Type::Int];
        let id = self.ifaces.defs.len();
        self.ifaces.defs.push(IfaceDef {
            name: NAME.into(),
            rt: NAME.into(),
            methods: vec![
                (
                    "Len".into(),
                    Type::Func(Vec::new(), Some(Box::new(Type::Int))),
                ),
                ("Less".into(), Type::Func(two(), Some(Box::new(Type::Bool)))),
                ("Swap".into(), Type::Func(two(), None)),
            ],
        });
        // No name of the file's has a dot: the entry is the package's own.
        self.ifaces.by_name.insert(NAME.into(), id);
        iface(id, NAME)
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

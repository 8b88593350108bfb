//! Interface types written in place (`var s interface{ Area() float64 }`, a parameter
//! `func f(s interface{ String() string })`): each method set is one interface of the
//! program, named as Go's compile errors spell it (`interface{Area() float64}`); a value of
//! any interface with those methods may be used as one, as Go's assignability has it.

use super::Lowerer;
use super::iface::{IfaceDef, iface};
use crate::go::types::Type;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `interface{ M() T; ... }` in a type's place.
    pub(super) fn iface_in_place(&mut self, t: Node) -> Type {
        let mut methods = self.iface_methods(t);
        // Go lists (and checks) an interface's methods in name order.
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        let spelling = self.spelling();
        let listed: Vec<String> = methods
            .iter()
            .map(|(m, f)| {
                let text = f.spelled(spelling).to_string();
                format!("{m}{}", text.strip_prefix("func").unwrap_or(&text))
            })
            .collect();
        let name = format!("interface{{{}}}", listed.join("; "));
        // Identifiers never hold braces: the file's own names are not shadowed.
        if let Some(&id) = self.ifaces.by_name.get(&name) {
            return iface(id, &name);
        }
        let id = self.ifaces.defs.len();
        self.ifaces.by_name.insert(name.clone(), id);
        self.ifaces.defs.push(IfaceDef {
            name: name.as_str().into(),
            rt: format!("interface {{ {} }}", listed.join("; ")).into(),
            methods,
        });
        iface(id, &name)
    }
}

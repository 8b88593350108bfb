//! Types declared inside a function (`type result struct{...}` in `main`, as teachers write
//! them next to the code that uses them). Go gives such a type the function's scope; `%T`
//! still prints it `main.result`. syncscope declares it with the package's types when its
//! name is one nothing else in the file uses, so nothing it could shadow changes meaning; a
//! name used twice stays refused.

use super::Lowerer;
use crate::go::syntax::{children, descendants};
use std::collections::{HashMap, HashSet};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The type declarations inside function bodies whose names are the file's only ones of
    /// that spelling, noted so their statements run as nothing.
    pub(super) fn hoisted_types<'t>(&mut self, root: Node<'t>) -> Vec<Node<'t>> {
        let mut names: HashMap<String, usize> = HashMap::new();
        for top in children(root) {
            for name in declared_names(top, self) {
                *names.entry(name).or_default() += 1;
            }
        }
        let local: Vec<Node> = descendants(root)
            .filter(|n| n.kind() == "type_declaration" && n.parent().is_some_and(|p| p != root))
            .collect();
        for decl in &local {
            for name in spec_names(*decl, self) {
                *names.entry(name).or_default() += 1;
            }
        }
        let mut hoisted = Vec::new();
        for decl in local {
            let unique = spec_names(decl, self)
                .iter()
                .all(|n| names.get(n) == Some(&1));
            if unique {
                self.local_types.insert(decl.id());
                hoisted.push(decl);
            }
        }
        hoisted
    }
}

/// The names a package-level declaration introduces.
fn declared_names(top: Node, l: &Lowerer) -> Vec<String> {
    match top.kind() {
        "type_declaration" => spec_names(top, l),
        "function_declaration" => top
            .child_by_field_name("name")
            .map(|n| vec![l.text_of(n).to_string()])
            .unwrap_or_default(),
        "var_declaration" | "const_declaration" => descendants(top)
            .filter(|n| matches!(n.kind(), "var_spec" | "const_spec"))
            .flat_map(|spec| {
                children(spec)
                    .filter(|c| c.kind() == "identifier")
                    .map(|c| l.text_of(c).to_string())
                    .collect::<Vec<_>>()
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn spec_names(decl: Node, l: &Lowerer) -> Vec<String> {
    children(decl)
        .filter(|c| c.kind().starts_with("type_"))
        .filter_map(|spec| spec.child_by_field_name("name"))
        .map(|n| l.text_of(n).to_string())
        .collect::<HashSet<_>>()
        .into_iter()
        .collect()
}

//! Constants a signature or a type may name (`func f(a [size]int)`, `type grid [n][n]int`)
//! are declared before the signatures and types are read, where they can be: those whose
//! type and values name nothing the file declares but constants declared so far (Go's own
//! names, packages and undefined names are all the same then). The others
//! (`const Sunday Weekday = iota`, of a type the file declares) wait for the file's types.

use super::Lowerer;
use super::decls::specs;
use crate::go::syntax::{children, descendants};
use std::collections::HashSet;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The file's constant declarations that can be read first, read; their node ids.
    pub(super) fn early_consts(&mut self, root: Node) -> HashSet<usize> {
        let later = self.file_names(root);
        let mut known: HashSet<String> = HashSet::new();
        let mut done = HashSet::new();
        let decls: Vec<Node> = children(root)
            .filter(|n| n.kind() == "const_declaration")
            .collect();
        for decl in decls {
            if !self.reads_alone(decl, &known, &later) {
                continue;
            }
            for name in const_names(decl) {
                known.insert(self.text_of(name).to_string());
            }
            self.consts_of(decl);
            done.insert(decl.id());
        }
        done
    }

    /// The names the file declares at package level: a constant's value that names one of
    /// them (but a constant read already) waits for it.
    fn file_names(&self, root: Node) -> HashSet<String> {
        let mut names = HashSet::new();
        for n in children(root) {
            let found: Vec<Node> = match n.kind() {
                "function_declaration" => n.child_by_field_name("name").into_iter().collect(),
                "const_declaration" => const_names(n),
                "var_declaration" => specs(n, "var_spec")
                    .into_iter()
                    .flat_map(|s| super::decls::field_all(s, "name"))
                    .collect(),
                "type_declaration" => children(n)
                    .filter(|s| matches!(s.kind(), "type_spec" | "type_alias"))
                    .filter_map(|s| s.child_by_field_name("name"))
                    .collect(),
                _ => Vec::new(),
            };
            names.extend(found.into_iter().map(|f| self.text_of(f).to_string()));
        }
        names
    }

    /// Whether `decl` names none of the file's names (`later`) but the constants `known`,
    /// in its types or its values.
    fn reads_alone(&self, decl: Node, known: &HashSet<String>, later: &HashSet<String>) -> bool {
        for spec in specs(decl, "const_spec") {
            let mut used = spec
                .child_by_field_name("type")
                .into_iter()
                .collect::<Vec<_>>();
            used.extend(spec.child_by_field_name("value"));
            for d in used.into_iter().flat_map(descendants) {
                let waits = matches!(d.kind(), "identifier" | "type_identifier") && {
                    let name = self.text_of(d);
                    later.contains(name) && !known.contains(name)
                };
                if waits || matches!(d.kind(), "func_literal" | "composite_literal") {
                    return false;
                }
            }
        }
        true
    }
}

/// The names a constant declaration declares.
fn const_names(decl: Node) -> Vec<Node> {
    specs(decl, "const_spec")
        .into_iter()
        .flat_map(|s| super::decls::field_all(s, "name"))
        .collect()
}

//! What Go checks of a generic body by its type parameters and an instance cannot see: an
//! operator that `any` or `comparable` does not allow on a parameter (`a + b` of `T any`). An
//! instance has `T` replaced by its type argument, for which the operator may be fine.

use super::Lowerer;
use super::decls::field_all;
use crate::go::syntax::{children, descendants};
use tree_sitter::Node;

/// The operators no type parameter constrained by `any` or `comparable` has.
const ARITHMETIC: [&str; 5] = ["+", "-", "*", "/", "%"];
const ORDERING: [&str; 4] = ["<", "<=", ">", ">="];

impl Lowerer<'_> {
    /// Go's words for each operator a generic function's body uses on a parameter whose type
    /// parameter's constraint (`any`, `comparable`) does not allow it.
    pub(super) fn check_generic_body(&mut self, decl: Node) {
        self.constraint_packages(decl);
        let Some(body) = decl.child_by_field_name("body") else {
            return;
        };
        // Each parameter typed by a type parameter: its name, the type parameter, constraint.
        let constraints = self.plain_constraints(decl);
        let mut typed: Vec<(String, String, String)> = Vec::new();
        for p in super::infer::param_nodes(decl)
            .into_iter()
            .filter(|(_, variadic)| !variadic)
        {
            let (ty, _) = p;
            let Some((_, c)) = constraints.iter().find(|(t, _)| t == self.text_of(ty)) else {
                continue;
            };
            let Some(decl) = ty.parent() else { continue };
            for name in field_all(decl, "name") {
                typed.push((
                    self.text_of(name).to_string(),
                    self.text_of(ty).to_string(),
                    c.clone(),
                ));
            }
        }
        // `var total T` is one too; a name declared otherwise may be of another type: not
        // checked.
        let mut redeclared: Vec<String> = Vec::new();
        for d in descendants(body) {
            let of_param = d.child_by_field_name("type").and_then(|t| {
                let t = self.text_of(t);
                constraints.iter().find(|(p, _)| p == t)
            });
            match (d.kind(), of_param) {
                ("var_spec", Some((param, c))) if d.child_by_field_name("value").is_none() => {
                    for name in field_all(d, "name") {
                        let name = self.text_of(name).to_string();
                        typed.push((name, param.clone(), c.clone()));
                    }
                }
                ("short_var_declaration" | "var_spec" | "range_clause" | "func_literal", _) => {
                    let names = descendants(d).filter(|i| i.kind() == "identifier");
                    redeclared.extend(names.map(|i| self.text_of(i).to_string()));
                }
                _ => {}
            }
        }
        typed.retain(|(name, ..)| !redeclared.contains(name));
        for b in descendants(body).filter(|d| d.kind() == "binary_expression") {
            let (Some(left), Some(op)) = (
                b.child_by_field_name("left"),
                b.child_by_field_name("operator"),
            ) else {
                continue;
            };
            let op = self.text_of(op);
            let name = self.text_of(left);
            let Some((_, param, constraint)) = typed.iter().find(|(n, ..)| n == name) else {
                continue;
            };
            let message = if ARITHMETIC.contains(&op) {
                format!(
                    "invalid operation: operator {op} not defined on {name} (variable of type \
                     {param} constrained by {constraint})"
                )
            } else if ORDERING.contains(&op) {
                let text = self.expr_text(b);
                format!(
                    "invalid operation: {text} (type parameter {param} cannot use operator {op})"
                )
            } else {
                continue;
            };
            self.error(b, message);
        }
    }

    /// The type parameters constrained by `any` or `comparable`, with their constraint.
    fn plain_constraints(&self, decl: Node) -> Vec<(String, String)> {
        let Some(list) = decl.child_by_field_name("type_parameters") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for d in children(list).filter(|d| d.kind() == "type_parameter_declaration") {
            let Some(c) = d.child_by_field_name("type") else {
                continue;
            };
            let c = self.text_of(c);
            if !matches!(c, "any" | "comparable") {
                continue;
            }
            for name in field_all(d, "name") {
                out.push((self.text_of(name).to_string(), c.to_string()));
            }
        }
        out
    }
}

impl Lowerer<'_> {
    /// The packages the type parameters' constraints name (`cmp.Ordered`), used where they
    /// are declared: Go's "undefined: cmp" there if one is not imported, before any call.
    fn constraint_packages(&mut self, decl: Node) {
        let Some(list) = decl.child_by_field_name("type_parameters") else {
            return;
        };
        let qualified: Vec<Node> = descendants(list)
            .filter(|n| n.kind() == "qualified_type")
            .collect();
        for q in qualified {
            let name = self.text_of(q).split('.').next().unwrap_or("").to_string();
            if self.use_local(&name).is_none() {
                self.error(q, format!("undefined: {name}"));
            }
        }
    }
}

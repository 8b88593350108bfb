//! A call of an element of a slice, array or map of functions with one argument,
//! `replicas[i](query)`: tree-sitter-go reads it as a conversion to a generic type's
//! instance, `replicas[i]`; when `replicas` is a variable it is an index, then a call.

use super::Lowerer;
use super::scope::Resolved;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `f[k](x)` read as the conversion it looks like, when `f` names a variable.
    pub(super) fn indexed_call(&mut self, n: Node) -> Option<(Expr, crate::go::types::Type)> {
        let t = n.child_by_field_name("type")?;
        let arg = n.child_by_field_name("operand")?;
        if t.kind() != "generic_type" {
            return None;
        }
        let callee = t.child_by_field_name("type")?;
        let brackets = t.child_by_field_name("type_arguments")?;
        let mut cursor = brackets.walk();
        let keys: Vec<Node> = brackets.named_children(&mut cursor).collect();
        let [key] = keys.as_slice() else {
            return None;
        };
        // A key written as a name is in a `type_elem`.
        let key = match key.kind() {
            "type_elem" => key.named_child(0)?,
            _ => *key,
        };
        if callee.kind() != "type_identifier" || !self.names_value(callee) {
            return None;
        }
        let (f, ty) = self.index_of(brackets, callee, key);
        Some(self.call_value(n, t, f, ty, &[arg]))
    }

    /// Whether `e` is a call as Go reads it: `f(x)`, or `fs[i](x)` of a variable `fs`.
    pub(super) fn reads_as_call(&mut self, e: Node) -> bool {
        if e.kind() == "call_expression" {
            return true;
        }
        let callee = e
            .child_by_field_name("type")
            .filter(|t| e.kind() == "type_conversion_expression" && t.kind() == "generic_type")
            .and_then(|t| t.child_by_field_name("type"));
        callee.is_some_and(|c| c.kind() == "type_identifier" && self.names_value(c))
    }

    /// Whether name `n` is a variable or constant here, or no name at all (Go's `undefined`),
    /// not a type or a function.
    pub(super) fn names_value(&mut self, n: Node) -> bool {
        let name = self.text_of(n).to_string();
        match self.resolve(&name, false) {
            Resolved::Local(..)
            | Resolved::Captured(..)
            | Resolved::Global(..)
            | Resolved::Const(..) => true,
            Resolved::Undefined => !self.declares_type(&name),
            _ => false,
        }
    }

    fn declares_type(&self, name: &str) -> bool {
        super::named::basic_type(name).is_some()
            || matches!(name, "rune" | "byte" | "any" | "error" | "comparable")
            || self.structs.by_name.contains_key(name)
            || self.ifaces.by_name.contains_key(name)
            || self.generics.types.contains_key(name)
            || self.generics.funcs.contains_key(name)
            || self.generics.bound.contains_key(name)
            || self.generics.constraints.contains_key(name)
    }
}

//! `p.Dist += 1` and `p.Dist++` where `Dist` is a method: Go checks the operation first and
//! names the method's type as its declaration spells it (`func(dx int)`), parameters' names
//! and all.

use super::Lowerer;
use crate::go::types::Type;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Go's error for an update (`op=`, or `++`/`--` without `value`) of `target` if it is a
    /// method of its operand's type; whether it gave it.
    pub(super) fn method_updated(&mut self, n: Node, target: Node, value: Option<Node>) -> bool {
        let (Some(operand), Some(field)) = (
            target.child_by_field_name("operand"),
            target.child_by_field_name("field"),
        ) else {
            return false;
        };
        let Some(ty) = self.peek_type(operand) else {
            return false;
        };
        let member = self.text_of(field).to_string();
        let Some(at) = Self::methods_id(&ty)
            .and_then(|id| self.structs.methods.get(&(id, member)))
            .map(|m| m.at)
        else {
            return false;
        };
        let Some(func) = self.method_type_text(n, at) else {
            return false;
        };
        let text = self.expr_text(n);
        let cause = match value {
            None => format!("non-numeric type {func}"),
            Some(v) => {
                let (_, vt) = self.expr(v);
                let same = self.expr_text(v) == self.expr_text(target);
                // Go skips the operation then, and says only that the method takes no store.
                if vt == Type::Invalid {
                    let target = self.expr_text(target);
                    let message = format!(
                        "cannot assign to {target} (neither addressable nor a map index \
                         expression)"
                    );
                    self.error(n, message);
                    return true;
                }
                if vt == Type::Nil || same {
                    let sign = n
                        .child_by_field_name("operator")
                        .map_or("", |o| self.text_of(o));
                    let sign = sign.trim_end_matches('=').to_string();
                    let target = self.expr_text(target);
                    let message = format!(
                        "invalid operation: operator {sign} not defined on {target} (value of \
                         type {func})"
                    );
                    self.error(n, message);
                    return true;
                }
                let vt = vt.spelled(self.spelling());
                format!("mismatched types {func} and {vt}")
            }
        };
        self.error(n, format!("invalid operation: {text} ({cause})"));
        true
    }

    /// A method's type as Go spells it, from its declaration in `n`'s file whose name Go
    /// places at `at`: `func(a int, b int) (x int, err error)`.
    fn method_type_text(&self, n: Node, at: (usize, usize)) -> Option<String> {
        let mut root = n;
        while let Some(up) = root.parent() {
            root = up;
        }
        let mut cursor = root.walk();
        let decl = root.named_children(&mut cursor).find(|d| {
            d.kind() == "method_declaration"
                && d.child_by_field_name("name")
                    .is_some_and(|m| self.at(m) == at)
        })?;
        let params = self.params_text(decl.child_by_field_name("parameters")?);
        let result = match decl.child_by_field_name("result") {
            Some(r) if r.kind() == "parameter_list" => format!(" {}", self.params_text(r)),
            Some(r) => format!(" {}", self.expr_text(r)),
            None => String::new(),
        };
        Some(format!("func{params}{result}"))
    }

    /// `(a, b int, s ...string)` as Go spells it in a type: `(a int, b int, s ...string)`.
    fn params_text(&self, list: Node) -> String {
        let mut parts = Vec::new();
        let mut cursor = list.walk();
        for p in list.named_children(&mut cursor) {
            let Some(ty) = p.child_by_field_name("type") else {
                continue;
            };
            let ty = self.expr_text(ty);
            let dots = if p.kind() == "variadic_parameter_declaration" {
                "..."
            } else {
                ""
            };
            let mut names = p.walk();
            let names: Vec<&str> = p
                .children_by_field_name("name", &mut names)
                .map(|n| self.text_of(n))
                .collect();
            if names.is_empty() {
                parts.push(format!("{dots}{ty}"));
            }
            for name in names {
                parts.push(format!("{name} {dots}{ty}"));
            }
        }
        format!("({})", parts.join(", "))
    }
}

//! An assignment to a library package's variable: `flag.Usage = func() {...}` runs; another
//! (`os.Args = ...`) is refused in one line, its right side's names counted as used, or is
//! Go's `undefined` for a name the package does not have; one to a constant (`math.Pi = 3`)
//! is Go's error.

use super::Lowerer;
use super::scope::Resolved;
use syncscope_program::Block;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Whether one of `targets` is `package.Name`; if so it is said, once, and the whole
    /// assignment `n` is not run.
    pub(super) fn assigns_package_var(
        &mut self,
        n: Node,
        targets: &[Node],
        values: &[Node],
        out: &mut Block,
    ) -> bool {
        if let ([target], [value]) = (targets, values)
            && let Some(stmt) = self.flag_set_usage(*target, *value)
        {
            self.push_all(n, vec![stmt], out);
            return true;
        }
        let Some((target, package, member)) = targets.iter().find_map(|t| {
            let operand = t.child_by_field_name("operand")?;
            let field = t.child_by_field_name("field")?;
            if t.kind() != "selector_expression" || operand.kind() != "identifier" {
                return None;
            }
            let name = self.text_of(operand).to_string();
            let Resolved::Package(p) = self.resolve(&name, true) else {
                return None;
            };
            self.use_local(&name);
            Some((*t, p, self.text_of(field).to_string()))
        }) else {
            return false;
        };
        if let ("flag", "Usage", [_], [value]) =
            (package.as_str(), member.as_str(), targets, values)
        {
            let stmt = self.flag_usage_set(*value);
            self.push_all(n, vec![stmt], out);
        } else if let Some((_, crate::go::types::Type::Untyped(_))) =
            self.lib_value(&package, &member)
        {
            // Go 1.26's first word on assigning to a constant (`md5.Size = 3`).
            let field = target.child_by_field_name("field").unwrap_or(target);
            let written = self.written_package(field, &package);
            self.error(target, format!("use of package {written} not in selector"));
            self.used_in(n);
        } else if super::packages::exported(&package, &member) {
            self.unsupported(n, &format!("assigning to {package}.{member}"));
        } else {
            let field = target.child_by_field_name("field").unwrap_or(target);
            let written = self.written_package(field, &package);
            self.error(
                field,
                super::packages::undefined(&written, &package, &member),
            );
            self.used_in(n);
        }
        true
    }
}

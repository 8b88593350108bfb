//! `errors.AsType[T](err)`, new in Go 1.26: the first error in `err`'s chain that is a `T`,
//! and whether there was one, as `errors.As` finds it.

use super::Lowerer;
use super::iface::{ERROR, iface};
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The call, if `callee` is `errors.AsType[T]`.
    pub(super) fn errors_as_type(
        &mut self,
        n: Node,
        callee: Node,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        if callee.kind() != "generic_type" {
            return None;
        }
        let name = callee.child_by_field_name("type")?;
        if self.canonical(self.text_of(name)) != "errors.AsType" {
            return None;
        }
        let list = callee.child_by_field_name("type_arguments")?;
        let written: Vec<Node> = children(list).filter(|c| c.is_named()).collect();
        self.use_package("errors");
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let error = iface(ERROR, "error");
        // Go's compiler does not hold a module of an older Go to the library of its version
        // (only vet does): no check of `lang` here.
        let [t] = written.as_slice() else {
            for a in args {
                self.used_in(*a);
            }
            self.unsupported(list, "errors.AsType with other than one type argument");
            return Some(invalid);
        };
        // The grammar wraps a type argument in a `type_elem`.
        let t = match t.kind() {
            "type_elem" => t.named_child(0).unwrap_or(*t),
            _ => *t,
        };
        let ty = self.type_of(t);
        let err = self
            .args_as(n, args, std::slice::from_ref(&error), &full)
            .pop();
        if ty == Type::Invalid {
            return Some(invalid);
        }
        if !matches!(ty, Type::Iface(..))
            && let Some(why) = self.missing_method(&ty, ERROR)
        {
            let text = ty.spelled(self.spelling());
            self.error(t, format!("{text} does not satisfy error ({why})"));
            return Some(invalid);
        }
        let err = err?;
        let to = self.assert_to(&ty);
        let zero = self.zero_of(&ty, "_");
        let e = Expr::ErrorsAsType {
            err: Box::new(err),
            to,
            zero: Box::new(zero),
        };
        Some((e, Type::Tuple(vec![ty, Type::Bool])))
    }
}

impl Lowerer<'_> {
    /// `errors.AsType[T](err)` as the grammar reads it: a conversion to a generic type.
    pub(super) fn errors_as_type_conversion(&mut self, n: Node) -> Option<(Expr, Type)> {
        let ty = n.child_by_field_name("type")?;
        let operand = n.child_by_field_name("operand")?;
        self.errors_as_type(n, ty, &[operand])
    }
}

impl Lowerer<'_> {
    /// Whether `n` is `errors.AsType[T](err)`, which gives two values.
    pub(super) fn is_errors_as_type(&self, n: Node) -> bool {
        let callee = match n.kind() {
            "type_conversion_expression" => n.child_by_field_name("type"),
            "call_expression" => n.child_by_field_name("function"),
            _ => None,
        };
        callee
            .filter(|c| c.kind() == "generic_type")
            .and_then(|c| c.child_by_field_name("type"))
            .is_some_and(|t| self.canonical(self.text_of(t)) == "errors.AsType")
    }
}

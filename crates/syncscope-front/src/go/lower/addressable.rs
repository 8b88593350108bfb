//! Go calls a pointer method of a value through its address, which a composite literal, a
//! call's result and a map's element do not have: `Pair{1, 2}.Both()` is Go's error
//! `cannot call pointer method Both on Pair`, not a call on a copy.

use super::Lowerer;
use crate::go::types::Type;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Whether `n` surely has no address: a composite literal, a call's result, a map's
    /// element, or a field of one of those reached without a pointer. (Where its type is
    /// not known here it is taken to have one.)
    fn surely_unaddressable(&mut self, n: Node) -> bool {
        match n.kind() {
            "parenthesized_expression" => n
                .named_child(0)
                .is_some_and(|inner| self.surely_unaddressable(inner)),
            "composite_literal" | "call_expression" => true,
            "index_expression" => n
                .child_by_field_name("operand")
                .is_some_and(|of| matches!(self.peek_type(of), Some(Type::Map(..)))),
            "selector_expression" => {
                let Some(of) = n.child_by_field_name("operand") else {
                    return false;
                };
                if of.kind() == "composite_literal" {
                    return true;
                }
                match self.peek_type(of) {
                    Some(Type::Pointer(_)) | None => false,
                    Some(_) => self.surely_unaddressable(of),
                }
            }
            _ => false,
        }
    }

    /// Go's error, at the method's name, if `callee` (`x.m`) takes pointer method `m` of a
    /// value `x` of type `ty` that has no address; whether it gave it.
    pub(super) fn pointer_method_of_unaddressable(
        &mut self,
        callee: Node,
        ty: &Type,
        member: &str,
    ) -> bool {
        let (Some(operand), Some(field)) = (
            callee.child_by_field_name("operand"),
            callee.child_by_field_name("field"),
        ) else {
            return false;
        };
        if matches!(ty, Type::Pointer(_)) || !self.surely_unaddressable(operand) {
            return false;
        }
        let ty = ty.spelled(self.spelling());
        self.error(
            field,
            format!("cannot call pointer method {member} on {ty}"),
        );
        true
    }
}

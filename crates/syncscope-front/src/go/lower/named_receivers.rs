//! Methods of a declared basic type with a pointer receiver (`func (c *Counter) Inc()`):
//! `c.Inc()` on a variable passes `&c`, as Go does, and a value method called through a
//! `*Counter` gets what it points to.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// What a method of a declared basic type gets as its receiver, `recv` of type `ty`
    /// written as `callee`'s operand; `pointer` if the method's receiver is a pointer.
    pub(super) fn named_receiver(
        &mut self,
        callee: Node,
        recv: Expr,
        ty: &Type,
        pointer: bool,
    ) -> Expr {
        match (ty, pointer) {
            // A declared array type's value is copied, as Go copies a receiver.
            (Type::Pointer(inner), false) => {
                super::fields::copied(Expr::Load(Box::new(recv)), inner)
            }
            (Type::Pointer(_), true) => recv,
            (_, false) => super::fields::copied(recv, ty),
            (_, true) => {
                if let Some(p) = self.var_ref(&recv) {
                    if let Some(operand) = callee.child_by_field_name("operand") {
                        self.follow_address(&recv, operand);
                    }
                    return p;
                }
                let at = callee.child_by_field_name("field").unwrap_or(callee);
                if super::arrays::addressable(&recv) {
                    self.unsupported(at, "pointer methods of fields and elements of basic types");
                } else {
                    let member = self.text_of(at).to_string();
                    let spelled = ty.spelled(self.spelling()).to_string();
                    let message = format!("cannot call pointer method {member} on {spelled}");
                    self.error(at, message);
                }
                recv
            }
        }
    }

    /// Whether a value of `ty` in an interface is a pointer to a declared basic type with
    /// value methods: the run-time method table reads those through struct pointers only.
    pub(super) fn named_pointer_boxed(&self, ty: &Type) -> bool {
        let Type::Pointer(inner) = ty else {
            return false;
        };
        let Type::Named(id, ..) = inner.as_ref() else {
            return false;
        };
        self.structs
            .methods
            .iter()
            .any(|((s, _), m)| s == id && !m.pointer)
    }

    /// Whether `fmt` prints a pointer to a declared basic type by its `String()` or
    /// `Error()` of a pointer receiver, as it does, rather than as an address no run repeats.
    pub(super) fn named_pointer_printed(&self, ty: &Type) -> bool {
        matches!(ty, Type::Pointer(inner) if matches!(inner.as_ref(), Type::Named(..)))
            && self.has_text(ty)
            && !self.named_pointer_boxed(ty)
    }
}

//! A call of a struct's field of function type (`j.cancel()`, a context's cancel function
//! kept beside it): the field's value called, as Go calls it.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::Expr;

impl Lowerer<'_> {
    /// The field `member` of the struct `recv` (of type `ty`, or a pointer to it) when it
    /// holds a function: its value and type.
    pub(super) fn func_field(&self, ty: &Type, recv: Expr, member: &str) -> Option<(Expr, Type)> {
        let id = Self::struct_of(ty)?;
        let fields = &self.structs.defs.get(id)?.fields;
        let i = fields.iter().position(|(f, _)| f == member)?;
        // Of a declared function type too (`check Check`).
        let fty = &fields[i].1;
        matches!(fty.under(), Type::Func(..)).then(|| (Expr::Field(Box::new(recv), i), fty.clone()))
    }

    /// The type of `ty`'s own field `member`, if it has one (called, Go's "not a function").
    pub(super) fn field_type(&self, ty: &Type, member: &str) -> Option<Type> {
        let id = Self::struct_of(ty)?;
        let fields = &self.structs.defs.get(id)?.fields;
        fields
            .iter()
            .find(|(f, _)| f == member)
            .map(|(_, t)| t.clone())
    }
}

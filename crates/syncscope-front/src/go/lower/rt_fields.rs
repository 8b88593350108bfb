//! The fields a struct's run-time type carries, for `%+v` (`{x:1 y:2}`) and `%#v`.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::iface::RtField;

impl Lowerer<'_> {
    /// The fields of the struct `ty` is or points to (none for another type), each with its
    /// type: `%+v` names a struct field's fields too, `%#v` every field's type.
    pub(super) fn rt_fields(&mut self, ty: &Type) -> Vec<RtField> {
        let Some(id) = Self::struct_of(ty) else {
            return Vec::new();
        };
        let fields = self.structs.defs[id].fields.clone();
        fields
            .iter()
            .map(|(name, field)| RtField {
                name: name.as_str().into(),
                ty: Some(self.rt_id(field)),
            })
            .collect()
    }

    /// The type of what a slice, an array or a map of `ty` holds, in the program's table;
    /// of a pointer to one, the type pointed to, which `fmt` prints after `&`.
    pub(super) fn rt_elem(&mut self, ty: &Type) -> Option<usize> {
        match ty {
            Type::Named(_, _, under) => self.rt_elem(under),
            Type::Slice(t) | Type::Array(_, t) | Type::Map(_, t) => Some(self.rt_id(t)),
            Type::Pointer(t)
                if matches!(t.under(), Type::Slice(_) | Type::Array(..) | Type::Map(..)) =>
            {
                Some(self.rt_id(t))
            }
            _ => None,
        }
    }
}

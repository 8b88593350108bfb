//! The field names a struct's run-time type carries, for `%+v` (`{x:1 y:2}`).

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::iface::RtField;

impl Lowerer<'_> {
    /// The fields of the struct `ty` is or points to (none for another type); a field that
    /// is itself a struct names its own type, since `%+v` names its fields too.
    pub(super) fn rt_fields(&mut self, ty: &Type) -> Vec<RtField> {
        let Some(id) = Self::struct_of(ty) else {
            return Vec::new();
        };
        let fields = self.structs.defs[id].fields.clone();
        fields
            .iter()
            .map(|(name, field)| RtField {
                name: name.as_str().into(),
                ty: matches!(field, Type::Struct(..)).then(|| self.rt_id(field)),
            })
            .collect()
    }
}

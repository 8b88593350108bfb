//! `==` and `!=` of two structs of one type: equal when every field is, as Go compares them.
//! Run only for structs of plain fields; a lock, map, slice or function inside stays refused.

use super::Lowerer;
use crate::go::types::Type;

impl Lowerer<'_> {
    /// Whether `ty` is a struct whose values syncscope compares field by field.
    pub(super) fn plain_struct(&self, ty: &Type) -> bool {
        self.plain(ty, 0) && matches!(ty, Type::Struct(..))
    }

    fn plain(&self, ty: &Type, depth: usize) -> bool {
        match ty {
            Type::Struct(id, _) if depth < 16 => self.structs.defs[*id]
                .fields
                .iter()
                .all(|(_, f)| self.plain(f, depth + 1)),
            Type::Named(_, _, u) => self.plain(u, depth),
            Type::Int
            | Type::F32
            | Type::F64
            | Type::Str
            | Type::Bool
            | Type::Duration
            | Type::Rune
            | Type::Byte
            | Type::Sized(_)
            | Type::Pointer(_)
            | Type::Chan(..) => true,
            _ => false,
        }
    }
}

/// The first field of struct `ty` that Go cannot compare (`[]string`, a map, a func, or a
/// struct or array holding one), which makes the struct's `==` Go's compile error.
pub(super) fn incomparable_field(l: &Lowerer, ty: &Type) -> Option<Type> {
    let Type::Struct(id, _) = ty else {
        return None;
    };
    l.structs.defs[*id]
        .fields
        .iter()
        .find(|(_, f)| !comparable(l, f, 0))
        .map(|(_, f)| f.clone())
}

fn comparable(l: &Lowerer, ty: &Type, depth: usize) -> bool {
    match ty {
        Type::Slice(_) | Type::Map(..) | Type::Func(..) => false,
        Type::Struct(id, _) if depth < 16 => l.structs.defs[*id]
            .fields
            .iter()
            .all(|(_, f)| comparable(l, f, depth + 1)),
        Type::Array(_, e) => comparable(l, e, depth + 1),
        Type::Named(_, _, u) => comparable(l, u, depth + 1),
        _ => true,
    }
}

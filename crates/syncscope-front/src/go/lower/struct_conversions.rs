//! Struct types with the same fields: Go converts between them (`point(e)`), and a struct
//! type written in place goes where a declared one with its fields is wanted and back
//! (`var p point = struct{ x, y int }{1, 2}`). The value is copied; its fields are the same.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Whether `a` and `b` are struct types with the same fields, in the same order, of the
    /// same types, embedded alike.
    pub(super) fn same_fields(&self, a: &Type, b: &Type) -> bool {
        let (Type::Struct(a, _), Type::Struct(b, _)) = (a.under(), b.under()) else {
            return false;
        };
        let (Some(a), Some(b)) = (self.structs.defs.get(*a), self.structs.defs.get(*b)) else {
            return false;
        };
        a.underlying.is_none()
            && b.underlying.is_none()
            && a.fields == b.fields
            && a.embedded == b.embedded
    }

    /// The struct type the file declares as `name`, if it declares one.
    pub(super) fn struct_named(&self, name: &str) -> Option<Type> {
        let &id = self.structs.by_name.get(name)?;
        let ty = self.declared_type(id);
        matches!(ty, Type::Struct(..)).then_some(ty)
    }

    /// Whether a value of type `from` may go where a `to` is wanted: Go's rules, where a
    /// struct type written in place and a declared one with its fields are one.
    pub(super) fn assignable_here(&self, from: &Type, to: &Type) -> bool {
        let in_place = |t: &Type| matches!(t, Type::Struct(_, name) if name.starts_with("struct{"));
        from.assignable_to(to) || (in_place(from) || in_place(to)) && self.same_fields(from, to)
    }

    /// `T(x)` of a struct type `T`: `x` a struct of the same fields.
    pub(super) fn struct_conversion(&mut self, n: Node, args: &[Node], to: Type) -> (Expr, Type) {
        let to_text = to.spelled(self.spelling()).to_string();
        let [arg] = args else {
            let message = match args.last() {
                Some(_) => format!("too many arguments in conversion to {to_text}"),
                None => format!("missing argument in conversion to {to_text}"),
            };
            for a in args {
                self.expr(*a);
            }
            self.error(*args.last().unwrap_or(&n), message);
            return (Expr::int(0), Type::Invalid);
        };
        let (e, from) = self.value(*arg);
        if from == Type::Invalid {
            return (e, Type::Invalid);
        }
        if from != to && !self.same_fields(&from, &to) {
            let text = self.described(*arg, &e, &from);
            self.error(*arg, format!("cannot convert {text} to type {to_text}"));
            return (e, Type::Invalid);
        }
        // The value was copied as it was read.
        (e, to)
    }
}

//! The values `fmt` prints: one whose type has methods goes as an interface value, so that
//! its `Error()` or `String()` is called and `%T` names it. Go's `fmt` calls them inside
//! slices, maps and exported fields too: syncscope calls them for the elements of a slice or
//! array, the values of a map and the exported fields of a struct printed whole, not yet
//! deeper or through a pointer.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `e`, of type `ty`, as an operand of `fmt` at `n`.
    pub(super) fn printed(&mut self, n: Node, e: Expr, ty: &Type) -> Expr {
        // Go prints a Map's internals, which syncscope's handle does not have.
        if super::sync_map::is_sync_map(ty) || super::pool::is_pool(ty) {
            self.unsupported(n, &format!("printing a {ty}"));
            return e;
        }
        if *ty == Type::Location {
            self.location_printed(n);
        }
        if let Some(boxed) = self.sharp_v_operand(n, &e, ty) {
            return boxed;
        }
        let promoted = ["String", "Error"]
            .iter()
            .any(|m| self.promoted_method(Expr::int(0), ty, m).is_some());
        if promoted {
            self.unsupported(
                n,
                "printing a value whose String or Error method is promoted",
            );
        } else if !self.has_text(ty)
            && let Some(part) = self.texty_part(ty, true, &mut Vec::new())
        {
            // A value with its own method is printed by it alone.
            let what = format!("printing a {ty} holding a {part}, whose String or Error fmt calls");
            self.unsupported(n, &what);
        }
        match ty {
            // A regexp prints its pattern, a location its name, and `%T` names its type.
            Type::Struct(..)
            | Type::Pointer(_)
            | Type::Named(..)
            | Type::Regexp
            | Type::Location => Expr::ToIface(self.rt_id(ty), Box::new(e)),
            // `%T` names the declared types in it: `[]main.Stage`.
            t if t.is_literal() && super::named_composite::mentions_declared(t) => {
                Expr::ToIface(self.rt_id(ty), Box::new(e))
            }
            // `%T` of an `int32` or `[]int64` says so, though the value is held as an int.
            t if mentions_sized(t) => Expr::ToIface(self.rt_id(ty), Box::new(e)),
            // An empty slice or map holds no element to tell its type by: the type goes with
            // it, for `%T` to name it and `%s` to print an empty `[]byte` as empty text.
            Type::Slice(_) | Type::Map(..) | Type::Array(..) => {
                Expr::ToIface(self.rt_id(ty), Box::new(e))
            }
            _ => e,
        }
    }

    /// Whether `fmt` calls a method of a value of `ty` to print it.
    pub(super) fn has_text(&self, ty: &Type) -> bool {
        let Some(id) = Self::methods_id(ty) else {
            return false;
        };
        let through_pointer = matches!(ty, Type::Pointer(_));
        ["String", "Error"].iter().any(|m| {
            self.structs
                .methods
                .get(&(id, m.to_string()))
                .is_some_and(|method| through_pointer || !method.pointer)
        })
    }

    /// A type inside `ty` (`top`: not `ty` itself) whose method `fmt` would call.
    fn texty_part(&self, ty: &Type, top: bool, seen: &mut Vec<usize>) -> Option<Type> {
        if !top && self.has_text(ty) {
            return Some(ty.clone());
        }
        match ty {
            // The elements of a slice or array printed whole are each printed by their
            // method at run time (`[]State` prints `[idle busy]`).
            Type::Slice(e) | Type::Array(_, e) if top && self.has_text(e) => None,
            // Elements that are structs have their exported fields printed by their methods.
            Type::Slice(e) | Type::Array(_, e) if top && Self::struct_of(e).is_some() => {
                self.field_part(e, true, seen)
            }
            Type::Named(_, _, u) if top && matches!(**u, Type::Slice(_) | Type::Array(..)) => {
                self.texty_part(u, true, seen)
            }
            Type::Slice(e) => self.texty_part(e, false, seen),
            // A map's values are printed by their method at run time, not yet its keys.
            Type::Map(k, v) if top && self.has_text(v) => self.texty_part(k, false, seen),
            Type::Map(k, v) => self
                .texty_part(k, false, seen)
                .or_else(|| self.texty_part(v, false, seen)),
            // A pointer inside is printed as its address.
            Type::Pointer(_) if !top => None,
            Type::Struct(..) | Type::Pointer(_) => {
                self.field_part(ty, top && !matches!(ty, Type::Pointer(_)), seen)
            }
            _ => None,
        }
    }

    /// A type inside the exported fields of the struct `ty` is or points to whose method
    /// `fmt` would call; with `shown`, a field's own method is called at run time (the
    /// struct is printed whole, not through a pointer), and only what is deeper counts.
    fn field_part(&self, ty: &Type, shown: bool, seen: &mut Vec<usize>) -> Option<Type> {
        let id = Self::struct_of(ty)?;
        if seen.contains(&id) {
            return None;
        }
        seen.push(id);
        let fields = self.structs.defs[id].fields.clone();
        // Go's fmt reaches only the exported fields' methods.
        fields
            .iter()
            .filter(|(name, _)| name.starts_with(|c: char| c.is_uppercase()))
            .find_map(|(_, f)| match shown && self.has_text(f) {
                true => None,
                false => self.texty_part(f, false, seen),
            })
    }
}

/// Whether `ty` is or holds a sized integer type (`int32`, `int64`, ...).
fn mentions_sized(ty: &Type) -> bool {
    match ty {
        Type::Sized(_) => true,
        Type::Slice(t) | Type::Array(_, t) | Type::Pointer(t) => mentions_sized(t),
        Type::Map(k, v) => mentions_sized(k) || mentions_sized(v),
        _ => false,
    }
}

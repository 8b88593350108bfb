//! Fields: read through a struct or a pointer to one (Go's auto-dereference), written
//! with `=`, `op=` and `++`; and `&` of a struct.

use super::Lowerer;
use crate::go::types::{Type, Untyped, converted};
use syncscope_program::{BinOp, Block, Expr, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `x.f` of a struct or a pointer to one: the operand, the field's number and type.
    /// `assigned`: `x.f = v` writes it, which Go refuses of a method.
    pub(super) fn field_of(&mut self, n: Node, assigned: bool) -> Option<(Expr, usize, Type)> {
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        let (recv, ty) = self.expr(operand);
        if ty == Type::Invalid {
            return None;
        }
        let member = self.text_of(field).to_string();
        let found = Self::struct_of(&ty).and_then(|id| {
            let fields = &self.structs.defs[id].fields;
            fields
                .iter()
                .position(|(f, _)| *f == member)
                .map(|i| (i, fields[i].1.clone()))
        });
        let method = Self::struct_of(&ty)
            .is_some_and(|id| self.structs.methods.contains_key(&(id, member.clone())));
        // A library struct's own fields (`url.Userinfo`'s `username`) are not the file's.
        let unexported = member.starts_with(|c: char| !c.is_uppercase())
            && Self::struct_of(&ty).is_some_and(|id| library_type(&self.structs.defs[id].name));
        match found {
            Some(_) if unexported => {
                let full = self.expr_text(n);
                let text = if self.differs_in_case(&ty, &member).is_empty() {
                    format!("{full} undefined (cannot refer to unexported field {member})")
                } else {
                    self.no_field_or_method(&full, &ty, &member)
                };
                self.error(field, text);
                None
            }
            Some((i, fty)) => {
                self.structs.last_field = Self::struct_of(&ty).map(|id| (id, i));
                Some((recv, i, fty))
            }
            None if let Some(promoted) = self.promoted_field(recv.clone(), &ty, &member) => {
                Some(promoted)
            }
            None if method && assigned => {
                let full = self.expr_text(n);
                let message = format!(
                    "cannot assign to {full} (neither addressable nor a map index expression)"
                );
                self.error(n, message);
                None
            }
            None if method => {
                self.unsupported(n, "method values (a method used other than in a call)");
                None
            }
            None => {
                let full = self.expr_text(n);
                self.error(field, self.no_field_or_method(&full, &ty, &member));
                None
            }
        }
    }

    /// `x.f` as a value.
    pub(super) fn field_read(&mut self, n: Node) -> (Expr, Type) {
        match self.field_of(n, false) {
            Some((recv, i, ty)) => (Expr::Field(Box::new(recv), i), ty),
            None => (Expr::int(0), Type::Invalid),
        }
    }

    /// `&x`: of a struct literal or a struct variable.
    pub(super) fn address_of(&mut self, n: Node, operand: Node) -> (Expr, Type) {
        let (e, ty) = self.expr(operand);
        match ty {
            Type::Struct(..) => (Expr::AddrOf(Box::new(e)), Type::Pointer(Box::new(ty))),
            ref t
                if super::buffer_ptrs::text_holder(t) && operand.kind() == "composite_literal" =>
            {
                (self.fresh_text(e), Type::Pointer(Box::new(ty)))
            }
            // `&IntHeap{5, 2}`: a new variable of a slice or map type, as `new` makes one.
            ref t
                if super::pointers::held(t)
                    && operand.kind() == "composite_literal"
                    && matches!(t.under(), Type::Slice(_) | Type::Map(..)) =>
            {
                let name = self.made_name("literal");
                (
                    self.fresh_pointee(t, Some(e), &name),
                    Type::Pointer(Box::new(ty)),
                )
            }
            // A WaitGroup, lock, Pool or atomic is a handle at run time: its pointer is the
            // handle.
            Type::WaitGroup
            | Type::Mutex
            | Type::RwMutex
            | Type::Pool
            | Type::SyncMap
            | Type::Atomic(_) => (e, Type::Pointer(Box::new(ty))),
            ref t
                if super::pointers::held(t)
                    && let Some(p) = self.var_ref(&e) =>
            {
                self.follow_address(&e, operand);
                (p, Type::Pointer(Box::new(ty)))
            }
            // `&s.f`: written through, the field is one the race detector follows.
            ref t if super::pointers::basic(t) && matches!(e, Expr::Field(..)) => {
                if let Some(written) = self.structs.last_field.take() {
                    self.structs.written_fields.insert(written);
                }
                let Expr::Field(x, i) = e else {
                    return (Expr::int(0), Type::Invalid);
                };
                (Expr::FieldAddr(x, i), Type::Pointer(Box::new(ty)))
            }
            // `&s[i]`: the element where it lives, in a slice's or an array's backing array.
            ref t if super::pointers::held(t) && self.element_of_slice_or_array(operand) => match e
            {
                Expr::Index(of, i) if !matches!(*of, Expr::Global(_)) => {
                    (Expr::ElemAddr(of, i), Type::Pointer(Box::new(ty)))
                }
                _ => {
                    self.unsupported(n, "pointers to a package slice's elements");
                    (Expr::int(0), Type::Invalid)
                }
            },
            Type::Invalid => (e, Type::Invalid),
            other => {
                self.unsupported(n, &format!("pointers to {other}"));
                (e, Type::Invalid)
            }
        }
    }

    /// Whether `operand` is `s[i]` of a slice or an array (not a map's, which has no address,
    /// nor a string's byte).
    fn element_of_slice_or_array(&mut self, operand: Node) -> bool {
        operand.kind() == "index_expression"
            && operand
                .child_by_field_name("operand")
                .and_then(|of| self.peek_type(of))
                .is_some_and(|t| matches!(t, Type::Slice(_) | Type::Array(..)))
    }

    /// `*p` of a pointer to a struct.
    pub(super) fn deref(&mut self, operand: Node) -> (Expr, Type) {
        let (e, ty) = self.expr(operand);
        match ty {
            Type::Pointer(inner) if super::pointers::held(&inner) => {
                (Expr::Load(Box::new(e)), *inner)
            }
            Type::Pointer(inner) => (Expr::Deref(Box::new(e)), *inner),
            Type::Invalid => (e, Type::Invalid),
            other => {
                let text = self.described(operand, &e, &other);
                self.error(
                    operand,
                    format!("invalid operation: cannot indirect {text}"),
                );
                (e, Type::Invalid)
            }
        }
    }

    /// `x.f = v`, `x.f op= v`, `x.f++`: lowered when `target` is a field.
    pub(super) fn field_store(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) {
        let errors = self.errors.len();
        let Some((recv, i, ty)) = self.field_of(target, op.is_none()) else {
            if op.is_none() {
                self.right_before_left(errors, value);
            }
            // What the right side uses counts as used, as Go counts it past the left's mistake.
            if let Some(v) = value {
                self.used_in(v);
            }
            return;
        };
        // A field some statement writes: the race detector follows its reads too.
        if let Some(written) = self.structs.last_field.take() {
            self.structs.written_fields.insert(written);
        }
        // The old value stands in the update and is read at run time.
        let Some(v) = self.stored_value(n, target, &ty, op, value, Expr::int(0)) else {
            return;
        };
        let kind = match (op, v) {
            (Some(op), Expr::Binary(_, _, v)) => StmtKind::UpdateField(recv, i, op, *v),
            (_, v) => StmtKind::SetField(recv, i, v),
        };
        let pc = self.mark(n);
        out.push(Stmt::new(kind, pc));
    }

    /// The value a store puts: `v`, or `old op v` (`old op 1` for `++`).
    pub(super) fn stored_value(
        &mut self,
        n: Node,
        target: Node,
        ty: &Type,
        op: Option<BinOp>,
        value: Option<Node>,
        old: Expr,
    ) -> Option<Expr> {
        if matches!(
            ty,
            Type::Mutex
                | Type::RwMutex
                | Type::WaitGroup
                | Type::Atomic(_)
                | Type::AtomicPointer(_)
                | Type::Once
        ) {
            self.unsupported(n, &format!("assigning a {ty}"));
            return None;
        }
        let Some(op) = op else {
            let v = match value {
                Some(v) => self.value_as(v, ty, "assignment"),
                None => converted(Expr::int(1), &Type::Untyped(Untyped::Int), ty),
            };
            return Some(v);
        };
        let v = self.update_operand(n, target, ty, op, value)?;
        Some(Expr::Binary(op, Box::new(old), Box::new(v)))
    }
}

/// A struct is copied where it is used as a value, as Go copies it; a new one needs no copy.
pub(super) fn copied(e: Expr, ty: &Type) -> Expr {
    let fresh = matches!(
        e,
        Expr::StructLit { .. } | Expr::Call(..) | Expr::CallValue(..)
    );
    match ty.under() {
        Type::Struct(..) if !fresh => Expr::CopyStruct(Box::new(e)),
        Type::Array(..) if !fresh && !matches!(e, Expr::ArrayLit { .. }) => {
            Expr::CopyArray(Box::new(e))
        }
        _ => e,
    }
}

/// Whether a struct's name is a library type's (`url.Userinfo`), not one of the file's or a
/// struct type written in place (`struct{ ... time.Duration }`).
fn library_type(name: &str) -> bool {
    name.split_once('.').is_some_and(|(package, ty)| {
        !package.is_empty()
            && package
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && !ty.is_empty()
            && ty.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}

//! Pointers to values of the basic types: `new(int)` makes a variable with no name, held as
//! a struct of one field would be, so that `*p`, `*p = v`, `*p op= v` and `*p++` through any
//! copy of the pointer, in any goroutine, are the race detector's reads and writes of that
//! one variable, and a `*p++` of two goroutines at once can lose an update.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{BinOp, Block, Expr, Place, Stmt, StmtKind};
use tree_sitter::Node;

/// What `field_globals` files a pointee's variable under: no struct has this number.
const POINTEE: usize = usize::MAX;

/// Whether a pointer to `ty` is one to a basic value, the field 0 of what it points to: of
/// a declared basic type too (`*Counter`).
pub(super) fn basic(ty: &Type) -> bool {
    // A declared composite type's variable is held so too: `*p = append(*p, x)`.
    if let Type::Named(_, _, under) = ty {
        return basic(under) || under.is_literal();
    }
    // A buffer's or builder's variable holds its text, as a string's does.
    super::buffer_ptrs::text_holder(ty)
        || matches!(ty, Type::Slice(_))
        || matches!(
            ty,
            Type::Int
                | Type::F32
                | Type::F64
                | Type::Str
                | Type::Bool
                | Type::Duration
                | Type::Sized(_)
                | Type::Rune
                | Type::Byte
        )
}

/// Whether a pointer to `ty` is held as one to a basic value: those and pointers to an
/// interface (`catchPanic(&err)`), a map, a channel, a function or a pointer (`**int`), which
/// only `*p` reads and writes. `json.Unmarshal(b, &m)` tells a map's pointer apart from a
/// basic one's.
pub(super) fn held(ty: &Type) -> bool {
    basic(ty)
        || matches!(
            ty.under(),
            Type::Iface(..) | Type::Map(..) | Type::Chan(..) | Type::Func(..) | Type::Pointer(_)
        )
}

/// Whether `ty` is a number, a string or a bool, or a type declared as one, whose pointer
/// fmt prints as an address (a `*time.Duration` has a `String` method fmt calls).
pub(super) fn scalar(ty: &Type) -> bool {
    match ty {
        Type::Named(_, _, under) => scalar(under),
        _ => matches!(
            ty,
            Type::Int
                | Type::F32
                | Type::F64
                | Type::Str
                | Type::Bool
                | Type::Sized(_)
                | Type::Rune
                | Type::Byte
        ),
    }
}

/// Whether `ty` is a WaitGroup or a lock, whose pointer is the handle it is at run time.
pub(super) fn sync(ty: &Type) -> bool {
    matches!(ty, Type::WaitGroup | Type::Mutex | Type::RwMutex)
}

impl Lowerer<'_> {
    /// `new(T)`: a new zero `T` (a struct, or a basic value) and a pointer to it; from Go
    /// 1.26 `new(v)` too, a new variable set to `v`.
    pub(super) fn new_call(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [t] = args else {
            return self.builtin_arity(n, args, 1);
        };
        let (value, ty) = if self.names_type(*t) {
            (None, self.type_of(*t))
        } else {
            if self.lang.0 < 26 {
                let text = self.expr_text(n);
                let lang = self.lang.0;
                let message = format!(
                    "{text} requires go1.26 or later (-lang was set to go1.{lang}; check go.mod)"
                );
                self.error(n, message);
                // Still a use of what it names.
                match t.kind() {
                    "type_identifier" => drop(self.name(*t)),
                    _ => self.used_in(*t),
                }
                return (Expr::int(0), Type::Invalid);
            }
            // The grammar reads `new(x)`'s operand as a type's name.
            let (e, ty) = match t.kind() {
                "type_identifier" => self.name(*t),
                _ => self.value(*t),
            };
            let to = ty.clone().defaulted();
            let e = crate::go::types::converted(e, &ty, &to);
            (Some(super::fields::copied(e, &to)), to)
        };
        let name = self.made_name("new");
        let made = match &ty {
            Type::Invalid => return (Expr::int(0), Type::Invalid),
            Type::Struct(..) => value.unwrap_or_else(|| self.zero_of(&ty, &name)),
            // An atomic is a handle at run time: its pointer is the handle.
            Type::Atomic(_) if value.is_none() => {
                let made = self.zero_of(&ty, &name);
                return (made, Type::Pointer(Box::new(ty)));
            }
            // A sync.Map is a handle at run time: its pointer is the handle.
            Type::SyncMap if value.is_none() => {
                let made = super::sync_map::made(self.hidden_var(&name));
                return (made, Type::Pointer(Box::new(ty)));
            }
            t if held(t) => {
                return (
                    self.fresh_pointee(t, value, &name),
                    Type::Pointer(Box::new(ty)),
                );
            }
            other => {
                self.unsupported(n, &format!("new({other})"));
                return (Expr::int(0), Type::Invalid);
            }
        };
        (Expr::AddrOf(Box::new(made)), Type::Pointer(Box::new(ty)))
    }

    /// `&x` of a variable lowered as `e`: a local one is kept in a cell from now on, a
    /// package one's reads are reported (a write through the pointer may come).
    pub(super) fn var_ref(&mut self, e: &Expr) -> Option<Expr> {
        Some(Expr::VarRef(match *e {
            Expr::Local(slot) => {
                if let Some(b) = self.ctx().boxed.get_mut(slot) {
                    *b = true;
                }
                Place::Local(slot)
            }
            Expr::Captured(i) => Place::Captured(i),
            Expr::Global(g) => {
                self.structs.field_globals.push((POINTEE, 0, g));
                Place::Global(g)
            }
            _ => return None,
        }))
    }

    /// A pointer to a new variable of `ty`, set to `value` or to the zero value: `new(T)`,
    /// `&T{...}` of a slice or map type.
    pub(super) fn fresh_pointee(&mut self, ty: &Type, value: Option<Expr>, name: &str) -> Expr {
        let var = self.hidden_var(&format!("*{name}"));
        self.structs
            .field_globals
            .push((POINTEE, 0, usize::from(var)));
        Expr::AddrOf(Box::new(Expr::StructLit {
            fields: vec![value.unwrap_or_else(|| ty.zero())],
            vars: vec![var],
        }))
    }

    /// Whether `new`'s operand names a type rather than a value.
    fn names_type(&mut self, t: Node) -> bool {
        match t.kind() {
            "identifier" | "type_identifier" => {
                let name = self.text_of(t).to_string();
                matches!(
                    self.resolve(&name, false),
                    super::scope::Resolved::Undefined
                )
            }
            "parenthesized_expression" => t.named_child(0).is_some_and(|x| self.names_type(x)),
            kind => kind.ends_with("_type"),
        }
    }

    /// `*p = v`, `*p op= v`, `*p++` of a pointer to a basic value, lowered if `target` is
    /// `*p`.
    pub(super) fn pointee_store(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) -> bool {
        if !is_pointee(target) {
            return false;
        }
        let errors = self.errors.len();
        let Some((p, inner)) = self.pointee_of(target) else {
            // Go reads a call on the right first: its mistake is the one said.
            if op.is_none() {
                self.right_before_left(errors, value);
            }
            if let Some(v) = value {
                self.used_in(v);
            }
            return true;
        };
        let Some(v) = self.stored_value(n, target, &inner, op, value, Expr::int(0)) else {
            return true;
        };
        let value = match (op, v) {
            (Some(_), Expr::Binary(_, _, v)) => *v,
            (_, v) => v,
        };
        let kind = StmtKind::Store { ptr: p, op, value };
        let pc = self.mark(n);
        out.push(Stmt::new(kind, pc));
        true
    }

    /// The pointer of a store's target `*p` and the type it points to; Go's words if it is
    /// no pointer.
    pub(super) fn pointee_of(&mut self, target: Node) -> Option<(Expr, Type)> {
        let operand = target.child_by_field_name("operand")?;
        let (p, ty) = self.expr(operand);
        match ty {
            Type::Pointer(inner) if held(&inner) => {
                // Some statement writes through a pointer: reads through one are reported.
                self.structs.written_fields.insert((POINTEE, 0));
                Some((p, *inner))
            }
            Type::Invalid => None,
            Type::Pointer(_) => {
                self.unsupported(target, "assigning through a struct pointer");
                None
            }
            other => {
                let text = self.described(operand, &p, &other);
                let message = format!("invalid operation: cannot indirect {text}");
                self.error(operand, message);
                None
            }
        }
    }
}

/// Whether a store's target is `*p`.
pub(super) fn is_pointee(target: Node) -> bool {
    target.kind() == "unary_expression"
        && target
            .child_by_field_name("operator")
            .is_some_and(|s| s.kind() == "*")
}

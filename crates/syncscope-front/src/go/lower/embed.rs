//! Embedded fields: `struct { sync.Mutex; ... }` and `struct { Base; ... }`. An embedded
//! field is a field named after its type; what Go promotes from it (its fields, its methods,
//! a Mutex's `Lock` and `Unlock`, a WaitGroup's `Add`, `Done` and `Wait`) is reached through
//! it, as `s.Lock()` is `s.Mutex.Lock()`.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

/// The methods of the sync types that a struct embedding one has.
const LOCK_METHODS: [&str; 7] = ["Lock", "Unlock", "RLock", "RUnlock", "Add", "Done", "Wait"];

impl Lowerer<'_> {
    /// An embedded field's name and type: `sync.Mutex` is a field `Mutex`.
    pub(super) fn embedded_field(&mut self, f: Node) -> Option<(String, Type)> {
        let t = f.child_by_field_name("type")?;
        let pointer = crate::go::syntax::children(f).any(|c| c.kind() == "*");
        if pointer || t.kind() == "pointer_type" {
            self.unsupported(f, "embedded pointers");
            return None;
        }
        let ty = self.type_of(t);
        // An embedded generic type's field is named for the type: `Stack` of `Stack[string]`.
        let text = self.text_of(t).split('[').next().unwrap_or_default();
        let name = text.rsplit('.').next().unwrap_or(text).to_string();
        match ty {
            // A declared type of another kind too (`type Celsius float64` in `struct{ Celsius;
            // ... }`): its methods are promoted as a struct's are.
            Type::Mutex | Type::RwMutex | Type::WaitGroup | Type::Struct(..) | Type::Named(..) => {
                Some((name, ty))
            }
            Type::Invalid => None,
            _ => {
                self.unsupported(f, &format!("embedded fields of type {ty}"));
                None
            }
        }
    }

    /// The path through the embedded fields of struct `id` to one that `want`s: the fields'
    /// numbers, the shallowest first, as Go's promotion finds it.
    fn promoted(&self, id: usize, want: &dyn Fn(&Self, &Type) -> bool) -> Option<Vec<usize>> {
        let def = self.structs.defs.get(id)?;
        let mut deeper = Vec::new();
        for &i in &def.embedded {
            let ty = &def.fields[i].1;
            if want(self, ty) {
                return Some(vec![i]);
            }
            if let Type::Struct(inner, _) = ty {
                deeper.push((i, *inner));
            }
        }
        for (i, inner) in deeper {
            if let Some(mut path) = self.promoted(inner, want) {
                path.insert(0, i);
                return Some(path);
            }
        }
        None
    }

    /// `x.f` of a field promoted from an embedded struct: the struct that holds it, the
    /// field's number and type.
    pub(super) fn promoted_field(
        &self,
        recv: Expr,
        ty: &Type,
        member: &str,
    ) -> Option<(Expr, usize, Type)> {
        let id = Self::struct_of(ty)?;
        let has = |l: &Self, t: &Type| {
            Self::struct_of(t)
                .is_some_and(|s| l.structs.defs[s].fields.iter().any(|(f, _)| f == member))
        };
        let path = self.promoted(id, &has)?;
        let (recv, holder) = self.walk(recv, id, &path);
        let Type::Struct(h, _) = holder else {
            return None;
        };
        let fields = &self.structs.defs[h].fields;
        let i = fields.iter().position(|(f, _)| f == member)?;
        Some((recv, i, fields[i].1.clone()))
    }

    /// `x.m` of a method promoted from an embedded struct, or a sync type's: the embedded
    /// value and its type.
    pub(super) fn promoted_method(
        &self,
        recv: Expr,
        ty: &Type,
        member: &str,
    ) -> Option<(Expr, Type)> {
        let id = Self::struct_of(ty)?;
        if self.structs.methods.contains_key(&(id, member.to_string())) {
            return None;
        }
        let has = |l: &Self, t: &Type| match t {
            Type::Struct(s, _) | Type::Named(s, ..) => {
                l.structs.methods.contains_key(&(*s, member.to_string()))
            }
            Type::Mutex => matches!(member, "Lock" | "Unlock"),
            Type::RwMutex => matches!(member, "Lock" | "Unlock" | "RLock" | "RUnlock"),
            Type::WaitGroup => matches!(member, "Add" | "Done" | "Wait"),
            _ => false,
        };
        let path = self.promoted(id, &has)?;
        Some(self.walk(recv, id, &path))
    }

    /// The fields `path` leads to from a value of struct `id`.
    fn walk(&self, mut recv: Expr, id: usize, path: &[usize]) -> (Expr, Type) {
        let mut ty = Type::Struct(id, self.structs.defs[id].name.clone());
        for &i in path {
            let Some(sid) = Self::struct_of(&ty) else {
                break;
            };
            recv = Expr::Field(Box::new(recv), i);
            ty = self.structs.defs[sid].fields[i].1.clone();
        }
        (recv, ty)
    }

    /// `s.Lock()` and the like of a struct that embeds the lock or WaitGroup: the statement
    /// on the embedded one.
    pub(super) fn promoted_lock(
        &mut self,
        call: Node,
        operand: Node,
        member: &str,
    ) -> Option<(super::stmt_calls::Builtin, Vec<Expr>)> {
        if !LOCK_METHODS.contains(&member) {
            return None;
        }
        if operand.kind() == "identifier" {
            let name = self.text_of(operand).to_string();
            if matches!(
                self.resolve(&name, true),
                super::scope::Resolved::Package(_)
            ) {
                return None;
            }
        }
        let (e, ty) = self.expr(operand);
        let (inner, inner_ty) = self.promoted_method(e, &ty, member)?;
        if !matches!(inner_ty, Type::Mutex | Type::RwMutex | Type::WaitGroup) {
            return None;
        }
        self.lock_call(call, operand, inner, &inner_ty, member)
    }
}

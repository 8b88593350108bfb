//! Types declared of a slice, map, function, channel or array type (`type Search func(string)
//! Result`, `type byLength []string`, `type Registry map[string]int`): like a declared basic
//! type, their values are the underlying type's and their methods are the file's, so a
//! `byLength` is a `sort.Interface` and a `HandlerFunc` satisfies an interface of its own.

use super::Lowerer;
use super::structs::StructDef;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

/// Whether a declaration of this kind of type is one of these.
pub(super) fn is_composite(kind: &str) -> bool {
    matches!(
        kind,
        "slice_type" | "map_type" | "function_type" | "channel_type" | "array_type"
    )
}

/// Whether a declaration names another type (`type Kelvin Celsius`, `type Timeout
/// time.Duration`): the new type takes that one's underlying type, not its methods.
pub(super) fn names_another(kind: &str, text: &str) -> bool {
    kind == "type_identifier" || kind == "qualified_type" && text == "time.Duration"
}

/// The underlying type a declaration of `named` takes: `None` for one syncscope does not
/// declare others of (a struct, an interface).
fn underlying_of(named: Type) -> Option<Type> {
    match named {
        Type::Named(_, _, u) => Some(*u),
        // A Duration's underlying type is int64; its `String` method stays with it.
        Type::Duration => Some(Type::Sized("int64")),
        Type::Struct(..) | Type::Iface(..) => None,
        basic => Some(basic),
    }
}

impl Lowerer<'_> {
    /// The underlying types of the file's declared composite types, once every type name is
    /// known. One may be made of another (`type Pipeline []Stage`): each pass settles one
    /// more level, the errors of the last pass alone kept.
    pub(super) fn composite_unders(&mut self, root: Node, hoisted: &[Node]) {
        let tops = children(root).filter(|n| n.kind() == "type_declaration");
        let mut pending: Vec<(usize, Node, Node, bool)> = Vec::new();
        for decl in tops.chain(hoisted.iter().copied()) {
            for spec in children(decl).filter(|c| c.kind() == "type_spec") {
                let (Some(name), Some(t)) = (
                    spec.child_by_field_name("name"),
                    spec.child_by_field_name("type"),
                ) else {
                    continue;
                };
                let other = names_another(t.kind(), self.text_of(t));
                if !(is_composite(t.kind()) || other)
                    || spec.child_by_field_name("type_parameters").is_some()
                {
                    continue;
                }
                let Some(&id) = self.structs.by_name.get(self.text_of(name)) else {
                    continue;
                };
                // A second declaration of the name is reported where the names are read.
                if self.structs.defs[id].at == self.at(name) {
                    pending.push((id, spec, t, other));
                }
            }
        }
        let mut refused = Vec::new();
        for pass in 0..=pending.len() {
            let mark = self.errors.len();
            refused.clear();
            for &(id, spec, t, other) in &pending {
                let under = self.type_of(t);
                let under = if other {
                    underlying_of(under).unwrap_or_else(|| {
                        refused.push(spec);
                        Type::Invalid
                    })
                } else {
                    under
                };
                self.structs.defs[id].underlying = Some(under);
            }
            if pass < pending.len() {
                self.errors.truncate(mark);
            }
        }
        for spec in refused {
            self.unsupported(spec, "types declared as another struct or interface type");
        }
        for (id, spec, _, _) in pending {
            let def: &StructDef = &self.structs.defs[id];
            if def.underlying.as_ref().is_some_and(|u| mentions(u, id)) {
                self.unsupported(spec, "types declared in terms of themselves");
                self.structs.defs[id].underlying = Some(Type::Invalid);
            }
        }
    }
}

/// Whether `ty` has a type the file declares in it.
pub(super) fn mentions_declared(ty: &Type) -> bool {
    match ty {
        Type::Named(..) | Type::Struct(..) => true,
        Type::Slice(t) | Type::Array(_, t) | Type::Chan(_, t) | Type::Pointer(t) => {
            mentions_declared(t)
        }
        Type::Map(k, v) => mentions_declared(k) || mentions_declared(v),
        Type::Func(ps, r) => ps.iter().chain(r.as_deref()).any(mentions_declared),
        _ => false,
    }
}

/// Whether `ty` has the declared type `id` in it.
fn mentions(ty: &Type, id: usize) -> bool {
    match ty {
        Type::Named(n, _, u) => *n == id || mentions(u, id),
        Type::Struct(n, _) => *n == id,
        Type::Slice(t) | Type::Array(_, t) | Type::Chan(_, t) | Type::Pointer(t) => mentions(t, id),
        Type::Variadic(t) => mentions(t, id),
        Type::Map(k, v) => mentions(k, id) || mentions(v, id),
        Type::Func(ps, r) => {
            ps.iter().any(|p| mentions(p, id)) || r.as_ref().is_some_and(|r| mentions(r, id))
        }
        _ => false,
    }
}

/// A declared composite type's values are used as its underlying type's: indexed, ranged,
/// sliced. Any other type is its own.
pub(super) fn peeled(ty: Type) -> Type {
    match ty {
        Type::Named(_, _, u) if u.is_literal() => *u,
        ty => ty,
    }
}

/// What is indexed: Go indexes an array through a pointer to it as the array itself
/// (`g[r][c] = v` in a method of `*Grid`).
pub(super) fn array_pointee(e: Expr, ty: Type) -> (Expr, Type) {
    match ty {
        Type::Pointer(inner) if matches!(inner.under(), Type::Array(..)) => {
            (Expr::Load(Box::new(e)), *inner)
        }
        ty => (e, ty),
    }
}

impl Lowerer<'_> {
    /// `IntList{1, 2}`, `Registry{"a": 1}`: the literal of what it is made of, of its type.
    pub(super) fn named_lit(&mut self, ty: &Type, body: Node) -> Option<(Expr, Type)> {
        let Type::Named(_, _, u) = ty else {
            return None;
        };
        if !matches!(**u, Type::Slice(_) | Type::Map(..) | Type::Array(..)) {
            return None;
        }
        let u = (**u).clone();
        Some((self.literal_element(body, &u), ty.clone()))
    }
}

impl Lowerer<'_> {
    /// What `make` makes of type `t`: a declared map, slice or channel type is made as the
    /// type it is made of, by the kind of its syntax.
    pub(super) fn made_kind(&self, t: Node) -> &'static str {
        let declared = match t.kind() {
            // A type parameter is made as the type bound to it is (`make(S, n)`).
            "type_identifier" => (self.generics.bound.get(self.text_of(t)).cloned())
                .or_else(|| self.named_type(self.text_of(t))),
            // The library's one declared map type.
            "qualified_type" if self.canonical(self.text_of(t)) == "url.Values" => {
                return "map_type";
            }
            // An instance of a generic type is made as its declaration's type is.
            "generic_type" => {
                let name = t
                    .child_by_field_name("type")
                    .map_or("", |n| self.text_of(n));
                let body = self.generics.types.get(name).and_then(|g| {
                    super::generic_types::spec_at(t, g.start)?.child_by_field_name("type")
                });
                return match body.map(|b| b.kind()) {
                    Some("map_type") => "map_type",
                    Some("slice_type") => "slice_type",
                    Some("channel_type") => "channel_type",
                    _ => "",
                };
            }
            _ => None,
        };
        match declared.as_ref().map(Type::under).unwrap_or(&Type::Invalid) {
            Type::Map(..) => "map_type",
            Type::Slice(_) => "slice_type",
            Type::Chan(..) => "channel_type",
            _ => match t.kind() {
                "map_type" => "map_type",
                "slice_type" => "slice_type",
                "channel_type" => "channel_type",
                _ => "",
            },
        }
    }
}

impl Lowerer<'_> {
    /// A receiver of a type written out (`func (s []int) Sum()`): Go's `invalid receiver
    /// type`, at the type (a function type's at its parameters), said if so.
    pub(super) fn invalid_receiver(&mut self, param: Node, ty: &Type) -> bool {
        let base = match ty {
            Type::Pointer(inner) => inner.as_ref(),
            t => t,
        };
        if !base.is_literal() {
            return false;
        }
        let mut at = param.child_by_field_name("type").unwrap_or(param);
        if at.kind() == "pointer_type" {
            at = at.named_child(0).unwrap_or(at);
        }
        if at.kind() == "function_type" {
            at = at.child_by_field_name("parameters").unwrap_or(at);
        }
        let spelled = ty.spelled(self.spelling());
        self.error(at, format!("invalid receiver type {spelled}"));
        true
    }
}

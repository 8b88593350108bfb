//! Struct types: their declarations, zero values and literals, fields read and written, and
//! `&`. A Mutex field is a lock of the program's, named after the variable and the field
//! (`c.mu`); a map or atomic field is a variable the race detector names the same way.

use super::Lowerer;
use super::decls::{field_all, specs};
use crate::go::syntax::{children, elements};
use crate::go::types::Type;
use std::collections::HashMap;
use std::sync::Arc;
use syncscope_program::{Expr, GlobalKind, Lit, PoolOp};
use tree_sitter::Node;

pub(super) struct StructDef {
    pub(crate) name: Arc<str>,
    pub(crate) fields: Vec<(String, Type)>,
    /// The fields that are embedded, by number.
    pub(crate) embedded: Vec<usize>,
    /// For a type of a basic type (`type Celsius float64`), that type; it has no fields.
    pub(crate) underlying: Option<Type>,
    /// Where its name is, for an error about the type as a whole.
    pub(crate) at: (usize, usize),
}

/// A method: its function, and whether its receiver is a pointer.
#[derive(Clone, Copy)]
pub(super) struct Method {
    pub(crate) func: usize,
    pub(crate) pointer: bool,
    /// Where its name is declared, as Go names the place.
    pub(crate) at: (usize, usize),
}

#[derive(Default)]
pub(super) struct Structs {
    pub(crate) defs: Vec<StructDef>,
    pub(crate) by_name: HashMap<String, usize>,
    pub(crate) methods: HashMap<(usize, String), Method>,
    /// Locals used by `atomic.AddInt64(&x, ...)` and the like: the race detector's variable.
    pub(crate) atomic_locals: HashMap<String, u16>,
    /// The variables of the fields of struct literals: struct, field, global.
    pub(crate) field_globals: Vec<(usize, usize, usize)>,
    /// The fields some statement writes, by struct and field.
    pub(crate) written_fields: std::collections::HashSet<(usize, usize)>,
    /// The struct and field the last field lowered is (a store's target, when it is one).
    pub(crate) last_field: Option<(usize, usize)>,
    /// Each field's tag as written (quotes and all), by struct and field: `encoding/json`
    /// reads it.
    pub(crate) tags: HashMap<(usize, usize), String>,
}

impl Structs {
    /// The fields' variables that some statement writes are `written`: their reads are
    /// reported for the race detector, as a package variable's are.
    pub(crate) fn mark_written(&self, globals: &mut [syncscope_program::Global]) {
        for &(id, field, g) in &self.field_globals {
            if let Some(global) = globals.get_mut(g) {
                global.written |= self.written_fields.contains(&(id, field));
            }
        }
    }
}

impl Lowerer<'_> {
    /// The file's type names, before any signature uses one.
    pub(super) fn struct_names(&mut self, root: Node, hoisted: &[Node]) {
        let tops = children(root).filter(|n| n.kind() == "type_declaration");
        for decl in tops.chain(hoisted.iter().copied()) {
            for spec in children(decl).filter(|c| c.kind().starts_with("type_")) {
                let (Some(name), Some(t)) = (
                    spec.child_by_field_name("name"),
                    spec.child_by_field_name("type"),
                ) else {
                    continue;
                };
                if spec.child_by_field_name("type_parameters").is_some() {
                    self.generic_type_decl(spec, name, t);
                    continue;
                }
                if spec.kind() == "type_spec" && t.kind() == "interface_type" {
                    self.iface_name(name);
                    continue;
                }
                let basic = super::named::basic_type(self.text_of(t));
                // Its underlying type is read once every name is known.
                let composite = super::named_composite::is_composite(t.kind())
                    || super::named_composite::names_another(t.kind(), self.text_of(t));
                let basic = basic.or(composite.then_some(Type::Invalid));
                if spec.kind() != "type_spec" || (t.kind() != "struct_type" && basic.is_none()) {
                    self.unsupported(
                        spec,
                        "type declarations other than of structs, interfaces and basic types",
                    );
                    continue;
                }
                let text = self.text_of(name).to_string();
                if self.structs.by_name.contains_key(&text) {
                    self.error(name, format!("{text} redeclared in this block"));
                    continue;
                }
                self.structs
                    .by_name
                    .insert(text.clone(), self.structs.defs.len());
                let at = self.at(name);
                self.structs.defs.push(StructDef {
                    name: text.into(),
                    fields: Vec::new(),
                    embedded: Vec::new(),
                    underlying: basic,
                    at,
                });
            }
        }
    }

    /// A struct declaration's fields.
    pub(super) fn type_decl(&mut self, decl: Node) {
        for spec in specs(decl, "type_spec") {
            let (Some(name), Some(t)) = (
                spec.child_by_field_name("name"),
                spec.child_by_field_name("type"),
            ) else {
                continue;
            };
            let Some(&id) = self.structs.by_name.get(self.text_of(name)) else {
                continue;
            };
            if t.kind() != "struct_type" {
                continue;
            }
            self.struct_fields(id, t);
        }
    }

    /// The fields of struct type `t`, the file's type number `id`.
    pub(super) fn struct_fields(&mut self, id: usize, t: Node) {
        let mut fields: Vec<(String, Type)> = Vec::new();
        let mut embedded = Vec::new();
        for list in children(t).filter(|c| c.kind() == "field_declaration_list") {
            for f in children(list).filter(|c| c.kind() == "field_declaration") {
                if let Some(tag) = f.child_by_field_name("tag") {
                    let tag = self.text_of(tag).to_string();
                    let count = field_all(f, "name").len().max(1);
                    for i in fields.len()..fields.len() + count {
                        self.structs.tags.insert((id, i), tag.clone());
                    }
                }
                let names = field_all(f, "name");
                if names.is_empty() {
                    if let Some((name, ty)) = self.embedded_field(f) {
                        embedded.push(fields.len());
                        fields.push((name, ty));
                    }
                    continue;
                }
                let ty = match f.child_by_field_name("type") {
                    Some(t) => self.type_of(t),
                    None => Type::Invalid,
                };
                for n in names {
                    let text = self.text_of(n).to_string();
                    if fields.iter().any(|(f, _)| *f == text) {
                        self.error(n, format!("{text} redeclared"));
                    }
                    fields.push((text, ty.clone()));
                }
            }
        }
        self.structs.defs[id].fields = fields;
        self.structs.defs[id].embedded = embedded;
    }

    /// A struct that holds itself by value, directly or through others, has no size: Go's
    /// `invalid recursive type`. Its fields are dropped so that nothing after recurses.
    pub(super) fn recursive_structs(&mut self) {
        for id in 0..self.structs.defs.len() {
            if self.holds(id, id, &mut Vec::new()) {
                let def = &self.structs.defs[id];
                let (line, col) = def.at;
                let direct = def
                    .fields
                    .iter()
                    .any(|(_, t)| matches!(t, Type::Struct(f, _) if *f == id));
                let message = if direct {
                    format!("invalid recursive type: {} refers to itself", def.name)
                } else {
                    format!("invalid recursive type {}", def.name)
                };
                self.errors.push(crate::go::GoError::at(line, col, message));
                self.structs.defs[id].fields.clear();
            }
        }
    }

    /// Whether struct `from` holds struct `target` by value.
    fn holds(&self, from: usize, target: usize, seen: &mut Vec<usize>) -> bool {
        if seen.contains(&from) {
            return false;
        }
        seen.push(from);
        self.structs.defs[from]
            .fields
            .iter()
            .any(|(_, ty)| match ty {
                Type::Struct(id, _) => *id == target || self.holds(*id, target, seen),
                _ => false,
            })
    }

    /// The zero value of `ty`: a struct's has a lock of its own for each Mutex in it.
    pub(super) fn zero_of(&mut self, ty: &Type, name: &str) -> Expr {
        match ty {
            Type::Struct(id, _) => {
                let fields: Vec<(String, Type)> = self.structs.defs[*id].fields.clone();
                let zeros = fields
                    .iter()
                    .map(|(f, t)| self.zero_of(t, &format!("{name}.{f}")))
                    .collect();
                let vars = self.field_vars(*id, name);
                Expr::StructLit {
                    fields: zeros,
                    vars,
                }
            }
            Type::Mutex | Type::RwMutex => Expr::NewLock(self.lock_site(name, ty)),
            Type::WaitGroup => {
                Expr::NewWaitGroup(self.add_global(name, GlobalKind::WaitGroup, Type::WaitGroup))
            }
            Type::Atomic("Value") => Expr::NewAtomicValue(self.hidden_var(name)),
            Type::AtomicPointer(elem) => Expr::NewAtomicPointer(
                self.hidden_var(name),
                super::atomic_pointer::pointer_name(elem),
            ),
            Type::Atomic(kind) => Expr::NewAtomic {
                var: self.hidden_var(name),
                kind: super::atomic::held(kind),
                aligned: matches!(*kind, "Int64" | "Uint64" | "Uintptr"),
            },
            Type::Once => Expr::NewOnce(self.hidden_var(name)),
            Type::Pool => Expr::Pool(PoolOp::New(self.hidden_var(name)), Vec::new()),
            Type::SyncMap => super::sync_map::made(self.hidden_var(name)),
            // A nil map: reads give zero values, writes panic.
            Type::Map(..) => Expr::Lit(Lit::NilMap),
            Type::Pointer(_) => Expr::NilChan,
            Type::Array(len, elem) => Expr::ArrayLit {
                len: *len,
                items: Vec::new(),
                zero: Box::new(self.zero_of(elem, name)),
            },
            Type::Named(_, _, u) if u.is_literal() => self.zero_of(u, name),
            t => t.zero(),
        }
    }

    /// The variables a struct made here reports its fields' accesses as: a variable per
    /// field of a plain type; none for a lock, map, WaitGroup or atomic, which report their
    /// own operations, or a struct, whose fields do.
    fn field_vars(&mut self, id: usize, name: &str) -> Vec<u16> {
        let fields = self.structs.defs[id].fields.clone();
        let mut vars = Vec::new();
        for (i, (f, ty)) in fields.iter().enumerate() {
            let own = matches!(
                ty.under(),
                Type::Struct(..)
                    | Type::Mutex
                    | Type::RwMutex
                    | Type::WaitGroup
                    | Type::Map(..)
                    | Type::Atomic(_)
                    | Type::AtomicPointer(_)
                    | Type::Once
            );
            if own {
                vars.push(u16::MAX);
                continue;
            }
            let var = self.hidden_var(&format!("{name}.{f}"));
            self.structs.field_globals.push((id, i, usize::from(var)));
            vars.push(var);
        }
        vars
    }

    /// A lock of the program's for a struct's Mutex field.
    fn lock_site(&mut self, name: &str, ty: &Type) -> usize {
        let lock = self.locks.len();
        self.locks.push(String::new());
        self.rw_locks.push(*ty == Type::RwMutex);
        self.add_global(name, GlobalKind::Lock(lock), ty.clone());
        lock
    }

    /// A variable the race detector knows a map or atomic by, named `name`.
    pub(super) fn hidden_var(&mut self, name: &str) -> u16 {
        let g = self.add_global(name, GlobalKind::Value(Expr::int(0)), Type::Invalid);
        u16::try_from(g).unwrap_or(u16::MAX)
    }

    /// The name a value made here goes by: its variable's, or its type's.
    pub(super) fn made_name(&self, fallback: &str) -> String {
        self.naming
            .as_ref()
            .map_or_else(|| fallback.to_string(), |(_, name)| name.clone())
    }

    /// `T{...}`, keyed or in order.
    pub(super) fn struct_lit(&mut self, id: usize, body: Node) -> Expr {
        let def_name = self.structs.defs[id].name.clone();
        let fields = self.structs.defs[id].fields.clone();
        let name = self.made_name(&def_name.to_lowercase());
        let items: Vec<Node> = elements(body).collect();
        let keyed = items.iter().any(|e| e.kind() == "keyed_element");
        let mut values: Vec<Option<Expr>> = vec![None; fields.len()];
        if keyed {
            for el in &items {
                let key = el.child_by_field_name("key").and_then(|k| k.named_child(0));
                let value = el
                    .child_by_field_name("value")
                    .and_then(|v| v.named_child(0));
                let (Some(key), Some(value)) = (key, value) else {
                    self.error(
                        *el,
                        "mixture of field:value and value elements in struct literal".into(),
                    );
                    continue;
                };
                let key_text = self.text_of(key).to_string();
                let Some(i) = fields.iter().position(|(f, _)| *f == key_text) else {
                    // Go names a field spelt the same but for case.
                    let alt = fields
                        .iter()
                        .find(|(f, _)| f.eq_ignore_ascii_case(&key_text))
                        .map(|(f, _)| format!(", but does have {f}"))
                        .unwrap_or_default();
                    // Go checks the value first, so a mistake inside it is the one it
                    // reports of a line that has both.
                    if value.kind() != "literal_value" {
                        self.value(value);
                    }
                    self.error(
                        key,
                        format!(
                            "unknown field {key_text} in struct literal of type {def_name}{alt}"
                        ),
                    );
                    continue;
                };
                let want = fields[i].1.clone();
                values[i] = Some(self.field_value(value, &want, &format!("{name}.{key_text}")));
            }
        } else if !items.is_empty() {
            // Go checks each value before counting it, so a mistake inside the extra value
            // is the one it reports first.
            for (i, el) in items.iter().enumerate() {
                let Some((_, want)) = fields.get(i).cloned() else {
                    if let Some(v) = el.named_child(0) {
                        self.value(v);
                    }
                    let message = format!("too many values in struct literal of type {def_name}");
                    self.error(*el, message);
                    break;
                };
                if let Some(v) = el.named_child(0) {
                    let field_name = format!("{name}.{}", fields[i].0);
                    values[i] = Some(self.field_value(v, &want, &field_name));
                }
            }
            if items.len() < fields.len() {
                // Go puts it at the closing brace.
                let close = body
                    .child(body.child_count().saturating_sub(1))
                    .unwrap_or(body);
                let message = format!("too few values in struct literal of type {def_name}");
                self.error(close, message);
            }
        }
        let exprs = values
            .into_iter()
            .zip(&fields)
            .map(|(v, (f, t))| v.unwrap_or_else(|| self.zero_of(t, &format!("{name}.{f}"))))
            .collect();
        let vars = self.field_vars(id, &name);
        Expr::StructLit {
            fields: exprs,
            vars,
        }
    }

    /// A field's value in a literal: a map or channel made there is named after the field.
    fn field_value(&mut self, value: Node, want: &Type, name: &str) -> Expr {
        let outer = self.naming.replace((value.id(), name.to_string()));
        let e = self.element(value, want, "struct literal");
        self.naming = outer;
        e
    }

    /// An element of a composite literal, whose own literal may leave its type out
    /// (`[]P{{1, 2}}`, `map[string]P{"a": {X: 1}}`).
    pub(super) fn element(&mut self, v: Node, want: &Type, context: &str) -> Expr {
        if v.kind() != "literal_value" {
            return self.value_as(v, want, context);
        }
        if !self.deeper(v) {
            return Expr::int(0);
        }
        let e = self.literal_element(v, want);
        self.depth -= 1;
        e
    }

    pub(super) fn literal_element(&mut self, v: Node, want: &Type) -> Expr {
        match want {
            Type::Struct(id, _) => self.struct_lit(*id, v),
            Type::Pointer(inner) => match inner.as_ref() {
                Type::Struct(id, _) => Expr::AddrOf(Box::new(self.struct_lit(*id, v))),
                _ => {
                    self.unsupported(v, &format!("literals of {want} without their type"));
                    Expr::int(0)
                }
            },
            Type::Map(..) => self.map_lit(want.clone(), v).0,
            Type::Array(len, elem) => {
                let (items, _) =
                    self.indexed_elements(v, elem, Some(*len), "array or slice literal");
                let zero = Box::new(self.zero_of(elem, "elem"));
                Expr::ArrayLit {
                    len: *len,
                    items,
                    zero,
                }
            }
            Type::Slice(elem) => Expr::SliceLit(self.slice_elements(v, elem)),
            // `{}` of `struct{}`, a set's value (`map[string]struct{}{"a": {}}`).
            Type::Empty if elements(v).next().is_none() => Type::Empty.zero(),
            Type::Named(_, _, u) if u.is_literal() => {
                let u = (**u).clone();
                self.literal_element(v, &u)
            }
            _ => {
                self.unsupported(v, &format!("literals of {want} without their type"));
                Expr::int(0)
            }
        }
    }

    /// The struct a value of type `ty` is, or points to.
    pub(super) fn struct_of(ty: &Type) -> Option<usize> {
        match ty {
            Type::Struct(id, _) => Some(*id),
            Type::Pointer(inner) => match inner.as_ref() {
                Type::Struct(id, _) => Some(*id),
                _ => None,
            },
            _ => None,
        }
    }
}

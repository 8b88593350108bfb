//! Interfaces: `any`, `error` and the file's interface types, a value put in one (boxed with
//! its dynamic type, `Program::types`), Go's check that its method set satisfies the
//! interface, method calls through one, and type assertions.

use super::Lowerer;
use super::decls::specs;
use crate::go::syntax::children;
use crate::go::types::{Type, TypeName};
use std::collections::HashMap;
use std::sync::Arc;
use syncscope_program::Expr;
use syncscope_program::iface::{Deref, MethodImpl, RtMethod, RtType, builtin_types};
use tree_sitter::Node;

/// The empty interface, `any`.
pub(super) const ANY: usize = 0;
/// `error`.
pub(super) const ERROR: usize = 1;
/// `fmt.Stringer`.
pub(super) const STRINGER: usize = 2;
/// `sync.Locker`.
pub(super) const LOCKER: usize = 3;
/// `io.Writer`.
pub(super) const WRITER: usize = 4;

pub(super) struct IfaceDef {
    /// As Go's compile errors spell it (`Shape`).
    pub(crate) name: Arc<str>,
    /// As its run-time panics do (`main.Shape`, `interface {}`).
    pub(crate) rt: Arc<str>,
    /// Its methods with their function types, in order.
    pub(crate) methods: Vec<(String, Type)>,
}

pub(super) struct Ifaces {
    pub(crate) defs: Vec<IfaceDef>,
    pub(crate) by_name: HashMap<String, usize>,
    /// The dynamic types of the values boxed so far, by Go's name.
    pub(crate) types: Vec<RtType>,
    pub(super) ids: HashMap<Arc<str>, usize>,
}

impl Default for Ifaces {
    fn default() -> Ifaces {
        let types = builtin_types();
        let ids = types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.clone(), i))
            .collect();
        let text = || Type::Func(Vec::new(), Some(Box::new(Type::Str)));
        Ifaces {
            defs: vec![
                IfaceDef {
                    name: "any".into(),
                    rt: "interface {}".into(),
                    methods: Vec::new(),
                },
                IfaceDef {
                    name: "error".into(),
                    rt: "error".into(),
                    methods: vec![("Error".into(), text())],
                },
                IfaceDef {
                    name: "fmt.Stringer".into(),
                    rt: "fmt.Stringer".into(),
                    methods: vec![("String".into(), text())],
                },
                super::locker::locker_def(),
                super::writers::writer_def(),
            ],
            by_name: HashMap::new(),
            types,
            ids,
        }
    }
}

/// The type `Type::Iface` of interface `id`, spelled `name`.
pub(super) fn iface(id: usize, name: &str) -> Type {
    Type::Iface(id, TypeName(name.into()))
}

impl Lowerer<'_> {
    /// A library's interface type (`sort.Interface`), declared with `methods` the first time
    /// the program asks for it. No name of the file's has a dot: the entry is the package's.
    pub(super) fn library_iface(
        &mut self,
        name: &str,
        methods: impl FnOnce() -> Vec<(String, Type)>,
    ) -> Type {
        if let Some(&id) = self.ifaces.by_name.get(name) {
            return iface(id, name);
        }
        let id = self.ifaces.defs.len();
        self.ifaces.defs.push(IfaceDef {
            name: name.into(),
            rt: name.into(),
            methods: methods(),
        });
        self.ifaces.by_name.insert(name.into(), id);
        iface(id, name)
    }

    /// An interface type's name, before any signature uses it.
    pub(super) fn iface_name(&mut self, name: Node) {
        let text = self.text_of(name).to_string();
        if self.structs.by_name.contains_key(&text) || self.ifaces.by_name.contains_key(&text) {
            return self.error(name, format!("{text} redeclared in this block"));
        }
        let id = self.ifaces.defs.len();
        self.ifaces.by_name.insert(text.clone(), id);
        self.ifaces.defs.push(IfaceDef {
            name: text.as_str().into(),
            rt: format!("main.{text}").into(),
            methods: Vec::new(),
        });
    }

    /// The methods of the file's interface types.
    pub(super) fn iface_decls(&mut self, decl: Node) {
        for spec in specs(decl, "type_spec") {
            let (Some(name), Some(t)) = (
                spec.child_by_field_name("name"),
                spec.child_by_field_name("type"),
            ) else {
                continue;
            };
            if t.kind() != "interface_type" {
                continue;
            }
            let Some(&id) = self.ifaces.by_name.get(self.text_of(name)) else {
                continue;
            };
            self.constraint_decl(name, t);
            let methods = self.iface_methods(t);
            self.ifaces.defs[id].methods = methods;
        }
    }

    pub(super) fn iface_methods(&mut self, t: Node) -> Vec<(String, Type)> {
        let mut methods: Vec<(String, Type)> = Vec::new();
        for elem in children(t) {
            match elem.kind() {
                "method_elem" => {
                    let Some(name) = elem.child_by_field_name("name") else {
                        continue;
                    };
                    let text = self.text_of(name).to_string();
                    let params = self.params_of(elem).into_iter().map(|p| p.1).collect();
                    let result = self.result_of(elem).map(Box::new);
                    if methods.iter().any(|(m, _)| *m == text) {
                        self.error(name, format!("duplicate method {text}"));
                        continue;
                    }
                    methods.push((text, Type::Func(params, result)));
                }
                // A constraint's type set: `constraint_decl` reads it.
                "type_elem"
                    if elem.named_child_count() != 1 || self.text_of(elem).contains('~') => {}
                "type_elem" => match elem.named_child(0).map(|e| (e, self.type_of(e))) {
                    Some((_, Type::Iface(id, _))) if elem.named_child_count() == 1 => {
                        let embedded = self.ifaces.defs[id].methods.clone();
                        methods.extend(embedded);
                    }
                    Some((_, Type::Invalid)) => {}
                    _ => self.unsupported(elem, "interfaces of type constraints"),
                },
                _ => {}
            }
        }
        methods
    }

    /// `interface{}` written out, or with methods.
    pub(super) fn iface_literal(&mut self, t: Node) -> Type {
        if t.named_child_count() == 0 {
            return iface(ANY, "interface{}");
        }
        // A type set in place (`interface{ ~int | ~float64 }`) is a constraint's.
        let terms = children(t).any(|e| {
            e.kind() == "type_elem" && (e.named_child_count() != 1 || self.text_of(e).contains('~'))
        });
        if terms {
            self.unsupported(t, "interface types written in place (declare them)");
            return Type::Invalid;
        }
        self.iface_in_place(t)
    }

    /// A value of `ty` where interface `id` is wanted: boxed with its dynamic type, or Go's
    /// error when its method set does not satisfy the interface.
    pub(super) fn boxed_as(&mut self, n: Node, e: Expr, ty: &Type, id: usize, ctx: &str) -> Expr {
        let ty = ty.clone().defaulted();
        match &ty {
            Type::Invalid => return e,
            Type::Nil => return Expr::NilIface,
            Type::Iface(from, _) if *from == id => return e,
            _ => {}
        }
        if super::locker::lock_or_pointer(&ty) {
            return self.lock_boxed(n, e, &ty, id, ctx);
        }
        if let Some(missing) = self.missing_method(&ty, id) {
            let text = self.described(n, &e, &ty);
            let spelling = self.spelling();
            let want = iface(id, &self.ifaces.defs[id].name);
            let message = format!(
                "cannot use {text} as {} value in {ctx}: {} does not implement {} ({missing})",
                want.spelled(spelling),
                ty.spelled(spelling),
                want.spelled(spelling),
            );
            self.error(n, message);
            return e;
        }
        match ty {
            Type::Iface(..) => e,
            _ => {
                let rt = self.rt_id(&ty);
                if !self.promoted_wrappers(n, &ty, id, rt) {
                    return e;
                }
                Expr::ToIface(rt, Box::new(e))
            }
        }
    }

    /// Why `ty` does not satisfy interface `id`, in Go's words, if it does not.
    pub(super) fn missing_method(&self, ty: &Type, id: usize) -> Option<String> {
        for (name, want) in &self.ifaces.defs[id].methods {
            let found = self.method_type(ty, name);
            match found {
                Some((have, false)) if have == *want => {}
                Some((_, true)) => return Some(format!("method {name} has pointer receiver")),
                Some(_) => return Some(format!("wrong type for method {name}")),
                None if self.promoted_pointer_only(ty, name) => {
                    return Some(format!("method {name} has pointer receiver"));
                }
                // Promoted from an embedded field: Go's method set has it.
                None if self.promoted_method(Expr::int(0), ty, name).is_some() => {}
                None => return Some(format!("missing method {name}")),
            }
        }
        None
    }

    /// The type of `ty`'s method `name`, and whether only its pointer has it.
    pub(super) fn method_type(&self, ty: &Type, name: &str) -> Option<(Type, bool)> {
        if let Some(found) = super::writers::lib_write_method(ty, name) {
            return Some(found);
        }
        if let Type::Iface(id, _) = ty {
            let methods = &self.ifaces.defs[*id].methods;
            return methods
                .iter()
                .find(|(m, _)| m == name)
                .map(|(_, t)| (t.clone(), false));
        }
        let id = Self::methods_id(ty)?;
        let m = self.structs.methods.get(&(id, name.to_string()))?;
        let sig = &self.sigs[m.func];
        let params = sig.params.get(1..).unwrap_or(&[]).to_vec();
        let f = Type::Func(params, sig.result.clone().map(Box::new));
        let through_pointer = matches!(ty, Type::Pointer(_));
        Some((f, m.pointer && !through_pointer))
    }

    /// The number of `ty`'s dynamic type in the program's table, with its methods.
    pub(super) fn rt_id(&mut self, ty: &Type) -> usize {
        let name: Arc<str> = self.anon_rt_names(rt_name(ty)).into();
        if let Some(&id) = self.ifaces.ids.get(&name) {
            return id;
        }
        let mut methods = Vec::new();
        if let Some(sid) = Self::methods_id(ty) {
            let pointer = matches!(ty, Type::Pointer(_));
            for ((s, m), method) in &self.structs.methods {
                if *s != sid || (method.pointer && !pointer) {
                    continue;
                }
                let deref = match ty {
                    Type::Pointer(to) if !method.pointer => match to.under() {
                        Type::Struct(..) => Deref::Struct,
                        _ => Deref::Pointee,
                    },
                    _ => Deref::No,
                };
                methods.push(RtMethod {
                    name: m.as_str().into(),
                    call: MethodImpl::Func {
                        func: method.func,
                        deref,
                    },
                });
            }
        }
        let id = self.ifaces.types.len();
        self.ifaces.ids.insert(name.clone(), id);
        self.ifaces.types.push(RtType {
            name,
            methods,
            fields: Vec::new(),
            elem: None,
        });
        // Filled after the id is known: a field's type may hold this one (`[]node`).
        self.ifaces.types[id].fields = self.rt_fields(ty);
        self.ifaces.types[id].elem = self.rt_elem(ty);
        self.json.rt.push((id, ty.clone()));
        self.xml.rt.push((id, ty.clone()));
        id
    }
}

/// Go's run-time name of a type: `main.Point`, `*main.Point`, `[]int`, `map[string]int`.
pub(super) fn rt_name(ty: &Type) -> String {
    let list = |ts: &[Type]| ts.iter().map(rt_name).collect::<Vec<_>>().join(", ");
    match ty {
        Type::Struct(_, name) if name.starts_with("struct{") => {
            super::anon_structs::rt_spelling(name)
        }
        // `slog.Attr` is the library's.
        Type::Struct(_, name) if name.contains('.') => name.to_string(),
        Type::Struct(_, name) => format!("main.{name}"),
        // `time.Month` and `time.Weekday` are named as they are.
        Type::Named(_, name, _) if name.0.contains('.') => name.0.to_string(),
        Type::Named(_, name, _) => format!("main.{}", name.0),
        Type::Pointer(t) => format!("*{}", rt_name(t)),
        Type::Slice(t) => format!("[]{}", rt_name(t)),
        Type::Array(n, t) => format!("[{n}]{}", rt_name(t)),
        Type::Map(k, v) => format!("map[{}]{}", rt_name(k), rt_name(v)),
        Type::Chan(crate::go::types::Dir::Both, t) => format!("chan {}", rt_name(t)),
        Type::Chan(crate::go::types::Dir::Send, t) => format!("chan<- {}", rt_name(t)),
        Type::Chan(crate::go::types::Dir::Recv, t) => format!("<-chan {}", rt_name(t)),
        Type::Func(params, result) => match result {
            Some(r) => format!("func({}) {}", list(params), rt_name(r)),
            None => format!("func({})", list(params)),
        },
        Type::Empty => "struct {}".into(),
        Type::Iface(..) => "interface {}".into(),
        // A byte's run-time name, as `%T` and panics say it. (A rune keeps its own: its
        // values are held apart from an `int32`'s, and the two would share a name here.)
        Type::Byte => "uint8".into(),
        other => other.to_string(),
    }
}

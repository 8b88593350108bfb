//! Package level: imports, the constants that stand alone (`early_consts`), function
//! signatures, types and the other constants (a function may call one declared below it),
//! then the package variables in order, then the bodies.

use super::scope::FnCtx;
use super::{Lowerer, Sig};
use crate::go::syntax::children;
use crate::go::types::{Dir, Type};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn declarations(&mut self, root: Node) {
        let hoisted = self.hoisted_types(root);
        self.struct_names(root, &hoisted);
        // A declared composite type may be made of a package's type (`chan time.Duration`).
        for n in children(root).filter(|n| n.kind() == "import_declaration") {
            self.imports_of(n);
        }
        self.stack.push(FnCtx::new(u16::MAX, "init".into(), None));
        let early = self.early_consts(root);
        self.stack.pop();
        self.composite_unders(root, &hoisted);
        for n in children(root) {
            match n.kind() {
                "package_clause" => {
                    let name = n.named_child(0).map(|p| (p, self.text_of(p).to_string()));
                    if let Some((at, name)) = name.filter(|(_, name)| name != "main") {
                        self.error(
                            at,
                            format!(
                                "package {name} is not a main package: a program is package main"
                            ),
                        );
                    }
                }
                "function_declaration" => self.signature(n),
                "var_declaration" => {
                    for spec in specs(n, "var_spec") {
                        for name in field_all(spec, "name") {
                            self.later_globals.insert(self.text_of(name).to_string());
                        }
                    }
                }
                "type_declaration" => {
                    self.type_decl(n);
                    self.iface_decls(n);
                }
                "method_declaration" => self.method_signature(n),
                _ => {}
            }
        }
        for &n in &hoisted {
            self.type_decl(n);
            self.iface_decls(n);
        }
        self.recursive_structs();
        // A package-level function runs in the context of `main`'s start: no locals.
        self.stack.push(FnCtx::new(u16::MAX, "init".into(), None));
        for n in children(root) {
            match n.kind() {
                "const_declaration" if !early.contains(&n.id()) => self.consts_of(n),
                "var_declaration" => self.globals_of(n),
                _ => {}
            }
        }
        self.stack.pop();
    }

    fn signature(&mut self, n: Node) {
        let Some(name_node) = n.child_by_field_name("name") else {
            return;
        };
        let name = self.text_of(name_node).to_string();
        if n.child_by_field_name("type_parameters").is_some() {
            return self.generic_decl(n, name, name_node);
        }
        if name == "init" {
            // Any number of them, none callable by name.
            let id = self.new_func(&name);
            self.inits.push((n.id(), id));
            return;
        }
        if self.func_names.contains_key(&name) {
            return self.error(name_node, format!("{name} redeclared in this block"));
        }
        let params = self.params_of(n).into_iter().map(|p| p.1).collect();
        let result = self.result_of(n);
        let id = self.new_func(&name);
        self.func_names.insert(name, id);
        self.sigs[id] = Sig { params, result };
    }

    /// A function's number, its body to come.
    pub(super) fn new_func(&mut self, name: &str) -> usize {
        self.funcs.push(None);
        self.names.push(name.to_string());
        self.sigs.push(Sig {
            params: Vec::new(),
            result: None,
        });
        self.funcs.len() - 1
    }

    /// The parameters of a function or function literal: name (none for `_` or unnamed),
    /// type, and where.
    pub(super) fn params_of<'t>(&mut self, f: Node<'t>) -> Vec<(Option<String>, Type, Node<'t>)> {
        let mut out = Vec::new();
        let Some(list) = f.child_by_field_name("parameters") else {
            return out;
        };
        for p in children(list) {
            match p.kind() {
                "parameter_declaration" => {
                    let ty = match p.child_by_field_name("type") {
                        Some(t) => self.type_of(t),
                        None => Type::Invalid,
                    };
                    let names = field_all(p, "name");
                    if names.is_empty() {
                        out.push((None, ty.clone(), p));
                    }
                    for name in names {
                        out.push((Some(self.text_of(name).to_string()), ty.clone(), name));
                    }
                }
                "variadic_parameter_declaration" => {
                    let ty = match p.child_by_field_name("type") {
                        Some(t) => Type::Variadic(Box::new(self.type_of(t))),
                        None => Type::Invalid,
                    };
                    match p.child_by_field_name("name") {
                        Some(name) => out.push((Some(self.text_of(name).to_string()), ty, name)),
                        None => out.push((None, ty, p)),
                    }
                }
                _ => {}
            }
        }
        out
    }

    pub(super) fn result_of(&mut self, f: Node) -> Option<Type> {
        let r = f.child_by_field_name("result")?;
        if r.kind() != "parameter_list" {
            return Some(self.type_of(r));
        }
        let results: Vec<Node> = children(r)
            .filter(|c| c.kind() == "parameter_declaration")
            .collect();
        // `(x, y int)` is two results of one type.
        let mut types = Vec::new();
        for p in results {
            let ty = p
                .child_by_field_name("type")
                .map_or(Type::Invalid, |t| self.type_of(t));
            let count = field_all(p, "name").len().max(1);
            types.extend(std::iter::repeat_n(ty, count));
        }
        match types.len() {
            0 => None,
            1 => types.pop(),
            _ => Some(Type::Tuple(types)),
        }
    }

    /// A type as written.
    pub(super) fn type_of(&mut self, t: Node) -> Type {
        // Types nest like expressions (`map[int]map[int]...`): bounded the same way.
        if !self.deeper(t) {
            return Type::Invalid;
        }
        let ty = self.type_here(t);
        self.depth -= 1;
        ty
    }

    fn type_here(&mut self, t: Node) -> Type {
        if let Some(ty) = self.lib_type(t) {
            return ty;
        }
        match t.kind() {
            "type_identifier" => self.type_name(t),
            "qualified_type" => {
                let written = self.text_of(t).to_string();
                let name = written.split('.').next().unwrap_or("").to_string();
                let Some(package) = self.use_local(&name) else {
                    self.error(t, format!("undefined: {name}"));
                    return Type::Invalid;
                };
                let text = self.canonical(&written);
                if let Some(ty) = self.context_type(&text) {
                    return ty;
                }
                match text.as_str() {
                    "time.Duration" => Type::Duration,
                    "time.Time" => Type::Time,
                    "time.Month" | "time.Weekday" => self.time_enum(text == "time.Month"),
                    "sync.WaitGroup" => Type::WaitGroup,
                    "sync.Mutex" => Type::Mutex,
                    "sync.RWMutex" => Type::RwMutex,
                    "sync.Once" => Type::Once,
                    "fmt.Stringer" => super::iface::iface(super::iface::STRINGER, "fmt.Stringer"),
                    "sync.Pool" => Type::Pool,
                    "sync.Map" => Type::SyncMap,
                    "sync.Locker" => super::locker::locker_type(),
                    "io.Writer" => super::writers::writer_type(),
                    "heap.Interface" => self.heap_iface_type(),
                    "runtime.Error" => self.runtime_error_type(),
                    "sort.Interface" => self.sort_iface_type(),
                    "runtime.MemStats" => self.mem_stats_type(),
                    "slog.Attr" => self.attr_type(),
                    "xml.Name" => self.xml_name_type(),
                    "slog.Level" => self.level_type(),
                    "slog.Value" => Type::SlogValue,
                    "url.URL" => self.url_type(),
                    "url.Userinfo" => self.userinfo_type(),
                    "url.Values" => self.values_type(),
                    t if super::atomic::atomic_type(t).is_some() => {
                        super::atomic::atomic_type(t).unwrap_or(Type::Invalid)
                    }
                    _ => {
                        let member = text.split('.').nth(1).unwrap_or("");
                        if super::packages::exported(&package, member) {
                            self.unsupported(t, &format!("the type {text}"));
                        } else {
                            let at = t.child_by_field_name("name").unwrap_or(t);
                            self.error(at, format!("undefined: {written}"));
                        }
                        Type::Invalid
                    }
                }
            }
            "array_type" => self.array_type(t),
            "slice_type" => match t.child_by_field_name("element") {
                Some(e) => Type::Slice(Box::new(self.type_of(e))),
                None => Type::Invalid,
            },
            "function_type" => {
                let params = self.params_of(t).into_iter().map(|p| p.1).collect();
                let result = self.result_of(t).map(Box::new);
                Type::Func(params, result)
            }
            "parenthesized_type" => match t.named_child(0) {
                Some(inner) => self.type_of(inner),
                None => Type::Invalid,
            },
            "struct_type" if t.named_child(0).is_some_and(|f| f.named_child_count() == 0) => {
                Type::Empty
            }
            "struct_type" => self.anon_struct(t),
            "pointer_type" if self.canonical(self.text_of(t)) == "*sync.Cond" => self.cond_type(t),
            "pointer_type"
                if matches!(
                    self.canonical(self.text_of(t)).as_str(),
                    "*time.Timer" | "*time.Ticker"
                ) =>
            {
                if !self.use_package("time") {
                    let at = t.named_child(0).unwrap_or(t);
                    self.error(at, "undefined: time".into());
                    return Type::Invalid;
                }
                match self.canonical(self.text_of(t)).as_str() {
                    "*time.Timer" => Type::Timer,
                    _ => Type::Ticker,
                }
            }
            "pointer_type" => match t.named_child(0).map(|inner| self.type_of(inner)) {
                Some(inner @ Type::Struct(..)) => Type::Pointer(Box::new(inner)),
                Some(inner)
                    if super::pointers::held(&inner)
                        || super::pointers::sync(&inner)
                        || inner == Type::Pool
                        || inner == Type::SyncMap
                        || matches!(inner, Type::Atomic(_)) =>
                {
                    Type::Pointer(Box::new(inner))
                }
                Some(Type::Invalid) | None => Type::Invalid,
                Some(other) => {
                    self.unsupported(t, &format!("pointers to {other}"));
                    Type::Invalid
                }
            },
            "channel_type" => {
                // `<-chan T` starts with the arrow, `chan<- T` has it after `chan`.
                let tokens: Vec<&str> = children(t)
                    .filter(|c| !c.is_named())
                    .map(|c| c.kind())
                    .collect();
                let dir = match tokens.as_slice() {
                    ["<-", ..] => Dir::Recv,
                    [_, "<-", ..] => Dir::Send,
                    _ => Dir::Both,
                };
                let elem = match t.child_by_field_name("value") {
                    Some(e) => self.type_of(e),
                    None => Type::Invalid,
                };
                if matches!(elem, Type::WaitGroup | Type::Mutex | Type::RwMutex) {
                    self.unsupported(t, &format!("channels of {elem}"));
                    return Type::Invalid;
                }
                Type::Chan(dir, Box::new(elem))
            }
            "map_type" => self.map_type(t),
            "generic_type" if let Some(ty) = self.atomic_pointer_type(t) => ty,
            "generic_type" if let Some(ty) = self.iter_seq_type(t) => ty,
            "generic_type" if let Some(ty) = self.generic_type_instance(t) => ty,
            "interface_type" => self.iface_literal(t),
            _ => {
                let text = self.expr_text(t);
                self.unsupported(t, &format!("the type {text}"));
                Type::Invalid
            }
        }
    }

    /// A type named by `t`'s text: a basic type, a type parameter's argument, or one the
    /// file declares.
    pub(super) fn type_name(&mut self, t: Node) -> Type {
        if let Some(ty) = self.type_param(t) {
            return ty;
        }
        if let Some(invalid) = self.uninstantiated(t) {
            return invalid;
        }
        match self.text_of(t) {
            name if let Some(basic) = super::named::basic_type(name) => basic,
            "rune" => Type::Rune,
            "byte" | "uint8" => Type::Byte,
            "any" => super::iface::iface(super::iface::ANY, "any"),
            "error" => super::iface::iface(super::iface::ERROR, "error"),
            other if self.ifaces.by_name.contains_key(other) => {
                let id = self.ifaces.by_name[other];
                super::iface::iface(id, other)
            }
            other => match self.structs.by_name.get(other) {
                Some(&id) => self.declared_type(id),
                None => {
                    let other = other.to_string();
                    self.unsupported(t, &format!("the type {other}"));
                    Type::Invalid
                }
            },
        }
    }
}

/// The specs of a declaration, grouped in parentheses or not.
pub(super) fn specs<'t>(decl: Node<'t>, kind: &str) -> Vec<Node<'t>> {
    let mut out = Vec::new();
    for c in children(decl) {
        if c.kind() == kind {
            out.push(c);
        } else if c.kind().ends_with("_list") {
            out.extend(children(c).filter(|s| s.kind() == kind));
        }
    }
    out
}

/// Every child in a field that may repeat (`a, b int`).
pub(super) fn field_all<'t>(n: Node<'t>, field: &str) -> Vec<Node<'t>> {
    let mut cursor = n.walk();
    // A field over a list (`name: commaSep1(identifier)`) holds its commas too.
    n.children_by_field_name(field, &mut cursor)
        .filter(|c| c.is_named())
        .collect()
}

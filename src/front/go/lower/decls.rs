//! Package level: imports, function signatures and constants first (a function may call one
//! declared below it), then the package variables in order, then the bodies.

use super::scope::FnCtx;
use super::{Import, Lowerer, Sig};
use crate::front::go::syntax::children;
use crate::front::go::types::Type;
use crate::program::{Capture, Expr, Func, Global, GlobalKind};
use tree_sitter::Node;

/// The packages syncscope runs, by import path.
const PACKAGES: [&str; 4] = ["fmt", "math/rand", "sync", "time"];

impl Lowerer<'_> {
    pub(super) fn declarations(&mut self, root: Node) {
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
                "import_declaration" => self.imports_of(n),
                "function_declaration" => self.signature(n),
                "var_declaration" => {
                    for spec in specs(n, "var_spec") {
                        for name in field_all(spec, "name") {
                            self.later_globals.insert(self.text_of(name).to_string());
                        }
                    }
                }
                "type_declaration" => self.unsupported(n, "type declarations"),
                "method_declaration" => self.unsupported(n, "methods"),
                _ => {}
            }
        }
        // A package-level function runs in the context of `main`'s start: no locals.
        self.stack.push(FnCtx::new(u16::MAX, "init".into(), None));
        for n in children(root) {
            match n.kind() {
                "const_declaration" => self.consts_of(n),
                "var_declaration" => self.globals_of(n),
                _ => {}
            }
        }
        self.stack.pop();
    }

    fn imports_of(&mut self, decl: Node) {
        for spec in specs(decl, "import_spec") {
            let Some(path_node) = spec.child_by_field_name("path") else {
                continue;
            };
            let path = self.text_of(path_node).trim_matches(['"', '`']).to_string();
            if spec.child_by_field_name("name").is_some() {
                self.unsupported(spec, "renamed imports");
                continue;
            }
            if !PACKAGES.contains(&path.as_str()) {
                self.error(
                    path_node,
                    format!(
                        "syncscope does not run the package \"{path}\" yet (it runs fmt, \
                         math/rand, sync and time)"
                    ),
                );
                continue;
            }
            let name = path.rsplit('/').next().unwrap_or(&path).to_string();
            let at = self.at(path_node);
            self.imports.push(Import {
                name,
                path,
                at,
                used: false,
            });
        }
    }

    fn signature(&mut self, n: Node) {
        let Some(name_node) = n.child_by_field_name("name") else {
            return;
        };
        let name = self.text_of(name_node).to_string();
        if n.child_by_field_name("type_parameters").is_some() {
            return self.unsupported(n, "generic functions");
        }
        if name == "init" {
            return self.unsupported(name_node, "func init");
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
                "variadic_parameter_declaration" => self.unsupported(p, "variadic functions"),
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
        match results.as_slice() {
            [] => None,
            [one] if one.child_by_field_name("name").is_none() => Some(
                one.child_by_field_name("type")
                    .map_or(Type::Invalid, |t| self.type_of(t)),
            ),
            [_] => {
                self.unsupported(r, "named results");
                Some(Type::Invalid)
            }
            _ => {
                self.unsupported(r, "functions with more than one result");
                Some(Type::Invalid)
            }
        }
    }

    /// A type as written.
    pub(super) fn type_of(&mut self, t: Node) -> Type {
        match t.kind() {
            "type_identifier" => match self.text_of(t) {
                "int" => Type::Int,
                "float32" => Type::F32,
                "float64" => Type::F64,
                "string" => Type::Str,
                "bool" => Type::Bool,
                other => {
                    let other = other.to_string();
                    self.unsupported(t, &format!("the type {other}"));
                    Type::Invalid
                }
            },
            "qualified_type" => {
                let text = self.text_of(t).to_string();
                let package = text.split('.').next().unwrap_or("").to_string();
                if !self.use_package(&package) {
                    self.error(t, format!("undefined: {package}"));
                    return Type::Invalid;
                }
                match text.as_str() {
                    "time.Duration" => Type::Duration,
                    "time.Time" => Type::Time,
                    "sync.WaitGroup" => Type::WaitGroup,
                    "sync.Mutex" => Type::Mutex,
                    "sync.RWMutex" => Type::RwMutex,
                    _ => {
                        self.unsupported(t, &format!("the type {text}"));
                        Type::Invalid
                    }
                }
            }
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
            "pointer_type" => {
                self.unsupported(t, "pointers");
                Type::Invalid
            }
            "channel_type" => {
                self.unsupported(t, "channels");
                Type::Invalid
            }
            "map_type" => {
                self.unsupported(t, "maps");
                Type::Invalid
            }
            _ => {
                let text = crate::safe_text::one_line(self.text_of(t), 30);
                self.unsupported(t, &format!("the type {text}"));
                Type::Invalid
            }
        }
    }

    fn consts_of(&mut self, decl: Node) {
        for spec in specs(decl, "const_spec") {
            self.const_spec(spec);
        }
    }

    /// `const x = e` or `const x T = e`, here or in a function.
    pub(super) fn const_spec(&mut self, spec: Node) {
        let names = field_all(spec, "name");
        let values = spec
            .child_by_field_name("value")
            .map(|v| children(v).filter(|c| c.is_named()).collect::<Vec<_>>())
            .unwrap_or_default();
        if names.len() != values.len() {
            return self.unsupported(spec, "constants without a value of their own (iota)");
        }
        let want = spec.child_by_field_name("type").map(|t| self.type_of(t));
        for (name, value) in names.into_iter().zip(values) {
            let (e, ty) = match &want {
                Some(t) => (self.value_as(value, t, "constant declaration"), t.clone()),
                None => self.expr(value),
            };
            if !self.is_constant(&e) {
                let text = crate::safe_text::one_line(self.text_of(value), 40);
                self.error(
                    value,
                    format!("{text} (value of type {ty}) is not constant"),
                );
            }
            let name_text = self.text_of(name).to_string();
            if self.stack.len() > 1 {
                self.bind(&name_text, super::scope::Binding::Const(e), ty, name, true);
            } else {
                self.consts.insert(name_text, (e, ty));
            }
        }
    }

    fn globals_of(&mut self, decl: Node) {
        for spec in specs(decl, "var_spec") {
            let names = field_all(spec, "name");
            let want = spec.child_by_field_name("type").map(|t| self.type_of(t));
            let values: Vec<Node> = spec
                .child_by_field_name("value")
                .map(|v| children(v).filter(|c| c.is_named()).collect())
                .unwrap_or_default();
            if !values.is_empty() && values.len() != names.len() {
                self.error(
                    values[0],
                    format!(
                        "assignment mismatch: {} variables but {} values",
                        names.len(),
                        values.len()
                    ),
                );
                continue;
            }
            for (i, name) in names.into_iter().enumerate() {
                let name_text = self.text_of(name).to_string();
                self.later_globals.remove(&name_text);
                let (kind, ty) = self.global_value(want.as_ref(), values.get(i).copied());
                if self.global_names.contains_key(&name_text) {
                    self.error(name, format!("{name_text} redeclared in this block"));
                    continue;
                }
                let id = self.add_global(&name_text, kind, ty);
                self.global_names.insert(name_text, id);
            }
        }
    }

    pub(super) fn add_global(&mut self, name: &str, kind: GlobalKind, ty: Type) -> usize {
        self.globals.push(Global {
            name: name.to_string(),
            kind,
            written: false,
        });
        self.global_types.push(ty);
        self.globals.len() - 1
    }

    /// A package variable's kind and type from its declared type and value.
    fn global_value(&mut self, want: Option<&Type>, value: Option<Node>) -> (GlobalKind, Type) {
        if let Some(sync) = self.sync_value(want, value) {
            return sync;
        }
        let (init, ty) = match (want, value) {
            (Some(t), Some(v)) => (self.value_as(v, t, "variable declaration"), t.clone()),
            (Some(t), None) => (t.zero(), t.clone()),
            (None, Some(v)) => {
                let (e, ty) = self.expr(v);
                if ty == Type::Void {
                    let text = crate::safe_text::one_line(self.text_of(v), 40);
                    self.error(v, format!("{text} (no value) used as value"));
                }
                let ty = ty.defaulted();
                (e, ty)
            }
            (None, None) => (Expr::int(0), Type::Invalid),
        };
        match init {
            Expr::SliceLit(items) if matches!(ty, Type::Slice(_)) => (GlobalKind::Slice(items), ty),
            _ if matches!(ty, Type::Slice(_)) => {
                if let Some(v) = value {
                    self.unsupported(v, "a package slice made other than by a literal");
                }
                (GlobalKind::Slice(Vec::new()), ty)
            }
            init => (GlobalKind::Value(init), ty),
        }
    }

    /// `var wg sync.WaitGroup`, `var mu = sync.Mutex{}` and the like: one of the program's
    /// WaitGroups or locks.
    pub(super) fn sync_value(
        &mut self,
        want: Option<&Type>,
        value: Option<Node>,
    ) -> Option<(GlobalKind, Type)> {
        let ty = match (want, value) {
            (Some(t), None) => t.clone(),
            (_, Some(v)) if v.kind() == "composite_literal" => {
                let t = v.child_by_field_name("type")?;
                if t.kind() != "qualified_type" {
                    return None;
                }
                let ty = self.type_of(t);
                let empty = v
                    .child_by_field_name("body")
                    .is_some_and(|b| b.named_child_count() == 0);
                if matches!(ty, Type::WaitGroup | Type::Mutex | Type::RwMutex) && !empty {
                    self.unsupported(v, &format!("a {ty} literal with fields"));
                }
                if let Some(w) = want
                    && *w != ty
                {
                    let text = crate::safe_text::one_line(self.text_of(v), 40);
                    self.error(
                        v,
                        format!(
                            "cannot use {text} (value of type {ty}) as {w} value in variable \
                             declaration"
                        ),
                    );
                }
                ty
            }
            _ => return None,
        };
        match ty {
            Type::WaitGroup => Some((GlobalKind::WaitGroup, ty)),
            Type::Mutex | Type::RwMutex => {
                let lock = self.locks.len();
                self.locks.push(String::new());
                self.rw_locks.push(ty == Type::RwMutex);
                Some((GlobalKind::Lock(lock), ty))
            }
            _ => None,
        }
    }

    pub(super) fn bodies(&mut self, root: Node) {
        for n in children(root).filter(|n| n.kind() == "function_declaration") {
            self.body_of(n);
        }
        // Locks are named after their variables, as the lock panel shows them.
        for g in &self.globals {
            if let GlobalKind::Lock(i) = g.kind
                && let Some(name) = self.locks.get_mut(i)
            {
                *name = g.name.clone();
            }
        }
    }

    fn body_of(&mut self, n: Node) {
        let Some(name_node) = n.child_by_field_name("name") else {
            return;
        };
        let Some(body) = n.child_by_field_name("body") else {
            return self.error(name_node, "missing function body".into());
        };
        let name = self.text_of(name_node).to_string();
        let Some(&id) = self.func_names.get(&name) else {
            return;
        };
        // A second function of the same name was refused; its body is not this one's.
        if self.funcs[id].is_some() || self.declared_at.get(&id).is_some_and(|&at| at != n.id()) {
            return;
        }
        self.declared_at.insert(id, n.id());
        if name == "main" && (!self.params_of(n).is_empty() || self.result_of(n).is_some()) {
            self.error(
                name_node,
                "func main must have no arguments and no return values".into(),
            );
        }
        let (func, _) = self.function(id, &name, n, body, None);
        self.funcs[id] = Some(func);
    }

    /// Lowers a function's (or function literal's) parameters and body; a literal's result
    /// type is `result`. Gives the variables the body captured from enclosing functions.
    pub(super) fn function(
        &mut self,
        id: usize,
        name: &str,
        decl: Node,
        body: Node,
        result: Option<Type>,
    ) -> (Func, Vec<Capture>) {
        let result = result.or_else(|| self.sigs.get(id).and_then(|s| s.result.clone()));
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        self.stack
            .push(FnCtx::new(mark, name.to_string(), result.clone()));
        let params = self.params_of(decl);
        for (pname, ty, at) in &params {
            self.declare(pname.as_deref().unwrap_or("_"), ty.clone(), *at);
            if let Some(local) = self.ctx().scopes.last_mut().and_then(|s| s.last_mut()) {
                local.used = true;
            }
        }
        let stmts = self.statements(body);
        if result.is_some() && !super::stmt::terminates(&stmts) {
            let end = body.end_position();
            let (line, col) = ((end.row + 1).saturating_sub(self.added).max(1), end.column);
            self.errors.push(crate::front::go::GoError::at(
                line,
                col.max(1),
                "missing return".into(),
            ));
        }
        self.close_block();
        let ctx = self.stack.pop().expect("the function's context");
        let captures = ctx.captures.iter().map(|c| c.1).collect();
        let func = Func {
            name: name.to_string(),
            mark,
            params: params.len(),
            slots: ctx.boxed.len(),
            boxed: ctx.boxed,
            captures: ctx.captures.len(),
            body: stmts,
        };
        (func, captures)
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
    n.children_by_field_name(field, &mut cursor).collect()
}

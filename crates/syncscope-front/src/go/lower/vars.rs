//! Constants and variables: the package's, and a function's constants; the WaitGroups and
//! locks among them.

use super::Lowerer;
use super::decls::{field_all, specs};
use crate::go::syntax::elements;
use crate::go::types::{Type, cannot_use, describe};
use syncscope_program::{Expr, Global, GlobalKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn consts_of(&mut self, decl: Node) {
        self.const_group(decl);
    }

    /// `const x = e` or `const x T = e`, here or in a function, of the type and values
    /// written (or repeated from the spec above).
    pub(super) fn const_spec(&mut self, spec: Node, type_node: Option<Node>, values: &[Node]) {
        let names = field_all(spec, "name");
        // Go's words where the spec's own values do not match its names.
        if names.len() != values.len() && spec.child_by_field_name("value").is_some() {
            if let Some(extra) = values.get(names.len()) {
                let text = self.expr_text(*extra);
                return self.error(*extra, format!("extra init expr {text}"));
            }
            let name = names[values.len()];
            let text = self.text_of(name).to_string();
            return self.error(name, format!("missing init expr for {text}"));
        }
        if names.len() != values.len() {
            return self.unsupported(spec, "constants without a value of their own");
        }
        let want = type_node.map(|t| self.type_of(t));
        for (name, &value) in names.into_iter().zip(values) {
            let (e, ty) = match &want {
                Some(t) => (self.value_as(value, t, "constant declaration"), t.clone()),
                None => self.expr(value),
            };
            if !self.is_constant(&e) {
                let text = self.described(value, &e, &ty);
                self.error(value, format!("{text} is not constant"));
            }
            let name_text = self.text_of(name).to_string();
            if self.stack.len() > 1 {
                self.bind(&name_text, super::scope::Binding::Const(e), ty, name, true);
            } else {
                self.consts.insert(name_text, (e, ty));
            }
        }
    }

    pub(super) fn globals_of(&mut self, decl: Node) {
        for spec in specs(decl, "var_spec") {
            let names = field_all(spec, "name");
            let want = spec.child_by_field_name("type").map(|t| self.type_of(t));
            let values: Vec<Node> = spec
                .child_by_field_name("value")
                .map(|v| elements(v).collect())
                .unwrap_or_default();
            // Go counts a package's names and values as it reads the file.
            if let Some(extra) = values.get(names.len()) {
                let text = self.expr_text(*extra);
                self.error(*extra, format!("extra init expr {text}"));
                continue;
            }
            if values.len() > 1 && values.len() < names.len() {
                let name = names[values.len()];
                let text = self.text_of(name).to_string();
                self.error(name, format!("missing init expr for {text}"));
                continue;
            }
            if let [value] = values.as_slice()
                && names.len() > 1
            {
                // One call may give them all, as Go lets it.
                if value.kind() == "call_expression" {
                    self.unsupported(spec, "package variables set by one call");
                } else {
                    self.mismatch(spec, &values, names.len());
                }
                continue;
            }
            for (i, name) in names.into_iter().enumerate() {
                let name_text = self.text_of(name).to_string();
                self.later_globals.remove(&name_text);
                let value = values.get(i).copied();
                let (kind, ty) = match value {
                    Some(v) => self.naming(v, name, |l| l.global_value(want.as_ref(), Some(v))),
                    None => self.naming(name, name, |l| l.global_value(want.as_ref(), None)),
                };
                // `_` may be declared again and again: its value is made and dropped.
                let blank = name_text == "_";
                if !blank && self.global_names.contains_key(&name_text) {
                    self.error(name, format!("{name_text} redeclared in this block"));
                    continue;
                }
                let id = self.add_global(&name_text, kind, ty);
                if !blank {
                    self.global_names.insert(name_text, id);
                }
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
            (Some(t), None) => (self.zero_of(t, &self.made_name("var")), t.clone()),
            (None, Some(v)) => {
                let (e, ty) = self.expr(v);
                self.overflowed(v, &Type::Int, "variable declaration");
                if ty == Type::Void {
                    let text = self.expr_text(v);
                    self.error(v, format!("{text} (no value) used as value"));
                }
                if ty == Type::Nil {
                    self.error(v, "use of untyped nil in variable declaration".into());
                }
                let ty = ty.defaulted();
                (e, ty)
            }
            (None, None) => (Expr::int(0), Type::Invalid),
        };
        match init {
            init if matches!(ty, Type::Slice(_)) => (GlobalKind::Slice(init), ty),
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
                    let text = self.expr_text(v);
                    let text = describe(&text, &ty, false, self.spelling());
                    let message = cannot_use(&text, w, "variable declaration", self.spelling());
                    self.error(v, message);
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
}

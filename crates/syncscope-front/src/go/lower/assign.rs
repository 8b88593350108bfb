//! Declarations and assignments in a function: `:=`, `var`, `=` (of a receive's value and
//! `ok` too), and the shared append that the results panel follows; `op=` and `++` are in
//! `update`.

use super::Lowerer;
use super::decls::field_all;
use super::scope::Resolved;
use super::stmt::list_of;
use super::update::update_op;
use crate::go::syntax::children;
use crate::go::types::{Type, cannot_use, converted};
use syncscope_program::{Block, Expr, Place, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn short_var(&mut self, n: Node, out: &mut Block) {
        let left = list_of(n.child_by_field_name("left"));
        let right = list_of(n.child_by_field_name("right"));
        if self.comma_ok_stmt(n, &left, &right, true, out)
            || self.multi_value(n, &left, &right, true, out)
        {
            return;
        }
        if left.len() != right.len() {
            return self.mismatch(n, &right, left.len());
        }
        if let ([name], [value]) = (left.as_slice(), right.as_slice())
            && self.is_sync_literal(*value)
        {
            return self.hoist(*name, None, Some(*value), out);
        }
        let values: Vec<(Expr, Type)> = right
            .iter()
            .zip(&left)
            .map(|(v, name)| self.naming(*v, *name, |l| l.value(*v)))
            .collect();
        let mut fresh = false;
        let mut stmts = Vec::new();
        for ((name, (e, ty)), value) in left.iter().zip(values).zip(&right) {
            let text = self.text_of(*name).to_string();
            if !super::scope::is_name(*name) {
                self.error(*name, format!("non-name {text} on left side of :="));
                continue;
            }
            if text == "_" {
                stmts.push(StmtKind::Expr(e));
                continue;
            }
            if let Some((slot, have)) = self.in_this_block(&text) {
                let e = self.checked(*name, e, &ty, &have, "assignment");
                stmts.push(StmtKind::Assign(Place::Local(slot), e));
                continue;
            }
            fresh = true;
            if ty == Type::Nil {
                self.error(*value, "use of untyped nil in assignment".into());
            }
            self.overflowed(*value, &Type::Int, "assignment");
            let to = ty.clone().defaulted();
            let slot = self.declare(&text, to.clone(), *name);
            stmts.push(StmtKind::Let(slot, converted(e, &ty, &to)));
        }
        if !fresh && !left.is_empty() {
            // Go puts it at the `:=`.
            let op = children(n).find(|c| !c.is_named() && self.text_of(*c) == ":=");
            return self.error(
                op.unwrap_or(n),
                "no new variables on left side of :=".into(),
            );
        }
        self.push_all(n, stmts, out);
    }

    /// `vars` variables given `values`: Go looks at the values first (what they use counts as
    /// used) and says it at the first.
    pub(super) fn mismatch(&mut self, n: Node, values: &[Node], vars: usize) {
        for v in values {
            self.expr(*v);
        }
        let at = values.first().copied().unwrap_or(n);
        let values = values.len();
        let plural = |k: usize, word: &str| {
            if k == 1 {
                format!("{k} {word}")
            } else {
                format!("{k} {word}s")
            }
        };
        self.error(
            at,
            format!(
                "assignment mismatch: {} but {}",
                plural(vars, "variable"),
                plural(values, "value")
            ),
        );
    }

    /// `e` of type `ty` where a `want` goes.
    fn checked(&mut self, at: Node, e: Expr, ty: &Type, want: &Type, context: &str) -> Expr {
        if self.own_context(at, ty, want) {
            return e;
        }
        if !self.assignable_here(ty, want) {
            let text = self.expr_text(at);
            let text = crate::go::types::describe(&text, ty, false, self.spelling());
            self.error(at, cannot_use(&text, want, context, self.spelling()));
        }
        converted(e, ty, want)
    }

    pub(super) fn local_var(&mut self, spec: Node, out: &mut Block) {
        let names = field_all(spec, "name");
        let type_node = spec.child_by_field_name("type");
        let values = list_of(spec.child_by_field_name("value"));
        if type_node.is_none() && self.comma_ok_stmt(spec, &names, &values, true, out) {
            return;
        }
        if !values.is_empty() && values.len() != names.len() {
            return self.mismatch(spec, &values, names.len());
        }
        let sync_type = type_node.is_some_and(|t| hoisted(&self.canonical(self.text_of(t))));
        if let [name] = names.as_slice()
            && (sync_type || values.first().is_some_and(|v| self.is_sync_literal(*v)))
        {
            return self.hoist(*name, type_node, values.first().copied(), out);
        }
        let want = type_node.map(|t| self.type_of(t));
        let mut stmts = Vec::new();
        let lowered: Vec<(Expr, Type)> = values
            .iter()
            .zip(&names)
            .map(|(v, name)| {
                self.naming(*v, *name, |l| match &want {
                    Some(t) => (l.value_as(*v, t, "variable declaration"), t.clone()),
                    None => l.value(*v),
                })
            })
            .collect();
        if want.is_none()
            && let Some(i) = lowered.iter().position(|(_, t)| *t == Type::Nil)
        {
            self.error(
                values[i],
                "use of untyped nil in variable declaration".into(),
            );
        }
        for (i, name) in names.iter().enumerate() {
            let (e, ty) = match (lowered.get(i), &want) {
                (Some((e, ty)), _) => {
                    if want.is_none() {
                        self.overflowed(values[i], &Type::Int, "variable declaration");
                    }
                    let to = ty.clone().defaulted();
                    (converted(e.clone(), ty, &to), to)
                }
                (None, Some(t)) => {
                    let name = self.text_of(*name).to_string();
                    (self.zero_of(t, &name), t.clone())
                }
                (None, None) => continue,
            };
            let text = self.text_of(*name).to_string();
            let slot = self.declare(&text, ty, *name);
            stmts.push(StmtKind::Let(slot, e));
        }
        self.push_all(spec, stmts, out);
    }

    fn is_sync_literal(&self, v: Node) -> bool {
        v.kind() == "composite_literal"
            && v.child_by_field_name("type")
                .is_some_and(|t| hoisted(&self.canonical(self.text_of(t))))
    }

    /// A WaitGroup or lock declared in a function: in `main`'s own block it lives as long as
    /// the program, so it becomes one of the program's; elsewhere it is made where it is
    /// declared (`local_sync`).
    fn hoist(&mut self, name: Node, type_node: Option<Node>, value: Option<Node>, out: &mut Block) {
        let in_main =
            self.stack.len() == 1 && self.ctx().name == "main" && self.ctx().scopes.len() == 1;
        let want = type_node.map(|t| self.type_of(t));
        let Some((kind, ty)) = self.sync_value(want.as_ref(), value) else {
            return;
        };
        let text = self.text_of(name).to_string();
        if !in_main {
            return self.local_sync(name, &text, (kind, ty), out);
        }
        let g = self.add_global(&text, kind, ty.clone());
        self.bind(&text, super::scope::Binding::Hoisted(g), ty, name, false);
    }

    pub(super) fn assign(&mut self, n: Node, out: &mut Block) {
        let left = list_of(n.child_by_field_name("left"));
        let right = list_of(n.child_by_field_name("right"));
        let op = n
            .child_by_field_name("operator")
            .map_or("=", |o| self.text_of(o))
            .to_string();
        if op != "=" {
            let ([target], [value]) = (left.as_slice(), right.as_slice()) else {
                // Go's parser takes `a, b op= ...` for a list that must go on with `:=`, `=`
                // or a comma.
                let at = n.child_by_field_name("operator").unwrap_or(n);
                return self.error(
                    at,
                    format!("syntax error: unexpected {op}, expected := or = or comma"),
                );
            };
            let Some(bin) = update_op(&op) else {
                return self.unsupported(n, &format!("the operator {op}"));
            };
            return self.update(n, *target, bin, Some(*value), out);
        }
        if self.assigns_package_var(n, &left, &right, out) {
            return;
        }
        if self.comma_ok_stmt(n, &left, &right, false, out)
            || self.multi_value(n, &left, &right, false, out)
        {
            return;
        }
        if left.len() != right.len() {
            return self.mismatch(n, &right, left.len());
        }
        if let ([target], [value]) = (left.as_slice(), right.as_slice())
            && (self.call_first_fails(*target, *value)
                || self.stored_into(n, *target, None, Some(*value), out))
        {
            return;
        }
        if let ([target], [value]) = (left.as_slice(), right.as_slice())
            && let Some(append) = self.shared_append(*target, *value)
        {
            let pc = self.mark(n);
            out.push(Stmt::new(append, pc));
            return;
        }
        if left.iter().any(|t| self.names_pool_new(*t)) {
            self.unsupported(n, "a sync.Pool's New assigned with other values");
            self.used_in(n);
            return;
        }
        // Go evaluates every right side before it assigns any.
        let mut stmts = Vec::new();
        let mut assigns = Vec::new();
        for (target, value) in left.iter().zip(&right) {
            if self.text_of(*target) == "_" {
                let (e, _) = self.value(*value);
                stmts.push(StmtKind::Expr(e));
                continue;
            }
            if left.len() == 1 && self.call_first_fails(*target, *value) {
                continue;
            }
            let Some((dest, ty)) = self.dest_of(*target) else {
                self.used_in(*value);
                continue;
            };
            let e = self.naming(*value, *target, |l| l.value_as(*value, &ty, "assignment"));
            if left.len() == 1 {
                assigns.push(dest.store(e));
            } else {
                let tmp = self.declare("_", ty, *target);
                stmts.push(StmtKind::Let(tmp, e));
                assigns.push(dest.store(Expr::Local(tmp)));
            }
        }
        stmts.extend(assigns);
        self.push_all(n, stmts, out);
    }

    /// A call on the right of a single assignment Go reads first (it may give several
    /// values): where the left's root name (`q` of `q.cond` too) is undefined, a mistake in the
    /// call is the one said, and the left is then not looked at. Otherwise the left comes
    /// first.
    fn call_first_fails(&mut self, target: Node, value: Node) -> bool {
        let mut root = target;
        while let ("selector_expression" | "index_expression", Some(operand)) =
            (root.kind(), root.child_by_field_name("operand"))
        {
            root = operand;
        }
        let name = self.text_of(root).to_string();
        if !self.reads_as_call(value)
            || root.kind() != "identifier"
            || !matches!(self.resolve(&name, false), Resolved::Undefined)
        {
            return false;
        }
        let errors = self.errors.len();
        self.value(value);
        self.errors.len() > errors
    }

    /// `s = append(s, v)` on a package slice: a read, the window, a write, as Go compiles
    /// it, and the first slice appended to is the results panel's.
    fn shared_append(&mut self, target: Node, value: Node) -> Option<StmtKind> {
        let callee = value.child_by_field_name("function")?;
        if value.kind() != "call_expression"
            || self.text_of(callee) != "append"
            || target.kind() != "identifier"
        {
            return None;
        }
        let args: Vec<Node> = children(value.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let [first, item] = args.as_slice() else {
            return None;
        };
        if first.kind() != "identifier" || self.text_of(*first) != self.text_of(target) {
            return None;
        }
        let name = self.text_of(target).to_string();
        if !matches!(self.resolve("append", false), Resolved::Undefined) {
            return None;
        }
        let Resolved::Global(g, Type::Slice(elem)) = self.resolve(&name, true) else {
            return None;
        };
        let value = self.value_as(*item, &elem, "argument to append");
        self.results.get_or_insert(g);
        Some(StmtKind::Append {
            slice: g,
            value,
            hold: Expr::WriteWindow,
            grow: self.grow_of(&elem),
        })
    }
}

/// Whether a variable of this type, declared in a function, is one of the program's
/// WaitGroups or locks (a `sync.Once` is a value of its own, made where it is declared, and
/// a `sync.Locker` an interface).
fn hoisted(ty: &str) -> bool {
    ty.starts_with("sync.") && !matches!(ty, "sync.Once" | "sync.Pool" | "sync.Map" | "sync.Locker")
}

//! Function bodies: parameters, statements, and Go's check that a function with a result
//! returns one.

use super::Lowerer;
use super::scope::FnCtx;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::{Capture, Func, GlobalKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn bodies(&mut self, root: Node) {
        self.generics.bodies_started = true;
        self.generic_bodies(root);
        for n in children(root).filter(|n| n.kind() == "function_declaration") {
            self.body_of(n);
        }
        for n in children(root).filter(|n| n.kind() == "method_declaration") {
            self.method_body(n);
        }
        self.generic_uses(root);
        // Locks are named after their variables, as the lock panel shows them.
        for g in &self.globals {
            if let GlobalKind::Lock(i) = g.kind
                && let Some(name) = self.locks.get_mut(i)
            {
                *name = g.name.clone();
            }
        }
    }

    pub(super) fn body_of(&mut self, n: Node) {
        let Some(name_node) = n.child_by_field_name("name") else {
            return;
        };
        let Some(body) = n.child_by_field_name("body") else {
            return self.error(name_node, "missing function body".into());
        };
        let name = self.text_of(name_node).to_string();
        let init = self
            .inits
            .iter()
            .find(|&&(at, _)| at == n.id())
            .map(|&(_, id)| id);
        let Some(id) = init.or_else(|| self.func_names.get(&name).copied()) else {
            return;
        };
        // A second function of the same name was refused; its body is not this one's.
        if self.funcs[id].is_some() || self.declared_at.get(&id).is_some_and(|&at| at != n.id()) {
            return;
        }
        self.declared_at.insert(id, n.id());
        if matches!(name.as_str(), "main" | "init")
            && (!self.params_of(n).is_empty() || self.result_of(n).is_some())
        {
            self.error(
                name_node,
                format!("func {name} must have no arguments and no return values"),
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
        let mut params = self.receiver_of(decl);
        params.extend(self.params_of(decl));
        for (pname, ty, at) in &params {
            self.declare(
                pname.as_deref().unwrap_or("_"),
                ty.clone().in_function(),
                *at,
            );
            if let Some(local) = self.ctx().scopes.last_mut().and_then(|s| s.last_mut()) {
                local.used = true;
            }
        }
        let mut stmts = self.named_results(decl);
        stmts.extend(self.statements(body));
        if result.is_some() && !super::stmt::terminates(&stmts) {
            let end = body.end_position();
            let (line, col) = ((end.row + 1).saturating_sub(self.added).max(1), end.column);
            self.errors.push(crate::go::GoError::at(
                line,
                col.max(1),
                "missing return".into(),
            ));
        }
        self.close_block();
        // Named results are what the function gives after its deferred calls ran (and after
        // one of them recovered): read then, not at the `return`.
        let named = self.bare_return();
        let ctx = self.stack.pop().expect("the function's context");
        let captures = ctx.captures.iter().map(|c| c.1).collect();
        self.follow_captures(id, &ctx.captures);
        let func = Func {
            name: name.to_string(),
            mark,
            params: params.len(),
            slots: ctx.boxed.len(),
            boxed: ctx.boxed,
            captures: ctx.captures.len(),
            body: stmts,
            recovered: named.or_else(|| result.map(|t| self.zero_of(&t, "result"))),
        };
        (func, captures)
    }
}

//! `switch x := v.(type)`: a chain of `if`s on the dynamic type of `v`, inside a
//! `StmtKind::Switch` that a `break` leaves. In a case of one type `x` is the value of that
//! type; in a case of several, `nil` or `default` it is `v` itself.

use super::Lowerer;
use super::decls::field_all;
use super::switch::{Clause, chain};
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::{BinOp, Block, Expr, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn type_switch(&mut self, n: Node, out: &mut Block) {
        self.open_block();
        if let Some(init) = n.child_by_field_name("initializer") {
            self.stmt(init, out);
        }
        let pc = self.mark(n);
        let alias = n
            .child_by_field_name("alias")
            .and_then(|list| list.named_child(0));
        let Some(value) = n.child_by_field_name("value") else {
            return self.close_block();
        };
        let value = match value.kind() {
            "type_assertion_expression" => value.child_by_field_name("operand").unwrap_or(value),
            _ => value,
        };
        let (x, xt) = self.value(value);
        let from = match &xt {
            Type::Iface(id, _) => self.ifaces.defs[*id].rt.clone(),
            Type::Invalid => "interface {}".into(),
            other => {
                let text = self.described(value, &x, other);
                self.error(value, format!("{text} is not an interface"));
                "interface {}".into()
            }
        };
        let tmp = self.declare("_", xt.clone(), value);
        out.push(Stmt::new(StmtKind::Let(tmp, x), pc));
        let alias_name = alias.map(|a| self.text_of(a).to_string());
        let mut alias_used = false;
        let mut clauses = Vec::new();
        self.ctx().selects += 1;
        for case in children(n).filter(|c| matches!(c.kind(), "type_case" | "default_case")) {
            let types: Vec<Node> = field_all(case, "type")
                .into_iter()
                .filter(|t| t.is_named())
                .collect();
            let mut cond: Option<Expr> = None;
            let mut single: Option<Type> = None;
            for t in &types {
                let to = if self.text_of(*t) == "nil" {
                    None
                } else {
                    let ty = self.type_of(*t);
                    if ty == Type::Invalid {
                        continue;
                    }
                    if let Type::Iface(id, _) = xt
                        && !matches!(ty, Type::Iface(..))
                        && self.missing_method(&ty, id).is_some()
                    {
                        let text = self.text_of(*t).to_string();
                        self.error(*t, format!("impossible type switch case: {text}"));
                    }
                    single = Some(ty.clone());
                    Some(self.assert_to(&ty))
                };
                let test = Expr::TypeIs(Box::new(Expr::Local(tmp)), to);
                cond = Some(match cond {
                    Some(c) => Expr::Binary(BinOp::Or, Box::new(c), Box::new(test)),
                    None => test,
                });
            }
            let is_default = case.kind() == "default_case";
            let cond = match (is_default, cond) {
                (true, _) => None,
                (false, c) => Some(c.unwrap_or(Expr::Lit(syncscope_program::Lit::Bool(false)))),
            };
            let case_pc = self.mark(case);
            self.open_block();
            let mut body = Vec::new();
            if let (Some(name), Some(at)) = (&alias_name, alias) {
                let one = single.filter(|_| types.len() == 1);
                let (ty, e) = match one {
                    Some(ty) => {
                        let to = self.assert_to(&ty);
                        let e = Expr::Assert {
                            x: Box::new(Expr::Local(tmp)),
                            to,
                            from: from.clone(),
                            ok: None,
                        };
                        (ty, e)
                    }
                    None => (xt.clone(), Expr::Local(tmp)),
                };
                let slot = self.declare(name, ty, at);
                body.push(Stmt::new(StmtKind::Let(slot, e), None));
            }
            body.extend(self.statements(case));
            if let Some(name) = &alias_name {
                alias_used |= self.take_used(name);
            }
            self.close_block();
            clauses.push(Clause {
                cond,
                body,
                falls: false,
                pc: case_pc,
            });
        }
        self.ctx().selects -= 1;
        if let (Some(name), Some(at), false) = (&alias_name, alias, alias_used) {
            self.error(at, format!("{name} declared and not used"));
        }
        self.close_block();
        out.push(Stmt::new(StmtKind::Switch(chain(clauses)), None));
    }

    /// Whether the innermost block's `name` was read; it is marked read, so that a type
    /// switch's variable is said unused once, for all its cases.
    fn take_used(&mut self, name: &str) -> bool {
        let scope = self.ctx().scopes.last_mut();
        let local = scope.and_then(|s| s.iter_mut().rev().find(|l| l.name == name));
        local.is_some_and(|l| std::mem::replace(&mut l.used, true))
    }
}

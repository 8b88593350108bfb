//! Functions of several results: `return a, b`, and `a, b := f()` / `a, b = f()`. The
//! results travel as one slice value (`Expr::SliceLit`), taken apart by index into the
//! variables, so the engine needs nothing new for them.

use super::Lowerer;
use crate::go::syntax::children;
use crate::go::types::{Type, cannot_use, converted, describe, types_summary};
use syncscope_program::{Block, Expr, Place, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `a, b := f()` (`define`) or `a, b = f()`: whether this was one (then it is lowered).
    pub(super) fn multi_value(
        &mut self,
        n: Node,
        left: &[Node],
        right: &[Node],
        define: bool,
        out: &mut Block,
    ) -> bool {
        let [call] = right else { return false };
        let assertion = call.kind() == "type_assertion_expression" && left.len() == 2;
        if !assertion
            && !self.is_errors_as_type(*call)
            && (!self.reads_as_call(*call) || (left.len() < 2 && !self.returns_several(*call)))
        {
            return false;
        }
        let (e, ty) = if assertion {
            self.assertion(*call, true)
        } else {
            self.expr(*call)
        };
        let parts = match ty {
            Type::Tuple(parts) => parts,
            Type::Invalid => return true,
            Type::Void => {
                let text = self.expr_text(*call);
                self.error(*call, format!("{text} (no value) used as value"));
                return true;
            }
            _ => vec![ty],
        };
        if parts.len() != left.len() {
            let callee = call
                .child_by_field_name("function")
                // `errors.AsType[T](err)`, read as a conversion.
                .or_else(|| call.child_by_field_name("type"))
                .map_or(String::new(), |f| self.expr_text(f));
            let plural = |k: usize, word: &str| match k {
                1 => format!("1 {word}"),
                k => format!("{k} {word}s"),
            };
            let message = format!(
                "assignment mismatch: {} but {callee} returns {}",
                plural(left.len(), "variable"),
                plural(parts.len(), "value")
            );
            self.error(*call, message);
            return true;
        }
        let tmp = self.declare("_", Type::Invalid, *call);
        let mut stmts = vec![StmtKind::Let(tmp, e)];
        let mut fresh = false;
        for (i, (name, ty)) in left.iter().zip(parts).enumerate() {
            let part = Expr::Index(Box::new(Expr::Local(tmp)), Box::new(Expr::int(i as i64)));
            let text = self.text_of(*name).to_string();
            if text == "_" {
                continue;
            }
            if define {
                if let Some((slot, have)) = self.in_this_block(&text) {
                    let part = self.part_as(*call, part, &ty, &have);
                    stmts.push(StmtKind::Assign(Place::Local(slot), part));
                } else {
                    fresh = true;
                    let slot = self.declare(&text, ty, *name);
                    stmts.push(StmtKind::Let(slot, part));
                }
            } else if let Some((dest, want)) = self.dest_of(*name) {
                let part = self.part_as(*call, part, &ty, &want);
                stmts.push(dest.store(part));
            }
        }
        if define && !fresh {
            // Go puts it at the `:=`.
            let op = children(n).find(|c| !c.is_named() && self.text_of(*c) == ":=");
            self.error(
                op.unwrap_or(n),
                "no new variables on left side of :=".into(),
            );
        }
        self.push_all(n, stmts, out);
        true
    }

    /// One of the call's results, `part` of type `ty`, as a value of `want`: boxed with its
    /// method set checked where an interface is wanted, as a single assignment's value is.
    fn part_as(&mut self, call: Node, part: Expr, ty: &Type, want: &Type) -> Expr {
        match want {
            Type::Iface(id, _) if !matches!(ty, Type::Iface(..)) => {
                self.boxed_as(call, part, ty, *id, "assignment")
            }
            _ => {
                self.assignable(call, ty, want);
                self.compared(part, ty, want)
            }
        }
    }

    fn assignable(&mut self, at: Node, ty: &Type, want: &Type) {
        if !self.assignable_here(ty, want) {
            let text = describe(&self.expr_text(at), ty, false, self.spelling());
            self.error(at, cannot_use(&text, want, "assignment", self.spelling()));
        }
    }

    /// `f(g())` with `g` of several results: Go passes them as the arguments. `None` if
    /// `args` is no such call; else the arguments, each result as the parameter of `params`
    /// takes it (put in an interface where one is wanted), or, with `params` `None`, as fmt
    /// prints it. What syncscope cannot pass that way (a result that must be converted, a
    /// count or type Go would refuse) is refused, and no argument is given.
    pub(super) fn spread_results(
        &mut self,
        args: &[Node],
        params: Option<&[Type]>,
    ) -> Option<Vec<Expr>> {
        let [one] = args else { return None };
        // Only a call's one argument passes its results (`fmt.Printf(f, g())` is Go's
        // "multiple-value in single-value context", said where the value is read).
        let alone = one
            .parent()
            .is_some_and(|list| crate::go::syntax::elements(list).count() == 1);
        if !alone || one.kind() != "call_expression" || !self.returns_several(*one) {
            return None;
        }
        let (call, ty) = self.expr(*one);
        let Type::Tuple(parts) = ty else {
            return Some(Vec::new());
        };
        // Into a variadic function the results past its fixed parameters are its slice.
        let (params, packed_from) = match params {
            Some([fixed @ .., Type::Variadic(elem)]) if parts.len() >= fixed.len() => {
                let mut each = fixed.to_vec();
                each.resize(parts.len(), elem.as_ref().clone());
                (Some(each), Some(fixed.len()))
            }
            Some(params) if params.len() == parts.len() => (Some(params.to_vec()), None),
            Some(_) => (Some(Vec::new()), None),
            None => (None, None),
        };
        // A stand-in for each result, to see what passing it makes of it.
        let stand_in = Expr::NilChan;
        let mut boxes = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let made = match &params {
                None => Some(self.printed(*one, stand_in.clone(), part)),
                Some(params) => params.get(i).and_then(|want| {
                    self.assignable_here(part, want)
                        .then(|| self.compared(stand_in.clone(), part, want))
                }),
            };
            match made {
                Some(e) if e == stand_in => boxes.push(None),
                Some(Expr::ToIface(id, inner)) if *inner == stand_in => boxes.push(Some(id)),
                _ => {
                    self.unsupported(*one, "passing a call's several results as arguments");
                    return Some(Vec::new());
                }
            }
        }
        Some(vec![Expr::Results(Box::new(call), boxes, packed_from)])
    }

    /// Whether `call` calls a function of the file declared with several results.
    fn returns_several(&mut self, call: Node) -> bool {
        let Some(callee) = call.child_by_field_name("function") else {
            return false;
        };
        if self.lib_returns_several(callee) || self.generic_returns_several(call) {
            return true;
        }
        if callee.kind() == "selector_expression" {
            return self.method_returns_several(callee);
        }
        let name = self.text_of(callee).to_string();
        if callee.kind() != "identifier" {
            return false;
        }
        let several =
            |t: &Type| matches!(t.under(), Type::Func(_, Some(r)) if matches!(**r, Type::Tuple(_)));
        match self.resolve(&name, false) {
            super::scope::Resolved::Func(f) => matches!(self.sigs[f].result, Some(Type::Tuple(_))),
            // A function value: `v := sync.OnceValues(load)`, `fmt.Println(v())`.
            super::scope::Resolved::Local(_, t)
            | super::scope::Resolved::Captured(_, t)
            | super::scope::Resolved::Global(_, t) => several(&t),
            _ => false,
        }
    }

    /// Whether `x.m` names a method of several results (`u.User.Password`, one of the file's).
    fn method_returns_several(&mut self, callee: Node) -> bool {
        let (Some(operand), Some(field)) = (
            callee.child_by_field_name("operand"),
            callee.child_by_field_name("field"),
        ) else {
            return false;
        };
        let peeked = self.peek_type(operand);
        let member = self.text_of(field).to_string();
        if peeked.as_ref().is_some_and(super::sync_map::is_sync_map) {
            return super::sync_map::returns_two(&member);
        }
        let Some(id) = peeked.and_then(|t| Self::methods_id(&t)) else {
            return false;
        };
        self.structs
            .methods
            .get(&(id, member))
            .is_some_and(|m| matches!(self.sigs[m.func].result, Some(Type::Tuple(_))))
    }

    /// A function's named results, declared with their zero values: the statements that
    /// start its body.
    pub(super) fn named_results(&mut self, decl: Node) -> Block {
        let Some(list) = decl
            .child_by_field_name("result")
            .filter(|r| r.kind() == "parameter_list")
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for p in crate::go::syntax::children(list) {
            let Some(t) = p.child_by_field_name("type") else {
                continue;
            };
            for name in super::decls::field_all(p, "name") {
                let ty = self.type_of(t);
                let text = self.text_of(name).to_string();
                let slot = self.declare(&text, ty.clone(), name);
                // Go does not ask a result to be used.
                if let Some(local) = self.ctx().scopes.last_mut().and_then(|s| s.last_mut()) {
                    local.used = true;
                }
                self.ctx().named.push(slot);
                out.push(syncscope_program::Stmt::new(
                    StmtKind::Let(slot, ty.zero()),
                    None,
                ));
            }
        }
        out
    }

    /// What a bare `return` gives in a function of named results.
    pub(super) fn bare_return(&mut self) -> Option<Expr> {
        let named: Vec<Expr> = self.ctx().named.iter().map(|s| Expr::Local(*s)).collect();
        match named.len() {
            0 => None,
            1 => named.into_iter().next(),
            _ => Some(Expr::SliceLit(named)),
        }
    }

    /// `return a, b` in a function of results `want`.
    pub(super) fn return_values(
        &mut self,
        n: Node,
        values: &[Node],
        want: &[Type],
    ) -> Option<Expr> {
        if let [one] = values
            && self.reads_as_call(*one)
        {
            let (e, ty) = self.expr(*one);
            if let Type::Tuple(parts) = &ty {
                if parts.as_slice() == want {
                    return Some(e);
                }
                self.return_count(n, parts, want);
                return None;
            }
            if ty != Type::Invalid {
                self.return_count(n, &[ty], want);
            }
            return None;
        }
        if values.len() != want.len() {
            let have: Vec<Type> = values.iter().map(|v| self.expr(*v).1).collect();
            self.return_count(n, &have, want);
            return None;
        }
        let parts = values
            .iter()
            .zip(want)
            .map(|(v, t)| {
                let (e, ty) = self.value(*v);
                // `return nil, err` of a slice, map or function result.
                if ty == Type::Nil
                    && let Some(nil) = super::nils::nil_of(t)
                {
                    return nil;
                }
                if !self.assignable_here(&ty, t) {
                    let text = self.described(*v, &e, &ty);
                    self.error(
                        *v,
                        cannot_use(&text, t, "return statement", self.spelling()),
                    );
                }
                match t {
                    Type::Iface(id, _) => self.boxed_as(*v, e, &ty, *id, "return statement"),
                    _ => converted(e, &ty, t),
                }
            })
            .collect();
        Some(Expr::SliceLit(parts))
    }

    /// Go's words for a return of the wrong number of values (the have and want it gives
    /// on lines of their own kept on the one line).
    pub(super) fn return_count(&mut self, n: Node, have: &[Type], want: &[Type]) {
        let shown = |ts: &[Type]| types_summary(ts, self.spelling());
        let few = if have.len() < want.len() {
            "not enough"
        } else {
            "too many"
        };
        // Go points at the first value too many, or the last of too few.
        let values = super::stmt::list_of(n.named_child(0));
        let at = values
            .get(if have.len() > want.len() {
                want.len()
            } else {
                values.len().saturating_sub(1)
            })
            .copied()
            .unwrap_or(n);
        let message = format!(
            "{few} return values: have {}, want {}",
            shown(have),
            shown(want)
        );
        self.error(at, message);
    }
}

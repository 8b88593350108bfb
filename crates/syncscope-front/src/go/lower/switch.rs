//! Expression `switch`, with a tag or without, several values per case, `default` anywhere,
//! and `fallthrough`: lowered into a chain of `if`s inside a `StmtKind::Switch`, which a
//! `break` leaves. A clause that falls through is followed by a copy of the next one's body.

use super::Lowerer;
use crate::go::syntax::{children, elements};
use crate::go::types::{Type, Untyped, converted, describe, of_type};
use syncscope_program::{BinOp, Block, Expr, Lit, Stmt, StmtKind};
use tree_sitter::Node;

/// One clause: its condition (`None` for default), its body, whether it falls through, and
/// the mark of its `case` line.
pub(super) struct Clause {
    pub(super) cond: Option<Expr>,
    pub(super) body: Block,
    pub(super) falls: bool,
    pub(super) pc: Option<u16>,
}

impl Lowerer<'_> {
    pub(super) fn switch(&mut self, n: Node, out: &mut Block) {
        self.open_block();
        if let Some(init) = n.child_by_field_name("initializer") {
            self.stmt(init, out);
        }
        let pc = self.mark(n);
        let tag = n.child_by_field_name("value").map(|v| {
            let (e, ty) = self.value(v);
            let ty = ty.defaulted();
            let slot = self.declare("_", ty.clone(), v);
            out.push(Stmt::new(StmtKind::Let(slot, e), pc));
            (slot, ty, self.expr_text(v))
        });
        let cases: Vec<Node> = children(n)
            .filter(|c| matches!(c.kind(), "expression_case" | "default_case"))
            .collect();
        let mut clauses = Vec::new();
        let mut seen = Vec::new();
        let mut default_at: Option<Node> = None;
        self.ctx().selects += 1;
        for (i, case) in cases.iter().enumerate() {
            let cond = case
                .child_by_field_name("value")
                .map(|values| self.case_values(values, tag.as_ref(), &mut seen));
            if cond.is_none() {
                match default_at {
                    Some(first) => {
                        let message = format!("multiple defaults (first at {})", self.place(first));
                        self.error(*case, message);
                    }
                    None => default_at = Some(*case),
                }
            }
            let pc = self.mark(*case);
            let falls = last_statement(*case).is_some_and(|s| s.kind() == "fallthrough_statement");
            if falls
                && i + 1 == cases.len()
                && let Some(f) = last_statement(*case)
            {
                self.error(f, "cannot fallthrough final case in switch".into());
            }
            let body = self.block(*case);
            clauses.push(Clause {
                cond,
                body,
                falls,
                pc,
            });
        }
        self.ctx().selects -= 1;
        self.close_block();
        let chain = chain(clauses);
        out.push(Stmt::new(StmtKind::Switch(chain), None));
    }

    /// A case's values as one condition: equal to the tag, or true without one.
    fn case_values(
        &mut self,
        values: Node,
        tag: Option<&(usize, Type, String)>,
        seen: &mut Vec<Lit>,
    ) -> Expr {
        let mut cond: Option<Expr> = None;
        for v in elements(values) {
            let (e, ty) = self.value(v);
            let text = self.expr_text(v);
            let test = match tag {
                Some((slot, want, tag_text)) => {
                    if matches!(ty, Type::Untyped(_)) && !ty.assignable_to(want) {
                        let what = describe(&text, &ty, false, self.spelling());
                        let want = want.spelled(self.spelling());
                        self.error(v, format!("cannot convert {what} to type {want}"));
                    } else if !ty.assignable_to(want) {
                        let spelling = self.spelling();
                        let (ty, want) = (ty.spelled(spelling), want.spelled(spelling));
                        self.error(
                            v,
                            format!(
                                "invalid case {text} in switch on {tag_text} (mismatched types \
                                 {ty} and {want})"
                            ),
                        );
                    }
                    let e = converted(e, &ty, want);
                    if let Some(lit) = literal(&e) {
                        if seen.contains(&lit) {
                            let of = of_type(want, self.spelling());
                            let message = format!(
                                "duplicate case {text} (constant {of}) in expression switch"
                            );
                            self.error(v, message);
                        }
                        seen.push(lit);
                    }
                    Expr::Binary(BinOp::Eq, Box::new(Expr::Local(*slot)), Box::new(e))
                }
                None => {
                    if !matches!(
                        ty,
                        Type::Bool | Type::Untyped(Untyped::Bool) | Type::Invalid
                    ) {
                        self.error(
                            v,
                            format!(
                                "invalid case {text} in switch on true (mismatched types {} and \
                                 bool)",
                                ty.spelled(self.spelling())
                            ),
                        );
                    }
                    e
                }
            };
            cond = Some(match cond {
                Some(c) => Expr::Binary(BinOp::Or, Box::new(c), Box::new(test)),
                None => test,
            });
        }
        cond.unwrap_or(Expr::Lit(Lit::Bool(false)))
    }

    /// `fallthrough` where the switch lowering takes it (the last statement of a case that
    /// is not the last): nothing to run; anywhere else Go's error.
    pub(super) fn fallthrough(&mut self, n: Node) {
        let in_case = n
            .parent()
            .and_then(|list| list.parent())
            .filter(|c| matches!(c.kind(), "expression_case" | "default_case"));
        let last = in_case.and_then(last_statement).map(|s| s.id());
        if last != Some(n.id()) {
            self.error(n, "fallthrough statement out of place".into());
        }
    }
}

/// A case's last statement.
fn last_statement(case: Node) -> Option<Node> {
    let list = children(case).find(|c| c.kind() == "statement_list")?;
    children(list)
        .filter(|c| c.is_named() && c.kind() != "comment")
        .last()
}

/// The clauses in the order Go tries them: the cases top to bottom, then the default.
pub(super) fn chain(clauses: Vec<Clause>) -> Block {
    // What each clause runs: its body, then the next one's if it falls through.
    let mut runs: Vec<Block> = vec![Vec::new(); clauses.len()];
    for i in (0..clauses.len()).rev() {
        let mut body = clauses[i].body.clone();
        if clauses[i].falls
            && let Some(next) = runs.get(i + 1)
        {
            body.extend(next.iter().cloned());
        }
        runs[i] = body;
    }
    let mut default = Vec::new();
    let mut cases = Vec::new();
    for (clause, run) in clauses.into_iter().zip(runs) {
        match clause.cond {
            Some(cond) => cases.push((cond, run, clause.pc)),
            None => default = run,
        }
    }
    let mut tail = default;
    for (cond, run, pc) in cases.into_iter().rev() {
        tail = vec![Stmt::new(StmtKind::If(cond, run, tail), pc)];
    }
    tail
}

/// A case value that is a constant as written, for Go's check of duplicate cases.
fn literal(e: &Expr) -> Option<Lit> {
    match e {
        Expr::Lit(lit @ (Lit::Int(_) | Lit::Str(_))) => Some(lit.clone()),
        Expr::Convert(_, x) => literal(x),
        _ => super::timers::constant(e).map(Lit::Int),
    }
}

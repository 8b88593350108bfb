//! `for x := range f` over a function (Go 1.23's iterators, `iter.Seq[T]` and
//! `iter.Seq2[K, V]`): the loop's body becomes the `yield` function that `f` is called with,
//! as Go's compiler rewrites it. In that body `continue` is yield's `true`, `break` its
//! `false`, and `return` leaves the enclosing function: the body sets a flag of the loop's
//! (and the value returned), gives `false`, and a check of the flag after `f` returns.

use super::Lowerer;
use super::scope::{FnCtx, Resolved};
use super::stmt::list_of;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::{BinOp, Block, Expr, Func, Lit, Place, Stmt, StmtKind, UnOp};
use tree_sitter::Node;

/// What a `return` in a range-over-function body leaves: the enclosing function's result
/// type, and the names of the loop's flag and value in the function around the body.
#[derive(Clone)]
pub(crate) struct RangeExit {
    result: Option<Type>,
    flag: String,
    value: String,
    /// Set when the body gave `false`: a `yield` after it is Go's panic.
    done: String,
}

impl Lowerer<'_> {
    /// The range over `e`, a function that calls `yield` with values of `yielded`.
    // The loop's parts, as `range` has them at hand.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        n: Node,
        over: Node,
        names: &[Node],
        assign: bool,
        body: Node,
        (e, shown): (Expr, &Type),
        yielded: Vec<Type>,
        out: &mut Block,
    ) {
        if names.len() > yielded.len() {
            let text = self.described(over, &e, shown);
            let words = match yielded.len() {
                0 => "permits no iteration variables",
                _ => "permits only one iteration variable",
            };
            self.error(names[yielded.len()], format!("range over {text} {words}"));
            return self.refused_range(names, body);
        }
        if let Some((at, what)) = unrun(body, self.text) {
            self.unsupported(at, what);
            return self.refused_range(names, body);
        }
        let outer = self.ctx();
        let result = match &outer.range_exit {
            Some(exit) => exit.result.clone(),
            None => outer.result.clone(),
        };
        let prefix = format!("{}-range", outer.name);
        let k = self.names.iter().filter(|n| n.starts_with(&prefix)).count() + 1;
        let name = format!("{prefix}{k}");
        let id = self.new_func(&name);
        self.sigs[id] = super::Sig {
            params: yielded.clone(),
            result: Some(Type::Bool),
        };
        // The loop's flag and value, in the function around it, where the body's `return`
        // finds them by name.
        let exit = RangeExit {
            result: result.clone(),
            flag: format!("range#{id}"),
            value: format!("range#{id}v"),
            done: format!("range#{id}d"),
        };
        for name in [&exit.flag, &exit.done] {
            let slot = self.hidden_local(name, Type::Bool, n);
            out.push(Stmt::new(
                StmtKind::Let(slot, Expr::Lit(Lit::Bool(false))),
                None,
            ));
        }
        if let Some(ty) = &result {
            let value = self.hidden_local(&exit.value, ty.clone(), n);
            out.push(Stmt::new(StmtKind::Let(value, Expr::int(0)), None));
        }
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        let mut ctx = FnCtx::new(mark, name.clone(), Some(Type::Bool));
        ctx.range_exit = Some(exit.clone());
        self.stack.push(ctx);
        let mut prefix = Vec::new();
        for (i, ty) in yielded.iter().enumerate() {
            if self
                .range_var(names, i, ty.clone(), assign, &mut prefix)
                .is_none()
            {
                self.declare("_", ty.clone(), over);
            }
        }
        // One round of a loop: `continue` ends it as its end does, `break` leaves it before
        // the round is counted.
        let rounds = self.declare("_", Type::Int, over);
        let inner = self.range_body(body, prefix);
        let count = Expr::Local(rounds);
        let cond = Expr::Binary(BinOp::Lt, Box::new(count.clone()), Box::new(Expr::int(1)));
        let post = Stmt::new(
            StmtKind::Update(Place::Local(rounds), BinOp::Add, Expr::int(1)),
            None,
        );
        let finished = Expr::Binary(BinOp::Eq, Box::new(count), Box::new(Expr::int(1)));
        // A `yield` after the body gave `false` is Go's panic; giving `false` marks it so.
        let (done, done_place) = self.hidden_read(&exit.done);
        let again = Expr::Lib(syncscope_program::Lib::RangeContinued, Vec::new());
        let again = vec![Stmt::new(StmtKind::Expr(again), None)];
        let stopped = Stmt::new(
            StmtKind::Assign(done_place, Expr::Lit(Lit::Bool(true))),
            None,
        );
        let unfinished = Expr::Unary(UnOp::Not, Box::new(finished.clone()));
        let stmts = vec![
            Stmt::new(StmtKind::If(done, again, Vec::new()), None),
            Stmt::new(StmtKind::Let(rounds, Expr::int(0)), None),
            Stmt::new(
                StmtKind::For {
                    cond: Some(cond),
                    post: Some(Box::new(post)),
                    body: inner,
                    fresh: Vec::new(),
                },
                None,
            ),
            Stmt::new(StmtKind::If(unfinished, vec![stopped], Vec::new()), None),
            Stmt::new(StmtKind::Return(Some(finished)), None),
        ];
        self.close_block();
        let Some(ctx) = self.stack.pop() else {
            return;
        };
        let captures = ctx.captures.iter().map(|c| c.1).collect();
        self.follow_captures(id, &ctx.captures);
        self.funcs[id] = Some(Func {
            name,
            mark,
            params: yielded.len(),
            slots: ctx.boxed.len(),
            boxed: ctx.boxed,
            captures: ctx.captures.len(),
            body: stmts,
            recovered: Some(Expr::Lit(Lit::Bool(false))),
        });
        let pc = self.mark(n);
        let call = Expr::CallValue(Box::new(e), vec![Expr::Closure(id, captures)]);
        out.push(Stmt::new(StmtKind::Expr(call), pc));
        // The body returned: so does the function around the loop.
        let (flag, _) = self.hidden_read(&exit.flag);
        let value = result.map(|_| self.hidden_read(&exit.value).0);
        let leave = self.leave_with(value, None);
        out.push(Stmt::new(StmtKind::If(flag, leave, Vec::new()), None));
    }

    /// `return` in a range-over-function body: the enclosing function's, checked against its
    /// result, then the body's flag set and `false` given.
    pub(super) fn range_func_return(&mut self, n: Node, out: &mut Block) {
        let Some(exit) = self.ctx().range_exit.clone() else {
            return;
        };
        if list_of(n.named_child(0)).is_empty() && exit.result.is_some() {
            return self.unsupported(n, "a bare return in a range over a function");
        }
        let ctx = self.ctx();
        let body_result = std::mem::replace(&mut ctx.result, exit.result.clone());
        ctx.range_exit = None;
        let mut lowered = Vec::new();
        self.return_stmt(n, &mut lowered);
        let ctx = self.ctx();
        ctx.result = body_result;
        ctx.range_exit = Some(exit);
        for stmt in lowered {
            match stmt.kind {
                StmtKind::Return(value) => out.extend(self.leave_with(value, stmt.pc)),
                _ => out.push(stmt),
            }
        }
    }

    /// Leaving the function with `value`: a `return`, or in a range-over-function body, the
    /// flag and value of its loop set and `false` given.
    fn leave_with(&mut self, value: Option<Expr>, pc: Option<u16>) -> Block {
        let Some(exit) = self.ctx().range_exit.clone() else {
            return vec![Stmt::new(StmtKind::Return(value), pc)];
        };
        let mut out = Vec::new();
        if let Some(value) = value {
            let place = self.hidden_read(&exit.value).1;
            out.push(Stmt::new(StmtKind::Assign(place, value), pc));
        }
        for name in [&exit.flag, &exit.done] {
            let place = self.hidden_read(name).1;
            out.push(Stmt::new(
                StmtKind::Assign(place, Expr::Lit(Lit::Bool(true))),
                pc,
            ));
        }
        let stop = Expr::Lit(Lit::Bool(false));
        out.push(Stmt::new(StmtKind::Return(Some(stop)), None));
        out
    }

    /// A variable of syncscope's own, found by a name no Go variable has.
    pub(super) fn hidden_local(
        &mut self,
        name: &str,
        ty: Type,
        at: Node,
    ) -> syncscope_program::Slot {
        let slot = self.declare(name, ty, at);
        if let Some(local) = self.ctx().scopes.last_mut().and_then(|s| s.last_mut()) {
            local.used = true;
        }
        slot
    }

    /// The hidden variable `name` as read and as written here.
    fn hidden_read(&mut self, name: &str) -> (Expr, Place) {
        match self.resolve(name, true) {
            Resolved::Captured(i, _) => (Expr::Captured(i), Place::Captured(i)),
            Resolved::Local(slot, _) => (Expr::Local(slot), Place::Local(slot)),
            _ => (Expr::int(0), Place::Local(0)),
        }
    }
}

/// What a range-over-function body holds that syncscope does not run yet: `defer` (which
/// Go runs when the enclosing function ends) and a jump to a label outside the body.
fn unrun<'t>(body: Node<'t>, source: &str) -> Option<(Node<'t>, &'static str)> {
    let mut labels = Vec::new();
    collect_labels(body, source, &mut labels);
    find_unrun(body, source, &labels)
}

fn collect_labels<'s>(n: Node, source: &'s str, labels: &mut Vec<&'s str>) {
    for c in children(n) {
        if c.kind() == "func_literal" {
            continue;
        }
        if c.kind() == "labeled_statement"
            && let Some(l) = c.child_by_field_name("label")
        {
            labels.push(&source[l.byte_range()]);
        }
        collect_labels(c, source, labels);
    }
}

fn find_unrun<'t>(n: Node<'t>, source: &str, labels: &[&str]) -> Option<(Node<'t>, &'static str)> {
    for c in children(n) {
        match c.kind() {
            "func_literal" => continue,
            "defer_statement" => return Some((c, "defer in a range over a function")),
            "break_statement" | "continue_statement" => {
                if let Some(l) = c.named_child(0)
                    && !labels.contains(&&source[l.byte_range()])
                {
                    return Some((
                        c,
                        "break or continue to a label outside a range over a function's body",
                    ));
                }
            }
            _ => {}
        }
        if let Some(found) = find_unrun(c, source, labels) {
            return Some(found);
        }
    }
    None
}

//! Statements: declarations, assignments, control flow and returns, each marked with its
//! line so the code panel can follow the goroutines through the user's own source.

use super::Lowerer;
use super::decls::specs;
use crate::go::syntax::{children, elements};
use crate::go::types::{Type, Untyped};
use syncscope_program::{Block, Expr, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// A block's statements, in the current scope (a function body is its parameters'
    /// block).
    pub(super) fn statements(&mut self, block: Node) -> Block {
        let mut out = Vec::new();
        for list in children(block).filter(|c| c.kind() == "statement_list") {
            let stmts: Vec<Node> = children(list)
                .filter(|c| c.is_named() && c.kind() != "comment")
                .collect();
            let mut i = 0;
            while i < stmts.len() {
                if let Some((acted, taken)) = self.acted(&stmts[i..]) {
                    out.extend(acted);
                    i += taken;
                    continue;
                }
                self.stmt(stmts[i], &mut out);
                i += 1;
            }
        }
        out
    }

    pub(super) fn block(&mut self, block: Node) -> Block {
        if !self.deeper(block) {
            return Vec::new();
        }
        self.open_block();
        let b = self.statements(block);
        self.close_block();
        self.depth -= 1;
        b
    }

    /// A loop's body, where `break` and `continue` belong.
    pub(super) fn loop_body(&mut self, body: Node) -> Block {
        self.ctx().loops += 1;
        let b = self.block(body);
        self.ctx().loops -= 1;
        b
    }

    pub(super) fn stmt(&mut self, n: Node, out: &mut Block) {
        let errors = self.errors.len();
        self.stmt_kind(n, out);
        if self.errors.len() > errors {
            self.used_after_error(n);
        }
    }

    /// What a simple statement that Go refused uses counts as used, as Go counts it: no second
    /// message (`declared and not used`, `imported and not used`) that only follows from the
    /// first. A variable declared with a value Go refused counts as used too; the left side of
    /// an assignment does not (Go "uses" only what it reads). A statement with blocks of its
    /// own is left to its statements.
    fn used_after_error(&mut self, n: Node) {
        match n.kind() {
            "expression_statement"
            | "short_var_declaration"
            | "var_declaration"
            | "go_statement"
            | "defer_statement"
            | "send_statement"
            | "return_statement"
            | "inc_statement"
            | "dec_statement" => self.used_in(n),
            "assignment_statement" => {
                if let Some(right) = n.child_by_field_name("right") {
                    self.used_in(right);
                }
                for left in list_of(n.child_by_field_name("left")) {
                    if left.kind() != "identifier" {
                        self.used_in(left);
                    }
                }
            }
            _ => {}
        }
    }

    fn stmt_kind(&mut self, n: Node, out: &mut Block) {
        match n.kind() {
            "comment" | "empty_statement" => {}
            "expression_statement" => {
                if let Some(e) = n.named_child(0) {
                    self.expr_stmt(n, e, out);
                }
            }
            "short_var_declaration" => self.short_var(n, out),
            "var_declaration" => {
                for spec in specs(n, "var_spec") {
                    self.local_var(spec, out);
                }
            }
            "const_declaration" => self.const_group(n),
            "assignment_statement" => self.assign(n, out),
            "inc_statement" | "dec_statement" => self.inc_dec(n, out),
            "if_statement" => self.if_stmt(n, out),
            "for_statement" => self.for_stmt(n, out),
            "go_statement" => self.go_or_defer(n, true, out),
            "defer_statement" => self.go_or_defer(n, false, out),
            "return_statement" => self.return_stmt(n, out),
            "block" => {
                let b = self.block(n);
                out.extend(b);
            }
            "break_statement" | "continue_statement" => self.break_or_continue(n, out),
            "send_statement" => self.send_stmt(n, out),
            "labeled_statement" => self.labeled(n, out),
            "select_statement" => self.select(n, out),
            "expression_switch_statement" => self.switch(n, out),
            "fallthrough_statement" => self.fallthrough(n),
            "type_switch_statement" => self.type_switch(n, out),
            // Declared with the package's types (`local_types`): nothing to run here.
            "type_declaration" if self.local_types.contains(&n.id()) => {}
            other => {
                let what = match other {
                    "goto_statement" => "goto",
                    // Those of a unique name are hoisted (`local_types`).
                    "type_declaration" => {
                        "types declared in a function under a name the file gives another \
                         declaration"
                    }
                    _ => "this statement",
                };
                self.unsupported(n, what);
            }
        }
    }

    pub(super) fn break_or_continue(&mut self, n: Node, out: &mut Block) {
        let is_break = n.kind() == "break_statement";
        if let Some(label) = n.named_child(0) {
            return self.labeled_jump(n, label, is_break, out);
        }
        let ctx = self.ctx();
        if ctx.loops == 0 && (!is_break || ctx.selects == 0) {
            let message = if is_break {
                "break is not in a loop, switch, or select"
            } else {
                "continue is not in a loop"
            };
            return self.error(n, message.into());
        }
        let pc = self.mark(n);
        let kind = if is_break {
            StmtKind::Break
        } else {
            StmtKind::Continue
        };
        out.push(Stmt::new(kind, pc));
    }

    pub(super) fn expr_stmt(&mut self, n: Node, e: Node, out: &mut Block) {
        if e.kind() == "call_expression"
            && (self.lib_stmt(n, e, out) || self.clear_slice(n, e, out))
        {
            return;
        }
        if e.kind() == "call_expression"
            && let Some((builtin, args)) = self.builtin_stmt(e)
        {
            let pc = self.mark(n);
            out.push(Stmt::new(builtin.kind(args), pc));
            return;
        }
        let (x, ty) = self.expr(e);
        if ty == Type::Invalid {
            return;
        }
        // A receive may stand alone: its value is dropped.
        if let Expr::Recv(chan) = x {
            let pc = self.mark(n);
            let kind = StmtKind::Recv {
                chan: *chan,
                into: Vec::new(),
            };
            return out.push(Stmt::new(kind, pc));
        }
        let called = matches!(
            x,
            Expr::Call(..)
                | Expr::CallValue(..)
                | Expr::CallMethod { .. }
                | Expr::TimerStop(_)
                | Expr::TimerReset(..)
                | Expr::Atomic(..)
                | Expr::AtomicAt { .. }
                | Expr::CopySlice(..)
                | Expr::Panic(_)
                | Expr::Recover(_)
                | Expr::Exit(_)
                | Expr::NumGoroutine
                | Expr::NumCpu
                | Expr::OnceDo { .. }
                | Expr::AfterFunc { .. }
                | Expr::AtomicValue { .. }
                | Expr::Lib(..)
                | Expr::Pool(..)
                | Expr::Bufio(..)
                | Expr::SlicesEdit { .. }
                // Library calls for their value alone: Go runs them as statements too.
                | Expr::Sprintf(_)
                | Expr::Sprint { .. }
                | Expr::Now
                | Expr::Since(_)
                | Expr::RandIntn(_)
                | Expr::RandFloat32
                | Expr::RandFloat64
                | Expr::After { .. }
                | Expr::NewTimer { .. }
                | Expr::NewTicker { .. }
                | Expr::RoundDuration { .. }
                | Expr::NewCond { .. }
                | Expr::TryLock { .. }
                | Expr::Errors(..)
                | Expr::ErrorsAs { .. }
                | Expr::ErrorsAsType { .. }
        ) || bool_atomic(&x)
            // A call of no value done for its arguments alone (`rand.Seed(x)`).
            || ty == Type::Void;
        if !called || !self.reads_as_call(e) {
            let text = self.described(e, &x, &ty);
            return self.error(e, format!("{text} is not used"));
        }
        let pc = self.mark(n);
        out.push(Stmt::new(StmtKind::Expr(x), pc));
    }

    /// Statements that one source statement lowers into, the first marked with its line.
    pub(super) fn push_all(&mut self, n: Node, stmts: Vec<StmtKind>, out: &mut Block) {
        for kind in stmts {
            let pc = self.mark(n);
            out.push(Stmt::new(kind, pc));
        }
    }

    /// A condition: Go wants a boolean.
    pub(super) fn condition(&mut self, n: Node, statement: &str) -> Expr {
        let (e, ty) = self.value(n);
        // A declared boolean type is a condition too (`if f` of a `flag`).
        if !matches!(
            ty.under(),
            Type::Bool | Type::Untyped(Untyped::Bool) | Type::Invalid
        ) {
            self.error(n, format!("non-boolean condition in {statement} statement"));
        }
        e
    }

    pub(super) fn if_stmt(&mut self, n: Node, out: &mut Block) {
        self.open_block();
        if let Some(init) = n.child_by_field_name("initializer") {
            self.stmt(init, out);
        }
        let cond = match n.child_by_field_name("condition") {
            Some(c) => self.condition(c, "if"),
            None => Expr::Lit(syncscope_program::Lit::Bool(false)),
        };
        let pc = self.mark(n);
        let then = match n.child_by_field_name("consequence") {
            Some(b) => self.block(b),
            None => Vec::new(),
        };
        let other = match n.child_by_field_name("alternative") {
            Some(alt) if alt.kind() == "if_statement" => {
                let mut v = Vec::new();
                self.if_stmt(alt, &mut v);
                v
            }
            Some(alt) => self.block(alt),
            None => Vec::new(),
        };
        self.close_block();
        out.push(Stmt::new(StmtKind::If(cond, then, other), pc));
    }

    pub(super) fn return_stmt(&mut self, n: Node, out: &mut Block) {
        if self.ctx().range_exit.is_some() {
            return self.range_func_return(n, out);
        }
        let values = list_of(n.named_child(0));
        let want = self.ctx().result.clone();
        let named = self.ctx().named.clone();
        if values.is_empty() && !named.is_empty() {
            let pc = self.mark(n);
            return out.push(Stmt::new(StmtKind::Return(None), pc));
        }
        if let Some(Type::Tuple(want)) = &want {
            if let Some(e) = self.return_values(n, &values, want) {
                self.returned(n, e, &named, out);
            }
            return;
        }
        let e = match (values.as_slice(), want) {
            ([], None) => None,
            ([v], Some(t)) => Some(self.value_as(*v, &t, "return statement")),
            (vs, want) => {
                let have: Vec<Type> = vs.iter().map(|v| self.expr(*v).1).collect();
                let want: Vec<Type> = want.into_iter().collect();
                return self.return_count(n, &have, &want);
            }
        };
        match e {
            Some(e) => self.returned(n, e, &named, out),
            None => {
                let pc = self.mark(n);
                out.push(Stmt::new(StmtKind::Return(None), pc));
            }
        }
    }

    /// `return e`: of named results, `e` goes into them and the function gives them after
    /// its deferred calls ran (`Return(None)`, read by the engine through `recovered`).
    fn returned(&mut self, n: Node, e: Expr, named: &[usize], out: &mut Block) {
        let pc = self.mark(n);
        if named.is_empty() {
            return out.push(Stmt::new(StmtKind::Return(Some(e)), pc));
        }
        let tmp = self.declare("_", Type::Invalid, n);
        let mut stmts = vec![StmtKind::Let(tmp, e)];
        for (i, slot) in named.iter().enumerate() {
            let part = match named.len() {
                1 => Expr::Local(tmp),
                _ => Expr::Index(Box::new(Expr::Local(tmp)), Box::new(Expr::int(i as i64))),
            };
            stmts.push(StmtKind::Assign(
                syncscope_program::Place::Local(*slot),
                part,
            ));
        }
        stmts.push(StmtKind::Return(None));
        self.push_all(n, stmts, out);
    }
}

/// The expressions of an `expression_list` (or the one expression).
pub(super) fn list_of(n: Option<Node>) -> Vec<Node> {
    match n {
        Some(list) if list.kind() == "expression_list" => elements(list).collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    }
}

/// Whether a block never falls off its end (Go's "terminating statement").
pub(super) fn terminates(block: &Block) -> bool {
    match block.last().map(|s| &s.kind) {
        Some(StmtKind::Return(_) | StmtKind::Expr(Expr::Panic(_))) => true,
        Some(StmtKind::If(_, a, b)) => terminates(a) && terminates(b),
        Some(StmtKind::For {
            cond: None, body, ..
        }) => !breaks(body),
        Some(StmtKind::Switch(body)) => terminates(body) && !breaks(body),
        // `select {}` too: no case, no default, it never goes on.
        Some(StmtKind::Select { cases, default }) => {
            let bodies = cases.iter().map(|c| &c.body).chain(default);
            bodies.clone().all(terminates) && !bodies.into_iter().any(breaks)
        }
        _ => false,
    }
}

/// Whether a loop body has a `break` of its own (not of a loop inside it).
fn breaks(block: &Block) -> bool {
    block.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If(_, a, b) => breaks(a) || breaks(b),
        _ => false,
    })
}

/// An `atomic.Bool`'s `Load` or `Swap`: the call, read as a bool (the cell keeps 0 or 1).
/// A typed atomic's method whose result is made a bool or cut to its width.
fn bool_atomic(x: &Expr) -> bool {
    matches!(x, Expr::Binary(_, call, _) | Expr::Convert(_, call) if matches!(**call, Expr::Atomic(..)))
}

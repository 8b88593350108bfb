//! Labelled `for` loops and `break L` / `continue L`, as in `for { select { case <-done:
//! break loop } }`. The program form's `break` leaves the innermost loop or select, so a
//! jump past an inner one sets a flag of the label's, leaves the inner one, and a check of
//! the flag after each inner loop or select that holds such a jump goes on from there.

use super::Lowerer;
use crate::go::syntax::descendants;
use crate::go::types::Type;
use syncscope_program::{Block, Expr, Lit, Place, Slot, Stmt, StmtKind, visit_block};
use tree_sitter::Node;

/// A label of a `for` loop being lowered.
pub(super) struct Label {
    name: String,
    /// Loops and select cases around the loop (`break` leaves one) and loops alone
    /// (`continue` goes on with one).
    breakable: u32,
    loops: u32,
    /// Set by a `break L` / `continue L` from inside an inner loop or select.
    leave: Slot,
    next: Slot,
    used: bool,
}

impl Lowerer<'_> {
    pub(super) fn labeled(&mut self, n: Node, out: &mut Block) {
        // A comment may stand between the label and its statement.
        let mut cursor = n.walk();
        let stmt = n
            .named_children(&mut cursor)
            .skip(1)
            .find(|c| c.kind() != "comment");
        let (Some(label), Some(stmt)) = (n.child_by_field_name("label"), stmt) else {
            return;
        };
        if stmt.kind() != "for_statement" {
            return self.unsupported(n, "labels on anything but a for loop");
        }
        let name = self.text_of(label).to_string();
        let leave = self.declare("_", Type::Bool, label);
        let next = self.declare("_", Type::Bool, label);
        let ctx = self.ctx();
        let entry = Label {
            name: name.clone(),
            breakable: ctx.loops + ctx.selects,
            loops: ctx.loops,
            leave,
            next,
            used: false,
        };
        self.ctx().labels.push(entry);
        let mut lowered = Vec::new();
        self.for_stmt(stmt, &mut lowered);
        let Some(label_entry) = self.ctx().labels.pop() else {
            return;
        };
        if !label_entry.used {
            return self.error(label, format!("label {name} defined and not used"));
        }
        for flag in [leave, next] {
            out.push(Stmt::new(StmtKind::Let(flag, boolean(false)), None));
        }
        if let Some(Stmt {
            kind: StmtKind::For { body, .. } | StmtKind::Range { body, .. },
            ..
        }) = lowered.last_mut()
        {
            checks(body, leave, next, true);
        }
        out.extend(lowered);
    }

    /// `break L` or `continue L`.
    pub(super) fn labeled_jump(&mut self, n: Node, label: Node, is_break: bool, out: &mut Block) {
        let name = self.text_of(label).to_string();
        let ctx = self.ctx();
        let (breakable, loops) = (ctx.loops + ctx.selects, ctx.loops);
        let Some(l) = ctx.labels.iter_mut().rev().find(|l| l.name == name) else {
            let word = if is_break { "break" } else { "continue" };
            let message = if self.labels_in_function(n).contains(&name) {
                format!("invalid {word} label {name}")
            } else {
                format!("{word} label not defined: {name}")
            };
            return self.error(label, message);
        };
        l.used = true;
        let pc = self.mark(n);
        let ctx = self.ctx();
        let Some(l) = ctx.labels.iter().rev().find(|l| l.name == name) else {
            return;
        };
        // Straight out of (or on with) the label's own loop, nothing between.
        let (direct, flag, kind) = if is_break {
            (breakable == l.breakable + 1, l.leave, StmtKind::Break)
        } else {
            // A select between does not matter: `continue` goes through it.
            (loops == l.loops + 1, l.next, StmtKind::Continue)
        };
        if direct {
            return out.push(Stmt::new(kind, pc));
        }
        let set = StmtKind::Assign(Place::Local(flag), boolean(true));
        out.push(Stmt::new(set, pc));
        out.push(Stmt::new(StmtKind::Break, None));
    }
}

impl Lowerer<'_> {
    /// The labels of the function around `n`, wherever they are in it.
    fn labels_in_function(&self, n: Node) -> Vec<String> {
        let mut f = n;
        while !matches!(f.kind(), "function_declaration" | "func_literal") {
            match f.parent() {
                Some(p) => f = p,
                None => break,
            }
        }
        descendants(f)
            .filter(|d| d.kind() == "labeled_statement")
            .filter_map(|d| d.child_by_field_name("label"))
            .map(|l| self.text_of(l).to_string())
            .collect()
    }
}

fn boolean(b: bool) -> Expr {
    Expr::Lit(Lit::Bool(b))
}

/// After each inner loop or select in `block` that sets a flag, its check: `leave` leaves,
/// `next` goes on with the label's loop once it is reached (`at_label`: a `break` here
/// leaves the label's loop itself).
fn checks(block: &mut Block, leave: Slot, next: Slot, at_label: bool) {
    let mut i = 0;
    while i < block.len() {
        let inner = match &mut block[i].kind {
            StmtKind::If(_, a, b) => {
                checks(a, leave, next, at_label);
                checks(b, leave, next, at_label);
                false
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } | StmtKind::Switch(body) => {
                checks(body, leave, next, false);
                true
            }
            StmtKind::Select { cases, default } => {
                for c in cases {
                    checks(&mut c.body, leave, next, false);
                }
                if let Some(d) = default {
                    checks(d, leave, next, false);
                }
                true
            }
            _ => false,
        };
        let mut after = Vec::new();
        if inner {
            let sets = |flag| sets_flag(std::slice::from_ref(&block[i]), flag);
            if sets(leave) {
                after.push(when(leave, vec![StmtKind::Break]));
            }
            if sets(next) {
                let go_on = if at_label {
                    vec![
                        StmtKind::Assign(Place::Local(next), boolean(false)),
                        StmtKind::Continue,
                    ]
                } else {
                    vec![StmtKind::Break]
                };
                after.push(when(next, go_on));
            }
        }
        let added = after.len();
        for (k, s) in after.into_iter().enumerate() {
            block.insert(i + 1 + k, s);
        }
        i += 1 + added;
    }
}

fn when(flag: Slot, then: Vec<StmtKind>) -> Stmt {
    let then = then.into_iter().map(|k| Stmt::new(k, None)).collect();
    Stmt::new(StmtKind::If(Expr::Local(flag), then, Vec::new()), None)
}

/// Whether `block` sets `flag` (a labelled jump from inside it).
fn sets_flag(block: &[Stmt], flag: Slot) -> bool {
    let mut found = false;
    visit_block(block, &mut |s| {
        found |= matches!(&s.kind, StmtKind::Assign(Place::Local(f), Expr::Lit(Lit::Bool(true))) if *f == flag);
    });
    found
}

//! The append and the read that `--go` writes out for a scenario, so that `go run` shows the
//! race too: a length read, a wait, and a store after that length; a print of the length,
//! then a wait. Run as written they would show the goroutine sleeping; recognised here, the
//! wait is the write or the read it stands for, and the lanes show what the scenario does.

use super::Lowerer;
use super::scope::Resolved;
use super::stmt::list_of;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::{GlobalId, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Statements `at..` as an acted-out append or read, and how many statements that took.
    pub(super) fn acted(&mut self, stmts: &[Node]) -> Option<(Vec<Stmt>, usize)> {
        if let [a, b, c, ..] = stmts
            && let Some(stmt) = self.acted_append(*a, *b, *c)
        {
            return Some((vec![stmt], 3));
        }
        if let [a, b, ..] = stmts
            && let Some(stmts) = self.acted_read(*a, *b)
        {
            return Some((stmts, 2));
        }
        None
    }

    /// `n := len(s)`, `time.Sleep(h)`, `s = append(s[:n], v)` on a package slice `s`.
    fn acted_append(&mut self, a: Node, b: Node, c: Node) -> Option<Stmt> {
        let (n_name, slice) = self.length_of(a)?;
        let hold = sleep_arg(self, b)?;
        if c.kind() != "assignment_statement"
            || self.text_of(c.child_by_field_name("operator")?) != "="
        {
            return None;
        }
        let (left, right) = (
            list_of(c.child_by_field_name("left")),
            list_of(c.child_by_field_name("right")),
        );
        let ([target], [value]) = (left.as_slice(), right.as_slice()) else {
            return None;
        };
        let [cut, item] = call_args(self, *value, "append")?[..] else {
            return None;
        };
        let cut_ok = cut.kind() == "slice_expression"
            && cut.child_by_field_name("start").is_none()
            && cut
                .child_by_field_name("operand")
                .is_some_and(|o| self.text_of(o) == slice)
            && cut
                .child_by_field_name("end")
                .is_some_and(|e| self.text_of(e) == n_name);
        if !cut_ok || self.text_of(*target) != slice {
            return None;
        }
        let (g, elem) = self.global_slice(&slice)?;
        self.use_package("time");
        let hold = self.value_as(hold, &Type::Duration, "argument to time.Sleep");
        let value = self.value_as(item, &elem, "argument to append");
        self.results.get_or_insert(g);
        let pc = self.mark(a);
        Some(Stmt::new(
            StmtKind::Append {
                slice: g,
                value,
                hold,
                grow: self.grow_of(&elem),
            },
            pc,
        ))
    }

    /// `fmt.Printf(..., len(s), ...)` then `time.Sleep(h)`: the print, then a read of `s`
    /// that lasts `h`.
    fn acted_read(&mut self, a: Node, b: Node) -> Option<Vec<Stmt>> {
        let call = (a.kind() == "expression_statement").then(|| a.named_child(0))??;
        let callee = call.child_by_field_name("function")?;
        if self.text_of(callee) != "fmt.Printf" {
            return None;
        }
        let read = children(call.child_by_field_name("arguments")?).find_map(|arg| {
            call_args(self, arg, "len")
                .and_then(|args| args.first().map(|s| self.text_of(*s).to_string()))
                .and_then(|s| self.global_slice(&s))
                .map(|(g, _)| g)
        });
        let hold = sleep_arg(self, b)?;
        // The shared slice is the first one appended to or read this way.
        let read = read?;
        if *self.results.get_or_insert(read) != read {
            return None;
        }
        self.use_package("time");
        let mut out = Vec::new();
        self.stmt(a, &mut out);
        let hold = self.value_as(hold, &Type::Duration, "argument to time.Sleep");
        let pc = self.mark(b);
        out.push(Stmt::new(StmtKind::Show { hold }, pc));
        Some(out)
    }

    /// `n := len(s)`: `n` and `s`.
    fn length_of(&mut self, a: Node) -> Option<(String, String)> {
        if a.kind() != "short_var_declaration" {
            return None;
        }
        let (left, right) = (
            list_of(a.child_by_field_name("left")),
            list_of(a.child_by_field_name("right")),
        );
        let ([name], [value]) = (left.as_slice(), right.as_slice()) else {
            return None;
        };
        let [slice] = call_args(self, *value, "len")?[..] else {
            return None;
        };
        Some((
            self.text_of(*name).to_string(),
            self.text_of(slice).to_string(),
        ))
    }

    fn global_slice(&mut self, name: &str) -> Option<(GlobalId, Type)> {
        match self.resolve(name, true) {
            Resolved::Global(g, Type::Slice(elem)) => Some((g, *elem)),
            _ => None,
        }
    }
}

/// The arguments of a call of `func` (by its name as written), if `n` is one.
fn call_args<'t>(l: &Lowerer, n: Node<'t>, func: &str) -> Option<Vec<Node<'t>>> {
    if n.kind() != "call_expression"
        || l.canonical(l.text_of(n.child_by_field_name("function")?)) != func
    {
        return None;
    }
    Some(
        children(n.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect(),
    )
}

/// `h` of a statement `time.Sleep(h)`.
fn sleep_arg<'t>(l: &Lowerer, n: Node<'t>) -> Option<Node<'t>> {
    let call = (n.kind() == "expression_statement").then(|| n.named_child(0))??;
    match call_args(l, call, "time.Sleep")?[..] {
        [h] => Some(h),
        _ => None,
    }
}

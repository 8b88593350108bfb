//! `select`: its send and receive cases, each in a block of its own and marked at its line,
//! and `default`; `break` in a case leaves the select.

use super::Lowerer;
use super::chans::is_receive;
use super::stmt::list_of;
use crate::go::syntax::children;
use syncscope_program::{Block, Comm, SelectCase, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn select(&mut self, n: Node, out: &mut Block) {
        let pc = self.mark(n);
        let mut cases = Vec::new();
        let mut default: Option<(Node, Block)> = None;
        for c in children(n) {
            match c.kind() {
                "communication_case" => {
                    if let Some(case) = self.select_case(c) {
                        cases.push(case);
                    }
                }
                "default_case" => {
                    if let Some((first, _)) = &default {
                        let message =
                            format!("multiple defaults (first at {})", self.place(*first));
                        self.error(c, message);
                    }
                    let body = self.case_body(c);
                    default.get_or_insert((c, body));
                }
                _ => {}
            }
        }
        let default = default.map(|(_, body)| body);
        out.push(Stmt::new(StmtKind::Select { cases, default }, pc));
    }

    /// One `case`: its communication, then its statements in the case's own block.
    fn select_case(&mut self, c: Node) -> Option<SelectCase> {
        let comm = c.child_by_field_name("communication")?;
        self.open_block();
        let lowered = match comm.kind() {
            "send_statement" => self.send_parts(comm).map(|(ch, v)| Comm::Send(ch, v)),
            _ => self.case_receive(comm),
        };
        let pc = self.mark(c);
        let body = self.breakable(c);
        self.close_block();
        Some(SelectCase {
            comm: lowered?,
            body,
            pc,
        })
    }

    /// `case <-ch:`, `case v := <-ch:`, `case v, ok = <-ch:`.
    fn case_receive(&mut self, comm: Node) -> Option<Comm> {
        let right = comm.child_by_field_name("right")?;
        if !is_receive(self, right) {
            self.error(
                comm,
                "select case must be send or receive (possibly with assignment)".into(),
            );
            return None;
        }
        let left = list_of(comm.child_by_field_name("left"));
        if left.is_empty() {
            let operand = right.child_by_field_name("operand")?;
            let (e, _) = self.receive(operand);
            return match e {
                syncscope_program::Expr::Recv(ch) => Some(Comm::Recv(*ch, Vec::new())),
                _ => None,
            };
        }
        if left.len() > 2 {
            self.mismatch(comm, &[right], left.len());
            return None;
        }
        let define = children(comm).any(|t| !t.is_named() && self.text_of(t) == ":=");
        let (ch, targets) = self.comma_ok(comm, &left, right, define)?;
        Some(Comm::Recv(ch, targets))
    }

    /// A `default:` body, in a block of its own.
    fn case_body(&mut self, c: Node) -> Block {
        self.open_block();
        let body = self.breakable(c);
        self.close_block();
        body
    }

    /// A case's statements, where `break` leaves the select.
    fn breakable(&mut self, c: Node) -> Block {
        if !self.deeper(c) {
            return Vec::new();
        }
        self.ctx().selects += 1;
        let body = self.statements(c);
        self.ctx().selects -= 1;
        self.depth -= 1;
        body
    }
}

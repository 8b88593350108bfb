//! `for k, v = range x`: the loop's values go to variables declared before it, assigned at
//! the top of each round, as Go assigns them.

use super::Lowerer;
use crate::go::types::Type;
use crate::go::types::{cannot_use, converted};
use syncscope_program::{Block, Expr, Slot, Stmt};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Where a range's `i`-th value goes: with `:=` a new variable; with `=` a slot of the
    /// loop's own, whose value `prefix` assigns to the variable written.
    pub(super) fn range_var(
        &mut self,
        names: &[Node],
        i: usize,
        ty: Type,
        assign: bool,
        prefix: &mut Block,
    ) -> Option<Slot> {
        let at = *names.get(i)?;
        let name = self.text_of(at).to_string();
        if !assign {
            return Some(self.declare(&name, ty, at));
        }
        let slot = self.declare("_", ty.clone(), at);
        if name == "_" {
            return Some(slot);
        }
        // A field, an element or a map entry too, worked out each round as an assignment's.
        if let Some((dest, want)) = self.dest_of(at) {
            if self.assignable_here(&ty, &want) {
                let value = converted(Expr::Local(slot), &ty, &want);
                prefix.push(Stmt::new(dest.store(value), None));
            } else if want != Type::Invalid && ty != Type::Invalid {
                let text = format!(
                    "{} (value of type {})",
                    self.expr_text(at),
                    ty.spelled(self.spelling())
                );
                let message = cannot_use(&text, &want, "assignment", self.spelling());
                self.error(at, message);
            }
        }
        Some(slot)
    }

    /// A range loop's body after what `range_var` assigns first.
    pub(super) fn range_body(&mut self, body: Node, prefix: Block) -> Block {
        let mut out = prefix;
        out.extend(self.loop_body(body));
        out
    }
}

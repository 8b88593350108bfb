//! `*p = v` with `p` a pointer to a struct: every field of the struct `p` points to takes
//! the field of a copy of `v`, so that whoever shares the pointer sees the new value
//! (`func (c *Counter) Reset() { *c = Counter{} }`).

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Block, Expr, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `*p = v` lowered if `target` is `*p` of a pointer to a struct.
    pub(super) fn struct_pointee_store(
        &mut self,
        n: Node,
        target: Node,
        value: Node,
        out: &mut Block,
    ) -> bool {
        let Some(operand) = target.child_by_field_name("operand") else {
            return false;
        };
        let pointee = match self.peek_type(operand) {
            Some(Type::Pointer(inner)) if Self::struct_of(&inner).is_some() => *inner,
            _ => return false,
        };
        let Some(id) = Self::struct_of(&pointee) else {
            return false;
        };
        let (p, pointer) = self.expr(operand);
        let v = self.value_as(value, &pointee, "assignment");
        // The pointer and the value are each evaluated once, as Go evaluates them.
        let at = n.start_byte();
        let p_slot = self.hidden_local(&format!("*p@{at}"), pointer, n);
        let v_slot = self.hidden_local(&format!("*p=@{at}"), pointee, n);
        let pc = self.mark(n);
        out.push(Stmt::new(StmtKind::Let(p_slot, p), pc));
        out.push(Stmt::new(
            StmtKind::Let(v_slot, Expr::CopyStruct(Box::new(v))),
            pc,
        ));
        for i in 0..self.structs.defs[id].fields.len() {
            // Fields some statement writes: the race detector follows their reads too.
            self.structs.written_fields.insert((id, i));
            let field = Expr::Field(Box::new(Expr::Local(v_slot)), i);
            out.push(Stmt::new(
                StmtKind::SetField(Expr::Local(p_slot), i, field),
                pc,
            ));
        }
        true
    }
}

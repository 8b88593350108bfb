//! A local variable that a closure captures is shared memory: when goroutines run the
//! closure, its reads and writes are the race detector's, as Go's `-race` sees them.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Capture, Expr};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Names the shared variable each variable closure `id` captures from its enclosing
    /// function is reported as; one it gets from an enclosing closure is that one's already.
    pub(super) fn follow_captures(&mut self, id: usize, captures: &[(String, Capture, Type)]) {
        let vars: Vec<u16> = captures
            .iter()
            .map(|(name, from, ty)| match from {
                Capture::Slot(_) if followed(ty) => self.hidden_var(name),
                _ => u16::MAX,
            })
            .collect();
        if vars.iter().any(|&v| v != u16::MAX) {
            self.followed.captures.insert(id, vars);
        }
    }
}

impl Lowerer<'_> {
    /// `&x` of a local: what goroutines do through the pointer is done to `x`.
    pub(super) fn follow_address(&mut self, e: &Expr, operand: Node) {
        let Expr::Local(slot) = *e else {
            return;
        };
        let key = (self.ctx().mark, slot);
        if !self.followed.addressed.contains_key(&key) {
            let name = self.text_of(operand).to_string();
            let var = self.hidden_var(&name);
            self.followed.addressed.insert(key, var);
        }
    }
}

/// A variable whose value is read and written whole: structs, maps, atomics and the sync
/// types report their own accesses; a channel's, a function's or a lock's variable is
/// read to use it, not raced on in the programs that teach.
fn followed(ty: &Type) -> bool {
    match ty {
        Type::Named(_, _, base) => followed(base),
        Type::Int
        | Type::F32
        | Type::F64
        | Type::Str
        | Type::Bool
        | Type::Duration
        | Type::Rune
        | Type::Byte
        | Type::Sized(_)
        | Type::Slice(_)
        | Type::Pointer(_) => true,
        _ => false,
    }
}

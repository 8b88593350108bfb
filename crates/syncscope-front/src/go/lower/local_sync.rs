//! A WaitGroup or lock declared in a function other than `main`'s own block (`var wg
//! sync.WaitGroup` in a `process` function main calls, a Mutex in a loop's body): made each
//! time the declaration runs, as a struct's field is, and held in a local variable.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Block, Expr, GlobalKind, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn local_sync(
        &mut self,
        name: Node,
        text: &str,
        (kind, ty): (GlobalKind, Type),
        out: &mut Block,
    ) {
        let made = match kind {
            // The lock `sync_value` numbered, named for its variable.
            GlobalKind::Lock(lock) => {
                self.add_global(text, kind, ty.clone());
                Expr::NewLock(lock)
            }
            _ => self.zero_of(&ty, text),
        };
        let slot = self.declare(text, ty, name);
        self.push_all(name, vec![StmtKind::Let(slot, made)], out);
    }
}

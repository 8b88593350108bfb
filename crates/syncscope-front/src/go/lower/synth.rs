//! Functions syncscope writes itself, for library calls it acts out in the program form
//! (`wg.Go(f)`, `sync.OnceFunc(f)`): what Go's own library runs, shown at the line of the
//! call that asked for it.

use super::Lowerer;
use syncscope_program::{Func, FuncId, Stmt, StmtKind};
use tree_sitter::Node;

/// A written function's frame: its parameters come first, then its own variables; `boxed`
/// are those a closure made in it shares.
pub(super) struct Frame {
    pub(crate) params: usize,
    pub(crate) boxed: Vec<bool>,
    pub(crate) captures: usize,
}

impl Frame {
    /// A function of `params` parameters and nothing else.
    pub(crate) fn of(params: usize) -> Frame {
        Frame {
            params,
            boxed: vec![false; params],
            captures: 0,
        }
    }
}

impl Lowerer<'_> {
    /// A function named `name` whose statements are `body`, each shown at `at`'s line; with
    /// no `at`, a goroutine in it is shown where it called it.
    pub(super) fn written(
        &mut self,
        name: &str,
        at: Option<Node>,
        frame: Frame,
        body: Vec<StmtKind>,
    ) -> FuncId {
        let id = self.new_func(name);
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        let body = body
            .into_iter()
            .enumerate()
            .map(|(pc, kind)| {
                let pc = at.map(|at| {
                    let pc = u16::try_from(pc).unwrap_or(u16::MAX);
                    self.marks.insert((mark, pc), at.start_position().row);
                    pc
                });
                Stmt::new(kind, pc)
            })
            .collect();
        self.funcs[id] = Some(Func {
            name: name.to_string(),
            mark,
            params: frame.params,
            slots: frame.boxed.len(),
            boxed: frame.boxed,
            captures: frame.captures,
            recovered: None,
            body,
        });
        id
    }
}

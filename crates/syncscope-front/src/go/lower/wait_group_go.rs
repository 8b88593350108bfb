//! `wg.Go(f)` (Go 1.25): `wg.Add(1)`, then a goroutine that calls `f` and, when it returns,
//! `wg.Done()`, as Go's `sync` package writes it; the WaitGroup's counter and the new lane
//! show as for the calls written out. A panic of `f` is recovered and panicked again without
//! the `Done` (so that `Wait` cannot return before the crash), which Go's crash then says:
//! `panic: boom [recovered, repanicked]`.

use super::Lowerer;
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Stmt, StmtKind};
use tree_sitter::Node;

/// The function Go's `wg.Go` starts, by Go's name for it.
const STARTED: &str = "sync.(*WaitGroup).Go.func1";
/// The call it defers, which does the `Done`.
const DEFERRED: &str = "sync.(*WaitGroup).Go.func1.1";

impl Lowerer<'_> {
    /// `wg.Go(f)` of the WaitGroup `wg` gives: a call of a function written for it, named
    /// after the function the call is in, so that the goroutine is created there as Go's race
    /// reports say (its last frame of the program's own).
    pub(super) fn wait_group_go(
        &mut self,
        n: Node,
        callee: Node,
        wg: Expr,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        let want = [Type::Func(Vec::new(), None)];
        let Some(f) = self.args_as(n, args, &want, &full).into_iter().next() else {
            return (Expr::int(0), Type::Invalid);
        };
        let (wg_param, f_param) = (Expr::Local(0), Expr::Local(1));
        let recovered = Expr::Local(1);
        let repanic = Stmt::new(
            StmtKind::Expr(Expr::Panic(Box::new(recovered.clone()))),
            None,
        );
        let panicked = Expr::Binary(BinOp::Ne, Box::new(recovered), Box::new(Expr::NilIface));
        let deferred = vec![
            StmtKind::Let(1, Expr::Recover(self.rt_id(&Type::Str))),
            StmtKind::If(panicked, vec![repanic], Vec::new()),
            StmtKind::WgDone(wg_param.clone()),
        ];
        let locals = Frame {
            params: 1,
            boxed: vec![false; 2],
            captures: 0,
        };
        let deferred = self.written(DEFERRED, Some(n), locals, deferred);
        let started = vec![
            StmtKind::Defer(Expr::Call(deferred, vec![wg_param.clone()])),
            StmtKind::Expr(Expr::CallValue(Box::new(f_param.clone()), Vec::new())),
        ];
        let started = self.written(STARTED, Some(n), Frame::of(2), started);
        let caller = self.ctx().name.clone();
        let body = vec![
            StmtKind::WgAdd(wg_param.clone(), Expr::int(1)),
            StmtKind::Go(Expr::Call(started, vec![wg_param, f_param])),
        ];
        let go = self.written(&caller, Some(n), Frame::of(2), body);
        (Expr::Call(go, vec![wg, f]), Type::Void)
    }
}

//! Go's `context`: `Background`, `TODO`, the `With...` functions, `AfterFunc` and a
//! context's methods.
//! A `With...` that gives a cancel function is written as Go's library writes it: a function
//! that makes the context and returns it with a closure over it, and for a deadline an
//! `AfterFunc`-like timer whose goroutine cancels it.

use super::Lowerer;
use super::iface::{ANY, ERROR, iface};
use super::synth::Frame;
use crate::go::types::{Dir, Type};
use syncscope_program::{Capture, Expr, Lib, Lit, StmtKind};
use tree_sitter::Node;

/// The exported names of Go 1.26's `context`.
pub(super) const EXPORTED: &[&str] = &[
    "AfterFunc",
    "Background",
    "CancelCauseFunc",
    "CancelFunc",
    "Canceled",
    "Cause",
    "Context",
    "DeadlineExceeded",
    "TODO",
    "WithCancel",
    "WithCancelCause",
    "WithDeadline",
    "WithDeadlineCause",
    "WithTimeout",
    "WithTimeoutCause",
    "WithValue",
    "WithoutCancel",
];

/// Whether `context.<member>` gives a context and its cancel function.
pub(super) fn returns_two(member: &str) -> bool {
    member.starts_with("With") && !matches!(member, "WithValue" | "WithoutCancel")
}

/// The variable a `With...` call's context goes to (`ctx, cancel := ...`, `s.ctx, s.stop =
/// ...`), which names it in the views; `ctx` when it goes elsewhere.
fn context_name(l: &Lowerer, call: Node) -> String {
    let assigned = call
        .parent()
        .filter(|p| p.kind() == "expression_list")
        .and_then(|p| p.parent())
        .filter(|a| matches!(a.kind(), "short_var_declaration" | "assignment_statement"));
    let first = assigned
        .and_then(|a| a.child_by_field_name("left"))
        .and_then(|left| left.named_child(0));
    match first.map(|f| l.text_of(f)) {
        Some(name) if name != "_" => syncscope_program::safe_text::one_line(name, 24),
        _ => "ctx".into(),
    }
}

/// A context's methods, as Go's `context.Context` has them.
const METHODS: [&str; 4] = ["Deadline", "Done", "Err", "Value"];

pub(super) const INVALID: (Expr, Type) = (Expr::Lit(Lit::Int(0)), Type::Invalid);

fn error() -> Type {
    iface(ERROR, "error")
}

/// `context.CancelFunc`, or with a cause `context.CancelCauseFunc`.
pub(super) fn cancel_func(cause: bool) -> Type {
    let params = if cause { vec![error()] } else { Vec::new() };
    Type::Func(params, None)
}

impl Lowerer<'_> {
    /// `context.Context` and the cancel functions' types, as a file writes them.
    pub(super) fn context_type(&mut self, text: &str) -> Option<Type> {
        Some(match text {
            "context.Context" => Type::Context,
            "context.CancelFunc" => cancel_func(false),
            "context.CancelCauseFunc" => cancel_func(true),
            _ => return None,
        })
    }

    /// `context.Canceled` and `context.DeadlineExceeded`.
    pub(super) fn context_value(&mut self, member: &str) -> Option<(Expr, Type)> {
        let lib = match member {
            "Canceled" => Lib::CtxCanceled,
            "DeadlineExceeded" => Lib::CtxDeadlineExceeded,
            _ => return None,
        };
        Some((Expr::Lib(lib, Vec::new()), error()))
    }

    pub(super) fn context_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let full = format!("context.{member}");
        let ctx = Type::Context;
        let any = iface(ANY, "any");
        match member {
            "Background" | "TODO" => {
                self.args_as(n, args, &[], &full);
                let todo = Expr::Lit(Lit::Bool(member == "TODO"));
                (Expr::Lib(Lib::CtxRoot, vec![todo]), ctx)
            }
            "WithValue" => {
                let a = self.args_as(n, args, &[ctx.clone(), any.clone(), any], &full);
                if a.len() != 3 {
                    return INVALID;
                }
                (Expr::Lib(Lib::CtxWithValue, a), ctx)
            }
            "WithoutCancel" | "Cause" => {
                let a = self.args_as(n, args, std::slice::from_ref(&ctx), &full);
                if a.len() != 1 {
                    return INVALID;
                }
                match member {
                    "Cause" => (Expr::Lib(Lib::CtxCause, a), error()),
                    _ => (Expr::Lib(Lib::CtxWithoutCancel, a), ctx),
                }
            }
            "WithCancel" | "WithCancelCause" => {
                let a = self.args_as(n, args, std::slice::from_ref(&ctx), &full);
                if a.len() != 1 {
                    return INVALID;
                }
                self.cancelling(n, &full, a, None, member == "WithCancelCause")
            }
            "WithTimeout" | "WithDeadline" | "WithTimeoutCause" | "WithDeadlineCause" => {
                let timeout = member.starts_with("WithTimeout");
                let mut want = vec![ctx, if timeout { Type::Duration } else { Type::Time }];
                if member.ends_with("Cause") {
                    want.push(error());
                }
                let a = self.args_as(n, args, &want, &full);
                if a.len() != want.len() {
                    return INVALID;
                }
                self.cancelling(n, &full, a, Some(timeout), false)
            }
            "AfterFunc" => {
                let want = [ctx, Type::Func(Vec::new(), None)];
                let a = self.args_as(n, args, &want, &full);
                if a.len() != 2 {
                    return INVALID;
                }
                self.after_func(n, a)
            }
            _ => {
                self.unsupported(n, &full);
                INVALID
            }
        }
    }

    /// `context.AfterFunc(ctx, f)`: a function written for the call that makes the context
    /// that runs `f` when cancelled, and returns its `stop` function.
    fn after_func(&mut self, n: Node, args: Vec<Expr>) -> (Expr, Type) {
        let stop_body = vec![StmtKind::Return(Some(Expr::Lib(
            Lib::CtxStopAfter,
            vec![Expr::Captured(0)],
        )))];
        let stop_frame = Frame {
            params: 0,
            boxed: Vec::new(),
            captures: 1,
        };
        let stop = self.written("context.AfterFunc.func1", None, stop_frame, stop_body);
        let made = Expr::Lib(Lib::CtxAfterFunc, vec![Expr::Local(0), Expr::Local(1)]);
        let body = vec![
            StmtKind::Let(2, made),
            StmtKind::Return(Some(Expr::Closure(stop, vec![Capture::Slot(2)]))),
        ];
        let frame = Frame {
            params: 2,
            boxed: vec![false, false, true],
            captures: 0,
        };
        let maker = self.written("context.AfterFunc", Some(n), frame, body);
        let ty = Type::Func(Vec::new(), Some(Box::new(Type::Bool)));
        (Expr::Call(maker, args), ty)
    }

    /// A `With...` that gives a cancel function: a function written for the call that makes
    /// the context (`args`: the parent, then the deadline or timeout and its cause), arms its
    /// timer (`timeout`: whether it is given as a duration), and returns it with the closure
    /// that cancels it (with a cause: `cause`).
    fn cancelling(
        &mut self,
        n: Node,
        full: &str,
        args: Vec<Expr>,
        timeout: Option<bool>,
        cause: bool,
    ) -> (Expr, Type) {
        let params = args.len();
        let slot = params;
        let cancel_body = vec![StmtKind::Expr(Expr::Lib(
            Lib::CtxCancel,
            if cause {
                vec![Expr::Captured(0), Expr::Local(0)]
            } else {
                vec![Expr::Captured(0)]
            },
        ))];
        let cancel_frame = Frame {
            params: usize::from(cause),
            boxed: vec![false; usize::from(cause)],
            captures: 1,
        };
        let cancel = self.written(&format!("{full}.func1"), None, cancel_frame, cancel_body);
        let parent = Expr::Local(0);
        let name = Expr::str(&context_name(self, n));
        let mut body = Vec::new();
        match timeout {
            None => body.push(StmtKind::Let(
                slot,
                Expr::Lib(Lib::CtxWithCancel, vec![parent, name]),
            )),
            Some(timeout) => {
                let mut made = vec![parent, name, Expr::Local(1), Expr::Lit(Lit::Bool(timeout))];
                if params == 3 {
                    made.push(Expr::Local(2));
                }
                body.push(StmtKind::Let(slot, Expr::Lib(Lib::CtxWithDeadline, made)));
                let expire_body = vec![StmtKind::Expr(Expr::Lib(
                    Lib::CtxExpire,
                    vec![Expr::Captured(0)],
                ))];
                let frame = Frame {
                    params: 0,
                    boxed: Vec::new(),
                    captures: 1,
                };
                let expire =
                    self.written("context.WithDeadlineCause.func2", None, frame, expire_body);
                let timer = Expr::Closure(expire, vec![Capture::Slot(slot)]);
                body.push(StmtKind::Expr(Expr::Lib(
                    Lib::CtxArm,
                    vec![Expr::Local(slot), timer],
                )));
            }
        }
        body.push(StmtKind::Return(Some(Expr::SliceLit(vec![
            Expr::Local(slot),
            Expr::Closure(cancel, vec![Capture::Slot(slot)]),
        ]))));
        let mut boxed = vec![false; params];
        boxed.push(true);
        let frame = Frame {
            params,
            boxed,
            captures: 0,
        };
        let maker = self.written(full, Some(n), frame, body);
        let ty = Type::Tuple(vec![Type::Context, cancel_func(cause)]);
        (Expr::Call(maker, args), ty)
    }

    /// `ctx.Done()`, `ctx.Err()`, `ctx.Value(key)`, `ctx.Deadline()`.
    pub(super) fn context_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if !METHODS.contains(&member) {
            self.no_such_member(callee, &full, &Type::Context, member);
            for a in args {
                self.used_in(*a);
            }
            return INVALID;
        }
        let want = if member == "Value" {
            vec![iface(ANY, "any")]
        } else {
            Vec::new()
        };
        let a = self.args_as(n, args, &want, &full);
        if a.len() != want.len() {
            return INVALID;
        }
        let mut values = vec![recv];
        values.extend(a);
        let (lib, ty) = match member {
            "Done" => (Lib::CtxDone, Type::Chan(Dir::Recv, Box::new(Type::Empty))),
            "Err" => (Lib::CtxErr, error()),
            "Value" => (Lib::CtxValue, iface(ANY, "any")),
            _ => (Lib::CtxDeadline, Type::Tuple(vec![Type::Time, Type::Bool])),
        };
        (Expr::Lib(lib, values), ty)
    }
}

impl Lowerer<'_> {
    /// A value of a type the file declares where a `context.Context` goes: Go takes it if
    /// its methods are a context's, which syncscope does not run yet (no false "cannot use").
    pub(super) fn own_context(&mut self, n: Node, ty: &Type, want: &Type) -> bool {
        let own = matches!(ty, Type::Struct(..) | Type::Named(..) | Type::Pointer(_));
        if *want != Type::Context || !own {
            return false;
        }
        self.unsupported(n, "a context.Context of a type of the file's own");
        true
    }
}

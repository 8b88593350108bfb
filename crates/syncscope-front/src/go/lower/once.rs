//! `sync.Once` and its `Do`, and Go 1.21's `sync.OnceFunc`, `OnceValue` and `OnceValues`,
//! written as Go's `sync` package writes them: a function that makes a Once and gives a
//! closure over it and `f`, whose calls go through `once.Do`.

use super::Lowerer;
use super::fields::copied;
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::{Capture, Expr, Lit, Place, Stmt, StmtKind, UnOp};
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

impl Lowerer<'_> {
    /// `once.Do(f)`, and Go's words for the Once's other members.
    pub(super) fn once_method(
        &mut self,
        n: Node,
        callee: Node,
        once: Expr,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = self.expr_text(callee);
        if member != "Do" {
            if let Some(field) = callee.child_by_field_name("field") {
                let message = match member {
                    "done" | "m" => {
                        format!("{full} undefined (cannot refer to unexported field {member})")
                    }
                    "doSlow" => {
                        format!("{full} undefined (cannot refer to unexported method {member})")
                    }
                    _ => {
                        let hint = match member.to_lowercase().as_str() {
                            "done" => ", but does have unexported field done",
                            "doslow" => ", but does have unexported method doSlow",
                            _ => "",
                        };
                        let message = self.no_field_or_method(&full, &Type::Once, member);
                        format!("{}{hint})", message.trim_end_matches(')'))
                    }
                };
                self.error(field, message);
            }
            return INVALID;
        }
        let want = [Type::Func(Vec::new(), None)];
        let Some(f) = self.args_as(n, args, &want, &full).into_iter().next() else {
            return INVALID;
        };
        let e = Expr::OnceDo {
            once: Box::new(once),
            f: Box::new(f),
        };
        (e, Type::Void)
    }

    /// `go once.Do(f)` or `defer once.Do(f)`: the Once and `f` are taken at the statement,
    /// as Go evaluates a call's operands there.
    pub(super) fn wrapped_once(&mut self, n: Node, is_go: bool, e: Expr) -> Expr {
        let Expr::OnceDo { once, f } = e else {
            return e;
        };
        let name = match n
            .named_child(0)
            .and_then(|c| c.child_by_field_name("function"))
        {
            Some(callee) if is_go => self.text_of(callee).to_string(),
            _ => self.ctx().name.clone(),
        };
        let body = vec![StmtKind::Expr(Expr::OnceDo {
            once: Box::new(Expr::Local(0)),
            f: Box::new(Expr::Local(1)),
        })];
        let id = self.written(&name, Some(n), Frame::of(2), body);
        Expr::Call(id, vec![*once, *f])
    }

    /// `sync.OnceFunc(f)`, `sync.OnceValue(f)`, `sync.OnceValues(f)`, as Go writes them: the
    /// function given runs `f` once through a Once, in a function whose deferred call keeps
    /// what `f` panicked with; a call finds `f` done or panics with that value again, the
    /// first call and every one after it.
    pub(super) fn once_func(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let full = format!("sync.{member}");
        let Some((f, result)) = self.once_arg(n, member, args) else {
            return INVALID;
        };
        let name = format!("{}.once", self.made_name(&full));
        let once = Expr::NewOnce(self.hidden_var(&name));
        // The made function's variables, which every closure below shares: `f`, the Once,
        // whether `f` returned, what it panicked with, and (for a value) what it returned.
        let (f_at, once_at, valid_at, p_at, result_at) = (0, 1, 2, 3, 4);
        let slots = if result.is_some() { 5 } else { 4 };
        let string = self.rt_id(&Type::Str);
        // `defer func() { p = recover(); if !valid { panic(p) } }()`, over `valid` and `p`.
        let repanic = |valid: Expr, p: Expr| {
            let not_valid = Expr::Unary(UnOp::Not, Box::new(valid));
            let panic = Stmt::new(StmtKind::Expr(Expr::Panic(Box::new(p))), None);
            StmtKind::If(not_valid, vec![panic], Vec::new())
        };
        let kept = vec![
            StmtKind::Assign(Place::Captured(1), Expr::Recover(string)),
            repanic(Expr::Captured(0), Expr::Captured(1)),
        ];
        let kept = self.written(&format!("{full}.func1.1"), None, captures(2), kept);
        // `g`: `f` run, its result kept, and `valid` set only if it returned.
        let call_f = Expr::CallValue(Box::new(Expr::Captured(0)), Vec::new());
        let mut g = vec![StmtKind::Defer(Expr::CallValue(
            Box::new(Expr::Closure(
                kept,
                vec![Capture::Captured(1), Capture::Captured(2)],
            )),
            Vec::new(),
        ))];
        g.push(match result {
            Some(_) => StmtKind::Assign(Place::Captured(3), call_f),
            None => StmtKind::Expr(call_f),
        });
        g.push(StmtKind::Assign(
            Place::Captured(1),
            Expr::Lit(Lit::Bool(true)),
        ));
        let g_captures = if result.is_some() { 4 } else { 3 };
        let g = self.written(&format!("{full}.func1"), None, captures(g_captures), g);
        let mut g_from = vec![
            Capture::Captured(f_at),
            Capture::Captured(valid_at),
            Capture::Captured(p_at),
        ];
        if result.is_some() {
            g_from.push(Capture::Captured(result_at));
        }
        // The function the call gives: shown where it is called, not here.
        let mut body = vec![
            StmtKind::Expr(Expr::OnceDo {
                once: Box::new(Expr::Captured(once_at)),
                f: Box::new(Expr::Closure(g, g_from)),
            }),
            repanic(Expr::Captured(valid_at), Expr::Captured(p_at)),
        ];
        if let Some(ty) = &result {
            let kept = Expr::Captured(result_at);
            let given = match ty {
                Type::Tuple(parts) => Expr::SliceLit(
                    parts
                        .iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let part =
                                Expr::Index(Box::new(kept.clone()), Box::new(Expr::int(i as i64)));
                            copied(part, t)
                        })
                        .collect(),
                ),
                t => copied(kept, t),
            };
            body.push(StmtKind::Return(Some(given)));
        }
        let inner = self.written(&format!("{full}.func2"), None, captures(slots), body);
        let frame = Frame {
            params: 1,
            boxed: vec![true; slots],
            captures: 0,
        };
        let body = vec![
            StmtKind::Let(once_at, once),
            StmtKind::Let(valid_at, Expr::Lit(Lit::Bool(false))),
            StmtKind::Let(p_at, Expr::NilIface),
            StmtKind::Return(Some(Expr::Closure(
                inner,
                (0..slots).map(Capture::Slot).collect(),
            ))),
        ];
        let maker = self.written(&full, Some(n), frame, body);
        let ty = Type::Func(Vec::new(), result.map(Box::new));
        (Expr::Call(maker, vec![f]), ty)
    }

    /// The function `sync.<member>` is given, checked as Go infers its type parameters, and
    /// what it returns (`None` for `OnceFunc`'s `func()`).
    fn once_arg(&mut self, n: Node, member: &str, args: &[Node]) -> Option<(Expr, Option<Type>)> {
        let full = format!("sync.{member}");
        let param = |name: &str| Type::Struct(usize::MAX, name.into());
        let (want, params) = match member {
            "OnceFunc" => (Type::Func(Vec::new(), None), "T"),
            "OnceValue" => (Type::Func(Vec::new(), Some(Box::new(param("T")))), "T"),
            _ => {
                let pair = Type::Tuple(vec![param("T1"), param("T2")]);
                (Type::Func(Vec::new(), Some(Box::new(pair))), "T1 and T2")
            }
        };
        if member == "OnceFunc" || args.len() != 1 {
            let f = self.args_as(n, args, &[want], &full).into_iter().next()?;
            return Some((f, None));
        }
        let arg = args[0];
        let (f, ty) = self.value(arg);
        // Go says what it cannot infer at the call's arguments, and what does not match at
        // the argument.
        let at = n.child_by_field_name("arguments").unwrap_or(arg);
        let result = match &ty {
            Type::Func(ps, Some(r)) if ps.is_empty() => match (member, r.as_ref()) {
                ("OnceValue", Type::Tuple(_)) => None,
                ("OnceValue", r) => Some(r.clone()),
                (_, Type::Tuple(parts)) if parts.len() == 2 => Some(Type::Tuple(parts.clone())),
                _ => None,
            },
            Type::Invalid => return None,
            _ => None,
        };
        if result.is_some() {
            return Some((f, result));
        }
        let (at, message) = if let Type::Func(..) = ty {
            let text = self.expr_text(arg);
            let (ty, want) = (ty.spelled(self.spelling()), want.spelled(self.spelling()));
            let message = format!(
                "in call to {full}, type {ty} of {text} does not match {want} (cannot infer \
                 {params})"
            );
            (arg, message)
        } else {
            let declared = if member == "OnceValue" {
                "T (declared at $GOROOT/src/sync/oncefunc.go:46:16)"
            } else {
                "T1 (declared at $GOROOT/src/sync/oncefunc.go:80:17)"
            };
            (at, format!("in call to {full}, cannot infer {declared}"))
        };
        self.error(at, message);
        None
    }
}

/// The frame of a closure over `n` variables of the function that made it.
fn captures(n: usize) -> Frame {
    Frame {
        params: 0,
        boxed: Vec::new(),
        captures: n,
    }
}

//! `time.NewTimer`, `time.NewTicker`, `time.Tick` and what their values do (`.C`, `Stop`,
//! `Reset`), Duration's `Round` and `Truncate`, and slicing (`s[a:b]`).

use super::Lowerer;
use crate::go::types::{Dir, Type, Untyped};
use syncscope_program::{Expr, Func, Stmt, StmtKind};
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

impl Lowerer<'_> {
    /// `time.NewTimer(d)`, `time.NewTicker(d)`, `time.Tick(d)`.
    pub(super) fn timer_call(&mut self, n: Node, full: &str, args: &[Node]) -> (Expr, Type) {
        let Some(d) = self
            .args_as(n, args, &[Type::Duration], full)
            .into_iter()
            .next()
        else {
            return INVALID;
        };
        let (period, sync) = (Box::new(d), self.lang.sync_timers());
        match full {
            "time.NewTimer" => (Expr::NewTimer { d: period, sync }, Type::Timer),
            "time.NewTicker" => (
                Expr::NewTicker {
                    period,
                    tick: false,
                    sync,
                },
                Type::Ticker,
            ),
            _ => (
                Expr::NewTicker {
                    period,
                    tick: true,
                    sync,
                },
                Type::Chan(Dir::Recv, Box::new(Type::Time)),
            ),
        }
    }

    /// `t.Stop()` and `t.Reset(d)` of a timer or ticker, `d.Round(m)` and `d.Truncate(m)`;
    /// `None` for another method.
    pub(super) fn timer_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = self.expr_text(callee);
        let recv = Box::new(recv);
        let result = if *ty == Type::Timer {
            Type::Bool
        } else {
            Type::Void
        };
        Some(match (ty, member) {
            (Type::Timer | Type::Ticker, "Stop") => {
                self.args_as(n, args, &[], &full);
                (Expr::TimerStop(recv), result)
            }
            (Type::Timer | Type::Ticker, "Reset") => {
                let d = self.args_as(n, args, &[Type::Duration], &full);
                let d = Box::new(d.into_iter().next()?);
                (Expr::TimerReset(recv, d), result)
            }
            (Type::Duration, "Round" | "Truncate") => {
                let m = self.args_as(n, args, &[Type::Duration], &full);
                let m = Box::new(m.into_iter().next()?);
                let round = member == "Round";
                (Expr::RoundDuration { d: recv, m, round }, Type::Duration)
            }
            _ => return None,
        })
    }

    /// `defer t.Stop()` or `go t.Reset(d)` (and `defer panic(v)`, `os.Exit(c)`, `copy(a, b)`,
    /// `recover()`): the call made into a function of its own, its operands its arguments,
    /// evaluated at the statement as Go evaluates them.
    pub(super) fn wrapped_timer(&mut self, n: Node, is_go: bool, e: Expr) -> Expr {
        let (args, call): (Vec<Expr>, Expr) = match e {
            Expr::TimerStop(t) => (vec![*t], Expr::TimerStop(Box::new(Expr::Local(0)))),
            Expr::TimerReset(t, d) => (
                vec![*t, *d],
                Expr::TimerReset(Box::new(Expr::Local(0)), Box::new(Expr::Local(1))),
            ),
            Expr::Panic(v) => (vec![*v], Expr::Panic(Box::new(Expr::Local(0)))),
            Expr::Exit(c) => (vec![*c], Expr::Exit(Box::new(Expr::Local(0)))),
            Expr::CopySlice(a, b) => (
                vec![*a, *b],
                Expr::CopySlice(Box::new(Expr::Local(0)), Box::new(Expr::Local(1))),
            ),
            // Deferred itself, recover is not called by a deferred function: it stops nothing.
            Expr::Recover(_) => (Vec::new(), Expr::NilChan),
            other => return other,
        };
        let callee = n
            .named_child(0)
            .and_then(|c| c.child_by_field_name("function"));
        let name = if let (true, Some(callee)) = (is_go, callee) {
            self.text_of(callee).to_string()
        } else {
            self.ctx().name.clone()
        };
        let id = self.new_func(&name);
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        self.marks.insert((mark, 0), n.start_position().row);
        let params = args.len();
        self.funcs[id] = Some(Func {
            name,
            mark,
            params,
            slots: params,
            boxed: vec![false; params],
            captures: 0,
            body: vec![Stmt::new(StmtKind::Expr(call), Some(0))],
            recovered: None,
        });
        Expr::Call(id, args)
    }

    /// `t.C` of a timer or ticker: the timer's value is its channel. `None` for a selector
    /// of another type.
    pub(super) fn timer_field(&mut self, n: Node) -> Option<(Expr, Type)> {
        let (operand, field) = (
            n.child_by_field_name("operand")?,
            n.child_by_field_name("field")?,
        );
        if operand.kind() != "identifier" {
            return None;
        }
        let name = self.text_of(operand).to_string();
        use super::scope::Resolved::{Captured, Global, Local};
        let (Local(_, ty) | Captured(_, ty) | Global(_, ty)) = self.resolve(&name, false) else {
            return None;
        };
        if !matches!(ty, Type::Timer | Type::Ticker) {
            return None;
        }
        let (e, _) = self.expr(operand);
        let member = self.text_of(field);
        if member != "C" {
            let full = self.expr_text(n);
            let message = self.no_field_or_method(&full, &ty, member);
            self.error(field, message);
            return Some(INVALID);
        }
        let c = Expr::TimerChan(Box::new(e));
        Some((c, Type::Chan(Dir::Recv, Box::new(Type::Time))))
    }

    /// `s[lo:hi]` of a slice or string.
    pub(super) fn slicing(&mut self, n: Node) -> (Expr, Type) {
        let Some(operand) = n.child_by_field_name("operand") else {
            return INVALID;
        };
        if n.child_by_field_name("capacity").is_some() {
            return self.full_slice(n, operand);
        }
        let (of, ty) = self.value(operand);
        // An array is sliced where it lives: the slice shares its elements.
        let (of, ty) = match ty.under().clone() {
            // Slicing an array of a declared type gives a slice of its elements.
            Type::Array(_, elem) => {
                let of = super::arrays::in_place(of);
                if !super::arrays::addressable(&of) {
                    let text = self.described(operand, &of, &ty);
                    self.error(operand, format!("cannot slice unaddressable value {text}"));
                    return INVALID;
                }
                (of, Type::Slice(elem))
            }
            _ => (of, ty),
        };
        let bound = |l: &mut Self, field: &str| {
            let b = n.child_by_field_name(field)?;
            let e = l.index_value(b);
            Some((Box::new(e), b))
        };
        let (lo, hi) = (bound(self, "start"), bound(self, "end"));
        if let (Some((l, _)), Some((h, at))) = (&lo, &hi)
            && let (Some(l), Some(h)) = (constant(l), constant(h))
            && l > h
            && h >= 0
        {
            self.error(*at, format!("invalid slice indices: {h} < {l}"));
        }
        let (lo, hi) = (lo.map(|b| b.0), hi.map(|b| b.0));
        let ty = match ty {
            Type::Slice(_) | Type::Str | Type::Invalid => ty,
            // Slicing a declared slice or string type gives that type.
            Type::Named(_, _, ref u) if matches!(**u, Type::Slice(_) | Type::Str) => ty,
            Type::Untyped(Untyped::Str) => Type::Str,
            other => {
                let text = self.described(operand, &of, &other);
                self.error(operand, format!("cannot slice {text}"));
                return INVALID;
            }
        };
        let of = Box::new(of);
        (Expr::Slice { of, lo, hi }, ty)
    }
}

/// The value of an integer constant as lowered (`-1`, a conversion of one).
pub(super) fn constant(e: &Expr) -> Option<i64> {
    match e {
        Expr::Lit(syncscope_program::Lit::Int(v)) => Some(*v),
        Expr::Unary(syncscope_program::UnOp::Neg, x) => constant(x).map(i64::wrapping_neg),
        Expr::Convert(_, x) => constant(x),
        _ => None,
    }
}

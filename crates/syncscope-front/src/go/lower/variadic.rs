//! Calls of variadic functions: `f(a, b, c)` packs what goes to `...T` into a new `[]T` (nil
//! when there is none, as in Go), and `f(a, s...)` passes `s` itself, its backing array
//! shared.

use super::Lowerer;
use crate::go::types::{Type, types_summary};
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The arguments of a call of `fname`, whose last parameter is `...elem`.
    pub(super) fn variadic_args(
        &mut self,
        call: Node,
        args: &[Node],
        params: &[Type],
        elem: &Type,
        fname: &str,
    ) -> Vec<Expr> {
        let fixed = &params[..params.len() - 1];
        let spread = args.last().is_some_and(|a| a.kind() == "variadic_argument");
        let count_ok = if spread {
            args.len() == params.len()
        } else {
            args.len() >= fixed.len()
        };
        if !count_ok {
            let have: Vec<String> = args.iter().map(|a| self.have(*a)).collect();
            let (at, words) = if args.len() < params.len() {
                (args.last().copied().unwrap_or(call), "not enough")
            } else {
                (args[params.len()], "too many")
            };
            let want = types_summary(params, self.spelling());
            let message = format!(
                "{words} arguments in call to {fname}: have ({}), want {want}",
                have.join(", ")
            );
            self.error(at, message);
            return Vec::new();
        }
        let context = format!("argument to {fname}");
        let mut out: Vec<Expr> = args
            .iter()
            .zip(fixed)
            .map(|(a, p)| self.value_as(*a, p, &context))
            .collect();
        let rest = &args[fixed.len()..];
        if spread {
            if let Some(last) = rest.first() {
                out.push(self.spread_arg(*last, elem, fname));
            }
            return out;
        }
        let packed = rest
            .iter()
            .map(|a| self.value_as(*a, elem, &context))
            .collect();
        out.push(Expr::SliceLit(packed));
        out
    }

    /// An argument as Go's `have (...)` shows it: `number`, `[]int...`.
    pub(super) fn have(&mut self, a: Node) -> String {
        let (inner, dots) = match a.named_child(0).filter(|_| a.kind() == "variadic_argument") {
            Some(inner) => (inner, "..."),
            None => (a, ""),
        };
        let ty = self.expr(inner).1;
        let all = types_summary(std::slice::from_ref(&ty), self.spelling());
        format!(
            "{}{dots}",
            all.trim_start_matches('(').trim_end_matches(')')
        )
    }
}

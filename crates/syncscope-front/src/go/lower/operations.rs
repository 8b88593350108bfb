//! Unary and binary operators: Go's rules for which operand types go together, where an
//! untyped constant takes the other side's type, and Go's words when they do not.

use super::Lowerer;
use super::operators::{bin_op, common_type, constant_float, operator_applies};
use crate::go::types::{Type, Untyped, converted};
use syncscope_program::{BinOp, Expr, Lit, UnOp};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn unary(&mut self, n: Node) -> (Expr, Type) {
        let op = n
            .child_by_field_name("operator")
            .map_or("", |o| self.text_of(o));
        let Some(operand) = n.child_by_field_name("operand") else {
            return (Expr::int(0), Type::Invalid);
        };
        let (op, wants_number) = match op {
            "-" => (Some(UnOp::Neg), true),
            "+" => (None, true),
            "!" => (Some(UnOp::Not), false),
            "&" => return self.address_of(n, operand),
            "*" => return self.deref(operand),
            "<-" => return self.receive(operand),
            "^" => return self.complement(operand),
            other => {
                let other = other.to_string();
                self.unsupported(n, &format!("the operator {other}"));
                return (Expr::int(0), Type::Invalid);
            }
        };
        let (e, ty) = self.value(operand);
        let fits = if wants_number {
            ty.is_numeric()
        } else {
            // A declared boolean type is one too (`!f` of a `flag`).
            matches!(ty.under(), Type::Bool | Type::Untyped(Untyped::Bool))
        };
        if !fits && ty != Type::Invalid {
            let text = self.described(operand, &e, &ty);
            let sign = self.text_of(n.child_by_field_name("operator").unwrap_or(n));
            // Go puts it at the operand.
            self.error(
                operand,
                format!("invalid operation: operator {sign} not defined on {text}"),
            );
            return (e, Type::Invalid);
        }
        match op {
            // A constant is exact: its zero has no sign, so -0.0 is 0 (a variable's is -0).
            Some(UnOp::Neg) if e == Expr::Lit(Lit::F64(0.0)) => (e, ty),
            Some(op) => (Expr::Unary(op, Box::new(e)), ty),
            None => (e, ty),
        }
    }

    /// `^x`: every bit of an integer flipped, which is `x ^ -1` in the integer's own kind
    /// (all ones for a `uint64`, as `^uint64(0)` is used to count down atomically).
    fn complement(&mut self, operand: Node) -> (Expr, Type) {
        let (e, ty) = self.value(operand);
        if ty == Type::Invalid {
            return (e, ty);
        }
        if !super::shifts::is_integer(&ty) {
            let text = self.described(operand, &e, &ty);
            self.error(
                operand,
                format!("invalid operation: operator ^ not defined on {text}"),
            );
            return (e, Type::Invalid);
        }
        if let (Expr::Lit(Lit::Int(v)), Type::Untyped(_)) = (&e, &ty) {
            return (Expr::int(!v), ty);
        }
        let ones = converted(Expr::int(-1), &Type::Untyped(Untyped::Int), &ty);
        (Expr::Binary(BinOp::BitXor, Box::new(e), Box::new(ones)), ty)
    }

    pub(super) fn binary(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (Some(left), Some(right), Some(op_node)) = (
            n.child_by_field_name("left"),
            n.child_by_field_name("right"),
            n.child_by_field_name("operator"),
        ) else {
            return invalid;
        };
        let sign = self.text_of(op_node);
        let Some(op) = bin_op(sign) else {
            let sign = sign.to_string();
            self.unsupported(op_node, &format!("the operator {sign}"));
            // What its operands use counts as used.
            self.used_in(n);
            return invalid;
        };
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(n, op, left, right);
        }
        let (l, lt) = self.value(left);
        let (r, rt) = self.value(right);
        if lt == Type::Invalid || rt == Type::Invalid {
            return invalid;
        }
        if let Some(done) = self.nil_comparison(n, op, (&l, &lt), (&r, &rt)) {
            return done;
        }
        // An interface takes no arithmetic: Go says its operands' types do not match.
        let mixed = matches!(lt, Type::Iface(..)) != matches!(rt, Type::Iface(..));
        let common = common_type(&lt, &rt).filter(|_| is_comparison(op) || !mixed);
        let Some(ty) = common else {
            let text = self.expr_text(n);
            // Go puts a comparison's mismatch at its right operand.
            let at = if is_comparison(op) { right } else { left };
            let (lt, rt) = (lt.spelled(self.spelling()), rt.spelled(self.spelling()));
            self.error(
                at,
                format!("invalid operation: {text} (mismatched types {lt} and {rt})"),
            );
            return invalid;
        };
        for side in [left, right] {
            if matches!(
                ty,
                Type::Int | Type::Duration | Type::Sized("int64" | "int32")
            ) && self.big_ints.remove(&side.id()).is_some()
            {
                let text = self.expr_text(side);
                let ty = ty.spelled(self.spelling());
                self.error(
                    side,
                    format!("{text} (untyped int constant) overflows {ty}"),
                );
                return invalid;
            }
        }
        for (side, side_ty, e) in [(left, &lt, &l), (right, &rt, &r)] {
            if *side_ty == Type::Untyped(Untyped::Float)
                && matches!(ty, Type::Int | Type::Duration)
                && constant_float(e).is_some_and(|v| v.fract() != 0.0)
            {
                let text = self.described(side, e, side_ty);
                let ty = ty.spelled(self.spelling());
                self.error(side, format!("{text} truncated to {ty}"));
                return invalid;
            }
        }
        if let Some(cause) = comparison_problem(op, &ty, &lt, &rt, sign, self) {
            // Go words a comparison's problem after the comparison, at its left operand.
            let text = self.expr_text(n);
            self.error(left, format!("invalid operation: {text} ({cause})"));
            return invalid;
        }
        if ty == Type::Empty {
            self.unsupported(n, "comparing struct{} values");
            return invalid;
        }
        // A regexp is its pattern here: two compiled apart would be equal.
        if ty == Type::Regexp && lt != Type::Nil && rt != Type::Nil {
            self.unsupported(n, "comparing two *regexp.Regexp values");
            return invalid;
        }
        if let Some(field) = super::struct_eq::incomparable_field(self, &ty) {
            let text = self.expr_text(n);
            let field = field.spelled(self.spelling());
            let cause = format!("struct containing {field} cannot be compared");
            self.error(left, format!("invalid operation: {text} ({cause})"));
            return invalid;
        }
        let plain = self.plain_struct(&ty);
        if !plain
            && matches!(
                ty,
                Type::Struct(..)
                    | Type::Map(..)
                    | Type::Atomic(_)
                    | Type::AtomicPointer(_)
                    | Type::Once
            )
        {
            self.unsupported(n, &format!("comparing {ty} values"));
            return invalid;
        }
        if !is_comparison(op) && !operator_applies(op, &ty) {
            let text = self.described(left, &l, &lt);
            self.error(
                left,
                format!("invalid operation: operator {sign} not defined on {text}"),
            );
            return invalid;
        }
        let l = self.compared(converted(l, &lt, &ty), &lt, &ty);
        let r = self.compared(converted(r, &rt, &ty), &rt, &ty);
        let result = match op {
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                Type::Untyped(Untyped::Bool)
            }
            _ => ty,
        };
        if result == Type::Untyped(Untyped::Float)
            && let Some(folded) = self.exact_binary(op, &l, &r)
        {
            return (folded, result);
        }
        (Expr::Binary(op, Box::new(l), Box::new(r)), result)
    }
}

fn is_comparison(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    )
}

/// Why operands of type `ty` (`lt` and `rt` before they met) do not compare with `op`, in
/// Go's words; `None` where they do, or where it is not a comparison.
fn comparison_problem(
    op: BinOp,
    ty: &Type,
    lt: &Type,
    rt: &Type,
    sign: &str,
    l: &Lowerer,
) -> Option<String> {
    if !is_comparison(op) || operator_applies(op, ty) {
        return None;
    }
    let kind = composite_kind(ty.under());
    if matches!(op, BinOp::Eq | BinOp::Ne) {
        // Against nil they compare; what syncscope does not run of that is said later.
        if *lt == Type::Nil || *rt == Type::Nil {
            return None;
        }
        return Some(format!(
            "{} can only be compared to nil",
            kind.unwrap_or("")
        ));
    }
    let what = kind.map_or_else(|| ty.spelled(l.spelling()).to_string(), str::to_string);
    Some(format!("operator {sign} not defined on {what}"))
}

/// What Go calls a type that is not one of its basic types, as its messages name it.
fn composite_kind(ty: &Type) -> Option<&'static str> {
    Some(match ty {
        Type::Slice(_) => "slice",
        Type::Array(..) => "array",
        Type::Func(..) => "func",
        Type::Map(..) => "map",
        Type::Chan(..) => "chan",
        Type::Tuple(_) => "tuple",
        Type::Pointer(_) | Type::Timer | Type::Ticker | Type::Cond | Type::Location => "pointer",
        Type::Time
        | Type::WaitGroup
        | Type::Mutex
        | Type::RwMutex
        | Type::Once
        | Type::Atomic(_)
        | Type::AtomicPointer(_)
        | Type::Struct(..)
        | Type::Empty => "struct",
        _ => return None,
    })
}

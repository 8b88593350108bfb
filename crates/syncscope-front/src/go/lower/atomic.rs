//! `sync/atomic`'s integer types (`atomic.Int64`, `atomic.Int32`, `atomic.Uint64`) and
//! `atomic.Bool`, their `Add`, `Load`, `Store`, `Swap` and `CompareAndSwap`, and the package's
//! functions of the same names on a variable: each one step that never races and never loses
//! an update.

use super::Lowerer;
use crate::go::types::{Type, cannot_use};
use syncscope_program::{AtomicOp, BinOp, Expr, Ty};
use tree_sitter::Node;

/// The atomic types syncscope runs, by their names in the package.
const TYPES: [&str; 7] = [
    "Int64", "Int32", "Uint64", "Uint32", "Uintptr", "Bool", "Value",
];

/// The kind of value an atomic integer type holds, at whose width it wraps.
pub(super) fn held(atomic: &str) -> Ty {
    match atomic {
        "Int32" => Ty::Rune,
        "Uint32" => Ty::U32,
        "Uint64" | "Uintptr" => Ty::U64,
        _ => Ty::Int,
    }
}

/// `atomic.T` of the package's integer types and `atomic.Bool`.
pub(super) fn atomic_type(text: &str) -> Option<Type> {
    let name = text.strip_prefix("atomic.")?;
    TYPES.iter().find(|t| **t == name).map(|t| Type::Atomic(t))
}

impl Lowerer<'_> {
    /// `x.Add(n)`, `x.Load()`, `x.Store(n)`, `x.Swap(n)`, `x.CompareAndSwap(old, new)` of an
    /// atomic `x`.
    pub(super) fn atomic_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        if *ty == Type::Atomic("Value") {
            return self.value_method(n, callee, recv, member, args, None);
        }
        let full = self.expr_text(callee);
        // `atomic.Int64`'s methods take and give an `int64`, `atomic.Bool`'s a `bool`.
        let (value, boolean) = match ty {
            Type::Atomic("Bool") => (Type::Bool, true),
            Type::Atomic(name) => (Type::Sized(sized_name(name)), false),
            _ => (Type::Invalid, false),
        };
        let (op, params, result) = match member {
            "Add" if !boolean => (AtomicOp::Add, vec![value.clone()], value),
            "Load" => (AtomicOp::Load, vec![], value),
            "Store" => (AtomicOp::Store, vec![value.clone()], Type::Void),
            "Swap" => (AtomicOp::Swap, vec![value.clone()], value),
            "CompareAndSwap" => (
                AtomicOp::CompareAndSwap,
                vec![value.clone(), value],
                Type::Bool,
            ),
            "And" if !boolean => (AtomicOp::And, vec![value.clone()], value),
            "Or" if !boolean => (AtomicOp::Or, vec![value.clone()], value),
            _ => {
                if let Some(field) = callee.child_by_field_name("field") {
                    self.error(field, self.no_field_or_method(&full, ty, member));
                }
                return (Expr::int(0), Type::Invalid);
            }
        };
        let mut args = self.args_as(n, args, &params, &full);
        if boolean {
            // A bool is kept as 0 or 1.
            args = args
                .into_iter()
                .map(|a| Expr::Convert(Ty::Int, Box::new(a)))
                .collect();
        }
        let e = Expr::Atomic(op, Box::new(recv), args);
        let e = match (boolean, op) {
            (true, AtomicOp::Load | AtomicOp::Swap) => {
                Expr::Binary(BinOp::Ne, Box::new(e), Box::new(Expr::int(0)))
            }
            (_, AtomicOp::CompareAndSwap | AtomicOp::Store) => e,
            // The cell holds 64 bits: a uint32 or int32 wraps as it comes out, and a uint64
            // is read without a sign.
            _ => match result.narrow_int() {
                Some(ty) => Expr::Convert(ty, Box::new(e)),
                None => e,
            },
        };
        (e, result)
    }
}

impl Lowerer<'_> {
    /// `atomic.AddInt64(&x, n)`, `atomic.LoadInt64(&x)`, `atomic.StoreInt64(&x, n)`,
    /// `atomic.SwapInt64(&x, n)`, `atomic.CompareAndSwapInt64(&x, old, new)` and their `Int32`
    /// and `Uint64` forms, on a variable of that type.
    pub(super) fn atomic_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("atomic.{member}");
        let Some((op, int)) = atomic_function(member) else {
            self.unsupported(n, &full);
            return invalid;
        };
        let want = Type::Pointer(Box::new(Type::Sized(int)));
        let mut params = vec![want.clone()];
        let operands = match op {
            AtomicOp::Load => 0,
            AtomicOp::CompareAndSwap => 2,
            _ => 1,
        };
        params.extend(std::iter::repeat_n(Type::Sized(int), operands));
        let Some((first, rest)) = args.split_first() else {
            self.args_as(n, args, &params, &full);
            return invalid;
        };
        // `&x` of a variable: the variable itself is what the operation works on.
        let target = (first.kind() == "unary_expression")
            .then(|| first.child_by_field_name("operand"))
            .flatten()
            .filter(|o| {
                o.kind() == "identifier"
                    && first
                        .child_by_field_name("operator")
                        .is_some_and(|op| self.text_of(op) == "&")
            });
        let Some(target) = target else {
            return self.atomic_through(n, &full, (op, int), args, &params);
        };
        let Some((place, ty)) = self.place_of(target, true) else {
            return invalid;
        };
        if ty != Type::Sized(int) && ty != Type::Invalid {
            let text = self.expr_text(*first);
            let pointer = Type::Pointer(Box::new(ty));
            let text = crate::go::types::describe(&text, &pointer, false, self.spelling());
            let message = cannot_use(
                &text,
                &want,
                &format!("argument to {full}"),
                self.spelling(),
            );
            self.error(*first, message);
            return invalid;
        }
        let args = self.args_as(n, rest, params.get(1..).unwrap_or(&[]), &full);
        let var = match place {
            syncscope_program::Place::Global(g) => u16::try_from(g).unwrap_or(u16::MAX),
            _ => self.atomic_var(self.text_of(target)),
        };
        let result = super::atomic_ptrs::atomic_result(op, int);
        let e = Expr::AtomicAt {
            op,
            place,
            var,
            args,
        };
        (e, result)
    }

    /// The variable the race detector knows a local used atomically by, one per name.
    fn atomic_var(&mut self, name: &str) -> u16 {
        if let Some(&var) = self.structs.atomic_locals.get(name) {
            return var;
        }
        let var = self.hidden_var(name);
        self.structs.atomic_locals.insert(name.to_string(), var);
        var
    }
}

/// What `atomic.<member>` does, and on which integer type.
fn atomic_function(member: &str) -> Option<(AtomicOp, &'static str)> {
    let (op, rest) = [
        ("Add", AtomicOp::Add),
        ("Load", AtomicOp::Load),
        ("Store", AtomicOp::Store),
        ("Swap", AtomicOp::Swap),
        ("CompareAndSwap", AtomicOp::CompareAndSwap),
        ("And", AtomicOp::And),
        ("Or", AtomicOp::Or),
    ]
    .into_iter()
    .find_map(|(word, op)| member.strip_prefix(word).map(|r| (op, r)))?;
    let int = ["Int64", "Int32", "Uint64", "Uint32"]
        .into_iter()
        .find(|t| *t == rest)?;
    Some((op, sized_name(int)))
}

fn sized_name(atomic: &str) -> &'static str {
    match atomic {
        "Int32" => "int32",
        "Uint64" => "uint64",
        "Uint32" => "uint32",
        "Uintptr" => "uintptr",
        _ => "int64",
    }
}

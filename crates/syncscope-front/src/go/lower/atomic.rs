//! `sync/atomic`'s integer types (`atomic.Int64`, `atomic.Int32`, `atomic.Uint64`) and their
//! `Add`, `Load` and `Store`: each one step that never races and never loses an update.

use super::Lowerer;
use crate::go::types::{Type, cannot_use};
use syncscope_program::safe_text::one_line;
use syncscope_program::{AtomicOp, Expr};
use tree_sitter::Node;

/// The atomic types syncscope runs, by their names in the package.
const TYPES: [&str; 3] = ["Int64", "Int32", "Uint64"];

/// `atomic.T` of the package's integer types.
pub(super) fn atomic_type(text: &str) -> Option<Type> {
    let name = text.strip_prefix("atomic.")?;
    TYPES.iter().find(|t| **t == name).map(|t| Type::Atomic(t))
}

impl Lowerer<'_> {
    /// `x.Add(n)`, `x.Load()`, `x.Store(n)` of an atomic integer `x`.
    pub(super) fn atomic_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let full = one_line(self.text_of(callee), 40);
        // `atomic.Int64`'s methods take and give an `int64`, and so on.
        let int = match ty {
            Type::Atomic(name) => Type::Sized(sized_name(name)),
            _ => Type::Invalid,
        };
        let (op, params) = match member {
            "Add" => (AtomicOp::Add, vec![int.clone()]),
            "Load" => (AtomicOp::Load, vec![]),
            "Store" => (AtomicOp::Store, vec![int.clone()]),
            "Swap" | "CompareAndSwap" => {
                self.unsupported(callee, &full);
                return (Expr::int(0), Type::Invalid);
            }
            _ => {
                if let Some(field) = callee.child_by_field_name("field") {
                    self.error(field, self.no_field_or_method(&full, ty, member));
                }
                return (Expr::int(0), Type::Invalid);
            }
        };
        let arg = self.args_as(n, args, &params, &full).into_iter().next();
        let result = if op == AtomicOp::Store {
            Type::Void
        } else {
            int
        };
        (Expr::Atomic(op, Box::new(recv), arg.map(Box::new)), result)
    }
}

impl Lowerer<'_> {
    /// `atomic.AddInt64(&x, n)`, `atomic.LoadInt64(&x)`, `atomic.StoreInt64(&x, n)` and their
    /// `Int32` and `Uint64` forms, on a variable of that type.
    pub(super) fn atomic_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("atomic.{member}");
        let Some((op, int)) = atomic_function(member) else {
            self.unsupported(n, &full);
            return invalid;
        };
        let want = Type::Pointer(Box::new(Type::Sized(int)));
        let mut params = vec![want.clone()];
        if op != AtomicOp::Load {
            params.push(Type::Sized(int));
        }
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
            self.unsupported(*first, &format!("{full} of other than &variable"));
            return invalid;
        };
        let Some((place, ty)) = self.place_of(target, true) else {
            return invalid;
        };
        if ty != Type::Sized(int) && ty != Type::Invalid {
            let text = one_line(self.text_of(*first), 40);
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
        let arg = self
            .args_as(n, rest, params.get(1..).unwrap_or(&[]), &full)
            .into_iter()
            .next();
        let var = match place {
            syncscope_program::Place::Global(g) => u16::try_from(g).unwrap_or(u16::MAX),
            _ => self.atomic_var(self.text_of(target)),
        };
        let result = if op == AtomicOp::Store {
            Type::Void
        } else {
            Type::Sized(int)
        };
        let e = Expr::AtomicAt {
            op,
            place,
            var,
            arg: arg.map(Box::new),
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
    ]
    .into_iter()
    .find_map(|(word, op)| member.strip_prefix(word).map(|r| (op, r)))?;
    let int = ["Int64", "Int32", "Uint64"]
        .into_iter()
        .find(|t| *t == rest)?;
    Some((op, sized_name(int)))
}

fn sized_name(atomic: &str) -> &'static str {
    match atomic {
        "Int32" => "int32",
        "Uint64" => "uint64",
        _ => "int64",
    }
}

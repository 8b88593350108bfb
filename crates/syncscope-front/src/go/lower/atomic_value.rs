//! `atomic.Value`: `Store`, `CompareAndSwap`, and `Load` and `Swap`, asserted at once to a
//! type (`cfg := v.Load().(Config)`) or as the `any` Go's methods give.
//! A value goes in with its type's name, so that the run panics with Go's words when a value
//! of another type is stored or asserted.

use super::Lowerer;
use super::fields::copied;
use super::scope::Resolved;
use crate::go::syntax::children;
use crate::go::types::{Type, converted};
use syncscope_program::{AtomicOp, Expr};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `v.Store(x)`, `v.CompareAndSwap(old, new)`; `v.Load()` and `v.Swap(x)` when `want`,
    /// the type they are asserted to, is known.
    pub(super) fn value_method(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
        want: Option<&Type>,
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = self.expr_text(callee);
        let (op, count) = match member {
            "Load" => (AtomicOp::Load, 0),
            "Store" => (AtomicOp::Store, 1),
            "Swap" => (AtomicOp::Swap, 1),
            "CompareAndSwap" => (AtomicOp::CompareAndSwap, 2),
            _ => {
                if let Some(field) = callee.child_by_field_name("field") {
                    let message = self.no_field_or_method(&full, &Type::Atomic("Value"), member);
                    self.error(field, message);
                }
                return invalid;
            }
        };
        let result = match (op, want) {
            (AtomicOp::Store, _) => Type::Void,
            (AtomicOp::CompareAndSwap, _) => Type::Bool,
            (_, Some(t)) => t.clone(),
            (_, None) => super::iface::iface(super::iface::ANY, "any"),
        };
        if args.len() != count {
            self.unsupported(n, &format!("{full} with {} arguments", args.len()));
            return invalid;
        }
        let mut values = Vec::new();
        let mut types = Vec::new();
        let mut boxes = Vec::new();
        for a in args {
            let (e, given) = self.value(*a);
            let ty = given.clone().defaulted();
            let comparable = matches!(
                ty,
                Type::Int
                    | Type::F32
                    | Type::F64
                    | Type::Str
                    | Type::Bool
                    | Type::Duration
                    | Type::Sized(_)
            );
            if matches!(ty, Type::Invalid) {
                return invalid;
            }
            if ty == Type::Nil {
                self.unsupported(*a, "nil in an atomic.Value");
                return invalid;
            }
            if op == AtomicOp::CompareAndSwap && !comparable {
                self.unsupported(*a, &format!("CompareAndSwap of {ty} values"));
                return invalid;
            }
            types.push(runtime_name(&ty));
            // An interface's value is boxed already.
            boxes.push(match ty {
                Type::Iface(..) => 0,
                _ => self.rt_id(&ty),
            });
            values.push(copied(converted(e, &given, &ty), &ty));
        }
        let e = Expr::AtomicValue {
            op,
            target: Box::new(recv),
            args: values,
            types,
            boxes,
            want: want.map(runtime_name),
        };
        let e = match want {
            Some(t) => copied(e, t),
            None => e,
        };
        (e, result)
    }

    /// `x.(T)`: run where `x` is an `atomic.Value`'s `Load()` or `Swap(v)`.
    pub(super) fn type_assertion(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (Some(operand), Some(t)) = (
            n.child_by_field_name("operand"),
            n.child_by_field_name("type"),
        ) else {
            return invalid;
        };
        let call = Some(operand)
            .filter(|o| o.kind() == "call_expression")
            .and_then(|o| Some((o.child_by_field_name("function")?, o)))
            .filter(|(f, _)| f.kind() == "selector_expression");
        if let Some((callee, call)) = call
            && let (Some(recv), Some(field)) = (
                callee.child_by_field_name("operand"),
                callee.child_by_field_name("field"),
            )
            && matches!(self.text_of(field), "Load" | "Swap")
            && !self.names_package(recv)
        {
            let (recv_e, ty) = self.expr(recv);
            if ty == Type::Atomic("Value") {
                let want = self.type_of(t);
                if want == Type::Invalid {
                    return invalid;
                }
                let member = self.text_of(field).to_string();
                let args: Vec<Node> = call
                    .child_by_field_name("arguments")
                    .map(|a| {
                        children(a)
                            .filter(|a| a.is_named() && a.kind() != "comment")
                            .collect()
                    })
                    .unwrap_or_default();
                return self.value_method(call, callee, recv_e, &member, &args, Some(&want));
            }
        }
        // Any other assertion is of an interface value.
        self.assertion(n, false)
    }
}

impl Lowerer<'_> {
    /// Whether `n` is a package's name (`atomic` in `atomic.LoadInt64`).
    fn names_package(&mut self, n: Node) -> bool {
        let name = self.text_of(n).to_string();
        n.kind() == "identifier" && matches!(self.resolve(&name, false), Resolved::Package(_))
    }
}

/// A type as Go's runtime names it in a panic: the file's own types are `main.`'s.
fn runtime_name(ty: &Type) -> String {
    match ty {
        Type::Struct(_, name) => format!("main.{name}"),
        Type::Pointer(t) => format!("*{}", runtime_name(t)),
        Type::Slice(t) => format!("[]{}", runtime_name(t)),
        Type::Map(k, v) => format!("map[{}]{}", runtime_name(k), runtime_name(v)),
        other => other.to_string(),
    }
}

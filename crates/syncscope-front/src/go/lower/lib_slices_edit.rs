//! `slices.Clone`, `Insert`, `Delete`, `DeleteFunc`, `Compact` and `Concat`: the functions
//! that give a slice back, of any element type (`Compact` of a comparable one). Mistakes are
//! worded by Go's type inference.

use super::Lowerer;
use crate::go::types::{Type, cannot_use, converted};
use syncscope_program::{Expr, SlicesOp};
use tree_sitter::Node;

/// Where Go 1.26's `slices.go` declares each function's `E`, which its "cannot infer E" names.
fn declared_e(member: &str) -> &'static str {
    match member {
        "Insert" => "135:21",
        "Delete" => "222:21",
        "DeleteFunc" => "239:25",
        "Clone" => "353:20",
        "Compact" => "369:22",
        _ => "489:21",
    }
}

impl Lowerer<'_> {
    pub(super) fn slices_edit(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (op, arity) = match member {
            "Clone" => (SlicesOp::Clone, Some(1)),
            "Compact" => (SlicesOp::Compact, Some(1)),
            "Delete" => (SlicesOp::Delete, Some(3)),
            "DeleteFunc" => (SlicesOp::DeleteFunc, Some(2)),
            "Insert" => (SlicesOp::Insert, None),
            _ => (SlicesOp::Concat, None),
        };
        let paren = n.child_by_field_name("arguments").unwrap_or(n);
        let spread = args.iter().any(|a| a.kind() == "variadic_argument");
        if spread && op == SlicesOp::Concat {
            for a in args {
                self.used_in(*a);
            }
            self.unsupported(n, "slices.Concat of a spread slice");
            return invalid;
        }
        let too_few = match arity {
            Some(k) => args.len() != k,
            None => op == SlicesOp::Insert && args.len() < 2,
        };
        if too_few {
            self.generic_count(n, member, args, arity.unwrap_or(2));
            return invalid;
        }
        let Some(first) = args.first() else {
            // Only an instantiation (`slices.Concat[[]int]()`) says what S is.
            self.unsupported(n, "slices.Concat of no slices");
            return invalid;
        };
        let (s, ty) = self.value(*first);
        let elem = match super::named_composite::peeled(ty.clone()) {
            Type::Slice(elem) => *elem,
            Type::Invalid => {
                args.iter().skip(1).for_each(|a| self.used_in(*a));
                return invalid;
            }
            _ => {
                args.iter().skip(1).for_each(|a| self.used_in(*a));
                let inferred_from_values =
                    op == SlicesOp::Insert && args.len() > 2 || op == SlicesOp::DeleteFunc;
                if inferred_from_values {
                    self.unsupported(n, &format!("slices.{member} of a value that is no slice"));
                } else {
                    let at = declared_e(member);
                    let message = format!(
                        "in call to slices.{member}, cannot infer E (declared at $GOROOT/src/slices/slices.go:{at})"
                    );
                    self.error(paren, message);
                }
                return invalid;
            }
        };
        if op == SlicesOp::Compact && !super::constraints::comparable(&elem) {
            let e = elem.spelled(self.spelling()).to_string();
            self.error(paren, format!("{e} does not satisfy comparable"));
            return invalid;
        }
        let context = format!("argument to slices.{member}");
        let mut lowered = vec![s];
        match op {
            SlicesOp::Insert => {
                lowered.push(self.value_as(args[1], &Type::Int, &context));
                let values = match &args[2..] {
                    [one] if spread => self.spread_arg(*one, &elem, &format!("slices.{member}")),
                    rest => Expr::SliceLit(
                        rest.iter()
                            .map(|a| self.value_as(*a, &elem, &context))
                            .collect(),
                    ),
                };
                lowered.push(values);
            }
            SlicesOp::Delete => {
                for a in &args[1..] {
                    lowered.push(self.value_as(*a, &Type::Int, &context));
                }
            }
            SlicesOp::DeleteFunc => {
                let want = Type::Func(vec![elem.clone()], Some(Box::new(Type::Bool)));
                let (f, ft) = self.value(args[1]);
                if ft == Type::Invalid {
                    return invalid;
                }
                if !ft.assignable_to(&want) {
                    let text = self.described(args[1], &f, &ft);
                    self.error(args[1], cannot_use(&text, &want, &context, self.spelling()));
                    return invalid;
                }
                lowered.push(converted(f, &ft, &want));
            }
            SlicesOp::Concat => {
                for a in &args[1..] {
                    // Another slice type: S was inferred from the first already.
                    if let Some(at) = self.peek_type(*a).filter(|t| matches!(t, Type::Slice(_)))
                        && at != super::named_composite::peeled(ty.clone())
                    {
                        let (t, want) = (at.spelled(self.spelling()), ty.spelled(self.spelling()));
                        let text = self.expr_text(*a);
                        let message = format!(
                            "in call to slices.Concat, type {t} of {text} does not match inferred type {want} for S"
                        );
                        self.error(*a, message);
                        return invalid;
                    }
                    lowered.push(self.value_as(*a, &ty, &context));
                }
            }
            SlicesOp::Clone | SlicesOp::Compact => {}
        }
        let grow = Box::new(self.grow_of(&elem));
        let e = Expr::SlicesEdit {
            op,
            args: lowered,
            grow,
        };
        (e, ty)
    }
}

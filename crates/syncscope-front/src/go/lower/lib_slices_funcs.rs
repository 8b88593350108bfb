//! `slices.IndexFunc(s, f)` and `slices.ContainsFunc(s, f)`, of slices of any element type
//! (nothing is compared but what `f` says), and `slices.BinarySearch(s, x)` of an ordered
//! one. Mistakes are worded by Go's type inference.

use super::Lowerer;
use crate::go::types::{Type, cannot_use, converted};
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn slices_funcs(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        if args.len() != 2 {
            self.generic_count(n, member, args, 2);
            return invalid;
        }
        let paren = n.child_by_field_name("arguments").unwrap_or(n);
        let (s, ty) = self.value(args[0]);
        if member == "BinarySearch" {
            let Some(elem) = self.slice_of(paren, &ty, member, true) else {
                self.used_in(args[1]);
                return invalid;
            };
            let context = "argument to slices.BinarySearch";
            let x = self.value_as(args[1], &elem, context);
            let result = Type::Tuple(vec![Type::Int, Type::Bool]);
            return (Expr::Lib(Lib::BinarySearch, vec![s, x]), result);
        }
        let (lib, result) = if member == "IndexFunc" {
            (Lib::SlicesIndexFunc, Type::Int)
        } else {
            (Lib::SlicesContainsFunc, Type::Bool)
        };
        let elem = match ty.under() {
            Type::Slice(elem) => (**elem).clone(),
            Type::Invalid => {
                self.used_in(args[1]);
                return invalid;
            }
            _ => {
                self.used_in(args[1]);
                self.not_a_slice(paren, member, &ty);
                return invalid;
            }
        };
        let want = Type::Func(vec![elem], Some(Box::new(Type::Bool)));
        let (f, ft) = self.value(args[1]);
        match &ft {
            Type::Invalid => return invalid,
            // E is inferred from the function first: the slice then does not fit it.
            Type::Func(params, Some(r)) if params.len() == 1 && **r == Type::Bool && ft != want => {
                self.not_a_slice(paren, member, &ty);
                return invalid;
            }
            _ if !ft.assignable_to(&want) => {
                let text = self.described(args[1], &f, &ft);
                let context = format!("argument to slices.{member}");
                let message = cannot_use(&text, &want, &context, self.spelling());
                self.error(args[1], message);
                return invalid;
            }
            _ => {}
        }
        (Expr::Lib(lib, vec![s, converted(f, &ft, &want)]), result)
    }

    fn not_a_slice(&mut self, at: Node, member: &str, ty: &Type) {
        let t = ty.clone().defaulted().spelled(self.spelling()).to_string();
        let message = format!("in call to slices.{member}, S (type {t}) does not satisfy ~[]E");
        self.error(at, message);
    }
}

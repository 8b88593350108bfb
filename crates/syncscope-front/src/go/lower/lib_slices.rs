//! `slices`: generic functions, whose mistakes Go words by its type inference (`S (type int)
//! does not satisfy ~[]E`, `bool does not satisfy cmp.Ordered`).

use super::Lowerer;
use crate::go::types::{Type, cannot_use, converted};
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

/// What Go's `cmp.Ordered` is made of, as its messages list it.
pub(super) const ORDERED: &str = "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | \
                       ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string";

/// Whether `t` is in `cmp.Ordered`: every integer (bytes and runes too), float and string
/// type, declared ones included (`~int`).
pub(super) fn is_ordered(t: &Type) -> bool {
    matches!(
        t.under(),
        Type::Int
            | Type::F32
            | Type::F64
            | Type::Str
            | Type::Duration
            | Type::Sized(_)
            | Type::Rune
            | Type::Byte
    )
}

/// The type parameters Go's messages name each function's parameters by.
fn params(member: &str) -> &'static str {
    match member {
        "Contains" | "Index" | "BinarySearch" => "(S, E)",
        "IndexFunc" | "ContainsFunc" => "(S, func(E) bool)",
        "Equal" => "(S1, S2)",
        "SortFunc" | "SortStableFunc" => "(S, func(a E, b E) int)",
        _ => "(S)",
    }
}

impl Lowerer<'_> {
    /// A call of `slices.member` for its value.
    pub(super) fn slices_call(&mut self, n: Node, member: &str, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let callee = n.child_by_field_name("function").unwrap_or(n);
        let (lib, arity) = match member {
            "Contains" => (Lib::SlicesContains, 2),
            "Index" => (Lib::SlicesIndex, 2),
            "Equal" => (Lib::SlicesEqual, 2),
            "Max" => (Lib::SlicesMax, 1),
            "Min" => (Lib::SlicesMin, 1),
            "IsSorted" => (Lib::IsSorted, 1),
            "Sorted" | "Collect" => return self.collect_map(n, member, args),
            "Values" | "All" if args.len() == 1 => return self.slice_seq(n, member, args[0]),
            "Clone" | "Compact" | "Delete" | "DeleteFunc" | "Insert" | "Concat" => {
                return self.slices_edit(n, member, args);
            }
            "IndexFunc" | "ContainsFunc" | "BinarySearch" => {
                return self.slices_funcs(n, member, args);
            }
            "Sort" | "Reverse" | "SortFunc" | "SortStableFunc" => {
                for a in args {
                    self.used_in(*a);
                }
                return super::calls::NO_VALUE;
            }
            _ => {
                self.unsupported(n, &format!("slices.{member}"));
                return invalid;
            }
        };
        if args.len() != arity {
            self.generic_count(n, member, args, arity);
            return invalid;
        }
        let ordered = matches!(lib, Lib::SlicesMax | Lib::SlicesMin | Lib::IsSorted);
        if lib == Lib::SlicesEqual {
            return self.slices_equal(callee, args);
        }
        if arity == 2 {
            return self.slices_find(callee, lib, args);
        }
        let (s, ty) = self.value(args[0]);
        let Some(elem) = self.slice_of(callee, &ty, member, ordered) else {
            return invalid;
        };
        let result = match lib {
            Lib::IsSorted => Type::Bool,
            _ => elem,
        };
        (Expr::Lib(lib, vec![s]), result)
    }

    /// The element type of a slice argument, or Go's mistake for it (said here).
    pub(super) fn slice_arg(
        &mut self,
        callee: Node,
        arg: Node,
        member: &str,
        ordered: bool,
    ) -> Option<Type> {
        let (_, ty) = self.value(arg);
        self.slice_of(callee, &ty, member, ordered)
    }

    pub(super) fn slice_of(
        &mut self,
        callee: Node,
        ty: &Type,
        member: &str,
        ordered: bool,
    ) -> Option<Type> {
        // `~[]E`: a declared slice type too.
        let elem = match ty.under() {
            Type::Slice(elem) => (**elem).clone(),
            Type::Invalid => return None,
            other => {
                let other = other
                    .clone()
                    .defaulted()
                    .spelled(self.spelling())
                    .to_string();
                let message =
                    format!("in call to slices.{member}, S (type {other}) does not satisfy ~[]E");
                self.error(callee, message);
                return None;
            }
        };
        if ordered && !is_ordered(&elem) {
            let e = elem.spelled(self.spelling()).to_string();
            self.error(
                callee,
                format!("{e} does not satisfy cmp.Ordered ({e} missing in {ORDERED})"),
            );
            return None;
        }
        if !ordered
            && matches!(
                elem,
                Type::Struct(..) | Type::Slice(_) | Type::Map(..) | Type::Func(..)
            )
        {
            self.unsupported(callee, &format!("slices.{member} of a []{elem}"));
            return None;
        }
        Some(elem)
    }

    /// `slices.Contains(s, v)` and `slices.Index(s, v)`.
    fn slices_find(&mut self, callee: Node, lib: Lib, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let member = if lib == Lib::SlicesContains {
            "Contains"
        } else {
            "Index"
        };
        let (s, ty) = self.value(args[0]);
        let (v, vt) = self.value(args[1]);
        if !matches!(ty.under(), Type::Slice(_) | Type::Invalid) && vt != Type::Invalid {
            // E comes from the value, S must then be a slice of it.
            let t = ty.clone().defaulted().spelled(self.spelling()).to_string();
            let e = vt.defaulted().spelled(self.spelling()).to_string();
            self.error(
                callee,
                format!("{t} does not satisfy ~[]{e} ({t} missing in ~[]{e})"),
            );
            return invalid;
        }
        let Some(elem) = self.slice_of(callee, &ty, member, false) else {
            return invalid;
        };
        let context = format!("argument to slices.{member}");
        let untyped = matches!(vt, Type::Untyped(_) | Type::Nil);
        if vt == Type::Invalid {
            return invalid;
        }
        if !untyped && vt != elem {
            let t = ty.spelled(self.spelling()).to_string();
            let message = format!("in call to slices.{member}, S (type {t}) does not satisfy ~[]E");
            self.error(args[0], message);
            return invalid;
        }
        let truncated = vt == Type::Untyped(crate::go::types::Untyped::Float)
            && matches!(elem, Type::Int | Type::Duration | Type::Sized(_))
            && super::operators::constant_float(&v).is_some_and(|x| x.fract() != 0.0);
        if !vt.assignable_to(&elem) || truncated {
            let text = self.described(args[1], &v, &vt);
            let mut message = cannot_use(&text, &elem, &context, self.spelling());
            if truncated {
                message += " (truncated)";
            }
            self.error(args[1], message);
            return invalid;
        }
        let v = converted(v, &vt, &elem);
        let result = if lib == Lib::SlicesContains {
            Type::Bool
        } else {
            Type::Int
        };
        (Expr::Lib(lib, vec![s, v]), result)
    }

    fn slices_equal(&mut self, callee: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (a, at) = self.value(args[0]);
        let (b, bt) = self.value(args[1]);
        if self.slice_of(callee, &at, "Equal", false).is_none() || bt == Type::Invalid {
            return invalid;
        }
        if bt != at && bt != Type::Nil {
            let text = self.described(args[1], &b, &bt);
            let text = text.split(" (").next().unwrap_or(&text).to_string();
            let (bt, at) = (bt.spelled(self.spelling()), at.spelled(self.spelling()));
            let message = format!(
                "in call to slices.Equal, type {bt} of {text} does not match inferred type {at} for S"
            );
            self.error(args[1], message);
            return invalid;
        }
        // A nil slice is an empty one to the engine.
        (Expr::Lib(Lib::SlicesEqual, vec![a, b]), Type::Bool)
    }

    /// Go's words for a generic call with too few or too many arguments.
    pub(super) fn generic_count(&mut self, n: Node, member: &str, args: &[Node], arity: usize) {
        let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
        if have.contains(&Type::Invalid) {
            return;
        }
        let have = crate::go::types::types_summary(&have, self.spelling());
        // Go puts too few at the last argument, or at the call when there is none.
        let (at, words) = if args.len() < arity {
            (args.last().copied().unwrap_or(n), "not enough")
        } else {
            (args[arity], "too many")
        };
        let want = params(member);
        self.error(
            at,
            format!("{words} arguments in call to slices.{member}: have {have}, want {want}"),
        );
    }
}

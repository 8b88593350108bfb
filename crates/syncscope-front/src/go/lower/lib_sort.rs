//! The sorts that take a closure (`sort.Slice`, `slices.SortFunc` and their stable kin), and
//! `sort.Sort` and `sort.Stable` of the idioms teachers write: `sort.IntSlice(s)` and
//! `sort.StringSlice(s)`, reversed or not. Equal ints or strings look the same, so the order
//! Go's sort leaves them in is any sort's.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{InPlace, Lib, SliceAt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `sort.Sort(x)` and `sort.Stable(x)` where `x` is `sort.IntSlice(s)`,
    /// `sort.StringSlice(s)`, a value with `Len`, `Less` and `Swap`, or `sort.Reverse` of one.
    pub(super) fn sort_interface(
        &mut self,
        call: Node,
        args: &[Node],
        full: &str,
    ) -> Option<StmtKind> {
        let [arg] = args else {
            return self.not_an_idiom(call, args, full);
        };
        let (inner, op) = match self.sort_call(*arg) {
            Some(("Reverse", inner)) => (inner, InPlace::SortDescending),
            _ => (*arg, InPlace::Sort),
        };
        let (elem, slice) = match self.sort_call(inner) {
            Some(("IntSlice", s)) => (Type::Int, s),
            Some(("StringSlice", s)) => (Type::Str, s),
            _ => {
                // Any other value with `Len`, `Less` and `Swap`, reversed or not.
                let reversed = inner != *arg;
                let lib = match full {
                    "sort.Stable" => Lib::StableInterface,
                    _ => Lib::SortInterface,
                };
                let to = if reversed { "sort.Reverse" } else { full };
                return Some(StmtKind::Expr(
                    self.sort_by_methods(inner, to, lib, reversed),
                ));
            }
        };
        let (_, ty) = self.value(slice);
        if ty != Type::Slice(Box::new(elem)) {
            if ty != Type::Invalid {
                self.unsupported(slice, &format!("{full} of this slice"));
            }
            return None;
        }
        let place = self.slice_place(slice)?;
        Some(StmtKind::InPlace(place, op))
    }

    /// `sort.member(arg)` if `n` is a call of the `sort` package with one argument.
    fn sort_call<'t>(&mut self, n: Node<'t>) -> Option<(&'static str, Node<'t>)> {
        let callee = n.child_by_field_name("function")?;
        let (operand, field) = (
            callee.child_by_field_name("operand")?,
            callee.child_by_field_name("field")?,
        );
        if n.kind() != "call_expression" || operand.kind() != "identifier" {
            return None;
        }
        let Resolved::Package(p) = self.resolve(self.text_of(operand), true) else {
            return None;
        };
        let member = match self.text_of(field) {
            "Reverse" => "Reverse",
            "IntSlice" => "IntSlice",
            "StringSlice" => "StringSlice",
            _ => return None,
        };
        let args: Vec<Node<'t>> = elements(n.child_by_field_name("arguments")?).collect();
        match args.as_slice() {
            [arg] if p == "sort" => Some((member, *arg)),
            _ => None,
        }
    }

    fn not_an_idiom(&mut self, call: Node, args: &[Node], full: &str) -> Option<StmtKind> {
        // What the refused call uses still counts as used.
        for a in args {
            self.used_in(*a);
        }
        let what = "of other than sort.IntSlice or sort.StringSlice (reversed or not)";
        self.unsupported(call, &format!("{full} {what}"));
        None
    }

    /// The slice a sort changes: a variable (a parameter too: the sort reorders the backing
    /// array its caller's slice shares), or the slice a field or an element holds.
    pub(super) fn slice_place(&mut self, arg: Node) -> Option<SliceAt> {
        if arg.kind() == "identifier" {
            return self
                .place_of(arg, true)
                .map(|(place, _)| SliceAt::Var(place));
        }
        Some(SliceAt::Value(self.expr(arg).0))
    }

    pub(super) fn sort_slice(
        &mut self,
        call: Node,
        args: &[Node],
        full: &str,
        stable: bool,
    ) -> Option<StmtKind> {
        let less_type = Type::Func(vec![Type::Int, Type::Int], Some(Box::new(Type::Bool)));
        let [x, less] = args else {
            self.args_as(call, args, &[Type::Invalid, less_type], full);
            return None;
        };
        let (_, ty) = self.value(*x);
        let (f, fty) = self.value(*less);
        // A declared slice type's value is a slice.
        if !matches!(ty.under(), Type::Slice(_) | Type::Invalid) {
            self.unsupported(*x, &format!("{full} of other than a slice"));
            return None;
        }
        if fty != less_type && fty != Type::Invalid {
            let text = self.described(*less, &f, &fty);
            let message =
                format!("cannot use {text} as func(i int, j int) bool value in argument to {full}");
            self.error(*less, message);
            return None;
        }
        let place = self.slice_place(*x)?;
        Some(StmtKind::InPlace(
            place,
            InPlace::SortBy { less: f, stable },
        ))
    }

    /// `slices.SortFunc(s, cmp)`: `cmp` of two elements, an int.
    pub(super) fn sort_func(
        &mut self,
        call: Node,
        args: &[Node],
        full: &str,
        stable: bool,
    ) -> Option<StmtKind> {
        let [x, cmp] = args else {
            let member = full.trim_start_matches("slices.");
            self.generic_count(call, member, args, 2);
            return None;
        };
        let (_, ty) = self.value(*x);
        let (f, fty) = self.value(*cmp);
        let Type::Slice(elem) = ty.under().clone() else {
            self.unsupported(*x, &format!("{full} of other than a slice"));
            return None;
        };
        let want = Type::Func(vec![*elem.clone(), *elem], Some(Box::new(Type::Int)));
        if fty != want {
            // Go's words for a generic function's argument are not syncscope's yet.
            self.unsupported(*cmp, &format!("{full} with other than a func(a, b E) int"));
            return None;
        }
        let place = self.slice_place(*x)?;
        Some(StmtKind::InPlace(
            place,
            InPlace::SortFunc { cmp: f, stable },
        ))
    }
}

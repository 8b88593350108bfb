//! `sort.Sort` and `sort.Stable` of the idioms teachers write: `sort.IntSlice(s)` and
//! `sort.StringSlice(s)`, reversed or not. Equal ints or strings look the same, so the order
//! Go's sort leaves them in is any sort's.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{InPlace, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `sort.Sort(x)` where `x` is `sort.IntSlice(s)`, `sort.StringSlice(s)` or
    /// `sort.Reverse` of one.
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
            _ => return self.not_an_idiom(call, args, full),
        };
        let (_, ty) = self.value(slice);
        if ty != Type::Slice(Box::new(elem)) {
            if ty != Type::Invalid {
                self.unsupported(slice, &format!("{full} of this slice"));
            }
            return None;
        }
        let place = self.slice_place(slice, full)?;
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
        let Resolved::Package(p) = self.resolve(self.text_of(operand), false) else {
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
}

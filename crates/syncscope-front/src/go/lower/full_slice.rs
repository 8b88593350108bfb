//! `s[lo:hi:max]` of a slice or an array: a slice whose capacity stops at `max`, as teachers
//! write it to make the next `append` copy.

use super::Lowerer;
use super::timers::constant;
use crate::go::types::{Type, Untyped};
use syncscope_program::Expr;
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

impl Lowerer<'_> {
    pub(super) fn full_slice(&mut self, n: Node, operand: Node) -> (Expr, Type) {
        let (of, ty) = self.value(operand);
        let mut bounds = Vec::new();
        for field in ["start", "end", "capacity"] {
            if let Some(b) = n.child_by_field_name(field) {
                bounds.push((field, self.index_value(b), b));
            }
        }
        // Go checks the constant ones in order: none smaller than one before it.
        let mut largest: Option<i64> = None;
        for (_, e, at) in &bounds {
            match (constant(e), largest) {
                (Some(v), Some(l)) if v < l && v >= 0 => {
                    self.error(*at, format!("invalid slice indices: {v} < {l}"));
                    return INVALID;
                }
                (Some(v), _) => largest = Some(largest.map_or(v, |l| l.max(v))),
                _ => {}
            }
        }
        // A declared slice type stays itself; an array of one gives a slice of its elements.
        let (of, ty) = match ty.under().clone() {
            Type::Array(_, elem) => {
                let of = super::arrays::in_place(of);
                if !super::arrays::addressable(&of) {
                    let text = self.described(operand, &of, &ty);
                    self.error(operand, format!("cannot slice unaddressable value {text}"));
                    return INVALID;
                }
                (of, Type::Slice(elem))
            }
            Type::Slice(_) | Type::Invalid => (of, ty),
            Type::Str | Type::Untyped(Untyped::Str) => {
                let at = bounds.last().map_or(n, |b| b.2);
                self.error(at, "invalid operation: 3-index slice of string".into());
                return INVALID;
            }
            _ => {
                let text = self.described(operand, &of, &ty);
                self.error(operand, format!("cannot slice {text}"));
                return INVALID;
            }
        };
        let mut lo = None;
        let (mut hi, mut max) = (None, None);
        for (field, e, _) in bounds {
            match field {
                "start" => lo = Some(Box::new(e)),
                "end" => hi = Some(Box::new(e)),
                _ => max = Some(Box::new(e)),
            }
        }
        // The grammar asks for both of the last two; a missing one is its syntax error.
        let (Some(hi), Some(max)) = (hi, max) else {
            return INVALID;
        };
        let of = Box::new(of);
        (Expr::FullSlice { of, lo, hi, max }, ty)
    }
}

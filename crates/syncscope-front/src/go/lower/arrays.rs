//! Arrays: `[n]T` and `[...]T{...}` with their elements (keyed or not, nested literals),
//! values that a use copies, indexed with Go's bounds checked where the index is constant.

use super::Lowerer;
use super::timers::constant;
use crate::go::syntax::children;
use crate::go::types::{Type, Untyped};
use syncscope_program::{BinOp, Expr};
use tree_sitter::Node;

/// The array itself where a use would copy it: indexing, slicing and storing into an
/// element need the one that lives in its variable.
pub(super) fn in_place(e: Expr) -> Expr {
    match e {
        Expr::CopyArray(inner) => *inner,
        e => e,
    }
}

/// Whether an array lowered as `e` is one Go can take the address of: a variable, a field
/// or element of one, what a pointer points to; not a call's result, a literal or a map's
/// value.
pub(super) fn addressable(e: &Expr) -> bool {
    match e {
        Expr::Local(_) | Expr::Captured(_) | Expr::Global(_) | Expr::Deref(_) | Expr::Load(_) => {
            true
        }
        Expr::Field(x, _) | Expr::Index(x, _) => !matches!(
            x.as_ref(),
            Expr::Call(..) | Expr::CallValue(..) | Expr::MapGet { .. } | Expr::ArrayLit { .. }
        ),
        _ => false,
    }
}

/// The value of a constant integer expression as lowered: `md5.Size + sha256.Size`, `n * 2`
/// (`None` for one that does not fold here, or overflows, or divides by zero).
fn folded(e: &Expr) -> Option<i64> {
    let Expr::Binary(op, a, b) = e else {
        return constant(e);
    };
    let (a, b) = (folded(a)?, folded(b)?);
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div => a.checked_div(b),
        BinOp::Rem => a.checked_rem(b),
        _ => None,
    }
}

impl Lowerer<'_> {
    /// `[n]T`: the length a constant.
    pub(super) fn array_type(&mut self, t: Node) -> Type {
        let (Some(len), Some(elem)) = (
            t.child_by_field_name("length"),
            t.child_by_field_name("element"),
        ) else {
            return Type::Invalid;
        };
        let n = self.array_length(len);
        let elem = self.type_of(elem);
        match (n, elem) {
            (Some(n), elem) if elem != Type::Invalid => Type::Array(n, Box::new(elem)),
            _ => Type::Invalid,
        }
    }

    fn array_length(&mut self, len: Node) -> Option<usize> {
        // A variable is not a length: Go does not count it as used either.
        if len.kind() == "identifier"
            && let super::scope::Resolved::Local(..)
            | super::scope::Resolved::Captured(..)
            | super::scope::Resolved::Global(..) = self.resolve(self.text_of(len), false)
        {
            let text = self.expr_text(len);
            self.error(len, format!("invalid array length {text}"));
            return None;
        }
        // Go reads `[n]T` of an unknown `n` as maybe a type parameter without its constraint.
        if len.kind() == "identifier"
            && matches!(
                self.resolve(self.text_of(len), false),
                super::scope::Resolved::Undefined
            )
        {
            let text = self.expr_text(len);
            let message = format!("undefined array length {text} or missing type constraint");
            self.error(len, message);
            return None;
        }
        let (e, ty) = self.expr(len);
        let text = self.described(len, &e, &ty);
        match (folded(&e), &ty) {
            (Some(n), Type::Untyped(Untyped::Int) | Type::Int) if n >= 0 => usize::try_from(n).ok(),
            (Some(_), Type::Untyped(Untyped::Int) | Type::Int) => {
                self.error(len, format!("invalid array length {text}"));
                None
            }
            (_, Type::Invalid) => None,
            (None, Type::Untyped(Untyped::Int)) => {
                self.unsupported(len, &format!("the array length {text}"));
                None
            }
            (_, Type::Untyped(_)) => {
                self.error(len, format!("array length {text} must be integer"));
                None
            }
            _ => {
                self.error(len, format!("array length {text} must be constant"));
                None
            }
        }
    }

    /// An index of an array of `len` elements: a constant one must be inside it.
    pub(super) fn array_bound(&mut self, at: Node, index: &Expr, len: usize) {
        if let Some(i) = constant(index)
            && i >= 0
            && i as u64 >= len as u64
        {
            let message = format!("invalid argument: index {i} out of bounds [0:{len}]");
            self.error(at, message);
        }
    }

    /// `[n]T{...}` or `[...]T{...}`: the elements at their indices, the rest zero.
    pub(super) fn array_lit(&mut self, t: Node, body: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let Some(elem_node) = t.child_by_field_name("element") else {
            return invalid;
        };
        let (fixed, elem) = match t.kind() {
            "array_type" => match self.array_type(t) {
                Type::Array(n, e) => (Some(n), *e),
                _ => return invalid,
            },
            _ => (None, self.type_of(elem_node)),
        };
        let (items, len) = self.indexed_elements(body, &elem, fixed, "array or slice literal");
        let len = fixed.unwrap_or(len);
        let zero = Box::new(self.zero_of(&elem, "elem"));
        let ty = Type::Array(len, Box::new(elem));
        (Expr::ArrayLit { len, items, zero }, ty)
    }

    /// A slice literal's elements in order: keyed ones may leave gaps, which hold the zero
    /// value.
    pub(super) fn slice_elements(&mut self, body: Node, elem: &Type) -> Vec<Expr> {
        let (placed, len) = self.indexed_elements(body, elem, None, "slice literal");
        let mut items: Vec<Option<Expr>> = vec![None; len];
        for (i, e) in placed {
            if let Some(slot) = items.get_mut(i) {
                *slot = Some(e);
            }
        }
        items
            .into_iter()
            .map(|e| e.unwrap_or_else(|| self.zero_of(elem, "elem")))
            .collect()
    }

    /// The elements of an array or slice literal at their indices (`2: v` puts one at 2),
    /// and how many places they take; past `bound` is Go's "out of bounds".
    pub(super) fn indexed_elements(
        &mut self,
        body: Node,
        elem: &Type,
        bound: Option<usize>,
        context: &str,
    ) -> (Vec<(usize, Expr)>, usize) {
        let mut items = Vec::new();
        let mut next = 0usize;
        let mut len = 0usize;
        for el in children(body) {
            let (key, value) = match el.kind() {
                "literal_element" => (None, el.named_child(0)),
                "keyed_element" => (
                    el.child_by_field_name("key").and_then(|k| k.named_child(0)),
                    el.child_by_field_name("value")
                        .and_then(|v| v.named_child(0)),
                ),
                _ => continue,
            };
            if let Some(k) = key {
                let i = self.index_value(k);
                match constant(&i) {
                    Some(i) if i >= 0 => next = i as usize,
                    _ => {
                        let text = self.expr_text(k);
                        let message = format!("index {text} must be integer constant");
                        self.error(k, message);
                    }
                }
            }
            if let Some(b) = bound
                && next >= b
            {
                let at = key.unwrap_or(el);
                let message = match key {
                    Some(_) => format!("invalid argument: index {next} out of bounds [0:{b}]"),
                    None => format!("index {next} is out of bounds (>= {b})"),
                };
                self.error(at, message);
                if let Some(v) = value {
                    self.used_in(v);
                }
                continue;
            }
            if let Some(v) = value {
                items.push((next, self.element(v, elem, context)));
            }
            next += 1;
            len = len.max(next);
        }
        (items, len)
    }
}

//! `clear(s)` of a slice: each of its elements set to its zero value, in the backing array
//! it shares with other slices, as `copy(s, make([]T, len(s)))` would.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::{Block, Expr, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Whether statement `n`, the call `call`, is `clear` of a slice, lowered into `out`.
    pub(super) fn clear_slice(&mut self, n: Node, call: Node, out: &mut Block) -> bool {
        let Some(callee) = call.child_by_field_name("function") else {
            return false;
        };
        if self.text_of(callee) != "clear"
            || !matches!(self.resolve("clear", false), Resolved::Undefined)
        {
            return false;
        }
        let Some(list) = call.child_by_field_name("arguments") else {
            return false;
        };
        let args: Vec<Node> = children(list)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let [arg] = args[..] else {
            return false;
        };
        // A slice expression is a slice or a string: either is said here.
        if !matches!(self.peek_type(arg), Some(Type::Slice(_))) && arg.kind() != "slice_expression"
        {
            return false;
        }
        let (s, ty) = self.value(arg);
        let elem = match ty.under() {
            Type::Slice(elem) => elem,
            Type::Invalid => return true,
            other => {
                let text = self.described(arg, &s, other);
                let message = format!(
                    "invalid argument: cannot clear {text}: argument must be (or constrained \
                     by) map or slice"
                );
                // Go places a slice expression at its bracket.
                let at = children(arg).find(|c| c.kind() == "[").unwrap_or(arg);
                self.error(at, message);
                return true;
            }
        };
        let zero = Box::new(self.zero_of(&elem.clone(), "elem"));
        // The slice is worked out once; the zeros are as many as it has elements.
        let held = self.declare("_", ty.clone(), arg);
        let len = Box::new(Expr::Len(Box::new(Expr::Local(held))));
        let zeros = Expr::MakeSlice {
            len,
            cap: None,
            zero,
        };
        let copy = Expr::CopySlice(Box::new(Expr::Local(held)), Box::new(zeros));
        self.push_all(n, vec![StmtKind::Let(held, s), StmtKind::Expr(copy)], out);
        true
    }
}

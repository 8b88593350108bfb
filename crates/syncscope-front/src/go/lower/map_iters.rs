//! `for k := range maps.Keys(m)` and `for v := range maps.Values(m)`: Go's iterators yield
//! each key (or value) in the map's own random order, as a range over the map does, so the
//! loop is that range with one of its two variables. Other iterators are not run.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Block, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The range over `over` if it is `maps.Keys(m)` or `maps.Values(m)`; whether it was.
    pub(super) fn range_map_seq(
        &mut self,
        n: Node,
        over: Node,
        names: &[Node],
        assign: bool,
        body: Node,
        out: &mut Block,
    ) -> bool {
        let Some((keys, inner, m)) = self.map_seq(over) else {
            return false;
        };
        let which = if keys { "Keys" } else { "Values" };
        let Some((e, _, key, value)) = self.map_arg(inner, m, which, "Map") else {
            self.refused_range(names, body);
            return true;
        };
        let elem = if keys { key } else { value };
        let lang = self.lang.0;
        let error = if lang < 23 {
            Some((over, "requires go1.23 or later"))
        } else if names.len() > 1 {
            Some((names[1], "permits only one iteration variable"))
        } else {
            None
        };
        if let Some((at, words)) = error {
            let text = self.text_of(over).to_string();
            let elem = elem.spelled(self.spelling());
            let what = format!("{text} (value of func type iter.Seq[{elem}])");
            let message = if lang < 23 {
                format!(
                    "cannot range over {what}: {words} (-lang was set to go1.{lang}; check go.mod)"
                )
            } else {
                format!("range over {what} {words}")
            };
            self.error(at, message);
            self.refused_range(names, body);
            return true;
        }
        let mut prefix = Vec::new();
        let slot = self.range_var(names, 0, elem, assign, &mut prefix);
        let (index, value) = if keys { (slot, None) } else { (None, slot) };
        let pc = self.mark(n);
        let body = self.range_body(body, prefix);
        let kind = StmtKind::Range {
            over: e,
            index,
            value,
            body,
            fresh: self.lang.loop_per_round(),
        };
        out.push(Stmt::new(kind, pc));
        true
    }
}

/// Whether a function of `params` (and no result) is an iterator Go ranges over:
/// `func(yield func(...) bool)` of up to two values.
pub(super) fn iterator(params: &[Type]) -> bool {
    matches!(params, [Type::Func(yielded, Some(result))] if yielded.len() <= 2 && **result == Type::Bool)
}

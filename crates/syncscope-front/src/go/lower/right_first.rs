//! An assignment to a field Go could not find, `b.f = call(...)`: Go reads a single call on
//! the right before the left (it may give several values), and its compiler says a message
//! once a line, the first time. So a mistake on the right is the one said, and the same
//! words on the left are not said again.

use super::Lowerer;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The left's mistakes (those from `errors` on) put after the right's, `value` read.
    pub(super) fn right_before_left(&mut self, errors: usize, value: Option<Node>) {
        let Some(value) = value.filter(|v| self.reads_as_call(*v)) else {
            return;
        };
        let left = self.errors.split_off(errors.min(self.errors.len()));
        self.value(value);
        for e in left {
            let said = self
                .errors
                .iter()
                .any(|s| s.line == e.line && s.message == e.message);
            if !said {
                self.errors.push(e);
            }
        }
    }
}

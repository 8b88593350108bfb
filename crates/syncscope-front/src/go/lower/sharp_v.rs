//! The format of `Printf` and its kin: `%#v` (Go-syntax values, `main.point{x:1, y:2}`)
//! needs every value's static type, which the run does not keep; a constant format asking
//! for it is refused rather than printed as `%v`.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lit};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The format operand `n` of a printing call, as a string.
    pub(super) fn format_value(&mut self, n: Node, context: &str) -> Expr {
        let e = self.value_as(n, &Type::Str, context);
        if let Expr::Lit(Lit::Str(text)) = &e
            && sharp_v(text)
        {
            self.unsupported(n, "%#v");
        }
        e
    }
}

/// Whether a directive of `format` is `v` with the `#` flag.
fn sharp_v(format: &str) -> bool {
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        let mut sharp = false;
        let verb = chars.find(|&c| {
            sharp |= c == '#';
            !matches!(c, '+' | '-' | '#' | ' ' | '0'..='9' | '.')
        });
        if sharp && verb == Some('v') {
            return true;
        }
    }
    false
}

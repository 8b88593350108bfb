//! The builtins `print` and `println` as statements: their operands' text, as the runtime
//! writes it (`interp::runtime_print`), on stderr.

use super::Lowerer;
use super::scope::Resolved;
use super::stmt_calls::Builtin;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::library::STDERR;
use syncscope_program::{Expr, Lib, PrintKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `println(args...)` or `print(args...)`, if `call` is one of the builtins.
    pub(super) fn runtime_print(
        &mut self,
        call: Node,
        callee: Node,
    ) -> Option<(Builtin, Vec<Expr>)> {
        let name = self.text_of(callee);
        let line = match name {
            "println" => true,
            "print" => false,
            _ => return None,
        };
        if !matches!(self.resolve(name, false), Resolved::Undefined) {
            return None;
        }
        let list = call.child_by_field_name("arguments")?;
        let mut values = Vec::new();
        for a in elements(list) {
            let (e, ty) = self.value(a);
            // The runtime prints no composite value: Go's words, at the call's `(`.
            if matches!(ty.under(), Type::Struct(..) | Type::Array(..) | Type::Empty) {
                self.error(list, "illegal types for operand: print".into());
                return Some((Builtin::Fprint(PrintKind::Print), Vec::new()));
            }
            values.push(e);
        }
        let text = Expr::Lib(Lib::RuntimeText(line), values);
        Some((
            Builtin::Fprint(PrintKind::Print),
            vec![Expr::int(STDERR), text],
        ))
    }
}

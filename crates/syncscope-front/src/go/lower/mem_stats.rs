//! `runtime.MemStats` and `runtime.ReadMemStats(&m)`: a struct of Go's fields, filled from
//! the run's own memory accounting (what `--max-memory` counts), not Go's heap.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::library::MEM_STATS_FIELDS;
use syncscope_program::{Expr, Lib};
use tree_sitter::Node;

const NAME: &str = "runtime.MemStats";

/// A field's type, as `MEM_STATS_FIELDS` writes it.
fn field_type(text: &str) -> Type {
    match text.strip_prefix("[256]") {
        Some(elem) => Type::Array(256, Box::new(field_type(elem))),
        None => super::named::basic_type(text).unwrap_or(Type::Invalid),
    }
}

impl Lowerer<'_> {
    /// The type `runtime.MemStats`, made the first time the file names it.
    pub(super) fn mem_stats_type(&mut self) -> Type {
        if let Some(&id) = self.structs.by_name.get(NAME) {
            return self.declared_type(id);
        }
        let id = self.structs.defs.len();
        let fields = MEM_STATS_FIELDS
            .iter()
            .map(|(name, ty)| (name.to_string(), field_type(ty)))
            .collect();
        self.structs.defs.push(super::structs::StructDef {
            name: NAME.into(),
            fields,
            embedded: Vec::new(),
            underlying: None,
            at: (0, 0),
        });
        self.structs.by_name.insert(NAME.to_string(), id);
        self.declared_type(id)
    }

    /// `runtime.ReadMemStats(&m)`.
    pub(super) fn read_mem_stats(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let want = Type::Pointer(Box::new(self.mem_stats_type()));
        let args = self.args_as(n, args, &[want], "runtime.ReadMemStats");
        (Expr::Lib(Lib::ReadMemStats, args), Type::Void)
    }

    /// Whether `ty` is `runtime.MemStats` or a pointer to one: printed, Go's numbers would
    /// be the ones shown, and they are not.
    pub(super) fn is_mem_stats(&self, ty: &Type) -> bool {
        let ty = match ty {
            Type::Pointer(inner) => inner,
            t => t,
        };
        matches!(ty, Type::Struct(id, _) if self.structs.by_name.get(NAME) == Some(id))
    }
}

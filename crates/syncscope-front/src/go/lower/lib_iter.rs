//! Package `iter`'s two types, `iter.Seq[V]` and `iter.Seq2[K, V]`: read as the function
//! types they are made of, `func(yield func(V) bool)`, which is what a range over them
//! calls and what a function literal returned as one is.

use super::Lowerer;
use crate::go::types::Type;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `iter.Seq[V]` or `iter.Seq2[K, V]` as a type; `None` for another generic type.
    pub(super) fn iter_seq_type(&mut self, t: Node) -> Option<Type> {
        let name = t.child_by_field_name("type")?;
        let args = t.child_by_field_name("type_arguments")?;
        let written = self.text_of(name);
        let (local, member) = written.split_once('.')?;
        let want = match member {
            "Seq" => 1,
            "Seq2" => 2,
            _ => return None,
        };
        match self.use_local(local) {
            Some(package) if package == "iter" => {}
            None if local == "iter" => {
                self.error(name, "undefined: iter".into());
                return Some(Type::Invalid);
            }
            _ => return None,
        }
        let have = args.named_child_count();
        if have != want {
            let words = if have > want {
                "too many"
            } else {
                "not enough"
            };
            let message =
                format!("{words} type arguments for type {member}: have {have}, want {want}");
            // Go's compiler places it at the selector's dot.
            let dot = crate::go::syntax::children(name).find(|c| c.kind() == ".");
            self.error(dot.unwrap_or(t), message);
            return Some(Type::Invalid);
        }
        let mut yielded = Vec::new();
        for i in 0..want {
            // The grammar wraps a type argument in a `type_elem`.
            let arg = args.named_child(i)?;
            let arg = match arg.kind() {
                "type_elem" => arg.named_child(0)?,
                _ => arg,
            };
            match self.type_of(arg) {
                Type::Invalid => return Some(Type::Invalid),
                ty => yielded.push(ty),
            }
        }
        let yield_fn = Type::Func(yielded, Some(Box::new(Type::Bool)));
        Some(Type::Func(vec![yield_fn], None))
    }
}

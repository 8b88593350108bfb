//! The format of `Printf` and its kin, and `%#v` (Go-syntax values, `main.point{x:1, y:2}`):
//! its operands go with their run-time types, whose names and fields the run spells them
//! by. What it would print as an address or through a method is refused.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Lit};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The format operand `n` of a printing call, as a string.
    pub(super) fn format_value(&mut self, n: Node, context: &str) -> Expr {
        let e = self.value_as(n, &Type::Str, context);
        let Expr::Lit(Lit::Str(text)) = &e else {
            return e;
        };
        match sharp_v(text) {
            // Go pads each element of a composite value: not done yet.
            Some(true) => self.unsupported(n, "%#v with a width or flags"),
            Some(false) if let Some(list) = n.parent() => {
                let mut cursor = list.walk();
                let args: Vec<Node> = list.named_children(&mut cursor).collect();
                if args.iter().any(|a| a.kind() == "variadic_argument") {
                    self.unsupported(n, "%#v of a spread slice's values");
                }
                let at = args.iter().position(|a| a.id() == n.id()).unwrap_or(0);
                self.sharp_v_args
                    .push((list.id(), at, sharp_v_operands(text)));
            }
            _ => {}
        }
        e
    }

    /// Operand `e` of a format with `%#v`: boxed with its type, if it is one `%#v` prints.
    pub(super) fn sharp_v_operand(&mut self, n: Node, e: &Expr, ty: &Type) -> Option<Expr> {
        let list = n.parent()?;
        let (_, format_at, operands) = self
            .sharp_v_args
            .iter()
            .find(|(id, _, _)| *id == list.id())?;
        if let Some(operands) = operands {
            let mut cursor = list.walk();
            let at = list
                .named_children(&mut cursor)
                .position(|a| a.id() == n.id())?;
            if !at
                .checked_sub(format_at + 1)
                .is_some_and(|i| operands.contains(&i))
            {
                return None;
            }
        }
        // An interface's value is boxed already, with its dynamic type.
        if matches!(ty, Type::Iface(..)) && self.go_syntax(ty, 0) {
            return Some(e.clone());
        }
        // `&` and what it points to, for a struct, a slice or a map.
        let top = match ty {
            Type::Pointer(inner)
                if matches!(
                    inner.under(),
                    Type::Struct(..) | Type::Slice(_) | Type::Map(..)
                ) =>
            {
                inner
            }
            t => t,
        };
        if !self.go_syntax(top, 0) {
            self.unsupported(n, &format!("%#v of {ty}"));
            return Some(e.clone());
        }
        let ty = ty.clone().defaulted();
        self.elements_known(&ty, 0);
        Some(Expr::ToIface(self.rt_id(&ty), Box::new(e.clone())))
    }

    /// The run-time types of the structs in `ty`, in its slices, arrays, maps and fields:
    /// `%#v` finds their fields by name.
    fn elements_known(&mut self, ty: &Type, depth: usize) {
        if depth > 8 {
            return;
        }
        match ty {
            Type::Slice(e) | Type::Array(_, e) | Type::Pointer(e) => {
                self.elements_known(e, depth + 1)
            }
            Type::Map(k, v) => {
                self.elements_known(k, depth + 1);
                self.elements_known(v, depth + 1);
            }
            Type::Struct(id, _) => {
                self.rt_id(ty);
                let fields = self.structs.defs[*id].fields.clone();
                for (_, f) in &fields {
                    self.elements_known(f, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Whether `%#v` of a `ty` prints what Go prints: no address, no method of its own.
    fn go_syntax(&self, ty: &Type, depth: usize) -> bool {
        if depth > 8 || self.has_text(ty) {
            return false;
        }
        match ty {
            Type::Int
            | Type::F64
            | Type::Str
            | Type::Bool
            | Type::Rune
            | Type::Byte
            | Type::Empty
            | Type::Untyped(_)
            | Type::Sized(_)
            | Type::F32
            | Type::Duration => true,
            // A declared type is written as what it is made of (`3`, `"t"`,
            // `main.queue{1, 2}`).
            Type::Named(_, _, u) => self.go_syntax(u, depth + 1),
            Type::Iface(id, _) => *id == super::iface::ANY,
            Type::Slice(e) | Type::Array(_, e) => self.go_syntax(e, depth + 1),
            Type::Map(k, v) => self.go_syntax(k, depth + 1) && self.go_syntax(v, depth + 1),
            Type::Struct(id, _) => self.structs.defs[*id]
                .fields
                .iter()
                .all(|(_, f)| self.go_syntax(f, depth + 1)),
            _ => false,
        }
    }
}

/// Whether a directive of `format` is `v` with the `#` flag: `Some(true)` if one has more,
/// a width, a precision or another flag.
fn sharp_v(format: &str) -> Option<bool> {
    let mut chars = format.chars();
    let mut found = None;
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        let mut flags = String::new();
        let verb = chars.find(|&c| {
            let flag = matches!(c, '+' | '-' | '#' | ' ' | '0'..='9' | '.');
            if flag {
                flags.push(c);
            }
            !flag
        });
        if flags.contains('#') && verb == Some('v') {
            let more = flags != "#";
            found = Some(found.unwrap_or(false) || more);
        }
    }
    found
}

/// The operands (from 0, the first after the format) that the `%#v` directives of `format`
/// print, as `fmt` counts them: one a directive, one more for each `*`, an explicit
/// `[n]` setting the count; none if the format says something this does not read.
fn sharp_v_operands(format: &str) -> Option<Vec<usize>> {
    let mut chars = format.chars().peekable();
    let (mut next, mut found) = (0usize, Vec::new());
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        let mut sharp = false;
        let verb = loop {
            let c = chars.next()?;
            match c {
                '#' => sharp = true,
                '+' | '-' | ' ' | '0'..='9' | '.' => {}
                '*' => next += 1,
                '[' => {
                    let digits: String = chars.by_ref().take_while(|&d| d != ']').collect();
                    next = digits.parse::<usize>().ok()?.checked_sub(1)?;
                }
                verb => break verb,
            }
        };
        match verb {
            '%' => {}
            'v' if sharp => {
                found.push(next);
                next += 1;
            }
            _ => next += 1,
        }
    }
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::sharp_v_operands;

    #[test]
    fn the_operands_a_sharp_v_prints_are_counted_as_fmt_counts_them() {
        assert_eq!(sharp_v_operands("%v is %#v\n"), Some(vec![1]));
        assert_eq!(sharp_v_operands("100%% %#v %d %#v"), Some(vec![0, 2]));
        assert_eq!(sharp_v_operands("%*d %#v"), Some(vec![2]));
        assert_eq!(sharp_v_operands("%[2]d %#[1]v %v"), Some(vec![0]));
        assert_eq!(sharp_v_operands("%#x %#v"), Some(vec![1]));
        assert_eq!(sharp_v_operands("%[x]v"), None);
    }
}

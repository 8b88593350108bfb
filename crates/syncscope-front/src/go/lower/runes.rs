//! Runes and bytes: rune literals, `rune(x)`, `byte(x)`, `string(x)`, `[]rune(s)`,
//! `[]byte(s)`, a string's bytes by index, and a constant too big for a byte or rune,
//! in the words of Go's compiler.

use super::Lowerer;
use super::timers::constant;
use crate::go::types::{Type, Untyped};
use syncscope_program::{Expr, Ty};
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

impl Lowerer<'_> {
    /// `'a'`, `'\n'`, `'\u00e9'`: an untyped rune constant.
    pub(super) fn rune_literal(&mut self, n: Node) -> (Expr, Type) {
        let text = self.text_of(n);
        let inner = text
            .strip_prefix('\'')
            .and_then(|t| t.strip_suffix('\''))
            .unwrap_or("");
        match rune_value(inner) {
            Some(c) => (Expr::int(c), Type::Untyped(Untyped::Rune)),
            None if inner.chars().count() > 1 && !inner.starts_with('\\') => {
                self.error(n, "more than one character in rune literal".into());
                INVALID
            }
            None => {
                self.unsupported(n, "this escape in a rune");
                INVALID
            }
        }
    }

    /// Whether the constant `e` fits a `ty` where Go checks it does; Go's words if not,
    /// said as `words` gives them the constant's text.
    pub(super) fn fits(
        &mut self,
        at: Node,
        e: &Expr,
        ty: &Type,
        words: &dyn Fn(&str) -> String,
    ) -> bool {
        let range = match ty.under() {
            Type::Byte => 0..=i64::from(u8::MAX),
            Type::Sized("uint32") => 0..=i64::from(u32::MAX),
            // A constant past int64 is refused before it gets here.
            Type::Sized("uint64" | "uint") => 0..=i64::MAX,
            Type::Rune | Type::Sized("int32") => i64::from(i32::MIN)..=i64::from(i32::MAX),
            Type::Sized("int8") => i64::from(i8::MIN)..=i64::from(i8::MAX),
            Type::Sized("int16") => i64::from(i16::MIN)..=i64::from(i16::MAX),
            Type::Sized("uint16") => 0..=i64::from(u16::MAX),
            _ => return true,
        };
        match constant(e) {
            Some(v) if !range.contains(&v) => {
                let text = self.expr_text(at);
                self.error(at, words(&text));
                false
            }
            _ => true,
        }
    }

    /// `rune(x)` and `byte(x)` of a number.
    pub(super) fn small_int(&mut self, n: Node, args: &[Node], to: Type, ty: Ty) -> (Expr, Type) {
        let (e, t) = self.conversion(n, args, to.clone(), ty);
        if t == Type::Invalid {
            return (e, t);
        }
        let (Expr::Convert(_, inner), [arg]) = (&e, args) else {
            return (e, t);
        };
        // Go names the type as the call spells it (`uint8`, not `byte`).
        let spelled = match n.child_by_field_name("function") {
            Some(f) if f.kind() == "identifier" => self.text_of(f).to_string(),
            _ => to.spelled(self.spelling()).to_string(),
        };
        let value = constant(inner);
        let ok = self.fits(*arg, inner, &to, &|_| {
            format!("constant {} overflows {spelled}", value.unwrap_or(0))
        });
        if ok { (e, t) } else { INVALID }
    }

    /// `string(x)`: of a rune, byte or integer (its character), a `[]rune` or `[]byte`, or a
    /// string.
    pub(super) fn string_conversion(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [arg] = args else {
            return self.conversion(n, args, Type::Str, Ty::Str);
        };
        let (e, from) = self.value(*arg);
        // A declared type converts as its underlying type does (`string(l)` of a `label`).
        let fits = match from.under() {
            Type::Invalid => return INVALID,
            Type::Str | Type::Untyped(Untyped::Str) => true,
            Type::Slice(elem) => matches!(
                elem.as_ref(),
                Type::Rune | Type::Byte | Type::Sized("int32")
            ),
            Type::Untyped(Untyped::Float) => false,
            t => t.is_numeric() && !matches!(t, Type::F32 | Type::F64 | Type::Duration),
        };
        if !fits {
            let text = self.described(*arg, &e, &from);
            self.error(*arg, format!("cannot convert {text} to type string"));
            return INVALID;
        }
        (Expr::Convert(Ty::Str, Box::new(e)), Type::Str)
    }

    /// `[]rune(s)`, `[]byte(s)`, and the conversions Go refuses in that form.
    pub(super) fn type_conversion(&mut self, n: Node) -> (Expr, Type) {
        let (Some(t), Some(operand)) = (
            n.child_by_field_name("type"),
            n.child_by_field_name("operand"),
        ) else {
            return INVALID;
        };
        let to = self.type_of(t);
        let (e, from) = self.value(operand);
        if to == Type::Invalid || from == Type::Invalid {
            return INVALID;
        }
        let string = matches!(from.under(), Type::Str | Type::Untyped(Untyped::Str));
        let conversion = match &to {
            Type::Slice(elem)
                if string && matches!(elem.as_ref(), Type::Rune | Type::Sized("int32")) =>
            {
                Some(Ty::Runes)
            }
            Type::Slice(elem) if string && **elem == Type::Byte => Some(Ty::Bytes),
            // A declared composite type's value is one of the type it is made of, and one
            // of the same underlying type converts to another (`vector[int](xs)`).
            _ if from == to || (to.under().is_literal() && *from.under() == *to.under()) => None,
            // A struct type written out and a declared one of the same fields.
            _ if self.same_fields(&from, &to) => None,
            // `inbox[int](nil)`: the nil of the type's kind.
            _ if from == Type::Nil
                && let Some(nil) = super::nils::nil_converted(&to) =>
            {
                return (nil, to);
            }
            _ => {
                let text = self.described(operand, &e, &from);
                let to = to.spelled(self.spelling());
                self.error(operand, format!("cannot convert {text} to type {to}"));
                return INVALID;
            }
        };
        match conversion {
            Some(ty) => (Expr::Convert(ty, Box::new(e)), to),
            None => (e, to),
        }
    }
}

/// The value of a rune literal's text between its quotes, as Go reads its escapes.
fn rune_value(inner: &str) -> Option<i64> {
    let mut chars = inner.chars();
    let first = chars.next()?;
    if first != '\\' {
        return chars
            .next()
            .is_none()
            .then_some(i64::from(u32::from(first)));
    }
    let rest: String = chars.collect();
    let simple = |c: char| Some(i64::from(u32::from(c)));
    let hex = |digits: &str, len: usize| {
        (digits.len() == len)
            .then(|| u32::from_str_radix(digits, 16).ok())
            .flatten()
            .filter(|v| char::from_u32(*v).is_some() || len == 2)
            .map(i64::from)
    };
    match rest.as_str() {
        "a" => simple('\u{7}'),
        "b" => simple('\u{8}'),
        "f" => simple('\u{c}'),
        "n" => simple('\n'),
        "r" => simple('\r'),
        "t" => simple('\t'),
        "v" => simple('\u{b}'),
        "\\" => simple('\\'),
        "'" => simple('\''),
        r if r.starts_with('x') => hex(&r[1..], 2),
        r if r.starts_with('u') => hex(&r[1..], 4),
        r if r.starts_with('U') => hex(&r[1..], 8),
        r if r.len() == 3 && r.chars().all(|c| ('0'..='7').contains(&c)) => {
            u32::from_str_radix(r, 8)
                .ok()
                .filter(|v| *v < 256)
                .map(i64::from)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::rune_value;

    #[test]
    fn rune_literals_read_as_go_reads_them() {
        assert_eq!(rune_value("a"), Some(97));
        assert_eq!(rune_value("世"), Some(0x4e16));
        assert_eq!(rune_value("\\n"), Some(10));
        assert_eq!(rune_value("\\'"), Some(39));
        assert_eq!(rune_value("\\x41"), Some(65));
        assert_eq!(rune_value("\\u00e9"), Some(0xe9));
        assert_eq!(rune_value("\\U0001F600"), Some(0x1F600));
        assert_eq!(rune_value("\\101"), Some(65));
        assert_eq!(rune_value("ab"), None);
    }
}

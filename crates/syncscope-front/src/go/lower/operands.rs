//! How Go's messages name an operand: its text, and whether it is a constant (with its
//! value), a variable (what has an address: a slice's element, a field through a pointer),
//! a map index expression, a comma-ok expression or another value.

use super::Lowerer;
use crate::go::types::{Type, describe, of_type};
use syncscope_program::{Expr, Lit};
use tree_sitter::Node;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Variable,
    Value,
    MapIndex,
    CommaOk,
}

impl Lowerer<'_> {
    /// How Go's messages name an operand: `x (variable of type int)`.
    pub(super) fn described(&self, n: Node, e: &Expr, ty: &Type) -> String {
        // A struct or array variable is copied where it is used: still a variable to Go.
        let read = match e {
            Expr::CopyStruct(inner) | Expr::CopyArray(inner) => inner,
            e => e,
        };
        let mode = self.mode(n, read);
        // A literal past int64 has no value syncscope holds; its text is its value.
        let value = if self.big_ints.contains_key(&n.id()) {
            let big = self.big_values.get(&n.id()).cloned();
            Some(big.unwrap_or_else(|| self.expr_text(n)))
        } else {
            constant_value(e)
        };
        if let Some(value) = value
            && *ty != Type::Invalid
        {
            // Go shows a constant's value when the text is not it (a named constant).
            let text = self.expr_text(n);
            let value = if value == text {
                String::new()
            } else {
                format!(" {value}")
            };
            return match ty {
                Type::Untyped(_) => {
                    format!("{text} ({} constant{value})", ty.spelled(self.spelling()))
                }
                _ => format!("{text} (constant{value} {})", of_type(ty, self.spelling())),
            };
        }
        let words = match mode {
            Mode::CommaOk if *ty != Type::Invalid => "comma, ok expression",
            Mode::MapIndex if *ty != Type::Invalid => "map index expression",
            mode => {
                let is_var = mode == Mode::Variable;
                return describe(&self.expr_text(n), ty, is_var, self.spelling());
            }
        };
        format!(
            "{} ({words} {})",
            self.expr_text(n),
            of_type(ty, self.spelling())
        )
    }

    /// Whether the selector `n` names a field of the struct its operand (of type `ty`) is or
    /// points to.
    fn selects_field(&self, n: Node, ty: Option<&Type>) -> bool {
        let holder = match ty.map(Type::under) {
            Some(Type::Pointer(to)) => to.under(),
            Some(t) => t,
            None => return false,
        };
        let (Type::Struct(id, _), Some(field)) = (holder, n.child_by_field_name("field")) else {
            return false;
        };
        let name = self.text_of(field);
        self.structs
            .defs
            .get(*id)
            .is_some_and(|d| d.fields.iter().any(|(f, _)| f == name))
    }

    /// What Go's checker calls the operand `n`, lowered to `read`.
    fn mode(&self, n: Node, read: &Expr) -> Mode {
        let operand = n.child_by_field_name("operand");
        let operand_ty = operand.and_then(|o| self.seen_types.get(&o.id()));
        match n.kind() {
            "identifier" | "type_identifier"
                if matches!(read, Expr::Local(_) | Expr::Captured(_) | Expr::Global(_)) =>
            {
                Mode::Variable
            }
            // What a pointer points to is a variable too.
            "unary_expression" if matches!(read, Expr::Load(_) | Expr::Deref(_)) => Mode::Variable,
            "unary_expression" if matches!(read, Expr::Recv(_)) => Mode::CommaOk,
            "type_assertion_expression" => Mode::CommaOk,
            "parenthesized_expression" => match n.named_child(0) {
                Some(inner) => self.mode(inner, read),
                None => Mode::Value,
            },
            // A method value is a value, whatever it is of.
            "selector_expression" if !self.selects_field(n, operand_ty) => Mode::Value,
            "index_expression" | "selector_expression" => match operand_ty.map(Type::under) {
                Some(Type::Map(..)) if n.kind() == "index_expression" => Mode::MapIndex,
                Some(Type::Slice(_) | Type::Pointer(_)) => Mode::Variable,
                // An array's element and a struct's field are as their holder is.
                Some(Type::Array(..) | Type::Struct(..)) => match operand {
                    Some(o) if self.variable_nodes.contains(&o.id()) => Mode::Variable,
                    Some(o) if o.kind() != "identifier" => {
                        match self.mode(o, &Expr::Lit(Lit::Empty)) {
                            Mode::Variable => Mode::Variable,
                            _ => Mode::Value,
                        }
                    }
                    _ => Mode::Value,
                },
                _ => Mode::Value,
            },
            _ => Mode::Value,
        }
    }
}

/// A constant's value as Go's messages show it, if `e` is one syncscope knows the value of.
fn constant_value(e: &Expr) -> Option<String> {
    Some(match e {
        Expr::Lit(Lit::Int(v) | Lit::Duration(v)) => v.to_string(),
        Expr::Lit(Lit::F64(v)) => go_float(*v),
        Expr::Lit(Lit::Bool(b)) => b.to_string(),
        Expr::Lit(Lit::Str(s)) => go_quoted(s),
        // An untyped constant given its type keeps its value.
        Expr::Convert(_, x) => return constant_value(x),
        Expr::Unary(syncscope_program::UnOp::Neg, x) => match x.as_ref() {
            Expr::Lit(Lit::Int(v) | Lit::Duration(v)) => (-v).to_string(),
            Expr::Lit(Lit::F64(v)) => go_float(-v),
            _ => return None,
        },
        _ => return None,
    })
}

/// A float constant as Go shows it: `%.6g`.
fn go_float(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let exp = v.abs().log10().floor() as i32;
    let trim = |s: String| {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    if !(-4..6).contains(&exp) {
        let sci = format!("{v:.5e}");
        let (mantissa, e) = sci.split_once('e').unwrap_or((&sci, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        let sign = if e < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa.to_string()), e.abs())
    } else {
        let decimals = usize::try_from(5 - exp).unwrap_or(0);
        trim(format!("{v:.decimals$}"))
    }
}

/// A string constant as Go shows it: quoted, and cut to 72 characters.
fn go_quoted(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if c.is_control() => q.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => q.push(c),
        }
    }
    q.push('"');
    const MAX: usize = 72;
    if q.chars().count() > MAX {
        q = q.chars().take(MAX - 3).collect::<String>() + "...";
    }
    q
}

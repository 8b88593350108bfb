//! Literals and operators: Go's constants as written, and which operand types go together.

use crate::go::types::{Type, Untyped};
use syncscope_program::{BinOp, Expr, Lit};

pub(super) fn bin_op(sign: &str) -> Option<BinOp> {
    Some(match sign {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "%" => BinOp::Rem,
        "==" => BinOp::Eq,
        "!=" => BinOp::Ne,
        "<" => BinOp::Lt,
        "<=" => BinOp::Le,
        ">" => BinOp::Gt,
        ">=" => BinOp::Ge,
        "&&" => BinOp::And,
        "||" => BinOp::Or,
        "|" => BinOp::BitOr,
        "&" => BinOp::BitAnd,
        "^" => BinOp::BitXor,
        "&^" => BinOp::AndNot,
        "<<" => BinOp::Shl,
        ">>" => BinOp::Shr,
        _ => return None,
    })
}

/// The type both operands take, if they go together.
pub(super) fn common_type(a: &Type, b: &Type) -> Option<Type> {
    match (a, b) {
        (Type::Untyped(x), Type::Untyped(y)) => match (x, y) {
            _ if x == y => Some(a.clone()),
            (Untyped::Int, Untyped::Float)
            | (Untyped::Float, Untyped::Int)
            | (Untyped::Rune, Untyped::Float)
            | (Untyped::Float, Untyped::Rune) => Some(Type::Untyped(Untyped::Float)),
            (Untyped::Int, Untyped::Rune) | (Untyped::Rune, Untyped::Int) => {
                Some(Type::Untyped(Untyped::Rune))
            }
            _ => None,
        },
        (Type::Nil, t) | (t, Type::Nil) if Type::Nil.assignable_to(t) => Some(t.clone()),
        // An interface compares with a value that goes in it, boxed.
        (Type::Iface(..), _) => Some(a.clone()),
        (_, Type::Iface(..)) => Some(b.clone()),
        // Channels compare when one goes where the other is (both ways and one way).
        (Type::Chan(..), Type::Chan(..)) if a.assignable_to(b) => Some(b.clone()),
        (Type::Chan(..), Type::Chan(..)) if b.assignable_to(a) => Some(a.clone()),
        (Type::Untyped(_), t) if a.assignable_to(t) => Some(t.clone()),
        (t, Type::Untyped(_)) if b.assignable_to(t) => Some(t.clone()),
        _ if a == b => Some(a.clone()),
        _ => None,
    }
}

/// Whether `op` applies to operands of type `ty`.
pub(super) fn operator_applies(op: BinOp, ty: &Type) -> bool {
    let ty = ty.under();
    let numeric = ty.is_numeric();
    let string = matches!(ty, Type::Str | Type::Untyped(Untyped::Str));
    let boolean = matches!(ty, Type::Bool | Type::Untyped(Untyped::Bool));
    let float = matches!(ty, Type::F32 | Type::F64 | Type::Untyped(Untyped::Float));
    match op {
        BinOp::Add => numeric || string,
        BinOp::Sub | BinOp::Mul | BinOp::Div => numeric,
        BinOp::Rem => numeric && !float,
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => numeric || string,
        BinOp::Eq | BinOp::Ne => !matches!(ty, Type::Slice(_) | Type::Func(..) | Type::Map(..)),
        BinOp::And | BinOp::Or => boolean,
        BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::AndNot | BinOp::Shl | BinOp::Shr => {
            numeric && !float
        }
    }
}

pub(super) fn constant_float(e: &Expr) -> Option<f64> {
    match e {
        Expr::Lit(Lit::F64(v)) => Some(*v),
        _ => None,
    }
}

pub(super) fn parse_int(text: &str) -> Option<i64> {
    let t = text.replace('_', "");
    let (digits, radix) = match t.get(..2) {
        Some("0x" | "0X") => (&t[2..], 16),
        Some("0b" | "0B") => (&t[2..], 2),
        Some("0o" | "0O") => (&t[2..], 8),
        _ if t.len() > 1 && t.starts_with('0') => (&t[1..], 8),
        _ => (t.as_str(), 10),
    };
    i64::from_str_radix(digits, radix).ok()
}

/// A Go interpreted string literal's value; `None` for an escape syncscope does not read.
pub(super) fn unquote(text: &str) -> Option<String> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            'x' => {
                // A byte past ASCII is not a character of its own: not read.
                let hex: String = chars.by_ref().take(2).collect();
                let byte = u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii)?;
                out.push(char::from(byte));
            }
            'u' => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            'U' => {
                let hex: String = chars.by_ref().take(8).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

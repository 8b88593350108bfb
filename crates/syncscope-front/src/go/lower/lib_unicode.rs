//! Go's `unicode` package: the functions of one rune teachers print with (`unicode.IsUpper`,
//! `unicode.ToLower`, ...) and the package's bounds. The others are refused as not run yet.

use crate::go::types::{Type, Untyped};
use syncscope_program::unicode::RuneFn;
use syncscope_program::{Expr, Lib};

/// `unicode.f`'s `Lib`, parameters and result, as `library::plain` gives them.
pub(super) fn plain(full: &str) -> Option<(Lib, Vec<Type>, Type)> {
    let f = RuneFn::named(full.strip_prefix("unicode.")?)?;
    let result = if f.maps() { Type::Rune } else { Type::Bool };
    Some((Lib::Unicode(f), vec![Type::Rune], result))
}

/// `unicode.MaxRune` and the other untyped constants of runes Go declares.
pub(super) fn constant(member: &str) -> Option<(Expr, Type)> {
    let value = match member {
        "MaxRune" => 0x10_FFFF,
        "ReplacementChar" => 0xFFFD,
        "MaxASCII" => 0x7F,
        "MaxLatin1" => 0xFF,
        _ => return None,
    };
    Some((Expr::int(value), Type::Untyped(Untyped::Rune)))
}

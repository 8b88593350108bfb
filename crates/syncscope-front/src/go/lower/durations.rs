//! A `time.Duration` in other units, as Go's methods compute them: `Milliseconds`,
//! `Microseconds` and `Nanoseconds` (whole `int64`s), `Minutes` and `Hours` (`float64`s, the
//! whole units and the rest added apart, so no precision is lost).

use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Lit, Ty};

const MINUTE: i64 = 60_000_000_000;
const HOUR: i64 = 60 * MINUTE;

/// `d.Milliseconds()` and its kin of `d`; `None` for another method.
pub(super) fn in_units(d: Expr, method: &str) -> Option<(Expr, Type)> {
    let unit = |ns: i64| Box::new(Expr::Lit(Lit::Duration(ns)));
    let whole = |ns: i64| {
        let e = Expr::Binary(BinOp::Div, Box::new(d.clone()), unit(ns));
        (Expr::Convert(Ty::Int, Box::new(e)), Type::Sized("int64"))
    };
    let float = |ns: i64| {
        let f = |e: Expr| Box::new(Expr::Convert(Ty::F64, Box::new(e)));
        let whole = Expr::Binary(BinOp::Div, Box::new(d.clone()), unit(ns));
        let rest = Expr::Binary(BinOp::Rem, Box::new(d.clone()), unit(ns));
        let fraction = Expr::Binary(
            BinOp::Div,
            f(rest),
            Box::new(Expr::Lit(Lit::F64(ns as f64))),
        );
        (
            Expr::Binary(BinOp::Add, f(whole), Box::new(fraction)),
            Type::F64,
        )
    };
    Some(match method {
        "Nanoseconds" => (Expr::Convert(Ty::Int, Box::new(d)), Type::Sized("int64")),
        "Microseconds" => whole(1_000),
        "Milliseconds" => whole(1_000_000),
        "Minutes" => float(MINUTE),
        "Hours" => float(HOUR),
        _ => return None,
    })
}

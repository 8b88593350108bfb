//! Times a program makes: `time.Date(...)` (in `time.UTC`, or `time.Local` read as UTC),
//! `time.Unix`, `time.UnixMilli`, `time.UnixMicro`, and a time's `Equal`, `AddDate`,
//! `Truncate`, `Round`, `UTC` and `Local`.

use super::Lowerer;
use super::context::INVALID;
use crate::go::types::Type;
use syncscope_program::{BinOp, Expr, Lib, Lit, Ty};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `time.Date`, `time.Unix` and their kin; `None` for another function of `time`.
    pub(super) fn time_make(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = format!("time.{member}");
        let int64 = Type::Sized("int64");
        let unit = |ns: i64| Expr::int(ns);
        let (lib, a) = match member {
            "Date" => {
                // Go panics on a nil location; syncscope has none to hold.
                if args.len() == 8 && args[7].kind() == "nil" {
                    self.unsupported(n, "time.Date with a nil time.Location");
                    return Some(INVALID);
                }
                let mut want = vec![Type::Int; 8];
                want[1] = self.time_enum(true);
                want[7] = Type::Location;
                let mut a = self.args_as(n, args, &want, &full);
                if let Some(loc) = a.pop() {
                    a.push(super::time_location::is_local(loc));
                }
                (Lib::TimeDate, a)
            }
            "Unix" => {
                let mut a = self.args_as(n, args, &[int64.clone(), int64], &full);
                a.push(unit(1_000_000_000));
                (Lib::TimeUnix, a)
            }
            "UnixMilli" | "UnixMicro" => {
                let mut a = self.args_as(n, args, &[int64], &full);
                a.push(Expr::int(0));
                a.push(unit(if member == "UnixMilli" {
                    1_000_000
                } else {
                    1_000
                }));
                (Lib::TimeUnix, a)
            }
            _ => return None,
        };
        if a.is_empty() {
            return Some(INVALID);
        }
        Some((Expr::Lib(lib, a), Type::Time))
    }

    /// `t.Equal(u)`, `t.IsZero()`, `t.AddDate(y, m, d)`, `t.Truncate(d)`, `t.Round(d)`, `t.UTC()` and
    /// `t.Local()`; `None` for another method.
    pub(super) fn time_made(
        &mut self,
        n: Node,
        full: &str,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let (lib, want) = match member {
            "Equal" => {
                let mut a = self.args_as(n, args, &[Type::Time], full).into_iter();
                let Some(u) = a.next() else {
                    return Some(INVALID);
                };
                return Some((same_instant(recv, u), Type::Bool));
            }
            "IsZero" => {
                self.args_as(n, args, &[], full);
                let zero = Expr::Lib(Lib::TimeZero, Vec::new());
                return Some((same_instant(recv, zero), Type::Bool));
            }
            "AddDate" => (Lib::TimeAddDate, vec![Type::Int; 3]),
            "Truncate" => (Lib::TimeTruncate, vec![Type::Duration]),
            "Round" => (Lib::TimeRound, vec![Type::Duration]),
            "UTC" | "Local" => (Lib::TimeStrip, Vec::new()),
            _ => return self.time_location(n, full, recv, member, args),
        };
        let a = self.args_as(n, args, &want, full);
        if a.len() != want.len() {
            return Some(INVALID);
        }
        let mut all = vec![recv];
        all.extend(a);
        if lib == Lib::TimeStrip {
            all.push(Expr::Lit(Lit::Bool(member == "Local")));
        }
        Some((Expr::Lib(lib, all), Type::Time))
    }
}

/// Whether `t` and `u` are the same instant, whatever their locations and monotonic readings:
/// `t.Sub(u) == 0`.
fn same_instant(t: Expr, u: Expr) -> Expr {
    let apart = Expr::Binary(BinOp::Sub, Box::new(t), Box::new(u));
    let apart = Expr::Convert(Ty::Int, Box::new(apart));
    Expr::Binary(BinOp::Eq, Box::new(apart), Box::new(Expr::int(0)))
}

//! Times a program makes: `time.Date(...)` (in `time.UTC`, or `time.Local` read as UTC),
//! `time.Unix`, `time.UnixMilli`, `time.UnixMicro`, and a time's `Equal`, `AddDate`,
//! `Truncate`, `Round`, `UTC` and `Local`.

use super::Lowerer;
use super::context::INVALID;
use super::scope::Resolved;
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
                let (parts, loc, local) = match args.split_last() {
                    Some((loc, parts))
                        if parts.len() == 7
                            && let Some(local) = self.utc_or_local(*loc) =>
                    {
                        (parts, *loc, local)
                    }
                    _ => {
                        self.unsupported(
                            n,
                            "time.Date with a time.Location other than time.UTC and time.Local",
                        );
                        return Some(INVALID);
                    }
                };
                self.used_in(loc);
                let mut want = vec![Type::Int; 7];
                want[1] = self.time_enum(true);
                let mut a = self.args_as(n, parts, &want, &full);
                a.push(Expr::Lit(Lit::Bool(local)));
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

    /// Whether `n` is `time.Local` (the machine's zone, which syncscope reads as UTC) or
    /// `time.UTC`; `None` for another location.
    fn utc_or_local(&mut self, n: Node) -> Option<bool> {
        let (Some(operand), Some(field)) = (
            n.child_by_field_name("operand"),
            n.child_by_field_name("field"),
        ) else {
            return None;
        };
        if n.kind() != "selector_expression" || operand.kind() != "identifier" {
            return None;
        }
        let in_time = matches!(
            self.resolve(self.text_of(operand), false),
            Resolved::Package(p) if p == "time"
        );
        match self.text_of(field) {
            "UTC" if in_time => Some(false),
            "Local" if in_time => Some(true),
            _ => None,
        }
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
            _ => return None,
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

//! A `time.Time`'s parts (`t.Unix()`, `t.Hour()`, ...) and `t.Format(layout)` with `time`'s
//! layout constants, read off the run's virtual wall clock.

use super::Lowerer;
use super::context::INVALID;
use crate::go::types::{Type, Untyped};
use syncscope_program::{Expr, Lib, TimePart};
use tree_sitter::Node;

/// `time`'s layouts, as Go 1.26 declares them.
pub(super) fn layout(member: &str) -> Option<&'static str> {
    Some(match member {
        "Layout" => "01/02 03:04:05PM '06 -0700",
        "ANSIC" => "Mon Jan _2 15:04:05 2006",
        "UnixDate" => "Mon Jan _2 15:04:05 MST 2006",
        "RubyDate" => "Mon Jan 02 15:04:05 -0700 2006",
        "RFC822" => "02 Jan 06 15:04 MST",
        "RFC822Z" => "02 Jan 06 15:04 -0700",
        "RFC850" => "Monday, 02-Jan-06 15:04:05 MST",
        "RFC1123" => "Mon, 02 Jan 2006 15:04:05 MST",
        "RFC1123Z" => "Mon, 02 Jan 2006 15:04:05 -0700",
        "RFC3339" => "2006-01-02T15:04:05Z07:00",
        "RFC3339Nano" => "2006-01-02T15:04:05.999999999Z07:00",
        "Kitchen" => "3:04PM",
        "Stamp" => "Jan _2 15:04:05",
        "StampMilli" => "Jan _2 15:04:05.000",
        "StampMicro" => "Jan _2 15:04:05.000000",
        "StampNano" => "Jan _2 15:04:05.000000000",
        "DateTime" => "2006-01-02 15:04:05",
        "DateOnly" => "2006-01-02",
        "TimeOnly" => "15:04:05",
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// `time.RFC3339` and the other layouts: untyped string constants.
    pub(super) fn time_layout(&self, member: &str) -> Option<(Expr, Type)> {
        layout(member).map(|l| (Expr::str(l), Type::Untyped(Untyped::Str)))
    }

    /// `t.Unix()`, `t.Format(layout)` and the other parts of a `time.Time` teachers print.
    pub(super) fn time_part(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = self.expr_text(callee);
        if member == "Format" {
            let mut a = self.args_as(n, args, &[Type::Str], &full).into_iter();
            let Some(layout) = a.next() else {
                return Some(INVALID);
            };
            return Some((Expr::Lib(Lib::TimeFormat, vec![recv, layout]), Type::Str));
        }
        let (part, ty) = match member {
            "Unix" => (TimePart::Unix, Type::Sized("int64")),
            "UnixMilli" => (TimePart::UnixMilli, Type::Sized("int64")),
            "UnixMicro" => (TimePart::UnixMicro, Type::Sized("int64")),
            "UnixNano" => (TimePart::UnixNano, Type::Sized("int64")),
            "Year" => (TimePart::Year, Type::Int),
            "Day" => (TimePart::Day, Type::Int),
            "Hour" => (TimePart::Hour, Type::Int),
            "Minute" => (TimePart::Minute, Type::Int),
            "Second" => (TimePart::Second, Type::Int),
            "Nanosecond" => (TimePart::Nanosecond, Type::Int),
            "YearDay" => (TimePart::YearDay, Type::Int),
            "Month" => (TimePart::Month, self.time_enum(true)),
            "Weekday" => (TimePart::Weekday, self.time_enum(false)),
            _ => return self.time_made(n, &full, recv, member, args),
        };
        self.args_as(n, args, &[], &full);
        Some((Expr::Lib(Lib::Time(part), vec![recv]), ty))
    }
}

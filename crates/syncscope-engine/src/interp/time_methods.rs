//! A `time.Time`'s parts and `Format`, read off the run's wall clock: it starts where the Go
//! playground's does (2009-11-10 23:00:00 UTC) and moves with virtual time.

use super::log::{START_UNIX, civil};
use super::value::Value;
use super::wall_time::WallTime;
use syncscope_program::calendar::{MONTHS, WEEKDAYS as DAYS};
use syncscope_program::{Lib, TimePart};

const NS: i64 = 1_000_000_000;

/// A moment of the run, in UTC.
pub(super) struct Wall {
    pub(super) unix: i64,
    pub(super) nanos: i64,
    pub(super) year: i64,
    pub(super) month: i64,
    pub(super) day: i64,
    pub(super) secs_of_day: i64,
    pub(super) weekday: usize,
    pub(super) year_day: i64,
}

/// The run's moment `ns` from its start.
pub(super) fn wall(ns: i64) -> Wall {
    wall_at(START_UNIX + ns.div_euclid(NS), ns.rem_euclid(NS))
}

/// The moment `unix` seconds and `nanos` nanoseconds from 1970.
pub(super) fn wall_at(unix: i64, nanos: i64) -> Wall {
    let days = unix.div_euclid(86_400);
    let (year, month, day) = civil(days);
    let jan1 = days - (day - 1) - (1..month).map(|m| month_len(year, m)).sum::<i64>();
    Wall {
        unix,
        nanos,
        year,
        month,
        day,
        secs_of_day: unix.rem_euclid(86_400),
        // 1970-01-01 was a Thursday.
        weekday: (days + 4).rem_euclid(7) as usize,
        year_day: days - jan1 + 1,
    }
}

/// A time without a monotonic reading as Go's `String()` prints it.
pub(super) fn string(w: WallTime) -> String {
    let (unix, nanos) = w.unix();
    format(
        &wall_at(unix, nanos),
        "2006-01-02 15:04:05.999999999 -0700 MST",
    )
}

pub(super) fn month_len(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `t.Unix()`, `t.Hour()`, `t.Format(layout)` and their kin; `None` for another function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let w = match args.first() {
        Some(Value::Wall(t)) => {
            let (unix, nanos) = t.unix();
            wall_at(unix, nanos)
        }
        Some(Value::Time(ns)) => wall(*ns),
        _ => wall(0),
    };
    let int = |n: i64| Some(Ok(Value::Int(n)));
    match f {
        Lib::Time(part) => match part {
            TimePart::Unix => int(w.unix),
            TimePart::UnixMilli => int(w.unix * 1_000 + w.nanos / 1_000_000),
            TimePart::UnixMicro => int(w.unix * 1_000_000 + w.nanos / 1_000),
            // Go's wraps past 64 bits (before 1678 and after 2262).
            TimePart::UnixNano => int(w.unix.wrapping_mul(NS).wrapping_add(w.nanos)),
            TimePart::Year => int(w.year),
            TimePart::Day => int(w.day),
            TimePart::Hour => int(w.secs_of_day / 3600),
            TimePart::Minute => int(w.secs_of_day % 3600 / 60),
            TimePart::Second => int(w.secs_of_day % 60),
            TimePart::Nanosecond => int(w.nanos),
            TimePart::YearDay => int(w.year_day),
            TimePart::Month => int(w.month),
            TimePart::Weekday => int(w.weekday as i64),
        },
        Lib::MonthName | Lib::WeekdayName => {
            let n = args.first().map_or(0, Value::as_int);
            let (names, kind): (&[&str], _) = match f {
                Lib::MonthName => (&MONTHS, "Month"),
                _ => (&DAYS, "Weekday"),
            };
            // January is 1, Sunday 0; past either end Go prints `%!Month(13)`.
            let first = i64::from(f == Lib::MonthName);
            let name = usize::try_from(n - first).ok().and_then(|i| names.get(i));
            let text = name.map_or_else(|| format!("%!{kind}({n})"), |s| (*s).to_string());
            Some(Ok(Value::Str(text.into())))
        }
        Lib::TimeParse => {
            let text = |i: usize| match args.get(i) {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Some(super::time_parse::parse(&text(0), &text(1)))
        }
        Lib::ParseDuration => match args.first() {
            Some(Value::Str(s)) => Some(Ok(super::duration_parse::parse_duration(s))),
            _ => None,
        },
        Lib::TimeFormat => {
            let layout = match args.get(1) {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Some(Ok(Value::Str(format(&w, &layout).into())))
        }
        _ => None,
    }
}

/// Go's layout elements, longest first where one starts another.
const ELEMENTS: [&str; 29] = [
    "January", "Monday", "2006", "-07:00", "-0700", "Z07:00", "Z0700", "Jan", "Mon", "MST", "002",
    "__2", "_2", "01", "02", "03", "04", "05", "06", "15", "PM", "pm", "-07", "Z07", "1", "2", "3",
    "4", "5",
];

/// `t.Format(layout)`: each element of the layout replaced by the time's part, in UTC.
pub(super) fn format(w: &Wall, layout: &str) -> String {
    let mut out = String::new();
    let mut rest = layout;
    while let Some(c) = rest.chars().next() {
        if let Some((len, text)) = fraction(w, rest) {
            out.push_str(&text);
            rest = &rest[len..];
            continue;
        }
        let Some(element) = ELEMENTS.iter().find(|e| rest.starts_with(**e)) else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        let (hour, min, sec) = (
            w.secs_of_day / 3600,
            w.secs_of_day % 3600 / 60,
            w.secs_of_day % 60,
        );
        let hour12 = if hour % 12 == 0 { 12 } else { hour % 12 };
        out.push_str(&match *element {
            "January" => MONTHS[(w.month - 1) as usize].into(),
            "Jan" => MONTHS[(w.month - 1) as usize][..3].into(),
            "Monday" => DAYS[w.weekday].into(),
            "Mon" => DAYS[w.weekday][..3].into(),
            "2006" => format!("{:04}", w.year),
            "06" => format!("{:02}", w.year % 100),
            "01" => format!("{:02}", w.month),
            "1" => w.month.to_string(),
            "02" => format!("{:02}", w.day),
            "_2" => format!("{:>2}", w.day),
            "2" => w.day.to_string(),
            "002" => format!("{:03}", w.year_day),
            "__2" => format!("{:>3}", w.year_day),
            "15" => format!("{hour:02}"),
            "03" => format!("{hour12:02}"),
            "3" => hour12.to_string(),
            "04" => format!("{min:02}"),
            "4" => min.to_string(),
            "05" => format!("{sec:02}"),
            "5" => sec.to_string(),
            "PM" => if hour >= 12 { "PM" } else { "AM" }.into(),
            "pm" => if hour >= 12 { "pm" } else { "am" }.into(),
            "MST" => "UTC".into(),
            "Z07:00" | "Z0700" | "Z07" => "Z".into(),
            "-07:00" => "+00:00".into(),
            "-0700" => "+0000".into(),
            _ => "+00".into(),
        });
        rest = &rest[element.len()..];
    }
    out
}

/// `.000` or `,999999` after a seconds element: the fraction, zeros kept or trimmed; its
/// length in the layout and its text.
fn fraction(w: &Wall, rest: &str) -> Option<(usize, String)> {
    let mut chars = rest.chars();
    let sep = chars.next().filter(|c| matches!(c, '.' | ','))?;
    let digit = chars.next().filter(|c| matches!(c, '0' | '9'))?;
    let n = 1 + chars.take_while(|&c| c == digit).count();
    if rest[1 + n..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = format!("{:09}", w.nanos)[..n.min(9)].to_string();
    let text = if digit == '9' {
        let trimmed = digits.trim_end_matches('0');
        if trimmed.is_empty() {
            String::new()
        } else {
            format!("{sep}{trimmed}")
        }
    } else {
        format!("{sep}{digits}")
    };
    Some((1 + n, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_and_parts_as_go_formats_the_playgrounds_clock() {
        let later = 90 * 60 * NS + 250_000_000;
        let cases = [
            (
                "2006-01-02T15:04:05Z07:00",
                "2009-11-10T23:00:00Z",
                "2009-11-11T00:30:00Z",
            ),
            (
                "2006-01-02T15:04:05.999999999Z07:00",
                "2009-11-10T23:00:00Z",
                "2009-11-11T00:30:00.25Z",
            ),
            ("3:04PM", "11:00PM", "12:30AM"),
            (
                "Mon Jan _2 15:04:05 2006",
                "Tue Nov 10 23:00:00 2009",
                "Wed Nov 11 00:30:00 2009",
            ),
            (
                "Mon, 02 Jan 2006 15:04:05 MST",
                "Tue, 10 Nov 2009 23:00:00 UTC",
                "Wed, 11 Nov 2009 00:30:00 UTC",
            ),
            (
                "Jan _2 15:04:05.000",
                "Nov 10 23:00:00.000",
                "Nov 11 00:30:00.250",
            ),
            (
                "Jan 2, 2006 at 3:04pm (MST) .000 ,999 002",
                "Nov 10, 2009 at 11:00pm (UTC) .000  314",
                "Nov 11, 2009 at 12:30am (UTC) .250 ,25 315",
            ),
        ];
        for (layout, first, second) in cases {
            assert_eq!(format(&wall(0), layout), first);
            assert_eq!(format(&wall(later), layout), second);
        }
        let part = |p, ns| match call(Lib::Time(p), &[Value::Time(ns)]) {
            Some(Ok(Value::Int(n))) => n,
            _ => -1,
        };
        assert_eq!(part(TimePart::Unix, 0), 1_257_894_000);
        assert_eq!(part(TimePart::YearDay, 0), 314);
        assert_eq!(part(TimePart::YearDay, later), 315);
        assert_eq!(part(TimePart::UnixMilli, later), 1_257_899_400_250);
    }
}

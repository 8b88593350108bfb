//! Times a program makes rather than reads off the clock: `time.Date`, `time.Unix`,
//! `t.AddDate`, `t.Truncate` and `t.Round`. Each is a `Value::Wall`, without the monotonic
//! reading `time.Now()`'s has, so it prints as Go prints it (no `m=+...`).

use super::time_methods::wall_at;
use super::value::Value;
use super::wall_time::{WallTime, ZERO, instant};
use syncscope_program::Lib;

const NS: i128 = 1_000_000_000;
/// Seconds from Go's zero time (January 1 of year 1, UTC) to 1970.
const ZERO_TO_UNIX: i128 = 62_135_596_800;

/// `time.Date`, `time.Unix` and the methods that make a new time; `None` for another function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    let (unix_ns, local) = args.first().and_then(instant).unwrap_or((0, false));
    let flag = |i: usize| matches!(args.get(i), Some(Value::Bool(true)));
    let made = |unix_ns: i128, local| WallTime::from_unix_ns(unix_ns, local).map(Value::Wall);
    Some(match f {
        Lib::TimeDate => {
            let parts = [int(0), int(1), int(2), int(3), int(4), int(5), int(6)];
            date(parts, flag(7))
        }
        Lib::TimeUnix => made(
            i128::from(int(0)) * i128::from(int(2)) + i128::from(int(1)),
            true,
        ),
        Lib::TimeAddDate => {
            let w = wall_at(unix_ns.div_euclid(NS) as i64, unix_ns.rem_euclid(NS) as i64);
            let (h, m, s) = (
                w.secs_of_day / 3600,
                w.secs_of_day % 3600 / 60,
                w.secs_of_day % 60,
            );
            let (year, month, day) = (w.year + int(1), w.month + int(2), w.day + int(3));
            date([year, month, day, h, m, s, w.nanos], local)
        }
        Lib::TimeTruncate | Lib::TimeRound => {
            let d = i128::from(int(1));
            if d <= 0 {
                return Some(made(unix_ns, local));
            }
            let r = (unix_ns + ZERO_TO_UNIX * NS).rem_euclid(d);
            // Go rounds a halfway time up.
            let up = f == Lib::TimeRound && r + r >= d;
            made(if up { unix_ns + d - r } else { unix_ns - r }, local)
        }
        Lib::TimeStrip => made(unix_ns, flag(1)),
        Lib::TimeZero => Ok(Value::Wall(ZERO)),
        Lib::TimeLocation => Ok(Value::Str(if local { "Local" } else { "UTC" }.into())),
        _ => return None,
    })
}

/// `time.Date`'s parts, normalized as Go normalizes them: the month into its year, then
/// nanoseconds into seconds, seconds into minutes, minutes into hours, hours into days.
pub(super) fn date(parts: [i64; 7], local: bool) -> Result<Value, String> {
    let [year, month, day, hour, min, sec, nsec] = parts.map(i128::from);
    let (year, month0) = (
        year + (month - 1).div_euclid(12),
        (month - 1).rem_euclid(12),
    );
    let (sec, nsec) = (sec + nsec.div_euclid(NS), nsec.rem_euclid(NS));
    let secs = ((day - 1) * 24 + hour) * 3600 + min * 60 + sec;
    let far = || "syncscope does not run a time.Time this far from now yet".to_string();
    let y = i64::try_from(year).map_err(|_| far())?;
    let days = i128::from(days_from_civil(y, month0 as i64 + 1));
    let unix_ns = (days * 86_400 + secs) * NS + nsec;
    WallTime::from_unix_ns(unix_ns, local).map(Value::Wall)
}

/// The day of the first of `month` in `year`, counted from 1970-01-01 (Howard Hinnant's
/// `days_from_civil`).
fn days_from_civil(year: i64, month: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::super::log::civil;
    use super::super::time_methods::month_len;
    use super::*;

    #[test]
    fn the_first_of_each_month_is_the_day_civil_reads() {
        for year in [1900, 1999, 2000, 2009, 2024, 2100] {
            for month in 1..=12 {
                let days = days_from_civil(year, month);
                assert_eq!(civil(days), (year, month, 1));
                assert_eq!(
                    days_from_civil(year, month) + month_len(year, month),
                    if month == 12 {
                        days_from_civil(year + 1, 1)
                    } else {
                        days_from_civil(year, month + 1)
                    }
                );
            }
        }
    }
}

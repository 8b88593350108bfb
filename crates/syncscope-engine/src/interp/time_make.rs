//! Times a program makes rather than reads off the clock: `time.Date`, `time.Unix`,
//! `t.AddDate`, `t.Truncate` and `t.Round`. Each is a `Value::Wall`, without the monotonic
//! reading `time.Now()`'s has, so it prints as Go prints it (no `m=+...`).

use super::log::START_UNIX;
use super::time_methods::wall;
use super::value::Value;
use syncscope_program::Lib;

const NS: i128 = 1_000_000_000;
/// Seconds from Go's zero time (January 1 of year 1, UTC) to 1970.
const ZERO_TO_UNIX: i128 = 62_135_596_800;

/// `time.Date`, `time.Unix` and the methods that make a new time; `None` for another function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    // `time.Now()`'s times are in `time.Local`.
    let (ns, local) = match args.first() {
        Some(Value::Wall(ns, local)) => (*ns, *local),
        Some(Value::Time(ns)) => (*ns, true),
        _ => (0, false),
    };
    let flag = |i: usize| matches!(args.get(i), Some(Value::Bool(true)));
    Some(match f {
        Lib::TimeDate => {
            let parts = [int(0), int(1), int(2), int(3), int(4), int(5), int(6)];
            date(parts, flag(7))
        }
        Lib::TimeUnix => {
            let unix_ns = i128::from(int(0)) * i128::from(int(2)) + i128::from(int(1));
            in_range(unix_ns - i128::from(START_UNIX) * NS, true)
        }
        Lib::TimeAddDate => {
            let w = wall(ns);
            let (h, m, s) = (
                w.secs_of_day / 3600,
                w.secs_of_day % 3600 / 60,
                w.secs_of_day % 60,
            );
            let (year, month, day) = (w.year + int(1), w.month + int(2), w.day + int(3));
            date([year, month, day, h, m, s, w.nanos], local)
        }
        Lib::TimeTruncate | Lib::TimeRound => {
            let d = int(1);
            if d <= 0 {
                return Some(Ok(Value::Wall(ns, local)));
            }
            let since_zero = (i128::from(START_UNIX) + ZERO_TO_UNIX) * NS + i128::from(ns);
            let r = since_zero.rem_euclid(i128::from(d));
            // Go rounds a halfway time up.
            let up = f == Lib::TimeRound && r + r >= i128::from(d);
            let moved = if up { i128::from(d) - r } else { -r };
            in_range(i128::from(ns) + moved, local)
        }
        Lib::TimeStrip => Ok(Value::Wall(ns, flag(1))),
        Lib::TimeZero => Ok(Value::Wall(super::time_methods::ZERO, false)),
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
    let Ok(y) = i64::try_from(year) else {
        return Err(too_far());
    };
    let days = i128::from(days_from_civil(y, month0 as i64 + 1));
    let unix_ns = (days * 86_400 + secs) * NS + nsec;
    in_range(unix_ns - i128::from(START_UNIX) * NS, local)
}

/// The time `ns` from the run's start, if syncscope can hold it.
fn in_range(ns: i128, local: bool) -> Result<Value, String> {
    let ns = i64::try_from(ns).map_err(|_| too_far())?;
    Ok(Value::Wall(ns, local))
}

/// syncscope holds a time as nanoseconds from the run's start in 64 bits: about 292 years
/// either side of 2009.
fn too_far() -> String {
    "syncscope does not run a time.Time before 1718 or after 2300 yet".into()
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

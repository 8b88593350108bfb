//! `time.Parse(layout, value)` as Go's parses, with its errors (`*time.ParseError`) word for
//! word. An offset of zero (`+00:00`) is `time.Local`'s, which syncscope reads as UTC, so the
//! time is in `time.Local`, as Go's is on a machine in UTC; another offset or a zone name
//! other than UTC (Go's made-up zones) and a day of the year are refused at run time.

use super::time_layout::{Std, atoi, getnum, lookup, nanoseconds, next_chunk, quote, skip};
use super::value::Value;
use syncscope_program::calendar::{MONTHS, WEEKDAYS};

/// Go's `time.Parse` error: a quoted element that would not parse, or a range's words.
struct ParseError {
    value_elem: Vec<u8>,
    layout_elem: Vec<u8>,
    message: String,
}

fn bad(layout_elem: &[u8], value_elem: &[u8]) -> ParseError {
    ParseError {
        value_elem: value_elem.to_vec(),
        layout_elem: layout_elem.to_vec(),
        message: String::new(),
    }
}

fn said(message: String) -> ParseError {
    ParseError {
        value_elem: Vec::new(),
        layout_elem: Vec::new(),
        message,
    }
}

/// The parsed fields, as Go's `parse` keeps them.
struct Fields {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    pm: Option<bool>,
    /// A numeric offset of zero was read: the time is Local's, unless `Z` or `UTC` said UTC.
    zero_offset: bool,
    utc: bool,
}

/// `time.Parse(layout, value)`: `(t, nil)` or `(zero time, err)`.
pub(super) fn parse(layout: &str, value: &str) -> Result<Value, String> {
    let (t, err) = match fields(layout.as_bytes(), value.as_bytes()) {
        Ok(Ok(f)) => {
            let parts = [f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec];
            (
                super::time_make::date(parts, f.zero_offset && !f.utc)?,
                None,
            )
        }
        Ok(Err(e)) => {
            let text = if e.message.is_empty() {
                format!(
                    "parsing time {} as {}: cannot parse {} as {}",
                    quote(value.as_bytes()),
                    quote(layout.as_bytes()),
                    quote(&e.value_elem),
                    quote(&e.layout_elem)
                )
            } else {
                format!("parsing time {}{}", quote(value.as_bytes()), e.message)
            };
            (Value::Wall(super::wall_time::ZERO), Some(text))
        }
        Err(refused) => return Err(refused),
    };
    let err = err.map_or(Value::Chan(None), |e| {
        super::iface::typed_error(e, "*time.ParseError")
    });
    Ok(Value::Slice(super::slices::SliceVal::new(vec![t, err])))
}

/// The fields of `value` read by `layout`; the outer `Err` is what syncscope refuses.
fn fields(mut layout: &[u8], mut value: &[u8]) -> Result<Result<Fields, ParseError>, String> {
    let mut f = Fields {
        year: 0,
        month: -1,
        day: -1,
        hour: 0,
        min: 0,
        sec: 0,
        nsec: 0,
        pm: None,
        zero_offset: false,
        utc: false,
    };
    loop {
        let (prefix, std, suffix) = next_chunk(layout);
        let element = &layout[prefix.len()..layout.len() - suffix.len()];
        value = match skip(value, prefix) {
            Some(v) => v,
            None => return Ok(Err(bad(prefix, value))),
        };
        let Some(std) = std else {
            if !value.is_empty() {
                let message = format!(": extra text: {}", quote(value));
                return Ok(Err(said(message)));
            }
            break;
        };
        layout = suffix;
        let hold = value;
        let mut range = "";
        let got = element_of(std, value, layout, &mut f, &mut range)?;
        match got {
            Some(rest) if range.is_empty() => value = rest,
            Some(rest) => {
                let message = format!(": {range} out of range");
                return Ok(Err(ParseError {
                    value_elem: rest.to_vec(),
                    layout_elem: element.to_vec(),
                    message,
                }));
            }
            None => return Ok(Err(bad(element, hold))),
        }
    }
    match f.pm {
        Some(true) if f.hour < 12 => f.hour += 12,
        Some(false) if f.hour == 12 => f.hour = 0,
        _ => {}
    }
    f.month = if f.month < 0 { 1 } else { f.month };
    f.day = if f.day < 0 { 1 } else { f.day };
    if f.day < 1 || f.day > super::time_methods::month_len(f.year, f.month) {
        return Ok(Err(said(": day out of range".into())));
    }
    Ok(Ok(f))
}

/// One element read off `value`: the rest, or `None` for Go's "cannot parse"; `range` names
/// a field out of its range.
fn element_of<'v>(
    std: Std,
    value: &'v [u8],
    layout_rest: &[u8],
    f: &mut Fields,
    range: &mut &'static str,
) -> Result<Option<&'v [u8]>, String> {
    let check = |n: i64, ok: bool, name: &'static str, range: &mut &'static str| {
        if !ok {
            *range = name;
        }
        n
    };
    Ok(match std {
        Std::Year => {
            let Some(y) = value.get(..2).and_then(atoi) else {
                return Ok(None);
            };
            f.year = if y >= 69 { y + 1900 } else { y + 2000 };
            Some(&value[2..])
        }
        Std::LongYear => {
            if !value.first().is_some_and(u8::is_ascii_digit) {
                return Ok(None);
            }
            let Some(y) = value.get(..4).and_then(atoi) else {
                return Ok(None);
            };
            f.year = y;
            Some(&value[4..])
        }
        Std::Month | Std::LongMonth => {
            let long = std == Std::LongMonth;
            lookup(&MONTHS, long, value).map(|(i, rest)| {
                f.month = i as i64 + 1;
                rest
            })
        }
        Std::WeekDay | Std::LongWeekDay => {
            lookup(&WEEKDAYS, std == Std::LongWeekDay, value).map(|(_, rest)| rest)
        }
        Std::NumMonth | Std::ZeroMonth => getnum(value, std == Std::ZeroMonth).map(|(n, rest)| {
            f.month = check(n, (1..=12).contains(&n), "month", range);
            rest
        }),
        Std::Day | Std::UnderDay | Std::ZeroDay => {
            let value = match value {
                [b' ', rest @ ..] if std == Std::UnderDay => rest,
                _ => value,
            };
            getnum(value, std == Std::ZeroDay).map(|(n, rest)| {
                f.day = n;
                rest
            })
        }
        Std::YearDay => {
            return Err("syncscope does not run time.Parse of a day of the year yet".into());
        }
        Std::Hour => getnum(value, false).map(|(n, rest)| {
            f.hour = check(n, n < 24, "hour", range);
            rest
        }),
        Std::Hour12 | Std::ZeroHour12 => getnum(value, std == Std::ZeroHour12).map(|(n, rest)| {
            f.hour = check(n, n <= 12, "hour", range);
            rest
        }),
        Std::Minute | Std::ZeroMinute => getnum(value, std == Std::ZeroMinute).map(|(n, rest)| {
            f.min = check(n, n < 60, "minute", range);
            rest
        }),
        Std::Second | Std::ZeroSecond => {
            let Some((n, rest)) = getnum(value, std == Std::ZeroSecond) else {
                return Ok(None);
            };
            f.sec = check(n, n < 60, "second", range);
            if !range.is_empty() {
                return Ok(Some(rest));
            }
            // A fraction the layout does not have is read here, unless one comes next.
            let fraction_next = matches!(next_chunk(layout_rest).1, Some(Std::Frac { .. }));
            let has_fraction =
                rest.len() >= 2 && matches!(rest[0], b'.' | b',') && rest[1].is_ascii_digit();
            if !has_fraction || fraction_next {
                return Ok(Some(rest));
            }
            let n = 1 + rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            f.nsec = nanoseconds(&rest[..n]);
            Some(&rest[n..])
        }
        Std::Pm | Std::LowerPm => {
            let (am, pm) = if std == Std::Pm {
                (b"AM", b"PM")
            } else {
                (b"am", b"pm")
            };
            match value.get(..2) {
                Some(p) if p == pm => f.pm = Some(true),
                Some(p) if p == am => f.pm = Some(false),
                _ => return Ok(None),
            }
            Some(&value[2..])
        }
        Std::Tz => match value.strip_prefix(b"UTC") {
            Some(rest) => {
                f.utc = true;
                Some(rest)
            }
            None => return Err(zone()),
        },
        Std::NumTz { iso, shape } => {
            if iso && value.first() == Some(&b'Z') {
                f.utc = true;
                return Ok(Some(&value[1..]));
            }
            let len = 1 + shape.len();
            let fits = value.len() >= len
                && shape
                    .bytes()
                    .zip(&value[1..])
                    .all(|(s, v)| (s == b':') == (*v == b':'));
            if !fits || !matches!(value[0], b'+' | b'-') {
                return Ok(None);
            }
            let digits: Vec<u8> = value[1..len]
                .iter()
                .copied()
                .filter(|c| *c != b':')
                .collect();
            let pairs: Vec<Option<i64>> = digits
                .chunks(2)
                .map(|p| getnum(p, true).map(|n| n.0))
                .collect();
            if pairs.iter().any(Option::is_none) {
                return Ok(None);
            }
            // Another offset is Go's made-up zone without a name, not run yet.
            if pairs.iter().any(|p| *p != Some(0)) {
                return Err(zone());
            }
            f.zero_offset = true;
            Some(&value[len..])
        }
        Std::Frac { zeros: true, n } => {
            if value.len() < 1 + n || !matches!(value[0], b'.' | b',') {
                return Ok(None);
            }
            let Some(digits) = atoi(&value[1..(1 + n).min(10)]) else {
                return Ok(None);
            };
            f.nsec = digits * 10_i64.pow(9_u32.saturating_sub(n.min(9) as u32));
            Some(&value[1 + n..])
        }
        Std::Frac { zeros: false, .. } => {
            let digits = value
                .get(1..)
                .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
            if value.len() < 2 || !matches!(value[0], b'.' | b',') || digits == 0 {
                return Ok(Some(value));
            }
            f.nsec = nanoseconds(&value[..1 + digits]);
            Some(&value[1 + digits..])
        }
    })
}

fn zone() -> String {
    "syncscope does not run time.Parse of an offset other than zero or a zone other than UTC yet"
        .into()
}

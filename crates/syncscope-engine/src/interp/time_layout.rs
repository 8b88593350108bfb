//! A layout's elements as Go's `nextStdChunk` finds them, and the readers of a value's
//! numbers and names, for `time.Parse`.

/// One element of a layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    YearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    Pm,
    LowerPm,
    /// `MST`.
    Tz,
    /// `-0700` and its kin (`Z` allowed when `iso`): the digits' shape, as in the layout.
    NumTz {
        iso: bool,
        shape: &'static str,
    },
    /// `.000` (`zeros`) or `.999`, of `n` digits.
    Frac {
        zeros: bool,
        n: usize,
    },
}

/// The text before the first element of `layout`, the element, and the rest; `None` for a
/// layout without one.
pub(super) fn next_chunk(layout: &[u8]) -> (&[u8], Option<Std>, &[u8]) {
    let at = |i: usize, s: &str| layout[i..].starts_with(s.as_bytes());
    let lower_after = |i: usize| layout.get(i).is_some_and(u8::is_ascii_lowercase);
    for i in 0..layout.len() {
        let found = match layout[i] {
            b'J' if at(i, "January") => Some((Std::LongMonth, 7)),
            b'J' if at(i, "Jan") && !lower_after(i + 3) => Some((Std::Month, 3)),
            b'M' if at(i, "Monday") => Some((Std::LongWeekDay, 6)),
            b'M' if at(i, "Mon") && !lower_after(i + 3) => Some((Std::WeekDay, 3)),
            b'M' if at(i, "MST") => Some((Std::Tz, 3)),
            b'0' => match layout.get(i + 1) {
                Some(d @ b'1'..=b'6') => {
                    let std = [
                        Std::ZeroMonth,
                        Std::ZeroDay,
                        Std::ZeroHour12,
                        Std::ZeroMinute,
                        Std::ZeroSecond,
                        Std::Year,
                    ];
                    Some((std[usize::from(d - b'1')], 2))
                }
                _ if at(i, "002") => Some((Std::YearDay, 3)),
                _ => None,
            },
            b'1' if at(i, "15") => Some((Std::Hour, 2)),
            b'1' => Some((Std::NumMonth, 1)),
            b'2' if at(i, "2006") => Some((Std::LongYear, 4)),
            b'2' => Some((Std::Day, 1)),
            // `_2006` is a literal `_` and the year.
            b'_' if at(i, "_2006") => {
                return (&layout[..=i], Some(Std::LongYear), &layout[i + 5..]);
            }
            b'_' if at(i, "_2") => Some((Std::UnderDay, 2)),
            b'_' if at(i, "__2") => Some((Std::YearDay, 3)),
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' if at(i, "PM") => Some((Std::Pm, 2)),
            b'p' if at(i, "pm") => Some((Std::LowerPm, 2)),
            c @ (b'-' | b'Z') => {
                let shapes = ["070000", "07:00:00", "0700", "07:00", "07"];
                shapes
                    .iter()
                    .find(|s| layout[i + 1..].starts_with(s.as_bytes()))
                    .map(|s| {
                        let iso = c == b'Z';
                        (Std::NumTz { iso, shape: s }, 1 + s.len())
                    })
            }
            b'.' | b',' if matches!(layout.get(i + 1), Some(b'0' | b'9')) => {
                let digit = layout[i + 1];
                let n = layout[i + 1..].iter().take_while(|&&c| c == digit).count();
                let after = layout.get(i + 1 + n).is_some_and(u8::is_ascii_digit);
                (!after).then_some((
                    Std::Frac {
                        zeros: digit == b'0',
                        n,
                    },
                    1 + n,
                ))
            }
            _ => None,
        };
        if let Some((std, len)) = found {
            return (&layout[..i], Some(std), &layout[i + len..]);
        }
    }
    (layout, None, &[])
}

/// `.123`: the digits as nanoseconds, past the ninth left out as Go leaves them.
pub(super) fn nanoseconds(fraction: &[u8]) -> i64 {
    let digits = &fraction[1..fraction.len().min(10)];
    let n = atoi(digits).unwrap_or(0);
    n * 10_i64.pow(9 - digits.len() as u32)
}

/// Go's `skip`: `prefix` off the front of `value`, a space in it matching any run of spaces.
pub(super) fn skip<'v>(mut value: &'v [u8], mut prefix: &[u8]) -> Option<&'v [u8]> {
    let cut = |s: &[u8]| s.iter().position(|c| *c != b' ').unwrap_or(s.len());
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|c| *c != b' ') {
                return None;
            }
            prefix = &prefix[cut(prefix)..];
            value = &value[cut(value)..];
            continue;
        }
        if value.first() != Some(&p) {
            return None;
        }
        prefix = &prefix[1..];
        value = &value[1..];
    }
    Some(value)
}

/// Go's `getnum`: one or two digits (two when `fixed`).
pub(super) fn getnum(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let digit = |i: usize| {
        s.get(i)
            .filter(|c| c.is_ascii_digit())
            .map(|c| i64::from(c - b'0'))
    };
    let first = digit(0)?;
    match digit(1) {
        Some(second) => Some((first * 10 + second, &s[2..])),
        None if fixed => None,
        None => Some((first, &s[1..])),
    }
}

/// Go's `atoi` of the time package: an optional sign, then digits only.
pub(super) fn atoi(s: &[u8]) -> Option<i64> {
    let (neg, digits) = match s {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = std::str::from_utf8(digits).ok()?.parse::<i64>().ok()?;
    Some(if neg { -n } else { n })
}

/// A month's or day's name at the front of `value`, in any case; `short` names are its first
/// three letters.
pub(super) fn lookup<'v>(names: &[&str], long: bool, value: &'v [u8]) -> Option<(usize, &'v [u8])> {
    names.iter().enumerate().find_map(|(i, name)| {
        let name = if long {
            name.as_bytes()
        } else {
            &name.as_bytes()[..3]
        };
        let head = value.get(..name.len())?;
        head.eq_ignore_ascii_case(name)
            .then(|| (i, &value[name.len()..]))
    })
}

/// Go's `time.quote`: a byte outside printable ASCII as `\x..`.
pub(super) fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for &b in s {
        match b {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(char::from(b));
            }
            b' '..=0x7f => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

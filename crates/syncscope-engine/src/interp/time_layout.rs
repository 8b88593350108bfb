//! A layout's elements as Go's `nextStdChunk` finds them, for `time.Parse`.

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

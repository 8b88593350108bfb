//! The parsers of the flags that take numbers: one line each for a bad value, which clap puts
//! after the flag.

use crate::app::{SPEED_MAX, SPEED_MIN};

/// `WxH` in cells, no smaller than the screen syncscope draws and no larger than a picture
/// needs.
pub(super) fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("'{s}' is not WxH, such as 120x40"))?;
    let number = |v: &str| v.trim().parse::<u16>().ok();
    match (number(w), number(h)) {
        (Some(w), Some(h))
            if (crate::ui::MIN_WIDTH..=1000).contains(&w)
                && (crate::ui::MIN_HEIGHT..=500).contains(&h) =>
        {
            Ok((w, h))
        }
        (Some(_), Some(_)) => Err(format!(
            "{s} is not in {}x{} to 1000x500",
            crate::ui::MIN_WIDTH,
            crate::ui::MIN_HEIGHT
        )),
        _ => Err(format!("'{s}' is not WxH, such as 120x40")),
    }
}

pub(super) fn parse_speed(s: &str) -> Result<f64, String> {
    let speed: f64 = s
        .trim_end_matches('x')
        .parse()
        .map_err(|_| format!("'{s}' is not a number"))?;
    // The text as typed: a huge number printed back as f64 would be hundreds of digits.
    if (SPEED_MIN..=SPEED_MAX).contains(&speed) {
        Ok(speed)
    } else {
        Err(format!("{s} is not in {SPEED_MIN}..={SPEED_MAX}"))
    }
}

/// A parser for a whole number in `min..=max`. Negative and too-big numbers get the range,
/// anything else is "not a whole number"; clap puts the flag and the value in front.
pub(super) fn whole<T>(
    min: u64,
    max: u64,
) -> impl Fn(&str) -> Result<T, String> + Clone + Send + Sync
where
    T: TryFrom<u64>,
{
    move |s: &str| {
        let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("'{s}' is not a whole number in {min}..={max}"));
        }
        s.parse::<u64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| format!("{s} is not in {min}..={max}"))
    }
}

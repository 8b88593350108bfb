//! `time.ParseDuration(s)` as Go's reads it (`1h15m30.918273645s`, `-1.5h`, `300ms`), with
//! its errors in Go's words.

use super::time_layout::quote;
use super::value::Value;

const MAX: u64 = 1 << 63;

/// `(d, nil)` or `(0, err)`.
pub(super) fn parse_duration(s: &str) -> Value {
    let (d, err) = match duration(s.as_bytes()) {
        Ok(d) => (d, Value::Chan(None)),
        Err(e) => (0, super::iface::typed_error(e, "*errors.errorString")),
    };
    Value::Slice(super::slices::SliceVal::new(vec![Value::Duration(d), err]))
}

pub(super) fn duration(orig: &[u8]) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {}", quote(orig));
    let (neg, mut s) = match orig {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, orig),
    };
    if s == b"0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut d: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
        let v = leading_int(&s[..digits]).ok_or_else(invalid)?;
        let pre = digits > 0;
        s = &s[digits..];
        let (mut f, mut scale, mut post) = (0, 1.0, false);
        if let [b'.', rest @ ..] = s {
            let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            (f, scale) = leading_fraction(&rest[..n]);
            post = n > 0;
            s = &rest[n..];
        }
        if !pre && !post {
            return Err(invalid());
        }
        let i = s
            .iter()
            .take_while(|c| !(**c == b'.' || c.is_ascii_digit()))
            .count();
        if i == 0 {
            return Err(format!("time: missing unit in duration {}", quote(orig)));
        }
        let (u, rest) = s.split_at(i);
        s = rest;
        let unit: u64 = match u {
            b"ns" => 1,
            // `us`, and `µs` with the micro sign or the Greek mu.
            b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1_000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => {
                let message = format!(
                    "time: unknown unit {} in duration {}",
                    quote(u),
                    quote(orig)
                );
                return Err(message);
            }
        };
        if v > MAX / unit {
            return Err(invalid());
        }
        let mut v = v * unit;
        if f > 0 {
            // Go's own float arithmetic, so the last nanosecond is Go's.
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > MAX {
                return Err(invalid());
            }
        }
        d += v;
        if d > MAX {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i64).wrapping_neg());
    }
    i64::try_from(d).map_err(|_| invalid())
}

/// Go's `leadingInt` of a run of digits: `None` past 2^63.
fn leading_int(digits: &[u8]) -> Option<u64> {
    let mut x: u64 = 0;
    for c in digits {
        if x > MAX / 10 {
            return None;
        }
        x = x * 10 + u64::from(c - b'0');
        if x > MAX {
            return None;
        }
    }
    Some(x)
}

/// Go's `leadingFraction`: the digits as a number and the power of ten they are over,
/// digits past what fits left out.
fn leading_fraction(digits: &[u8]) -> (u64, f64) {
    let (mut x, mut scale) = (0_u64, 1.0);
    for c in digits {
        if x > (MAX - 1) / 10 {
            break;
        }
        let y = x * 10 + u64::from(c - b'0');
        if y > MAX {
            break;
        }
        x = y;
        scale *= 10.0;
    }
    (x, scale)
}

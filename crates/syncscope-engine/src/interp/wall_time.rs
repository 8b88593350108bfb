//! A `time.Time` without a monotonic reading, as `time.Date`, `time.Unix` and `time.Parse`
//! make it: seconds and nanoseconds since 1970 in 64 bits, so any year Go's calendar has (the
//! zero time's year 1, `time.Parse`'s year 0) and not only the run's own moments.

use super::log::START_UNIX;
use super::value::Value;
use syncscope_program::BinOp;

const NS: i128 = 1_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WallTime {
    secs: i64,
    nanos: i64,
    /// In `time.Local` (which syncscope reads as UTC, but `==` tells from `time.UTC`).
    pub(super) local: bool,
}

/// Go's zero time, January 1 of year 1, UTC.
pub(super) const ZERO: WallTime = WallTime {
    secs: -62_135_596_800,
    nanos: 0,
    local: false,
};

impl WallTime {
    /// The time `unix_ns` nanoseconds from 1970, if 64 bits of seconds hold it.
    pub(super) fn from_unix_ns(unix_ns: i128, local: bool) -> Result<WallTime, String> {
        let secs = i64::try_from(unix_ns.div_euclid(NS))
            .map_err(|_| "syncscope does not run a time.Time this far from now yet".to_string())?;
        let nanos = unix_ns.rem_euclid(NS) as i64;
        Ok(WallTime { secs, nanos, local })
    }

    pub(super) fn unix_ns(self) -> i128 {
        i128::from(self.secs) * NS + i128::from(self.nanos)
    }

    /// Its seconds since 1970 and the nanoseconds past them.
    pub(super) fn unix(self) -> (i64, i64) {
        (self.secs, self.nanos)
    }
}

/// A `time.Time` value's moment in nanoseconds from 1970 and whether it is in `time.Local`
/// (`time.Now()`'s are); `None` for another value.
pub(super) fn instant(v: &Value) -> Option<(i128, bool)> {
    match v {
        Value::Time(ns) => Some((i128::from(START_UNIX) * NS + i128::from(*ns), true)),
        Value::Wall(w) => Some((w.unix_ns(), w.local)),
        _ => None,
    }
}

/// `t + d` (`t.Add(d)`, the sign in `d`) of a time without a monotonic reading.
pub(super) fn add(w: WallTime, d: i64) -> Result<Value, String> {
    WallTime::from_unix_ns(w.unix_ns() + i128::from(d), w.local).map(Value::Wall)
}

/// `t op u` of two times, one without a monotonic reading: `t.Sub(u)` (saturated at the
/// longest durations, as Go's), `t.Before(u)`, `t.After(u)`, and `==`, which tells the
/// locations and monotonic readings apart.
pub(super) fn binary(op: BinOp, t: &Value, u: &Value) -> Value {
    let (Some((x, _)), Some((y, _))) = (instant(t), instant(u)) else {
        return Value::Bool(false);
    };
    match op {
        BinOp::Sub => {
            let d = (x - y).clamp(i128::from(i64::MIN), i128::from(i64::MAX));
            Value::Duration(d as i64)
        }
        BinOp::Eq => Value::Bool(t == u),
        BinOp::Ne => Value::Bool(t != u),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Gt => Value::Bool(x > y),
        _ => Value::Bool(x >= y),
    }
}

/// The time as nanoseconds from the run's start, held to 64 bits.
pub(super) fn as_int(w: WallTime) -> i64 {
    let ns = w.unix_ns() - i128::from(START_UNIX) * NS;
    ns.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

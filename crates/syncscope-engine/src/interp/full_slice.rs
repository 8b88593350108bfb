//! `s[lo:hi:max]`: a slice of `s`'s elements whose capacity stops at `max`, checked in the
//! order Go's runtime checks it and panicking in its words.

use super::slices::SliceVal;
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use syncscope_program::Expr;

impl Goroutine {
    pub(super) fn full_slice(
        &self,
        frame: &mut Frame,
        of: &Expr,
        lo: &Option<Box<Expr>>,
        hi: &Expr,
        max: &Expr,
    ) -> Result<Value, Stop> {
        let of = self.eval(frame, of)?;
        let lo = match lo {
            Some(lo) => self.eval(frame, lo)?.as_int(),
            None => 0,
        };
        let hi = self.eval(frame, hi)?.as_int();
        let max = self.eval(frame, max)?.as_int();
        full(of, lo, hi, max).map_err(Stop::Panic)
    }
}

pub(super) fn full(of: Value, lo: i64, hi: i64, max: i64) -> Result<Value, String> {
    let (room, what) = match &of {
        Value::Slice(s) => (s.cap() as i64, "capacity"),
        _ => (of.len() as i64, "length"),
    };
    let out = |at: String| format!("panic: runtime error: slice bounds out of range {at}");
    // A negative bound is said alone, as Go's runtime says it.
    if max < 0 {
        return Err(out(format!("[::{max}]")));
    }
    if max > room {
        return Err(out(format!("[::{max}] with {what} {room}")));
    }
    if hi < 0 {
        return Err(out(format!("[:{hi}:]")));
    }
    if hi > max {
        return Err(out(format!("[:{hi}:{max}]")));
    }
    if lo < 0 {
        return Err(out(format!("[{lo}::]")));
    }
    if lo > hi {
        return Err(out(format!("[{lo}:{hi}:]")));
    }
    let (lo, hi, max) = (lo as usize, hi as usize, max as usize);
    Ok(match of {
        Value::Slice(s) => Value::Slice(s.window(lo, hi, max)),
        Value::Array(a) => Value::Slice(SliceVal::on(a, lo, hi - lo, max - lo)),
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::{SliceVal, Value, full};

    fn ints(n: i64) -> Value {
        Value::Slice(SliceVal::new((0..n).map(Value::Int).collect()))
    }

    #[test]
    fn the_capacity_stops_at_max() {
        let Ok(Value::Slice(s)) = full(ints(5), 1, 3, 4) else {
            panic!("sliced");
        };
        assert_eq!((s.len(), s.cap()), (2, 3));
    }

    #[test]
    fn out_of_range_is_gos_panic_in_gos_order() {
        let e = |lo, hi, max| full(ints(4), lo, hi, max).err().unwrap_or_default();
        assert!(e(0, 2, 9).ends_with("[::9] with capacity 4"));
        assert!(e(0, 4, 3).ends_with("[:4:3]"));
        assert!(e(3, 2, 4).ends_with("[3:2:]"));
        assert!(e(-1, 2, 4).ends_with("[-1::]"));
        assert!(e(0, -2, 4).ends_with("[:-2:]"));
        assert!(e(0, 2, -4).ends_with("[::-4]"));
    }
}

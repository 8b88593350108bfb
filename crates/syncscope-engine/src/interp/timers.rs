//! Timers and tickers (`time.NewTimer`, `NewTicker`, `Tick`, `Stop`, `Reset`), Duration's
//! `Round` and `Truncate`, `fmt.Sprint` and `Sprintln`, and slicing.

use super::slices::SliceVal;
use super::value::{ChanRef, Value};
use super::{Frame, Goroutine};
use crate::sched::Stop;
use crate::sync::channel::Timer;
use std::sync::Arc;
use syncscope_program::Expr;

impl Goroutine {
    /// The expressions `eval` hands on here.
    pub(super) fn eval_more(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        let now = self.shared.sched.stamp();
        Ok(match e {
            Expr::NewTimer { d, sync } => {
                let due = now.us.saturating_add(micros(self.eval(frame, d)?.as_int()));
                self.one_shot(now, due, *sync)
            }
            Expr::NewTicker { period, tick, sync } => {
                let ns = self.eval(frame, period)?.as_int();
                match (ns > 0, tick) {
                    (true, _) => timer(Timer::ticker(now, micros(ns), *sync)),
                    (false, true) => Value::Chan(None),
                    (false, false) => {
                        return Err(Stop::Panic(
                            "panic: non-positive interval for NewTicker".into(),
                        ));
                    }
                }
            }
            Expr::TimerStop(t) => match self.eval(frame, t)? {
                Value::Chan(Some(ChanRef::Timer(t))) => Value::Bool(t.stop(now)),
                Value::FuncTimer(t) => Value::Bool(self.stop_func_timer(&t)),
                other => return Err(self.bug(format!("Stop of {other:?}"))),
            },
            Expr::TimerReset(t, d) => {
                let t = self.eval(frame, t)?;
                let ns = self.eval(frame, d)?.as_int();
                let d = micros(ns);
                match t {
                    Value::Chan(Some(ChanRef::Timer(t))) if t.is_ticker() && ns <= 0 => {
                        return Err(Stop::Panic(
                            "panic: non-positive interval for Ticker.Reset".into(),
                        ));
                    }
                    Value::Chan(Some(ChanRef::Timer(t))) => {
                        let active = t.reset(now, d);
                        let due = now.us.saturating_add(d);
                        self.shared.sched.arm(due, t.waiting());
                        // A ticker runs for ever, so only a timer keeps the run from stuck.
                        if !t.is_ticker() && t.keeps_run() {
                            self.keep(&t, due);
                        }
                        Value::Bool(active)
                    }
                    Value::FuncTimer(t) => Value::Bool(self.reset_func_timer(&t, ns)),
                    other => return Err(self.bug(format!("Reset of {other:?}"))),
                }
            }
            Expr::RoundDuration { d, m, round } => {
                let (d, m) = (self.eval(frame, d)?.as_int(), self.eval(frame, m)?.as_int());
                Value::Duration(if *round {
                    round_to(d, m)
                } else {
                    truncate(d, m)
                })
            }
            Expr::Sprint { line, args } => {
                let args = self.eval_all(frame, args)?;
                let args = self.shown(args)?;
                let text = if *line {
                    super::format::println(&args)
                } else {
                    super::format::print(&args)
                };
                Value::Str(text.into())
            }
            Expr::Slice { of, lo, hi } => {
                let of = self.eval(frame, of)?;
                let lo = match lo {
                    Some(lo) => Some(self.eval(frame, lo)?.as_int()),
                    None => None,
                };
                let hi = match hi {
                    Some(hi) => Some(self.eval(frame, hi)?.as_int()),
                    None => None,
                };
                slice(of, lo, hi).map_err(Stop::Panic)?
            }
            other => return Err(self.bug(format!("{other:?} evaluated as a timer"))),
        })
    }
}

fn timer(t: Timer) -> Value {
    Value::Chan(Some(ChanRef::Timer(Arc::new(t))))
}

/// A duration in whole microseconds, the virtual clock's grain, rounded up as a sleep is.
fn micros(ns: i64) -> u64 {
    (ns.max(0) as u64).div_ceil(1000)
}

/// Go's `Duration.Round`: halfway rounds away from zero; overflow gives the extreme.
fn round_to(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let r = (d % m).unsigned_abs();
    let less_than_half = r.saturating_add(r) < m as u64;
    let r = r as i64;
    if d < 0 {
        if less_than_half {
            return d + r;
        }
        return d.checked_sub(m - r).unwrap_or(i64::MIN);
    }
    if less_than_half {
        return d - r;
    }
    d.checked_add(m - r).unwrap_or(i64::MAX)
}

fn truncate(d: i64, m: i64) -> i64 {
    if m <= 0 { d } else { d - d % m }
}

/// `s[lo:hi]` with Go's bounds checks: a slice up to its capacity, sharing its backing
/// array, as is an array's; a string up to its length.
fn slice(of: Value, lo: Option<i64>, hi: Option<i64>) -> Result<Value, String> {
    let len = of.len() as i64;
    let (room, what) = match &of {
        Value::Slice(s) => (s.cap() as i64, "capacity"),
        _ => (len, "length"),
    };
    let (lo, hi) = (lo.unwrap_or(0), hi.unwrap_or(len));
    let shown = |a: bool, b: bool| {
        let a = if a { lo.to_string() } else { String::new() };
        let b = if b { hi.to_string() } else { String::new() };
        format!("[{a}:{b}]")
    };
    if hi < 0 || hi > room {
        let at = shown(false, true);
        return Err(format!(
            "panic: runtime error: slice bounds out of range {at} with {what} {room}"
        ));
    }
    if lo < 0 || lo > hi {
        let at = shown(true, true);
        return Err(format!(
            "panic: runtime error: slice bounds out of range {at}"
        ));
    }
    let (lo, hi) = (lo as usize, hi as usize);
    Ok(match of {
        Value::Str(s) => Value::Str(
            String::from_utf8_lossy(&s.as_bytes()[lo..hi])
                .into_owned()
                .into(),
        ),
        Value::Slice(s) => Value::Slice(s.window(lo, hi, s.cap())),
        Value::Array(a) => Value::Slice(SliceVal::on(a, lo, hi - lo, len as usize - lo)),
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::{SliceVal, Value, round_to, slice, truncate};

    #[test]
    fn durations_round_and_truncate_as_go_s_do() {
        let ms = 1_000_000;
        assert_eq!(round_to(1_499_999, ms), ms);
        assert_eq!(round_to(1_500_000, ms), 2 * ms, "halfway away from zero");
        assert_eq!(round_to(-1_500_000, ms), -2 * ms);
        assert_eq!(round_to(7, 0), 7);
        assert_eq!(round_to(i64::MAX, 3 * ms), 9_223_372_036_854_000_000);
        assert_eq!(
            round_to(i64::MAX, ms),
            i64::MAX,
            "overflow gives the largest"
        );
        assert_eq!(truncate(1_999_999, ms), ms);
        assert_eq!(truncate(-1_999_999, ms), -ms);
    }

    #[test]
    fn slicing_checks_its_bounds_in_go_s_words() {
        let s = Value::Slice(SliceVal::new((1..=4).map(Value::Int).collect()));
        let got = slice(s.clone(), Some(1), Some(3)).expect("in range");
        assert_eq!(
            got,
            Value::Slice(SliceVal::new(vec![Value::Int(2), Value::Int(3)]))
        );
        let err = slice(s.clone(), None, Some(5)).expect_err("past the end");
        assert!(err.ends_with("out of range [:5] with capacity 4"), "{err}");
        let err = slice(s, Some(3), Some(2)).expect_err("backwards");
        assert!(err.ends_with("out of range [3:2]"), "{err}");
        let text = slice(Value::Str("hello".into()), Some(1), None).expect("in range");
        assert_eq!(text, Value::Str("ello".into()));
    }
}

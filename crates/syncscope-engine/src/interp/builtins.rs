//! Go 1.21's built-ins `min`, `max` and `clear` (of a map).

use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::sync::atomic::Ordering;
use syncscope_program::event::State;
use syncscope_program::{BinOp, Expr};

impl Goroutine {
    /// `min(args...)`, or `max`: the arguments are of one ordered type.
    pub(super) fn min_max(
        &self,
        frame: &mut Frame,
        max: bool,
        args: &[Expr],
    ) -> Result<Value, Stop> {
        let mut best: Option<Value> = None;
        for a in args {
            let v = self.eval(frame, a)?;
            best = Some(match best {
                None => v,
                Some(b) => pick(max, b, v),
            });
        }
        best.ok_or_else(|| self.bug("min or max of nothing".into()))
    }

    /// `clear(m)`: one write of the map, as Go's runtime makes it (an empty map's takes no
    /// "writing" flag); a nil map's does nothing.
    pub(super) fn map_clear(&self, frame: &mut Frame, m: &Expr) -> Result<(), Stop> {
        let Value::Map(m) = self.eval(frame, m)? else {
            return Ok(());
        };
        self.touch(m.0.var, &m.0.id, true);
        if m.entries().is_empty() {
            return Ok(());
        }
        if m.0.writing.swap(true, Ordering::SeqCst) {
            return Err(Stop::Panic("fatal error: concurrent map writes".into()));
        }
        let window = self.shared.info.write_ms as i64 * 1_000_000;
        if window > 0 {
            self.state(State::Writing);
            self.sleep(State::Writing, window)?;
        }
        m.entries().clear();
        m.0.writing.store(false, Ordering::SeqCst);
        if window > 0 {
            self.state(State::Running);
        }
        Ok(())
    }
}

/// Of `best` so far and `v`, the one `min` (or `max`) keeps, by Go's rules: a NaN wins, and
/// of two zeros min takes -0.0 and max 0.0.
fn pick(max: bool, best: Value, v: Value) -> Value {
    let float = |x: &Value| match x {
        Value::F32(f) => Some(f64::from(*f)),
        Value::F64(f) => Some(*f),
        _ => None,
    };
    if let (Some(b), Some(x)) = (float(&best), float(&v)) {
        if b.is_nan() {
            return best;
        }
        if x.is_nan() {
            return v;
        }
        if b == 0.0 && x == 0.0 {
            return if x.is_sign_negative() != max { v } else { best };
        }
    }
    let op = if max { BinOp::Gt } else { BinOp::Lt };
    match Value::binary(op, v.clone(), best.clone()) {
        Ok(Value::Bool(true)) => v,
        _ => best,
    }
}

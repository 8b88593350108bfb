//! `slices.Clone`, `Insert`, `Delete`, `DeleteFunc`, `Compact` and `Concat`, step for step as
//! Go's `slices` package writes them with `append`: in place while the slice has room (every
//! slice of the backing array sees it, and the tail a deletion leaves is zeroed, as Go 1.22's
//! is), else in a new backing array of the capacity `append` would give.

use super::full_slice::full;
use super::objects::copy_value;
use super::slices::SliceVal;
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use syncscope_program::{Expr, Grow, SlicesOp};

impl Goroutine {
    pub(super) fn slices_edit(
        &self,
        frame: &mut Frame,
        op: SlicesOp,
        args: &[Expr],
        grow: &Grow,
    ) -> Result<Value, Stop> {
        let values = self.eval_all(frame, args)?;
        let slice = |k: usize| match values.get(k) {
            Some(Value::Slice(s)) => s.clone(),
            _ => SliceVal::nil(),
        };
        let int = |k: usize| values.get(k).map_or(0, Value::as_int);
        let s = slice(0);
        match op {
            SlicesOp::Clone => {
                let items = copies(&s);
                self.append_to(frame, Value::Slice(s.window(0, 0, 0)), items, grow)
            }
            SlicesOp::Insert => self.slice_insert(frame, s, int(1), copies(&slice(2)), grow),
            SlicesOp::Delete => self.slice_delete(frame, s, int(1), int(2), grow),
            SlicesOp::DeleteFunc => {
                let del = values.get(1).cloned().unwrap_or(Value::Unit);
                self.slice_delete_func(frame, s, &del, grow)
            }
            SlicesOp::Compact => {
                let items = s.items();
                let mut kept = 0;
                for (k, v) in items.iter().enumerate() {
                    if k == 0 || !super::iface::equal(v, &items[k - 1]) {
                        s.set(kept, v.clone());
                        kept += 1;
                    }
                }
                self.slice_cut(frame, s, kept, grow)
            }
            SlicesOp::Concat => {
                let all: Vec<Value> = (0..values.len()).flat_map(|k| copies(&slice(k))).collect();
                // Go grows a nil slice to the whole size first: no room, nil.
                self.append_to(frame, Value::Slice(SliceVal::nil()), all, grow)
            }
        }
    }

    /// `Insert(s, i, vs...)`.
    fn slice_insert(
        &self,
        frame: &mut Frame,
        s: SliceVal,
        i: i64,
        vs: Vec<Value>,
        grow: &Grow,
    ) -> Result<Value, Stop> {
        let n = s.len();
        let i = match usize::try_from(i) {
            Ok(i) if i <= n => i,
            _ if i < 0 => return Err(out_of_range(format!("[{i}:]"))),
            _ => return Err(out_of_range(format!("[{i}:{n}]"))),
        };
        if vs.is_empty() {
            return Ok(Value::Slice(s));
        }
        let m = vs.len();
        let tail = s.items().split_off(i);
        let moved: Vec<Value> = vs.into_iter().chain(tail).collect();
        if n + m > s.cap() {
            // Go's `append(s[:i], make(S, n+m-i)...)`, one growth from `s`'s capacity, with
            // the values and the tail copied in.
            let head = Value::Slice(s.window(0, i, s.cap()));
            return self.append_to(frame, head, moved, grow);
        }
        let longer = s.window(0, n + m, s.cap());
        for (k, v) in moved.into_iter().enumerate() {
            longer.set(i + k, v);
        }
        Ok(Value::Slice(longer))
    }

    /// `Delete(s, i, j)`, its bounds checked as `s[i:j:len(s)]` checks them.
    fn slice_delete(
        &self,
        frame: &mut Frame,
        s: SliceVal,
        i: i64,
        j: i64,
        grow: &Grow,
    ) -> Result<Value, Stop> {
        let n = s.len();
        full(Value::Slice(s.clone()), i, j, n as i64).map_err(Stop::Panic)?;
        let (i, j) = (i as usize, j as usize);
        if i == j {
            return Ok(Value::Slice(s));
        }
        for (k, v) in s.items().into_iter().skip(j).enumerate() {
            s.set(i + k, v);
        }
        self.slice_cut(frame, s, n - (j - i), grow)
    }

    /// `DeleteFunc(s, del)`: `del` called on each element in order, once.
    fn slice_delete_func(
        &self,
        frame: &mut Frame,
        s: SliceVal,
        del: &Value,
        grow: &Grow,
    ) -> Result<Value, Stop> {
        let Value::Func(f) = del else {
            if s.len() == 0 {
                return Ok(Value::Slice(s));
            }
            return Err(Stop::Panic(super::nils::NIL_CALL.into()));
        };
        let mut kept = 0;
        for (k, v) in s.items().into_iter().enumerate() {
            let args = vec![copy_value(&v)];
            if !self.call(f.func, args, f.cells.clone())?.truthy() {
                if kept != k {
                    s.set(kept, v);
                }
                kept += 1;
            }
        }
        self.slice_cut(frame, s, kept, grow)
    }

    /// `s[:len]`, the elements past it up to the old length zeroed, as `clear` zeroes them.
    fn slice_cut(
        &self,
        frame: &mut Frame,
        s: SliceVal,
        len: usize,
        grow: &Grow,
    ) -> Result<Value, Stop> {
        for k in len..s.len() {
            s.set(k, self.eval(frame, &grow.zero)?);
        }
        Ok(Value::Slice(s.window(0, len, s.cap())))
    }
}

fn copies(s: &SliceVal) -> Vec<Value> {
    s.items().iter().map(copy_value).collect()
}

fn out_of_range(at: String) -> Stop {
    Stop::Panic(format!(
        "panic: runtime error: slice bounds out of range {at}"
    ))
}

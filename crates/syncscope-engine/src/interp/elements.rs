//! The expressions and statements of slices and arrays: `make`, `append`, `copy`, literals,
//! indexing and element stores, with Go's run-time panics in Go's words.

use super::slices::{STACK_BUFFER, SliceVal, Store, grown_cap};
use super::value::{Value, index_out_of_range};
use super::{Frame, Goroutine};
use crate::GlobalCell;
use crate::sched::Stop;
use syncscope_program::{BinOp, Expr, Grow};

/// Go's copy of an array: its elements copied too (an array of arrays or structs is values
/// all the way down).
pub(super) fn copied_array(store: &Store) -> Store {
    let items = store.elements().clone();
    Store::new(items.iter().map(super::objects::copy_value).collect())
}

impl Goroutine {
    pub(super) fn eval_elements(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        Ok(match e {
            Expr::Append {
                slice,
                items,
                spread,
                grow,
            } => {
                let s = self.eval(frame, slice)?;
                let extra = match (spread, items.as_slice()) {
                    (true, [one]) => {
                        let spread = self.eval(frame, one)?;
                        crate::heap::reserve(crate::heap::bytes_of::<Value>(spread.len()))
                            .map_err(Stop::Panic)?;
                        spread_items(spread)
                    }
                    _ => self.eval_all(frame, items)?,
                };
                self.append_to(frame, s, extra, grow)?
            }
            Expr::MakeSlice { len, cap, zero } => {
                let len = self.eval(frame, len)?.as_int();
                let cap = match cap {
                    Some(c) => self.eval(frame, c)?.as_int(),
                    None => len,
                };
                if len < 0 {
                    return Err(Stop::Panic(
                        "panic: runtime error: makeslice: len out of range".into(),
                    ));
                }
                if cap < len {
                    return Err(Stop::Panic(
                        "panic: runtime error: makeslice: cap out of range".into(),
                    ));
                }
                crate::heap::reserve(crate::heap::bytes_of::<Value>(cap as usize))
                    .map_err(Stop::Panic)?;
                let items = self.zeros(frame, zero, cap as usize)?;
                Value::Slice(SliceVal::on(
                    Store::new(items),
                    0,
                    len as usize,
                    cap as usize,
                ))
            }
            Expr::CopySlice(dst, src) => {
                let dst = self.eval(frame, dst)?;
                let src = spread_items(self.eval(frame, src)?);
                let Value::Slice(dst) = dst else {
                    return Ok(Value::Int(0));
                };
                let n = dst.len().min(src.len());
                for (i, v) in src.into_iter().take(n).enumerate() {
                    dst.set(i, v);
                }
                Value::Int(n as i64)
            }
            Expr::ArrayLit { len, items, zero } => {
                let mut all = self.zeros(frame, zero, *len)?;
                for (i, item) in items {
                    let v = self.eval(frame, item)?;
                    if let Some(slot) = all.get_mut(*i) {
                        *slot = v;
                    }
                }
                Value::Array(Store::new(all))
            }
            Expr::CopyArray(x) => match self.eval(frame, x)? {
                Value::Array(store) => Value::Array(copied_array(&store)),
                other => other,
            },
            _ => return Err(self.bug("not an expression of slices".into())),
        })
    }

    /// `n` zero values, each its own (a struct's zero value is a new struct each time).
    fn zeros(&self, frame: &mut Frame, zero: &Expr, n: usize) -> Result<Vec<Value>, Stop> {
        (0..n).map(|_| self.eval(frame, zero)).collect()
    }

    /// `append(s, extra...)`: in place while there is room, else into a new backing array of
    /// the capacity Go would give it.
    pub(super) fn append_to(
        &self,
        frame: &mut Frame,
        s: Value,
        extra: Vec<Value>,
        grow: &Grow,
    ) -> Result<Value, Stop> {
        let s = match s {
            Value::Slice(s) => s,
            _ => SliceVal::new(Vec::new()),
        };
        if extra.is_empty() {
            return Ok(Value::Slice(s));
        }
        let new_len = s.len() + extra.len();
        if new_len <= s.cap() {
            return Ok(Value::Slice(s.extended(extra)));
        }
        let stack_room = match (grow.stack, grow.size) {
            (Some(bit), size @ 1..=STACK_BUFFER) if s.len() == 0 => {
                let room = (STACK_BUFFER / size) as usize;
                (new_len <= room && frame.take_stack_buffer(bit)).then_some(room)
            }
            _ => None,
        };
        let cap =
            stack_room.unwrap_or_else(|| grown_cap(new_len, s.cap(), grow.size, grow.pointers));
        crate::heap::reserve(crate::heap::bytes_of::<Value>(cap)).map_err(Stop::Panic)?;
        let mut items = s.items();
        items.extend(extra);
        items.extend(self.zeros(frame, &grow.zero, cap - new_len)?);
        Ok(Value::Slice(SliceVal::on(
            Store::new(items),
            0,
            new_len,
            cap,
        )))
    }

    /// `s[i]` of a slice, an array or a string (a byte), with Go's panic past its end.
    pub(super) fn element(&self, of: &Value, i: i64) -> Result<Value, Stop> {
        let len = of.len();
        let out = || Stop::Panic(index_out_of_range(i, len));
        let i = usize::try_from(i).map_err(|_| out())?;
        match of {
            Value::Slice(s) => s.get(i).ok_or_else(out),
            Value::Array(a) => a.elements().get(i).cloned().ok_or_else(out),
            Value::Str(s) => s.as_bytes().get(i).map(|b| Value::Byte(*b)).ok_or_else(out),
            // A nil slice.
            _ => Err(out()),
        }
    }

    /// `s[i] = v`, and `s[i] op= v`: the element of a slice or array, where it lives.
    pub(super) fn set_index(
        &self,
        frame: &mut Frame,
        of: &Expr,
        index: &Expr,
        op: Option<BinOp>,
        value: &Expr,
    ) -> Result<(), Stop> {
        let container = match of {
            // A package slice is written where it lives.
            Expr::Global(g) if matches!(self.cell(*g)?, GlobalCell::Slice(_)) => None,
            // An array in a package variable: the variable's own elements.
            Expr::Global(g) => match self.cell(*g)? {
                GlobalCell::Value(v) => Some(v.lock().unwrap_or_else(|e| e.into_inner()).clone()),
                _ => None,
            },
            other => Some(self.eval(frame, other)?),
        };
        let i = self.eval(frame, index)?.as_int();
        let old = match (&container, of) {
            (Some(c), _) => self.element(c, i)?,
            (None, Expr::Global(g)) => self.global_element(*g, i)?,
            _ => return Err(self.bug("an element of nothing".into())),
        };
        let v = self.eval(frame, value)?;
        let v = match op {
            Some(op) => Value::binary(op, old, v).map_err(Stop::Panic)?,
            None => v,
        };
        let i = i as usize;
        match (container, of) {
            (Some(Value::Slice(s)), _) => {
                if let Some(var) = self.followed_var(frame, of) {
                    if op.is_some() {
                        self.touch_element(var, &s, i, false);
                    }
                    self.touch_element(var, &s, i, true);
                }
                s.set(i, v);
            }
            (Some(Value::Array(a)), _) => {
                if let Some(slot) = a.elements().get_mut(i) {
                    *slot = v;
                }
            }
            (None, Expr::Global(g)) => {
                if let GlobalCell::Slice(s) = self.cell(*g)? {
                    s.set(i, v);
                }
            }
            _ => return Err(self.bug("an element store into what is not a slice".into())),
        }
        Ok(())
    }
}

/// The elements `t...` spreads, a slice's or a string's bytes, as `append(s, t...)` and
/// `copy` put them in another slice: copies, as Go copies a struct or an array by value.
pub(super) fn spread_items(v: Value) -> Vec<Value> {
    match v {
        Value::Slice(s) => s.items().iter().map(super::objects::copy_value).collect(),
        Value::Str(s) => s.bytes().map(Value::Byte).collect(),
        _ => Vec::new(),
    }
}

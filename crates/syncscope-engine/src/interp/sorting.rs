//! The calls that change a slice variable in place: Go's sorts (`sort.Ints`, `slices.Sort`,
//! `sort.Slice` with its closure, `sort.SliceStable`, `slices.SortFunc` and
//! `slices.SortStableFunc` with theirs) and `slices.Reverse`.

use super::pdqsort::{self, LessSwap};
use super::slices::SliceVal;
use super::stable_sort::stable;
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use std::cmp::Ordering;
use syncscope_program::{Expr, InPlace, Place, SliceAt};

/// Go's `cmp.Less` for the values `slices.Sort` orders: a NaN before any number.
pub(super) fn ordered_less(a: &Value, b: &Value) -> bool {
    ordered(a, b) == Ordering::Less
}

/// Go's `cmp.Compare`.
pub(super) fn ordered(a: &Value, b: &Value) -> Ordering {
    let float = |v: &Value| match v {
        Value::F32(x) => Some(f64::from(*x)),
        Value::F64(x) => Some(*x),
        _ => None,
    };
    match (a, b, float(a), float(b)) {
        (Value::Str(x), Value::Str(y), _, _) => x.cmp(y),
        (_, _, Some(x), Some(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        },
        _ => a.as_wide().cmp(&b.as_wide()),
    }
}

/// A slice sorted in the values' own order.
pub(super) struct Ordered<'a>(pub(super) &'a mut [Value]);

impl LessSwap for Ordered<'_> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Stop> {
        Ok(ordered_less(&self.0[i], &self.0[j]))
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.0.swap(i, j);
    }
}

/// A slice sorted by the program's `less(i, j)`: before each call its backing array (and the
/// variable, if it is one) holds the slice as the sort has left it, since the closure reads it.
struct ByClosure<'a> {
    g: &'a Goroutine,
    frame: &'a mut Frame,
    place: Option<Place>,
    /// The slice sorted: its backing array takes each order, shared as Go shares it.
    slice: SliceVal,
    data: Vec<Value>,
    less: Value,
    /// `less` is `slices.SortFunc`'s `cmp(a, b)` of elements, not `less(i, j)` of indices.
    cmp: bool,
    /// Swapped since the variable was last written.
    dirty: bool,
    /// The variable was written on the way.
    wrote: bool,
}

impl LessSwap for ByClosure<'_> {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Stop> {
        if self.dirty {
            write_back(&self.slice, &self.data);
            if let Some(place) = self.place {
                self.g
                    .store(self.frame, place, Value::Slice(self.slice.clone()))?;
            }
            self.dirty = false;
            self.wrote = true;
        }
        let Value::Func(f) = &self.less else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        if self.cmp {
            let args = vec![self.data[i].clone(), self.data[j].clone()];
            return Ok(self.g.call(f.func, args, f.cells.clone())?.as_int() < 0);
        }
        let args = vec![Value::Int(i as i64), Value::Int(j as i64)];
        Ok(self.g.call(f.func, args, f.cells.clone())?.truthy())
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.data.swap(i, j);
        self.dirty = true;
    }
}

impl Goroutine {
    pub(super) fn in_place(
        &self,
        frame: &mut Frame,
        at: &SliceAt,
        op: &InPlace,
    ) -> Result<(), Stop> {
        let place = match at {
            SliceAt::Var(place) => Some(*place),
            SliceAt::Value(_) => None,
        };
        let read = match at {
            SliceAt::Var(Place::Local(slot)) => Expr::Local(*slot),
            SliceAt::Var(Place::Captured(i)) => Expr::Captured(*i),
            SliceAt::Var(Place::Global(g)) => Expr::Global(*g),
            SliceAt::Value(e) => e.clone(),
        };
        let slice = match self.eval(frame, &read)? {
            Value::Slice(s) => s,
            _ => SliceVal::new(Vec::new()),
        };
        let before = slice.items();
        let mut data = before.clone();
        let n = data.len();
        let mut wrote = false;
        match op {
            InPlace::Reverse => data.reverse(),
            InPlace::SortDescending => {
                pdqsort::sort(&mut Ordered(&mut data), n)?;
                data.reverse();
            }
            InPlace::Sort => pdqsort::sort(&mut Ordered(&mut data), n)?,
            InPlace::SortBy { less, stable: keep }
            | InPlace::SortFunc {
                cmp: less,
                stable: keep,
            } => {
                let cmp = matches!(op, InPlace::SortFunc { .. });
                let less = self.eval(frame, less)?;
                let mut by = ByClosure {
                    g: self,
                    frame,
                    place,
                    slice: slice.clone(),
                    data,
                    less,
                    cmp,
                    dirty: false,
                    wrote: false,
                };
                if *keep {
                    stable(&mut by, n)?;
                } else {
                    pdqsort::sort(&mut by, n)?;
                }
                wrote = by.wrote;
                data = by.data;
            }
        }
        // A slice already in order is only read, as Go's sort only reads it.
        if data == before && !wrote {
            return Ok(());
        }
        write_back(&slice, &data);
        match place {
            Some(place) => self.store(frame, place, Value::Slice(slice)),
            None => Ok(()),
        }
    }
}

/// The sorted order into the slice's own elements: every slice of its backing array sees it.
fn write_back(slice: &SliceVal, data: &[Value]) {
    for (i, v) in data.iter().enumerate() {
        slice.set(i, v.clone());
    }
}

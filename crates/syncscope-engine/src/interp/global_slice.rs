//! A package-level slice: its header (backing array, length, capacity) in a cell of its own,
//! so that a slice read from it shares its backing array as Go's `s := xs` or `f(xs)` does
//! (an element written through either is seen through both), and `xs = append(xs, v)` from
//! two goroutines is acted out as Go compiles it: read the header, (hold the window), append
//! to what was read, store the new header. Nothing makes those one step, so two real threads
//! that read the same header really lose one of the two values.

use super::slices::SliceVal;
use super::value::Value;
use std::sync::{Mutex, MutexGuard};

pub(crate) struct GlobalSlice {
    header: Mutex<SliceVal>,
}

impl GlobalSlice {
    pub(crate) fn new() -> GlobalSlice {
        GlobalSlice {
            header: Mutex::new(SliceVal::new(Vec::new())),
        }
    }

    fn header(&self) -> MutexGuard<'_, SliceVal> {
        self.header.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What a reader of the variable gets: the slice, sharing its backing array.
    pub(crate) fn read(&self) -> SliceVal {
        self.header().clone()
    }

    /// The whole slice assigned at once (`xs = ys`, and its initial value).
    pub(crate) fn replace(&self, s: SliceVal) {
        *self.header() = s;
    }

    pub(crate) fn len(&self) -> usize {
        self.header().len()
    }

    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        self.header().get(i)
    }

    /// Element `i` set (`xs[i] = v`), if the slice has it.
    pub(crate) fn set(&self, i: usize, v: Value) -> bool {
        self.header().set(i, v)
    }

    /// The second half of an append: `grown` (the slice read at its start, with the value
    /// appended) becomes the variable's. Returns the value a racing append had put at the
    /// same index, which this one loses.
    pub(crate) fn finish_append(&self, read_len: usize, grown: SliceVal) -> Option<Value> {
        let mut header = self.header();
        let lost = (header.len() > read_len)
            .then(|| header.get(read_len))
            .flatten();
        *header = grown;
        lost
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(s: &SliceVal) -> Vec<i64> {
        s.items().iter().map(Value::as_int).collect()
    }

    #[test]
    fn racing_appends_that_read_the_same_header_lose_one() {
        let s = GlobalSlice::new();
        let (a, b) = (s.read(), s.read());
        let lost = s.finish_append(a.len(), SliceVal::new(vec![Value::Int(1)]));
        assert_eq!(lost, None);
        let lost = s.finish_append(b.len(), SliceVal::new(vec![Value::Int(2)]));
        assert_eq!(lost, Some(Value::Int(1)));
        assert_eq!(ints(&s.read()), vec![2]);
    }

    #[test]
    fn a_slice_read_from_the_variable_shares_its_elements() {
        let s = GlobalSlice::new();
        s.replace(SliceVal::new(vec![Value::Int(1), Value::Int(2)]));
        let passed = s.read();
        passed.set(0, Value::Int(9));
        assert_eq!(s.get(0), Some(Value::Int(9)));
        assert!(s.set(1, Value::Int(8)));
        assert_eq!(ints(&passed), vec![9, 8]);
        assert!(!s.set(2, Value::Int(7)), "past the end");
    }
}

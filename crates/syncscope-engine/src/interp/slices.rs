//! Go's slices and arrays: a slice is a window on a backing array that other slices (and the
//! array it was cut from) share, and it grows, once full, as Go's runtime grows it.

use super::identity::ObjId;
use super::value::Value;
use std::sync::{Arc, Mutex, MutexGuard};

/// A backing array: an array variable's elements, or the array a slice is a window on.
/// Clones share it.
#[derive(Debug, Clone)]
pub(crate) struct Store(Arc<Mutex<Vec<Value>>>, Arc<ObjId>);

/// Arrays are equal when their elements are, as in Go.
impl PartialEq for Store {
    fn eq(&self, other: &Store) -> bool {
        // One lock at a time: two goroutines comparing the same two arrays cannot deadlock,
        // nor can an array compared with itself.
        let mine = self.elements().clone();
        let theirs = other.elements().clone();
        // Element by element as Go's `==`: structs by their fields, not by identity.
        mine.len() == theirs.len()
            && mine
                .iter()
                .zip(&theirs)
                .all(|(a, b)| super::iface::equal(a, b))
    }
}

impl Store {
    pub(crate) fn new(items: Vec<Value>) -> Store {
        Store(Arc::new(Mutex::new(items)), Arc::default())
    }

    /// Which backing array it is: every slice of it shares the answer.
    pub(crate) fn identity(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }

    pub(crate) fn elements(&self) -> MutexGuard<'_, Vec<Value>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A slice: `len` elements of `store` from `off`, with room up to `cap`.
#[derive(Debug, Clone)]
pub(crate) struct SliceVal {
    store: Store,
    off: usize,
    len: usize,
    cap: usize,
    /// A nil slice (`var s []int`, `s = nil`): empty as any other, but `== nil`.
    nil: bool,
}

/// Go compares a slice only with nil; syncscope's own checks compare what they hold.
impl PartialEq for SliceVal {
    fn eq(&self, other: &SliceVal) -> bool {
        self.items() == other.items()
    }
}

impl SliceVal {
    /// A new backing array holding exactly `items`, as a literal makes one.
    pub(crate) fn new(items: Vec<Value>) -> SliceVal {
        let len = items.len();
        SliceVal {
            store: Store::new(items),
            off: 0,
            len,
            cap: len,
            nil: false,
        }
    }

    /// A window on `store` (`a[lo:hi]` of an array, the grown array of an append).
    pub(crate) fn on(store: Store, off: usize, len: usize, cap: usize) -> SliceVal {
        SliceVal {
            store,
            off,
            len,
            cap,
            nil: false,
        }
    }

    pub(crate) fn nil() -> SliceVal {
        SliceVal {
            nil: true,
            ..SliceVal::new(Vec::new())
        }
    }

    /// Its backing array and its first element's index there.
    pub(crate) fn placed(&self) -> (&Store, usize) {
        (&self.store, self.off)
    }

    pub(crate) fn is_nil(&self) -> bool {
        self.nil
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn cap(&self) -> usize {
        self.cap
    }

    /// The elements as they are now.
    pub(crate) fn items(&self) -> Vec<Value> {
        let all = self.store.elements();
        all.iter().skip(self.off).take(self.len).cloned().collect()
    }

    /// The backing array's identity and element `i`'s place in it, for the race detector.
    pub(crate) fn element_id(&self, i: usize) -> (&ObjId, usize) {
        (&self.store.1, self.off + i)
    }

    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        if i >= self.len {
            return None;
        }
        self.store.elements().get(self.off + i).cloned()
    }

    /// Element `i` set, seen by every slice that shares the backing array.
    pub(crate) fn set(&self, i: usize, v: Value) -> bool {
        if i >= self.len {
            return false;
        }
        match self.store.elements().get_mut(self.off + i) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }

    /// `s[lo:hi:max]`, the bounds checked already.
    pub(crate) fn window(&self, lo: usize, hi: usize, max: usize) -> SliceVal {
        // A nil slice sliced (only `[0:0]` is in range) is nil still, as in Go.
        SliceVal {
            nil: self.nil,
            ..SliceVal::on(self.store.clone(), self.off + lo, hi - lo, max - lo)
        }
    }

    /// `append(s, extra...)` while `s` has room: written in place, shared with any slice of
    /// the same backing array, as in Go.
    pub(crate) fn extended(&self, extra: Vec<Value>) -> SliceVal {
        let mut all = self.store.elements();
        for (k, v) in extra.iter().enumerate() {
            if let Some(slot) = all.get_mut(self.off + self.len + k) {
                *slot = v.clone();
            }
        }
        SliceVal::on(
            self.store.clone(),
            self.off,
            self.len + extra.len(),
            self.cap,
        )
    }
}

/// Go's `nextslicecap`: double a small slice, then grow by about 1.25 on the way up.
fn next_cap(new_len: usize, old_cap: usize) -> usize {
    let double = old_cap + old_cap;
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < new_len {
        cap += (cap + 3 * THRESHOLD) >> 2;
    }
    cap
}

/// The sizes of the blocks Go's allocator hands out for small objects.
const SIZE_CLASSES: [u64; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Go's `roundupsize`: the bytes a request of `size` really gets.
fn round_up(size: u64, pointers: bool) -> u64 {
    const HEADER: u64 = 8;
    const PAGE: u64 = 8192;
    if size <= 32768 - HEADER {
        let wanted = if pointers && size > 512 {
            size + HEADER
        } else {
            size
        };
        let class = SIZE_CLASSES
            .iter()
            .copied()
            .find(|&c| c >= wanted)
            .unwrap_or(32768);
        return class - (wanted - size);
    }
    size.div_ceil(PAGE) * PAGE
}

/// The capacity Go's `growslice` gives a slice of `cap` grown to hold `new_len` elements of
/// `size` bytes.
pub(crate) fn grown_cap(new_len: usize, cap: usize, size: u32, pointers: bool) -> usize {
    if size == 0 {
        return new_len;
    }
    let size = u64::from(size);
    let wanted = next_cap(new_len, cap) as u64;
    let bytes = round_up(wanted.saturating_mul(size), pointers);
    usize::try_from(bytes / size)
        .unwrap_or(new_len)
        .max(new_len)
}

/// The bytes of the buffer Go 1.25's compiler keeps on the stack for a slice that stays in
/// its function (`base.Debug.VariableMakeThreshold`).
pub(crate) const STACK_BUFFER: u32 = 32;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_grow_as_go_s_do() {
        let ints = |caps: &mut Vec<usize>, n: usize| {
            let mut cap = 0;
            for len in 1..=n {
                if len > cap {
                    cap = grown_cap(len, cap, 8, false);
                    caps.push(cap);
                }
            }
        };
        let mut caps = Vec::new();
        ints(&mut caps, 2000);
        assert_eq!(
            caps,
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
        assert_eq!(grown_cap(5, 2, 8, false), 6, "append(s, 2, 3, 4) at cap 2");
        assert_eq!(grown_cap(1, 0, 1, false), 8, "a byte slice starts at 8");
        assert_eq!(grown_cap(3, 0, 16, true), 3, "three strings");
        assert_eq!(grown_cap(4, 3, 8, false), 6);
        assert_eq!(grown_cap(1, 0, 0, false), 1, "struct{{}} takes no room");
    }

    #[test]
    fn a_window_shares_its_backing_array() {
        let s = SliceVal::new(vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
        let w = s.window(1, 2, 3);
        assert_eq!((w.len(), w.cap()), (1, 2));
        let grown = w.extended(vec![Value::Int(9)]);
        assert_eq!(grown.items(), [Value::Int(2), Value::Int(9)]);
        assert_eq!(s.items(), [Value::Int(1), Value::Int(2), Value::Int(9)]);
        assert!(!w.set(1, Value::Int(0)), "past the window's length");
    }
}

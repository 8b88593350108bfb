//! The addresses a program prints: `fmt.Println(&x)`, `%p`, a pointer inside a slice or a
//! struct. Go's differ from run to run (Go 1.26 starts its heap at a random place), so what
//! can be faithful is what they show a class: one variable always prints the same address,
//! two live variables never the same one, a reslice `s[1:]` one element past `s`, every
//! closure of one function literal the same code address. A run numbers what it prints in
//! the order it first prints it, from where Go's heap began before 1.26, so a run and its
//! replay print the same addresses.

use super::pointers::Ref;
use super::value::{ChanRef, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Where the heap's addresses start, and the code's.
const HEAP: u64 = 0xc000_012000;
const CODE: u64 = 0x4a_1f20;
/// What every allocation of nothing points to (Go's `runtime.zerobase`).
const ZERO_BASE: u64 = 0x5b_0e40;

/// A run's addresses, shared by its goroutines.
#[derive(Default)]
pub(crate) struct Addresses(Mutex<Book>);

#[derive(Default)]
struct Book {
    known: HashMap<Key, u64>,
    /// What was printed, kept alive so that no later object reuses its memory, and with
    /// it its address.
    kept: Vec<Value>,
    heap_used: u64,
    funcs: u64,
}

/// What has an address: an object on the heap (by its memory), a package variable, a
/// channel, a function's code.
#[derive(Hash, PartialEq, Eq, Clone, Copy)]
enum Key {
    Heap(usize),
    Global(usize),
    Chan(u32),
    Code(usize),
}

thread_local! {
    /// The addresses of the run whose goroutine this thread plays.
    static CURRENT: RefCell<Option<Arc<Addresses>>> = const { RefCell::new(None) };
}

impl Addresses {
    /// Makes `self` the book of what this thread prints from now on.
    pub(crate) fn enter(self: &Arc<Addresses>) {
        let _ = CURRENT.try_with(|c| *c.borrow_mut() = Some(self.clone()));
    }

    fn address(&self, key: Key, bytes: u64, keep: &Value) -> u64 {
        let mut book = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&at) = book.known.get(&key) {
            return at;
        }
        let at = match key {
            Key::Code(_) => {
                book.funcs += 1;
                CODE + (book.funcs - 1) * 0x60
            }
            _ => {
                let size = size_class(bytes);
                let at = HEAP + book.heap_used;
                book.heap_used += size;
                at
            }
        };
        book.known.insert(key, at);
        if matches!(key, Key::Heap(_)) {
            book.kept.push(keep.clone());
        }
        at
    }
}

/// The address `v` prints as: `None` for a value that is no pointer, `Some(0)` for a nil
/// one. A slice's is its first element's, a map's and a channel's their header's.
pub(crate) fn of(v: &Value) -> Option<u64> {
    let (key, bytes) = match v {
        Value::Ptr(o) => {
            let bytes = o.fields().iter().map(element_bytes).sum();
            (Key::Heap(o.identity()), bytes)
        }
        Value::Ref(Ref::Cell(c)) => (Key::Heap(Arc::as_ptr(c) as usize), 8),
        Value::Ref(Ref::Global(g)) => (Key::Global(*g), 8),
        // Within the struct's own block, as Go's `&s.f` is.
        Value::Ref(Ref::Field(o, i)) => (Key::Heap(o.identity() + 8 * i), 8),
        // Where the slice's element is: `&s[i]` prints as `%p` of `s[i:]` does.
        Value::Ref(Ref::Elem(s, _)) => return of(&Value::Slice(s.clone())),
        Value::Map(m) => (Key::Heap(Arc::as_ptr(&m.0) as usize), 48),
        Value::Chan(None) => return Some(0),
        Value::Chan(Some(ChanRef::Chan(id))) => (Key::Chan(*id), 96),
        Value::Chan(Some(ChanRef::Timer(t))) => (Key::Heap(Arc::as_ptr(t) as usize), 96),
        Value::Func(c) => (Key::Code(c.func), 0),
        Value::Slice(s) if s.is_nil() => return Some(0),
        Value::Slice(s) if s.cap() == 0 => return Some(ZERO_BASE),
        Value::Slice(s) => {
            let (store, first) = s.placed();
            let (size, len) = {
                let elements = store.elements();
                (elements.first().map_or(8, element_bytes), elements.len())
            };
            let base = lookup(Key::Heap(store.identity()), size * len as u64, v)?;
            return Some(base + size * first as u64);
        }
        Value::Iface(Some(b)) if b.text.is_none() => return of(&b.val),
        _ => return None,
    };
    lookup(key, bytes, v)
}

fn lookup(key: Key, bytes: u64, v: &Value) -> Option<u64> {
    CURRENT
        .try_with(|c| c.borrow().as_ref().map(|book| book.address(key, bytes, v)))
        .ok()
        .flatten()
        // Printed outside a run (a unit test of fmt's forms): the heap's first address.
        .or(Some(HEAP))
}

/// The block Go's allocator gives `bytes` in: its small size classes, then whole pages.
fn size_class(bytes: u64) -> u64 {
    const CLASSES: [u64; 17] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 256,
    ];
    match CLASSES.iter().find(|&&c| c >= bytes) {
        Some(&c) => c,
        None => bytes.div_ceil(8192) * 8192,
    }
}

/// About what a value takes in Go's memory, for the distance between two elements.
fn element_bytes(v: &Value) -> u64 {
    match v {
        Value::Byte(_) | Value::I8(_) | Value::Bool(_) => 1,
        Value::I16(_) | Value::U16(_) => 2,
        Value::Rune(_) | Value::U32(_) | Value::F32(_) => 4,
        Value::Str(_) | Value::Iface(_) => 16,
        Value::Slice(_) => 24,
        Value::Struct(o) => o.fields().iter().map(element_bytes).sum::<u64>().max(1),
        _ => 8,
    }
}

/// `%v` of a pointer: `0x` and its address, `<nil>` for nil.
pub(crate) fn shown(v: &Value) -> Option<String> {
    of(v).map(|at| match at {
        0 => "<nil>".to_string(),
        at => format!("{at:#x}"),
    })
}

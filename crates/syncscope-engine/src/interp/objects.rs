//! The values that are references in the run: a struct's fields (shared by `&`), a map's
//! entries with Go's "writing" flag, an atomic integer; and how fmt prints them.

use super::format;
use super::identity::ObjId;
use super::value::Value;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicI64};
use std::sync::{Arc, Mutex, MutexGuard};

/// A struct's fields, and the variables the race detector knows them by. Equal when they
/// are the same struct (a pointer's identity).
#[derive(Debug, Clone)]
pub(crate) struct Obj {
    fields: Arc<Mutex<Vec<Value>>>,
    pub(crate) vars: Arc<[u16]>,
    /// Which struct it is for the race detector: every copy of a pointer shares it.
    pub(crate) id: Arc<ObjId>,
}

impl PartialEq for Obj {
    fn eq(&self, other: &Obj) -> bool {
        Arc::ptr_eq(&self.fields, &other.fields)
    }
}

/// The last holder of a struct's fields frees them in a loop: a chain of structs (a linked
/// list of a hundred thousand nodes) freed one inside the next would go deeper than any
/// goroutine's stack.
impl Drop for Obj {
    fn drop(&mut self) {
        if Arc::strong_count(&self.fields) != 1 {
            return;
        }
        let mut pending = std::mem::take(&mut *self.fields());
        while let Some(v) = pending.pop() {
            let inner = match &v {
                Value::Struct(o) | Value::Ptr(o) => o,
                Value::Ref(super::pointers::Ref::Field(o, _)) => o,
                _ => continue,
            };
            if Arc::strong_count(&inner.fields) == 1 {
                pending.append(&mut inner.fields());
            }
        }
    }
}

impl Obj {
    pub(crate) fn new(fields: Vec<Value>, vars: Arc<[u16]>) -> Obj {
        Obj {
            fields: Arc::new(Mutex::new(fields)),
            vars,
            id: Arc::default(),
        }
    }

    /// Which struct it is: every pointer to it shares the answer.
    pub(crate) fn identity(&self) -> usize {
        Arc::as_ptr(&self.fields) as usize
    }

    pub(crate) fn fields(&self) -> MutexGuard<'_, Vec<Value>> {
        self.fields.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The variable field `i` is reported as, if it is.
    pub(crate) fn var(&self, i: usize) -> Option<usize> {
        self.vars
            .get(i)
            .filter(|&&v| v != u16::MAX)
            .map(|&v| usize::from(v))
    }

    pub(crate) fn field(&self, i: usize) -> Value {
        self.fields().get(i).cloned().unwrap_or(Value::Unit)
    }

    /// Go's copy of a struct: nested struct values are copied too; maps, pointers, channels
    /// and a Mutex's lock stay shared.
    pub(crate) fn copied(&self) -> Obj {
        let fields = self.fields().iter().map(copy_value).collect();
        Obj::new(fields, self.vars.clone())
    }
}

/// A value as Go copies it into a variable: a struct's fields are copied.
pub(crate) fn copy_value(v: &Value) -> Value {
    match v {
        Value::Struct(o) => Value::Struct(o.copied()),
        Value::Array(a) => Value::Array(super::elements::copied_array(a)),
        other => other.clone(),
    }
}

/// Equality, order and hashing of a key type by its first field alone: the second is what
/// the key gives back, not what tells keys apart.
macro_rules! keyed_by_first {
    ($key:ty) => {
        impl PartialEq for $key {
            fn eq(&self, other: &$key) -> bool {
                self.0 == other.0
            }
        }

        impl Eq for $key {}

        impl PartialOrd for $key {
            fn partial_cmp(&self, other: &$key) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $key {
            fn cmp(&self, other: &$key) -> std::cmp::Ordering {
                self.0.cmp(&other.0)
            }
        }

        impl std::hash::Hash for $key {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.0.hash(state);
            }
        }
    };
}

/// The map keys of the subset, in the order fmt sorts them (an array's element by element).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum MapKey {
    Bool(bool),
    Int(i64),
    Rune(i32),
    Byte(u8),
    U32(u32),
    U64(u64),
    I8(i8),
    I16(i16),
    U16(u16),
    Str(Arc<str>),
    /// An array of the other keys (`[md5.Size]byte`), by value.
    Array(Vec<MapKey>),
    /// A nil pointer, first of the pointers as Go's address 0 is.
    Nil,
    /// A pointer to a struct (`map[*Node]bool`), by which struct it points to.
    Ptr(PtrKey),
    /// A channel (`map[chan string]bool`), by which channel it is.
    Chan(ChanKey),
    /// A struct (`map[point]int`), by the keys of its fields in order, as Go compares them
    /// and fmt sorts them.
    Struct(StructKey),
}

/// A struct key: its fields' keys, and the variables its fields are known by, to make the
/// struct again when the key is given back.
#[derive(Debug, Clone)]
pub(crate) struct StructKey(Vec<MapKey>, Arc<[u16]>);

keyed_by_first!(StructKey);

/// A channel key: a channel of the run by its number, a timer's by its identity.
#[derive(Debug, Clone)]
pub(crate) struct ChanKey((u8, usize), super::value::ChanRef);

impl ChanKey {
    fn of(c: &super::value::ChanRef) -> ChanKey {
        let id = match c {
            super::value::ChanRef::Chan(n) => (0, *n as usize),
            super::value::ChanRef::Timer(t) => (1, std::sync::Arc::as_ptr(t) as usize),
        };
        ChanKey(id, c.clone())
    }
}

keyed_by_first!(ChanKey);

/// A pointer key: equal, hashed and ordered by its struct's identity (as Go's by address).
#[derive(Debug, Clone)]
pub(crate) struct PtrKey(usize, Obj);

keyed_by_first!(PtrKey);

impl MapKey {
    pub(crate) fn of(v: &Value) -> MapKey {
        match v {
            Value::Str(s) => MapKey::Str(s.clone()),
            Value::Bool(b) => MapKey::Bool(*b),
            Value::Rune(r) => MapKey::Rune(*r),
            Value::Byte(b) => MapKey::Byte(*b),
            Value::U32(n) => MapKey::U32(*n),
            Value::U64(n) => MapKey::U64(*n),
            Value::I8(n) => MapKey::I8(*n),
            Value::I16(n) => MapKey::I16(*n),
            Value::U16(n) => MapKey::U16(*n),
            Value::Array(a) => MapKey::Array(a.elements().iter().map(MapKey::of).collect()),
            Value::Ptr(o) => MapKey::Ptr(PtrKey(o.identity(), o.clone())),
            Value::Chan(None) => MapKey::Nil,
            Value::Chan(Some(c)) => MapKey::Chan(ChanKey::of(c)),
            Value::Struct(o) => {
                let keys = o.fields().iter().map(MapKey::of).collect();
                MapKey::Struct(StructKey(keys, o.vars.clone()))
            }
            other => MapKey::Int(other.as_int()),
        }
    }

    pub(crate) fn value(&self) -> Value {
        match self {
            MapKey::Bool(b) => Value::Bool(*b),
            MapKey::Int(n) => Value::Int(*n),
            MapKey::Rune(r) => Value::Rune(*r),
            MapKey::Byte(b) => Value::Byte(*b),
            MapKey::U32(n) => Value::U32(*n),
            MapKey::U64(n) => Value::U64(*n),
            MapKey::I8(n) => Value::I8(*n),
            MapKey::I16(n) => Value::I16(*n),
            MapKey::U16(n) => Value::U16(*n),
            MapKey::Str(s) => Value::Str(s.clone()),
            MapKey::Array(keys) => Value::Array(super::slices::Store::new(
                keys.iter().map(MapKey::value).collect(),
            )),
            MapKey::Ptr(PtrKey(_, o)) => Value::Ptr(o.clone()),
            MapKey::Nil => Value::Chan(None),
            MapKey::Chan(ChanKey(_, c)) => Value::Chan(Some(c.clone())),
            MapKey::Struct(StructKey(keys, vars)) => Value::Struct(Obj::new(
                keys.iter().map(MapKey::value).collect(),
                vars.clone(),
            )),
        }
    }
}

#[derive(Debug)]
pub(crate) struct MapObj {
    pub(crate) entries: Mutex<BTreeMap<MapKey, Value>>,
    /// Go's `hashWriting`: set for the length of a write, found by any other access.
    pub(crate) writing: AtomicBool,
    /// The variable the race detector knows it by, and which map of the variable's it is.
    pub(crate) var: u16,
    pub(crate) id: ObjId,
}

#[derive(Debug, Clone)]
pub(crate) struct MapRef(pub Arc<MapObj>);

impl PartialEq for MapRef {
    fn eq(&self, other: &MapRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl MapRef {
    pub(crate) fn new(var: u16, entries: BTreeMap<MapKey, Value>) -> MapRef {
        MapRef(Arc::new(MapObj {
            entries: Mutex::new(entries),
            writing: AtomicBool::new(false),
            var,
            id: ObjId::default(),
        }))
    }

    pub(crate) fn entries(&self) -> MutexGuard<'_, BTreeMap<MapKey, Value>> {
        self.0.entries.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[derive(Debug)]
pub(crate) struct AtomicCell {
    pub(crate) value: AtomicI64,
    pub(crate) var: u16,
    /// Go's struct has an `align64` field (`atomic.Int64`, `Uint64`); an `atomic.Pointer`'s
    /// has its `[0]*T` and `noCopy` fields.
    pub(crate) aligned: bool,
    /// The kind of integer it holds, at whose width it wraps.
    pub(crate) kind: syncscope_program::Ty,
    /// An `atomic.Value`'s value, which it holds instead of an integer.
    pub(crate) held: Option<Mutex<super::atomic_value::Held>>,
}

#[derive(Debug, Clone)]
pub(crate) struct AtomicRef(pub Arc<AtomicCell>);

impl PartialEq for AtomicRef {
    fn eq(&self, other: &AtomicRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// `%v` of the reference values, as Go prints them: `{1 2}`, `&{1 2}`, `map[a:1 b:2]`.
pub(crate) fn shown(v: &Value) -> String {
    match v {
        Value::Struct(o) => fields(o),
        Value::Ptr(o) => format!("&{}", fields(o)),
        Value::Map(m) => {
            let items: Vec<String> = m
                .entries()
                .iter()
                .map(|(k, v)| format!("{}:{}", format::nested(&k.value()), format::nested(v)))
                .collect();
            format!("map[{}]", items.join(" "))
        }
        Value::Lock(_) => "{0 0}".into(),
        Value::WaitGroup(_) => "{{} [0 0 0]}".into(),
        Value::Atomic(a) if let Some(held) = &a.0.held => {
            let shown = match &*held.lock().unwrap_or_else(|e| e.into_inner()) {
                Some((_, _, v)) => format::value(v),
                None => "<nil>".into(),
            };
            let fields = if a.0.aligned { "[] {} " } else { "" };
            format!("{{{fields}{shown}}}")
        }
        Value::Atomic(a) => {
            let n = a.0.value.load(std::sync::atomic::Ordering::SeqCst);
            let align = if a.0.aligned { "{} " } else { "" };
            format!("{{{{}} {align}{n}}}")
        }
        other => format::value(other),
    }
}

fn fields(o: &Obj) -> String {
    // Cloned first: a field may print the struct itself through a pointer.
    let values = o.fields().clone();
    let shown: Vec<String> = values.iter().map(format::nested).collect();
    format!("{{{}}}", shown.join(" "))
}

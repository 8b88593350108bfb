//! `sync.Map`: entries of `any` keys and values, each method one atomic step of the map's
//! variable (Go's race detector sees its internals as atomics), `Range` over the entries in
//! an order drawn from the run's seed (Go's hash-trie order is random too). A key whose
//! dynamic type is a string, number or bool is found by hash; any other comparable key by
//! Go's `==` of interface values.

use super::Goroutine;
use super::iface::{Boxed, iface_eq};
use super::objects::MapKey;
use super::value::Value;
use crate::sched::Stop;
use rand::seq::SliceRandom;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use syncscope_program::SyncMapOp;
use syncscope_program::event::EventKind;

#[derive(Debug, Default)]
pub(crate) struct Entries {
    /// By when each key was first stored.
    by_age: BTreeMap<u64, (Value, Value)>,
    /// The age of each key found by hash.
    hashed: HashMap<(usize, MapKey), u64>,
    next: u64,
    /// A `CompareAndDelete` panicked here: Go's map keeps the lock it held then, so what
    /// writes after it would wait forever (or not, by the keys' hashes).
    wedged: bool,
}

#[derive(Debug)]
pub(crate) struct SyncMapCell {
    var: u16,
    entries: Mutex<Entries>,
}

#[derive(Debug, Clone)]
pub(crate) struct SyncMapRef(Arc<SyncMapCell>);

impl PartialEq for SyncMapRef {
    fn eq(&self, other: &SyncMapRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// How a key is found: by hash, by `==`, or not at all (Go's panic).
enum Found {
    Hashed((usize, MapKey)),
    Compared,
}

fn found_by(key: &Value) -> Result<Found, Stop> {
    let Value::Iface(Some(b)) = key else {
        return Ok(Found::Compared);
    };
    let Boxed { ty, name, val, .. } = &**b;
    Ok(match val {
        v if v.is_int() || matches!(v, Value::Str(_) | Value::Bool(_)) => {
            Found::Hashed((*ty, MapKey::of(val)))
        }
        Value::Slice(_) | Value::Map(_) | Value::Func(_) => {
            return Err(Stop::Panic(format!(
                "panic: runtime error: hash of unhashable type {name}"
            )));
        }
        _ => Found::Compared,
    })
}

impl Entries {
    fn age_of(&self, key: &Value, how: &Found) -> Option<u64> {
        match how {
            Found::Hashed(h) => self.hashed.get(h).copied(),
            Found::Compared => self.by_age.iter().find_map(|(age, (k, _))| match (k, key) {
                (Value::Iface(a), Value::Iface(b)) if iface_eq(a, b) => Some(*age),
                _ => None,
            }),
        }
    }

    fn get(&self, key: &Value, how: &Found) -> Option<Value> {
        let age = self.age_of(key, how)?;
        self.by_age.get(&age).map(|(_, v)| v.clone())
    }

    /// Sets `key`'s value; the one it had, if any.
    fn set(&mut self, key: Value, how: Found, value: Value) -> Option<Value> {
        if let Some(age) = self.age_of(&key, &how)
            && let Some((_, v)) = self.by_age.get_mut(&age)
        {
            return Some(std::mem::replace(v, value));
        }
        let age = self.next;
        self.next += 1;
        if let Found::Hashed(h) = how {
            self.hashed.insert(h, age);
        }
        self.by_age.insert(age, (key, value));
        None
    }

    fn delete(&mut self, key: &Value, how: &Found) -> Option<Value> {
        let age = self.age_of(key, how)?;
        if let Found::Hashed(h) = how {
            self.hashed.remove(h);
        }
        self.by_age.remove(&age).map(|(_, v)| v)
    }
}

fn pair(a: Value, b: bool) -> Value {
    super::context_tree::pair(a, Value::Bool(b))
}

const NIL: Value = Value::Iface(None);

impl Goroutine {
    pub(super) fn sync_map(&self, op: SyncMapOp, values: &[Value]) -> Result<Value, Stop> {
        if op == SyncMapOp::New {
            let var = values.first().map_or(0, |v| v.as_int() as u16);
            let cell = SyncMapCell {
                var,
                entries: Mutex::new(Entries::default()),
            };
            return Ok(Value::SyncMap(SyncMapRef(Arc::new(cell))));
        }
        let Some(Value::SyncMap(m)) = values.first() else {
            return Err(self.bug("a sync.Map's method on something not a sync.Map".into()));
        };
        let arg = |i: usize| values.get(i).cloned().unwrap_or(NIL);
        let writes = !matches!(op, SyncMapOp::Load | SyncMapOp::Range);
        self.emit(EventKind::Atomic {
            var: m.0.var,
            write: writes,
        });
        if op == SyncMapOp::Range {
            return self.sync_map_range(m, arg(1));
        }
        let mut entries = lock(&m.0.entries);
        if entries.wedged && op != SyncMapOp::Load {
            return Err(Stop::Panic(
                "syncscope does not run a sync.Map written after its CompareAndDelete panicked \
                 yet"
                .into(),
            ));
        }
        if op == SyncMapOp::Clear {
            *entries = Entries::default();
            return Ok(Value::Unit);
        }
        let key = arg(1);
        let how = found_by(&key)?;
        Ok(match op {
            SyncMapOp::Load => match entries.get(&key, &how) {
                Some(v) => pair(v, true),
                None => pair(NIL, false),
            },
            SyncMapOp::Store => {
                entries.set(key, how, arg(2));
                Value::Unit
            }
            SyncMapOp::LoadOrStore => match entries.get(&key, &how) {
                Some(v) => pair(v, true),
                None => {
                    let v = arg(2);
                    entries.set(key, how, v.clone());
                    pair(v, false)
                }
            },
            SyncMapOp::LoadAndDelete => match entries.delete(&key, &how) {
                Some(v) => pair(v, true),
                None => pair(NIL, false),
            },
            SyncMapOp::Delete => {
                entries.delete(&key, &how);
                Value::Unit
            }
            SyncMapOp::Swap => match entries.set(key, how, arg(2)) {
                Some(v) => pair(v, true),
                None => pair(NIL, false),
            },
            SyncMapOp::CompareAndSwap | SyncMapOp::CompareAndDelete => {
                let old = arg(2);
                let have = entries.get(&key, &how);
                // Go compares the two as interface values: of one uncomparable type, a panic.
                if let (Some(Value::Iface(Some(h))), Value::Iface(Some(w))) = (&have, &old)
                    && h.ty == w.ty
                    && super::uncomparable::uncomparable(w)
                {
                    entries.wedged |= op == SyncMapOp::CompareAndDelete;
                    return Err(Stop::Panic(super::uncomparable::panic_of(w)));
                }
                let same = match (have, &old) {
                    (Some(Value::Iface(have)), Value::Iface(want)) => iface_eq(&have, want),
                    _ => false,
                };
                if same {
                    if op == SyncMapOp::CompareAndSwap {
                        entries.set(key, how, arg(3));
                    } else {
                        entries.delete(&key, &how);
                    }
                }
                Value::Bool(same)
            }
            SyncMapOp::New | SyncMapOp::Range | SyncMapOp::Clear => Value::Unit,
        })
    }

    /// `m.Range(f)`: `f` of each entry there when it began, until `f` says false.
    fn sync_map_range(&self, m: &SyncMapRef, f: Value) -> Result<Value, Stop> {
        let Value::Func(closure) = f else {
            return Err(Stop::Panic(
                "panic: runtime error: invalid memory address or nil pointer dereference".into(),
            ));
        };
        let mut all: Vec<(Value, Value)> = lock(&m.0.entries).by_age.values().cloned().collect();
        all.shuffle(&mut *self.rng());
        for (k, v) in all {
            let more = self.call(closure.func, vec![k, v], closure.cells.clone())?;
            if !matches!(more, Value::Bool(true)) {
                break;
            }
        }
        Ok(Value::Unit)
    }
}

fn lock(m: &Mutex<Entries>) -> MutexGuard<'_, Entries> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

//! The `maps` package, as Go's does it with the map operations: `Clone` and `Equal` read
//! their maps, `Copy` writes its destination key by key and `DeleteFunc` deletes as its
//! function says, so the race detector and Go's concurrent map checks see each access.
//! `slices.Collect` and `slices.Sorted` of `maps.Keys` or `maps.Values` are here too.

use super::Goroutine;
use super::objects::{MapKey, MapRef, copy_value};
use super::pdqsort;
use super::slices::SliceVal;
use super::sorting::Ordered;
use super::value::Value;
use crate::sched::Stop;
use rand::seq::SliceRandom;
use syncscope_program::Lib;

impl Goroutine {
    /// `f` of the `maps` package; `None` for another function.
    pub(super) fn maps_lib(&self, f: Lib, v: &[Value]) -> Option<Result<Value, Stop>> {
        let first = v.first().unwrap_or(&Value::Unit);
        let second = v.get(1).unwrap_or(&Value::Unit);
        Some(match f {
            Lib::MapsClone => self.clone_map(first, second),
            Lib::MapsEqual => self.equal_maps(first, second),
            Lib::MapsCopy => self.copy_map(first, second),
            Lib::MapsDeleteFunc => self.delete_func(first, second),
            Lib::MapKeys | Lib::MapValues => self.collected(first, f == Lib::MapKeys, second),
            _ => return None,
        })
    }

    /// The entries in an order drawn from the run's seed, as Go's iteration is random.
    fn shuffled(&self, m: &MapRef) -> Result<Vec<(MapKey, Value)>, Stop> {
        self.map_read(m)?;
        let mut entries: Vec<(MapKey, Value)> = m
            .entries()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        entries.shuffle(&mut *self.rng());
        Ok(entries)
    }

    /// Into `made`, the empty map the call made; a nil map's clone is nil.
    fn clone_map(&self, m: &Value, made: &Value) -> Result<Value, Stop> {
        let (Value::Map(m), Value::Map(made)) = (m, made) else {
            return Ok(Value::NilMap);
        };
        self.map_read(m)?;
        let entries = m.entries().clone();
        *made.entries() = entries
            .into_iter()
            .map(|(k, v)| (k, copy_value(&v)))
            .collect();
        Ok(Value::Map(made.clone()))
    }

    fn equal_maps(&self, a: &Value, b: &Value) -> Result<Value, Stop> {
        let empty = std::collections::BTreeMap::new();
        let a = match a {
            Value::Map(m) => {
                self.map_read(m)?;
                m.entries().clone()
            }
            _ => empty.clone(),
        };
        let b = match b {
            Value::Map(m) => {
                self.map_read(m)?;
                m.entries().clone()
            }
            _ => empty,
        };
        // Go compares each value with `!=`: a NaN equals nothing, not even itself.
        let same = a.len() == b.len() && a.iter().all(|(k, v)| b.get(k) == Some(v));
        Ok(Value::Bool(same))
    }

    fn copy_map(&self, dst: &Value, src: &Value) -> Result<Value, Stop> {
        let Value::Map(src) = src else {
            return Ok(Value::Unit);
        };
        for (k, v) in self.shuffled(src)? {
            self.map_write(dst, k.value(), false, |_| Ok(Some(copy_value(&v))))?;
        }
        Ok(Value::Unit)
    }

    fn delete_func(&self, m: &Value, del: &Value) -> Result<Value, Stop> {
        let Value::Map(map) = m else {
            return Ok(Value::Unit);
        };
        for (k, v) in self.shuffled(map)? {
            // A key the function deleted meanwhile is not visited, as in Go's range.
            if !map.entries().contains_key(&k) {
                continue;
            }
            let Value::Func(f) = del else {
                return Err(Stop::Panic(super::nils::NIL_CALL.into()));
            };
            let args = vec![k.value(), copy_value(&v)];
            if self.call(f.func, args, f.cells.clone())?.truthy() {
                self.map_write(m, k.value(), false, |_| Ok(None))?;
            }
        }
        Ok(Value::Unit)
    }

    /// A new slice of the keys (or values) in Go's random order, or sorted; nil if none.
    fn collected(&self, m: &Value, keys: bool, sorted: &Value) -> Result<Value, Stop> {
        let Value::Map(m) = m else {
            return Ok(Value::Slice(SliceVal::nil()));
        };
        let mut items: Vec<Value> = self
            .shuffled(m)?
            .into_iter()
            .map(|(k, v)| if keys { k.value() } else { copy_value(&v) })
            .collect();
        if items.is_empty() {
            return Ok(Value::Slice(SliceVal::nil()));
        }
        if sorted.truthy() {
            let n = items.len();
            pdqsort::sort(&mut Ordered(&mut items), n)?;
        }
        Ok(Value::Slice(SliceVal::new(items)))
    }
}

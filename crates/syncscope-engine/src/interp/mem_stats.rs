//! `runtime.ReadMemStats(&m)`: the run's own memory accounting in `m` (the bytes it holds,
//! as `--max-memory` counts them, those it allocated, its budget, its `runtime.GC()` calls);
//! `EnableGC` is true, as Go's; the fields it has no count for are 0.

use super::Goroutine;
use super::pointers::NIL_POINTER;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::Lib;
use syncscope_program::library::MEM_STATS_FIELDS;

impl Goroutine {
    pub(super) fn mem_stats_lib(&self, f: Lib, values: &[Value]) -> Option<Result<Value, Stop>> {
        if f != Lib::ReadMemStats {
            return None;
        }
        let Some(Value::Ptr(o)) = values.first() else {
            return Some(Err(Stop::Panic(NIL_POINTER.into())));
        };
        let (held, made, limit, collections) = crate::heap::mem_stats();
        let mut fields = o.fields();
        let bytes = Value::U64;
        for (i, (name, _)) in MEM_STATS_FIELDS.iter().enumerate() {
            let value = match *name {
                "Alloc" | "HeapAlloc" | "HeapInuse" => bytes(held),
                "TotalAlloc" => bytes(made),
                "Sys" | "HeapSys" => bytes(limit),
                "NumGC" | "NumForcedGC" => Value::U32(collections),
                "EnableGC" => Value::Bool(true),
                _ => continue,
            };
            if let Some(field) = fields.get_mut(i) {
                *field = value;
            }
        }
        Some(Ok(Value::Unit))
    }
}

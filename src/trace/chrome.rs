//! The run as Chrome Trace Event Format events, for Perfetto and chrome://tracing: a named
//! thread per goroutine, a slice per state, the WaitGroup as a counter, instants for lost
//! updates, warnings and the ending, flow arrows for lock hand-offs and for values handed
//! straight from a sender to a receiver, and, when there was CPU
//! work, a second process with a thread per processor and a slice per goroutine's turn on it.

use crate::describe::ending_text;
use crate::event::{EventKind, Gid};
use crate::model::Model;
use serde_json::{Value, json};

const PID: u32 = 1;
/// The processors' process, as Go's own trace has them.
const PROCS_PID: u32 = 2;

pub(crate) fn trace_events(model: &Model) -> Vec<Value> {
    let mut out = metadata(model);
    out.extend(slices(model));
    out.extend(processors(model));
    for e in &model.events {
        match &e.kind {
            EventKind::WaitGroup(count) => out.push(json!({
                "ph": "C", "name": wait_group_name(model, count.group), "pid": PID, "tid": 0,
                "ts": ts(e.at_ns), "args": { "counter": count.counter },
            })),
            EventKind::Store {
                slot,
                value,
                overwrote: Some(lost),
            } => out.push(json!({
                "ph": "i", "s": "t", "name": "lost update", "cat": "results",
                "pid": PID, "tid": e.who.0, "ts": ts(e.at_ns),
                "args": {
                    "slot": slot,
                    "value": value.as_ref(),
                    "overwrote": lost.as_ref(),
                },
            })),
            EventKind::End(ending) => out.push(json!({
                "ph": "i", "s": "g", "name": ending_text(ending), "cat": "ending",
                "pid": PID, "tid": e.who.0, "ts": ts(e.at_ns),
            })),
            _ => {}
        }
    }
    for w in &model.warnings {
        out.push(json!({
            "ph": "i", "s": "g", "name": "warning", "cat": "warning",
            "pid": PID, "tid": 0, "ts": w.at_us, "args": { "text": w.text },
        }));
    }
    for (id, h) in model.handoffs.iter().enumerate() {
        let lock = model.locks.get(h.lock).map_or("?", |l| l.name.as_str());
        let args = json!({ "lock": lock, "from": h.from.to_string(), "to": h.to.to_string() });
        out.push(json!({
            "ph": "s", "id": id, "name": "hand-off", "cat": "lock",
            "pid": PID, "tid": h.from.0, "ts": ts(h.at_ns), "args": args,
        }));
        out.push(json!({
            "ph": "f", "bp": "e", "id": id, "name": "hand-off", "cat": "lock",
            "pid": PID, "tid": h.to.0, "ts": ts(h.at_ns), "args": args,
        }));
    }
    // Flow ids are one space per trace: the channels' follow the locks'.
    let first = model.handoffs.len();
    for (id, h) in model.chans.handoffs.iter().enumerate() {
        let args = json!({
            "channel": model.chans.name(h.chan),
            "value": h.value.as_ref(),
            "from": h.from.to_string(),
            "to": h.to.to_string(),
        });
        for (ph, tid) in [("s", h.from.0), ("f", h.to.0)] {
            out.push(json!({
                "ph": ph, "bp": "e", "id": first + id, "name": "value", "cat": "chan",
                "pid": PID, "tid": tid, "ts": ts(h.at_ns), "args": args,
            }));
        }
    }
    out
}

fn metadata(model: &Model) -> Vec<Value> {
    let title = model.info.as_ref().map_or("syncscope".to_string(), |i| {
        format!(
            "syncscope run {}: {} under {}",
            model.run,
            i.lesson.name,
            i.mode.title()
        )
    });
    let mut out = vec![json!({
        "ph": "M", "name": "process_name", "pid": PID, "args": { "name": title },
    })];
    for i in 0..model.lanes.len() {
        let name = Gid(i as u32).to_string();
        out.push(json!({
            "ph": "M", "name": "thread_name", "pid": PID, "tid": i, "args": { "name": name },
        }));
        out.push(json!({
            "ph": "M", "name": "thread_sort_index", "pid": PID, "tid": i,
            "args": { "sort_index": i },
        }));
    }
    out
}

/// One complete slice per state interval; final states are instants, as they have no length.
fn slices(model: &Model) -> Vec<Value> {
    let mut out = Vec::new();
    for (i, lane) in model.lanes.iter().enumerate() {
        for seg in &lane.segments {
            let args = json!({ "goroutine": Gid(i as u32).to_string(), "state": seg.state.name() });
            if seg.state.is_final() {
                out.push(json!({
                    "ph": "i", "s": "t", "name": seg.state.name(), "cat": "state",
                    "pid": PID, "tid": i, "ts": ts(seg.start_ns), "args": args,
                }));
                continue;
            }
            let end = seg.end_ns.unwrap_or(model.last_ns);
            out.push(json!({
                "ph": "X", "name": seg.state.name(), "cat": "state", "pid": PID, "tid": i,
                "ts": ts(seg.start_ns), "dur": ts(end.saturating_sub(seg.start_ns)), "args": args,
            }));
        }
    }
    out
}

/// The processors' lanes, when any goroutine computed on them.
fn processors(model: &Model) -> Vec<Value> {
    let lanes = &model.procs.lanes;
    if lanes.iter().all(Vec::is_empty) {
        return Vec::new();
    }
    let mut out = vec![json!({
        "ph": "M", "name": "process_name", "pid": PROCS_PID, "args": { "name": "processors" },
    })];
    for (p, lane) in lanes.iter().enumerate() {
        out.push(json!({
            "ph": "M", "name": "thread_name", "pid": PROCS_PID, "tid": p,
            "args": { "name": format!("P{p}") },
        }));
        for slice in lane {
            let end = slice.end_ns.unwrap_or(model.last_ns);
            out.push(json!({
                "ph": "X", "name": slice.who.to_string(), "cat": "proc", "pid": PROCS_PID,
                "tid": p, "ts": ts(slice.start_ns), "dur": ts(end.saturating_sub(slice.start_ns)),
            }));
        }
    }
    out
}

/// A time in the format's microseconds from our nanoseconds: whole when it is, so that runs
/// of sleeps read as before; fractional within a microsecond, which Perfetto shows.
fn ts(ns: u64) -> Value {
    if ns.is_multiple_of(1000) {
        (ns / 1000).into()
    } else {
        (ns as f64 / 1000.0).into()
    }
}

/// A WaitGroup's counter track: `WaitGroup` for a program's only one, else with its name.
fn wait_group_name(model: &Model, group: u32) -> String {
    let groups = &model.wait_groups.list;
    match groups.iter().find(|w| w.group == group) {
        Some(w) if groups.len() > 1 => format!("WaitGroup {}", w.name),
        _ => "WaitGroup".into(),
    }
}

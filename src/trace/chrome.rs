//! The run as Chrome Trace Event Format events, for Perfetto and chrome://tracing: a named
//! thread per goroutine, a slice per state, the WaitGroup as a counter, instants for lost
//! updates, warnings and the ending, flow arrows for lock hand-offs and for values handed
//! straight from a sender to a receiver, and, when there was CPU
//! work, a second process with a thread per processor and a slice per goroutine's turn on it.
//!
//! The events are made one at a time as the trace is written, never all at once, and at most
//! `MAX_CHROME` of them: past that Perfetto cannot open the file, so the part is cut there
//! with an instant that says so (the `syncscope` section keeps every event for `--replay`).

use crate::event::{EventKind, Gid};
use crate::model::Model;
use serde::Serialize;
use serde_json::{Value, json};

const PID: u32 = 1;
const PROCS_PID: u32 = 2;

/// The most events of the Perfetto part: about 150 MB of JSON, which Perfetto's UI opens.
pub(crate) const MAX_CHROME: usize = 1_000_000;

/// The Perfetto part of a trace, written as it is made.
pub(crate) struct ChromeEvents<'a>(pub(crate) &'a Model);

impl Serialize for ChromeEvents<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let model = self.0;
        match cut_at(model, MAX_CHROME) {
            None => serializer.collect_seq(trace_events(model)),
            Some(until_ns) => serializer.collect_seq(until(trace_events(model), until_ns)),
        }
    }
}

/// The events up to `until_ns`, then an instant there that says the rest is left out.
pub(crate) fn until(
    events: impl Iterator<Item = Value>,
    until_ns: u64,
) -> impl Iterator<Item = Value> {
    let limit = ts(until_ns).as_f64().unwrap_or(f64::MAX);
    let notice = json!({
        "ph": "i", "s": "g", "cat": "cut", "pid": PID, "tid": 0, "ts": ts(until_ns),
        "name": "trace cut here: later events are not shown (the syncscope section keeps them all)",
    });
    events
        .filter(move |e| {
            e.get("ts")
                .and_then(Value::as_f64)
                .is_none_or(|at| at <= limit)
        })
        .chain(std::iter::once(notice))
}

/// The latest time up to which the Perfetto part holds at most `max` events, if it cannot
/// hold them all: the cut is in time, so every lane is shown up to the same moment. One pass
/// counts the events in `BUCKETS` stretches of the run, and the cut falls at the start of the
/// stretch that would pass `max`.
pub(crate) fn cut_at(model: &Model, max: usize) -> Option<u64> {
    const BUCKETS: usize = 4096;
    let span = model.last_ns.max(1);
    let mut counts = vec![0usize; BUCKETS + 1];
    let mut untimed = 0;
    for e in trace_events(model) {
        match e.get("ts").and_then(Value::as_f64) {
            Some(us) => {
                let ns = (us * 1000.0) as u64;
                let bucket =
                    (u128::from(ns.min(span)) * BUCKETS as u128 / u128::from(span)) as usize;
                counts[bucket] += 1;
            }
            None => untimed += 1,
        }
    }
    let mut shown = untimed + 1;
    if shown + counts.iter().sum::<usize>() <= max {
        return None;
    }
    for (bucket, &count) in counts.iter().enumerate() {
        if shown + count > max {
            let start = (u128::from(span) * bucket as u128 / BUCKETS as u128) as u64;
            return Some(start.saturating_sub(1));
        }
        shown += count;
    }
    None
}

pub(crate) fn trace_events(model: &Model) -> impl Iterator<Item = Value> + '_ {
    metadata(model)
        .chain(slices(model))
        .chain(processors(model))
        .chain(marks(model))
        .chain(model.warnings.iter().map(|w| {
            json!({
                "ph": "i", "s": "g", "name": "warning", "cat": "warning",
                "pid": PID, "tid": 0, "ts": w.at_us, "args": { "text": w.text },
            })
        }))
        .chain(lock_handoffs(model))
        .chain(chan_handoffs(model))
}

/// The WaitGroup's counter, lost updates and the ending, as the events have them.
fn marks(model: &Model) -> impl Iterator<Item = Value> + '_ {
    model.events.iter().filter_map(move |e| match &e.kind {
        EventKind::WaitGroup(count) => Some(json!({
            "ph": "C", "name": wait_group_name(model, count.group), "pid": PID, "tid": 0,
            "ts": ts(e.at_ns), "args": { "counter": count.counter },
        })),
        EventKind::Store {
            slot,
            value,
            overwrote: Some(lost),
        } => Some(json!({
            "ph": "i", "s": "t", "name": "lost update", "cat": "results",
            "pid": PID, "tid": e.who.0, "ts": ts(e.at_ns),
            "args": {
                "slot": slot,
                "value": value.as_ref(),
                "overwrote": lost.as_ref(),
            },
        })),
        EventKind::End(ending) => Some(json!({
            "ph": "i", "s": "g", "name": model.ending_words(ending), "cat": "ending",
            "pid": PID, "tid": e.who.0, "ts": ts(e.at_ns),
        })),
        _ => None,
    })
}

fn lock_handoffs(model: &Model) -> impl Iterator<Item = Value> + '_ {
    model.handoffs.iter().enumerate().flat_map(move |(id, h)| {
        let lock = model.locks.get(h.lock).map_or("?", |l| l.name.as_str());
        let args = json!({ "lock": lock, "from": h.from.to_string(), "to": h.to.to_string() });
        [
            json!({
                "ph": "s", "id": id, "name": "hand-off", "cat": "lock",
                "pid": PID, "tid": h.from.0, "ts": ts(h.at_ns), "args": args,
            }),
            json!({
                "ph": "f", "bp": "e", "id": id, "name": "hand-off", "cat": "lock",
                "pid": PID, "tid": h.to.0, "ts": ts(h.at_ns), "args": args,
            }),
        ]
    })
}

fn chan_handoffs(model: &Model) -> impl Iterator<Item = Value> + '_ {
    let first = model.handoffs.len();
    model
        .chans
        .handoffs
        .iter()
        .enumerate()
        .flat_map(move |(id, h)| {
            let args = json!({
                "channel": model.chans.name(h.chan),
                "value": h.value.as_ref(),
                "from": h.from.to_string(),
                "to": h.to.to_string(),
            });
            [("s", h.from.0), ("f", h.to.0)].map(|(ph, tid)| {
                json!({
                    "ph": ph, "bp": "e", "id": first + id, "name": "value", "cat": "chan",
                    "pid": PID, "tid": tid, "ts": ts(h.at_ns), "args": args,
                })
            })
        })
}

fn metadata(model: &Model) -> impl Iterator<Item = Value> + '_ {
    let title = model.info.as_ref().map_or("syncscope".to_string(), |i| {
        format!(
            "syncscope run {}: {} under {}",
            model.run,
            i.lesson.name,
            i.mode.title()
        )
    });
    let process = json!({
        "ph": "M", "name": "process_name", "pid": PID, "args": { "name": title },
    });
    std::iter::once(process).chain((0..model.lanes.len()).flat_map(|i| {
        let name = Gid(i as u32).to_string();
        [
            json!({
                "ph": "M", "name": "thread_name", "pid": PID, "tid": i, "args": { "name": name },
            }),
            json!({
                "ph": "M", "name": "thread_sort_index", "pid": PID, "tid": i,
                "args": { "sort_index": i },
            }),
        ]
    }))
}

fn slices(model: &Model) -> impl Iterator<Item = Value> + '_ {
    model.lanes.iter().enumerate().flat_map(move |(i, lane)| {
        lane.segments.iter().map(move |seg| {
            let args = json!({ "goroutine": Gid(i as u32).to_string(), "state": seg.state.name() });
            if seg.state.is_final() {
                return json!({
                    "ph": "i", "s": "t", "name": seg.state.name(), "cat": "state",
                    "pid": PID, "tid": i, "ts": ts(seg.start_ns), "args": args,
                });
            }
            let end = seg.end_ns.unwrap_or(model.last_ns);
            json!({
                "ph": "X", "name": seg.state.name(), "cat": "state", "pid": PID, "tid": i,
                "ts": ts(seg.start_ns), "dur": ts(end.saturating_sub(seg.start_ns)), "args": args,
            })
        })
    })
}

/// The processors' lanes, when any goroutine computed on them.
fn processors(model: &Model) -> impl Iterator<Item = Value> + '_ {
    let lanes = &model.procs.lanes;
    let used = lanes.iter().any(|l| !l.is_empty());
    let process = json!({
        "ph": "M", "name": "process_name", "pid": PROCS_PID, "args": { "name": "processors" },
    });
    let threads = lanes.iter().enumerate().flat_map(move |(p, lane)| {
        let name = json!({
            "ph": "M", "name": "thread_name", "pid": PROCS_PID, "tid": p,
            "args": { "name": format!("P{p}") },
        });
        std::iter::once(name).chain(lane.iter().map(move |slice| {
            let end = slice.end_ns.unwrap_or(model.last_ns);
            json!({
                "ph": "X", "name": slice.who.to_string(), "cat": "proc", "pid": PROCS_PID,
                "tid": p, "ts": ts(slice.start_ns), "dur": ts(end.saturating_sub(slice.start_ns)),
            })
        }))
    });
    std::iter::once(process)
        .chain(threads)
        .filter(move |_| used)
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

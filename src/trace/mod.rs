//! Recording and replaying runs. A trace file is Chrome Trace Event JSON that Perfetto opens,
//! plus a `syncscope` section with the run's settings (its scenario file included) and every
//! event, so `--replay` rebuilds exactly the model the live run had.

mod chrome;
mod codec;

use crate::event::{Event, EventKind, Gid, RunInfo};
use crate::model::Model;
use crate::scenario::find;
use serde_json::{Value, json};
use std::path::Path;

/// 2: Go's lock rules (woken, requeued, claimed, starving), `go`, and the slice's reads.
const FORMAT: u64 = 2;

/// The whole trace document for a run.
pub fn to_json(model: &Model) -> Value {
    let info = model.info.as_ref().map(codec::info_to_json);
    json!({
        "displayTimeUnit": "ms",
        "traceEvents": chrome::trace_events(model),
        "syncscope": {
            "format": FORMAT,
            "complete": model.log_is_complete(),
            "run": info,
            "events": model.events.iter().map(codec::event_to_json).collect::<Vec<_>>(),
        },
    })
}

pub fn write(model: &Model, path: &Path) -> Result<(), String> {
    let text = to_json(model).to_string();
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// A recorded run: its settings and its events, renumbered as run `run`.
#[derive(Debug)]
pub struct Recording {
    pub info: RunInfo,
    pub events: Vec<Event>,
}

impl Recording {
    /// The model the events build, as the live run had it.
    pub fn model(&self, run: u32) -> Model {
        let mut model = Model::new(run);
        for e in &self.events {
            model.apply(&Event { run, ..e.clone() });
        }
        model
    }
}

/// Reads a trace written by `--trace`; errors are one line naming the file.
pub fn read(path: &Path) -> Result<Recording, String> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read it: {e}"))?;
    if bytes.trim_ascii().is_empty() {
        return Err(format!("{name}: the file is empty, not a trace"));
    }
    let doc: Value = serde_json::from_slice(&bytes).map_err(|e| {
        // serde_json ends its message with the place, which leads the line here already.
        let text = e.to_string();
        let why = text
            .rsplit_once(" at line ")
            .map_or(text.as_str(), |(why, _)| why);
        let hint = if e.is_eof() {
            " (a cut-off trace?)"
        } else {
            ""
        };
        format!(
            "{name}:{}:{}: not a JSON trace: {why}{hint}",
            e.line(),
            e.column()
        )
    })?;
    from_json(&doc).map_err(|e| format!("{name}: {e}"))
}

pub fn from_json(doc: &Value) -> Result<Recording, String> {
    let ours = doc
        .get("syncscope")
        .ok_or("no syncscope section: only traces written by syncscope --trace replay")?;
    if ours["format"].as_u64() != Some(FORMAT) {
        return Err(format!("trace format {} is not {FORMAT}", ours["format"]));
    }
    let raw = ours["events"]
        .as_array()
        .ok_or("the trace has no event list")?;
    let events = raw
        .iter()
        .enumerate()
        .map(|(i, v)| codec::event_from_json(1, v).map_err(|e| format!("event {i}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let info = match events.first().map(|e| &e.kind) {
        Some(EventKind::RunStarted(info)) => RunInfo::clone(info),
        _ => return Err("the events do not start with the run's start".into()),
    };
    let contiguous = events.iter().enumerate().all(|(i, e)| e.seq == i as u64);
    if !contiguous {
        return Err("events are missing: sequence numbers are not contiguous".into());
    }
    fits(&info, &events)?;
    Ok(Recording { info, events })
}

/// Refuses events the run could not have made. The model grows a lane per goroutine id and a
/// slot per results index, so an edited trace could otherwise make it allocate without bound.
fn fits(info: &RunInfo, events: &[Event]) -> Result<(), String> {
    let goroutines = info.workers.max(info.scenario.fixed_goroutines());
    let stores = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Store { .. }))
        .count();
    for (i, e) in events.iter().enumerate().skip(1) {
        if e.who.0 > goroutines {
            return Err(format!(
                "event {i}: goroutine {} is not among the run's {goroutines}",
                e.who.0
            ));
        }
        match e.kind {
            EventKind::RunStarted(_) => {
                return Err(format!("event {i}: a second start of the run"));
            }
            EventKind::At { func, pc } if find(info.scenario.function(func), pc).is_none() => {
                return Err(format!(
                    "event {i}: step {pc} of function {func} is not in the scenario"
                ));
            }
            EventKind::Lock { lock, .. } | EventKind::Starving { lock, .. }
                if lock >= info.scenario.locks.len() =>
            {
                return Err(format!(
                    "event {i}: lock {lock} is not among the scenario's {}",
                    info.scenario.locks.len()
                ));
            }
            EventKind::Go(child) if child.0 > goroutines || child == Gid::MAIN => {
                return Err(format!(
                    "event {i}: go {child} names no goroutine of the run's {goroutines}"
                ));
            }
            // Each store fills at most one new slot, so no index reaches the count of stores.
            EventKind::Store { slot, .. } if slot >= stores => {
                return Err(format!(
                    "event {i}: results[{slot}] is beyond the trace's {stores} stores"
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;

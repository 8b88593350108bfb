//! Recording and replaying runs. A trace file is Chrome Trace Event JSON that Perfetto opens,
//! plus a `syncscope` section with the run's settings (its scenario file included) and every
//! event, so `--replay` rebuilds exactly the model the live run had.

mod chrome;
mod codec;

use crate::event::{ChanOp, Ending, Event, EventKind, Gid, MAX_EVENTS, RunInfo};
use crate::input_file;
use crate::model::Model;
use crate::program::limits::MAX_MS;
use crate::program::{StmtKind, visit_block};
use crate::safe_text::{self, MESSAGE_CHARS};
use serde_json::{Value, json};
use std::collections::HashSet;
use std::path::Path;

/// 2: Go's lock rules (woken, requeued, claimed, starving), `go`, and the slice's reads.
/// 3: channels. A format 2 trace has none, so it reads as it is.
const FORMAT: u64 = 3;
const OLDEST: u64 = 2;

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

/// Writes the trace whole or not at all: into a temporary file beside `path`, renamed over
/// it once complete, so a full disk or a crash never leaves half a trace, or no trace where an
/// older one was. A target that is not a plain file (a pipe, a device) is written straight.
pub fn write(model: &Model, path: &Path) -> Result<(), String> {
    let text = to_json(model).to_string();
    let failed = |e: std::io::Error| format!("cannot write the trace {}: {e}", path.display());
    let plain = std::fs::metadata(path).map_or(true, |m| m.is_file());
    if !plain {
        return std::fs::write(path, text).map_err(failed);
    }
    let temporary = temporary_beside(path);
    let written = std::fs::write(&temporary, text)
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(failed);
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Whether a trace can be written at `path`, found out without touching what is there: a
/// temporary file in its directory, made and removed (or, for a pipe or a device, opening it).
pub fn check_writable(path: &Path, what: &str) -> Result<(), String> {
    let failed = |e: std::io::Error| format!("cannot write the {what} {}: {e}", path.display());
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(format!(
            "cannot write the {what} {}: it is a directory",
            path.display()
        )),
        Ok(m) if !m.is_file() => std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map(drop)
            .map_err(failed),
        _ => {
            let temporary = temporary_beside(path);
            std::fs::File::create(&temporary)
                .map(drop)
                .map_err(failed)?;
            let _ = std::fs::remove_file(&temporary);
            Ok(())
        }
    }
}

fn temporary_beside(path: &Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map_or("trace".into(), |n| n.to_string_lossy());
    path.with_file_name(format!(".{name}.{}.partial", std::process::id()))
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
    let bytes =
        input_file::read(path, input_file::TRACE_BYTES).map_err(|e| format!("{name}: {e}"))?;
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
    if !ours["format"]
        .as_u64()
        .is_some_and(|f| (OLDEST..=FORMAT).contains(&f))
    {
        return Err(format!(
            "trace format {} is not one of {OLDEST} to {FORMAT}",
            ours["format"]
        ));
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
    if events.len() > MAX_EVENTS {
        return Err(format!(
            "{} events, more than a run makes ({MAX_EVENTS})",
            events.len()
        ));
    }
    // Virtual time moves only when everyone waits, to the next wake-up: never back, and
    // never further at once than one step can sleep.
    let mut last_us = 0;
    for (i, e) in events.iter().enumerate() {
        let jump = e.at_us.checked_sub(last_us).ok_or(format!(
            "event {i}: time goes back from {last_us} to {} us",
            e.at_us
        ))?;
        if jump > MAX_MS * 1000 {
            return Err(format!(
                "event {i}: time jumps {jump} us at once, more than a step can wait ({MAX_MS} ms)"
            ));
        }
        last_us = e.at_us;
    }
    // The run's program as its lesson builds it: its steps, variables and locks.
    let program = info.program();
    let goroutines = info.outline().most_goroutines;
    let mut steps = HashSet::new();
    for f in &program.funcs {
        visit_block(&f.body, &mut |s| {
            let cases = match &s.kind {
                StmtKind::Select { cases, .. } => cases.as_slice(),
                _ => &[],
            };
            let pcs = std::iter::once(s.pc).chain(cases.iter().map(|c| c.pc));
            steps.extend(pcs.flatten().map(|pc| (f.mark, pc)));
        });
    }
    let known_step = |func: u16, pc: u16| steps.contains(&(func, pc));
    let variables = program.globals.len();
    let stores = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Store { .. }))
        .count();
    let mut chans = 0;
    // The program's locks, and those its structs make as the run goes.
    let mut locks = program.locks.len();
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
            EventKind::At { func, pc } if !known_step(func, pc) => {
                return Err(format!(
                    "event {i}: step {pc} of function {func} is not in the scenario"
                ));
            }
            EventKind::LockMade { lock, .. } if lock != locks => {
                return Err(format!("event {i}: lock {lock} is made out of turn"));
            }
            EventKind::LockMade { .. } => locks += 1,
            EventKind::Lock { lock, .. } | EventKind::Starving { lock, .. } if lock >= locks => {
                return Err(format!(
                    "event {i}: lock {lock} is not among the scenario's {locks}"
                ));
            }
            EventKind::Access { var, .. } | EventKind::Atomic { var, .. }
                if usize::from(var) >= variables =>
            {
                return Err(format!("event {i}: variable {var} is not the program's"));
            }
            EventKind::Go(child) if child.0 > goroutines || child == Gid::MAIN => {
                return Err(format!(
                    "event {i}: go {child} names no goroutine of the run's {goroutines}"
                ));
            }
            EventKind::End(Ending::Panic(ref message))
                if message.len() > MESSAGE_CHARS || message.chars().any(safe_text::is_control) =>
            {
                return Err(format!(
                    "event {i}: the panic message is not one line of plain text"
                ));
            }
            // Channels are numbered as they are made, and only those made are used.
            EventKind::Chan { chan, ref op } => {
                let made = matches!(op, ChanOp::Make { .. });
                let known = if made { chan == chans } else { chan < chans };
                if !known {
                    return Err(format!("event {i}: channel {chan} was not made"));
                }
                chans += u32::from(made);
                let (ChanOp::Send { to: Some(g), .. } | ChanOp::Recv { from: Some(g), .. }) = *op
                else {
                    continue;
                };
                if g.0 > goroutines {
                    return Err(format!(
                        "event {i}: goroutine {} is not among the run's {goroutines}",
                        g.0
                    ));
                }
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

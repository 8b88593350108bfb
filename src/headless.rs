//! Runs without the TUI: a plain-text timeline and summary, or one JSON object.

use crate::clock::Pacing;
use crate::engine;
use crate::event::{Access, Ending, Event, EventKind, LockAction, RunInfo};
use crate::model::Model;
use crossbeam_channel::unbounded;
use std::io::{self, Write};

/// Runs once to the end and returns the model; with `timeline`, writes a line per event.
pub fn run(
    info: RunInfo,
    pacing: Pacing,
    speed: f64,
    mut timeline: Option<&mut dyn Write>,
) -> io::Result<Model> {
    let (tx, rx) = unbounded();
    let handle = engine::start(1, info, pacing, speed, tx);
    let mut model = Model::new(1);
    for event in rx.iter() {
        model.apply(&event);
        if let Some(out) = timeline.as_deref_mut() {
            writeln!(out, "{}", describe(&event))?;
        }
        if model.is_finished() {
            break;
        }
    }
    handle.cancel();
    Ok(model)
}

/// One event as a timeline line: time, goroutine, what happened.
pub fn describe(event: &Event) -> String {
    let what = match &event.kind {
        EventKind::RunStarted(info) => format!("starts: {}", settings(info)),
        EventKind::State(state) => state.to_string(),
        EventKind::Lock { access, action } => lock_call(*access, *action).to_string(),
        EventKind::WaitGroup(counter) => format!("WaitGroup counter = {counter}"),
        EventKind::Store {
            slot,
            value,
            overwrote: None,
        } => format!("results[{slot}] = {value}"),
        EventKind::Store {
            slot,
            value,
            overwrote: Some(lost),
        } => format!("results[{slot}] = {value}, overwriting {lost}: lost update"),
        EventKind::Len(len) => format!("len(results) = {len}"),
        EventKind::Read(len) => format!("reads results (len {len})"),
        EventKind::End(ending) => ending_text(ending),
    };
    format!(
        "{:>12.3} ms  {:<6} {what}",
        event.at_us as f64 / 1000.0,
        event.who.to_string()
    )
}

fn lock_call(access: Access, action: LockAction) -> &'static str {
    match (access, action) {
        (Access::Write, LockAction::Wait) => "Lock() blocks",
        (Access::Write, LockAction::Acquire) => "Lock() acquired",
        (Access::Write, LockAction::Release) => "Unlock()",
        (Access::Read, LockAction::Wait) => "RLock() blocks",
        (Access::Read, LockAction::Acquire) => "RLock() acquired",
        (Access::Read, LockAction::Release) => "RUnlock()",
    }
}

pub fn ending_text(ending: &Ending) -> String {
    match ending {
        Ending::Finished => "main returns".into(),
        Ending::Deadlock => "fatal error: all goroutines are asleep - deadlock!".into(),
        Ending::Panic(message) => message.clone(),
    }
}

/// The run's settings in one line, as the header and the timeline show them.
pub fn settings(info: &RunInfo) -> String {
    let delay = if info.random_delay {
        format!("random 0..{} ms, seed {}", info.delay_ms, info.seed)
    } else {
        format!("{} ms", info.delay_ms)
    };
    format!(
        "mode {}, {} goroutines, delay {delay}, write {} ms, read {} ms x{}",
        info.mode.title(),
        info.workers,
        info.write_ms,
        info.read_ms,
        info.reads
    )
}

/// The closing lines, in the spirit of the tutorials' output.
pub fn summary(model: &Model) -> String {
    let total = model.total_us().unwrap_or(model.last_us) as f64 / 1000.0;
    let lost = model.results.lost();
    let mut text = format!(
        "Total execution time: {total:.3}ms (virtual)\nThe results are: [{}]\n\
         expected {}, got {}, lost updates {}; at most {} writing and {} reading at once\n",
        model.results.contents().join(" "),
        model.expected(),
        model.results.contents().len(),
        lost.len(),
        model.max_writers,
        model.max_readers,
    );
    if !lost.is_empty() {
        text += &format!("lost: {}\n", lost.join(" "));
    }
    if let Some((ending @ (Ending::Deadlock | Ending::Panic(_)), _)) = &model.ending {
        text += &format!("{}\n", ending_text(ending));
    }
    if let Some(outcome) = model.outcome() {
        text += &format!("outcome: {}\n", outcome.key());
    }
    text
}

/// The `--json` object.
pub fn json(model: &Model) -> serde_json::Value {
    let info = model.info.as_ref();
    let total_us = model.total_us().unwrap_or(model.last_us);
    serde_json::json!({
        "mode": info.map(|i| i.mode.key()),
        "workers": info.map(|i| i.workers),
        "delay_ms": info.map(|i| i.delay_ms),
        "random_delay": info.map(|i| i.random_delay),
        "seed": info.map(|i| i.seed),
        "total_ms": (total_us as f64) / 1000.0,
        "expected": model.expected(),
        "results": model.results.contents(),
        "lost_updates": model.results.lost().len(),
        "max_writers": model.max_writers,
        "max_readers": model.max_readers,
        "events": model.events.len(),
        "outcome": model.outcome().map(|o| o.key()),
    })
}

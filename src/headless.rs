//! Runs without the TUI: a plain-text timeline and summary, or one JSON object.

use crate::channel::channel;
use crate::describe::{describe, ending_text};
use crate::engine;
use crate::event::{Ending, RunInfo};
use crate::model::Model;
use crate::sched::Pacing;
use crate::trace::Recording;
use std::io::{self, Write};

/// Runs once to the end and returns the model; with `timeline`, writes a line per event.
pub fn run(
    info: RunInfo,
    pacing: Pacing,
    speed: f64,
    mut timeline: Option<&mut dyn Write>,
) -> io::Result<Model> {
    let (sink, source) = channel();
    let handle = engine::start(1, info, pacing, speed, sink);
    let mut model = Model::new(1);
    'run: for batch in source.iter() {
        for event in &batch {
            model.apply(event);
            if let Some(out) = timeline.as_deref_mut()
                && let Some(line) = describe(event, &model.lock_names())
            {
                writeln!(out, "{line}")?;
            }
            if model.is_finished() {
                break 'run;
            }
        }
        source.recycle(batch);
    }
    handle.cancel();
    Ok(model)
}

/// A recorded run, told as the live one was: its timeline lines, then the same model.
pub fn replay(recording: &Recording, timeline: Option<&mut dyn Write>) -> io::Result<Model> {
    let model = recording.model(1);
    if let Some(out) = timeline {
        let locks = model.lock_names();
        for line in model.events.iter().filter_map(|e| describe(e, &locks)) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(model)
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
    for warning in &model.warnings {
        text += &format!("note: {}\n", warning.text);
    }
    if let Some((ending @ (Ending::Deadlock | Ending::Panic(_)), _)) = &model.ending {
        text += &format!("{}\n", ending_text(ending));
    }
    if matches!(model.ending, Some((Ending::Deadlock, _))) {
        for line in model.who_waits() {
            text += &format!("  {line}\n");
        }
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
        "scenario": info.map(|i| i.scenario.name.as_str()),
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
        "events": model.event_count,
        "warnings": model.warnings.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(),
        "waits": if matches!(model.ending, Some((Ending::Deadlock, _))) {
            model.who_waits()
        } else {
            Vec::new()
        },
        "outcome": model.outcome().map(|o| o.key()),
    })
}

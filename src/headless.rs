//! Runs without the TUI: a plain-text timeline and summary, or one JSON object.

use crate::channel::channel;
use crate::describe::describe;
use crate::engine::{self, RunConfig};
use crate::event::{Access, Ending, Event, EventKind, RunInfo};
use crate::model::{HISTORY_BUDGET, Model};
use crate::race_report::race_lines;
use crate::safe_text;
use crate::sched::Pacing;
use crate::trace::Recording;
use std::io::{self, Write};

/// What a headless run writes as it goes.
pub enum Narration<'a> {
    Quiet,
    /// A line per event.
    Timeline(&'a mut dyn Write),
    /// What the program prints, as `go run` shows it: its stdout to the first, its stderr
    /// to the second.
    Output(&'a mut dyn Write, &'a mut dyn Write),
}

/// Runs once to the end and returns the model, narrating it as asked.
pub fn run(
    info: RunInfo,
    pacing: Pacing,
    speed: f64,
    mut narration: Narration,
) -> io::Result<Model> {
    let (sink, source) = channel();
    let handle = engine::start(RunConfig::new(1, info, pacing, speed), sink);
    let mut model = Model::new(1);
    'run: for batch in source.iter() {
        for event in &batch {
            model.apply(event);
            if model.history_over(HISTORY_BUDGET) {
                handle.sched().stop_at_budget();
            }
            narrate(&mut narration, event, &model)?;
            if model.is_finished() {
                break 'run;
            }
        }
        if let Narration::Output(out, err) = &mut narration {
            out.flush()?;
            err.flush()?;
        }
        source.recycle(batch);
    }
    handle.cancel();
    Ok(model)
}

fn narrate(narration: &mut Narration, event: &Event, model: &Model) -> io::Result<()> {
    match narration {
        Narration::Quiet => Ok(()),
        Narration::Timeline(out) => match describe(event, model.names()) {
            Some(line) => writeln!(out, "{line}"),
            None => Ok(()),
        },
        Narration::Output(out, err) => match &event.kind {
            // The program's own bytes, as Go writes them; a terminal shows them as a
            // terminal shows any program's.
            EventKind::Output(text) => out.write_all(safe_text::output(text).as_bytes()),
            EventKind::Stderr(text) => err.write_all(safe_text::output(text).as_bytes()),
            _ => Ok(()),
        },
    }
}

/// A recorded run, told as the live one was, then the same model.
pub fn replay(recording: &Recording, mut narration: Narration) -> io::Result<Model> {
    let model = recording.model(1);
    for event in &model.events {
        narrate(&mut narration, &event, &model)?;
    }
    Ok(model)
}

/// The closing lines, in the spirit of the tutorials' output. A program that dies of a panic
/// or a fatal error prints no total, as in Go: its error comes first instead.
pub fn summary(model: &Model) -> String {
    let total = model.total_us().unwrap_or(model.last_us()) as f64 / 1000.0;
    let lost = model.results.lost();
    let died = matches!(
        model.ending,
        Some((
            Ending::Deadlock | Ending::Panic(_) | Ending::Budget | Ending::Exit(_),
            _
        ))
    );
    let uses = model.info.as_ref().map(|i| &i.lesson.uses);
    let own_output = uses.is_some_and(|u| u.own_output);
    let mut text = String::new();
    if let Some((ending, _)) = model.ending.as_ref().filter(|_| died) {
        text += &format!("{}\n", model.ending_words(ending));
    } else if own_output {
        // A Go program prints its own total and results: this is syncscope's account.
        let n = model.lanes.len();
        text += &format!(
            "syncscope: main returned at {total:.3}ms (virtual), {n} goroutine{}\n",
            if n == 1 { "" } else { "s" }
        );
    } else {
        text += &format!(
            "Total execution time: {total:.3}ms (virtual)\nThe results are: [{}]\n",
            model.results.contents().join(" ")
        );
    }
    let follows_results = uses.is_none_or(|u| u.results);
    text += &format!(
        "{}at most {} writing and {} reading at once\n",
        if follows_results {
            format!(
                "expected {}, got {}, lost updates {}; ",
                model.expected(),
                model.results.contents().len(),
                lost.len()
            )
        } else {
            String::new()
        },
        model.max_writers,
        model.max_readers,
    );
    if !lost.is_empty() {
        text += &format!("lost: {}\n", lost.join(" "));
    }
    for warning in &model.warnings {
        text += &format!("note: {}\n", warning.text);
    }
    let races = model.races().len();
    if races > 0 {
        text += &format!("Found {races} data race(s)\n");
    }
    if matches!(model.ending, Some((Ending::Deadlock, _))) {
        for line in model.who_waits() {
            text += &format!("  {line}\n");
        }
    }
    if let Some(info) = &model.info {
        let program = info.listing();
        for line in crate::race_report::map_fatal_report(model, &program) {
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
    let total_us = model.total_us().unwrap_or(model.last_us());
    let total_ns = model.total_ns().unwrap_or(model.last_ns);
    let cpu_us = model.procs.cpu_ns_at(total_ns) / 1000;
    let mut out = serde_json::json!({
        "scenario": info.map(|i| i.lesson.name.as_str()),
        "mode": info.map(|i| i.mode.key()),
        "workers": info.map(|i| i.workers),
        "delay_ms": info.map(|i| i.delay_ms),
        "random_delay": info.map(|i| i.random_delay),
        "seed": info.map(|i| i.seed),
        "total_ms": (total_us as f64) / 1000.0,
        // The program may have set its own (runtime.GOMAXPROCS).
        "procs": info.map(|i| match model.procs.count {
            0 => i.procs,
            n => n,
        }),
        "cpu_ms": (cpu_us as f64) / 1000.0,
        // CPU time over wall time: how many processors were busy on average.
        "parallelism": if total_us > 0 { cpu_us as f64 / total_us as f64 } else { 0.0 },
        // Per goroutine (main included), the time in each state, in ms.
        "states_ms": states_ms(model, total_ns),
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
        "races": races_json(model),
        "output": model.output.text,
        "outcome": model.outcome().map(|o| o.key()),
    });
    // Only runs that wrote on stderr have the key, so the others' JSON is as it was.
    if !model.output.stderr.is_empty() {
        out["stderr"] = serde_json::json!(model.output.stderr);
    }
    // Only runs that die of a panic or a fatal error have the key: Go's words for it.
    if let Some((Ending::Panic(message), _)) = &model.ending {
        out["error"] = serde_json::json!(message);
    }
    // Only runs with channels have the key, so the others' JSON is as it was.
    if !model.chans.is_empty() {
        out["channels"] = channels_json(model);
    }
    if !model.contexts.cancels.is_empty() {
        out["cancels"] = contexts::cancels_json(model);
    }
    if !model.conds.list.is_empty() {
        out["conds"] = conds::conds_json(model);
    }
    out
}

/// Each channel: its name and capacity, what went through it, and how it was left.
fn channels_json(model: &Model) -> serde_json::Value {
    let chans = model.chans.list.iter().map(|c| {
        let left: Vec<&str> = c.buffer.iter().map(|s| s.value.as_ref()).collect();
        serde_json::json!({
            "name": c.name.as_ref(),
            "cap": c.cap,
            "sent": c.sent,
            "received": c.received,
            "closed": c.closed.is_some(),
            "left_in_buffer": left,
        })
    });
    serde_json::Value::Array(chans.collect())
}

/// `{"g1": {"running": ms, "runnable": ms, ...}, ...}`: the states each goroutine was in.
fn states_ms(model: &Model, now_ns: u64) -> serde_json::Value {
    let lanes = model.lanes.iter().enumerate().map(|(i, lane)| {
        let states: serde_json::Map<String, serde_json::Value> = crate::event::State::ALL
            .into_iter()
            .filter(|s| !s.is_final())
            .map(|s| (s, lane.time_in(s, now_ns) / 1000))
            .filter(|(_, us)| *us > 0)
            .map(|(s, us)| (s.name().to_string(), serde_json::json!(us as f64 / 1000.0)))
            .collect();
        (
            crate::event::Gid(i as u32).to_string(),
            serde_json::Value::Object(states),
        )
    });
    serde_json::Value::Object(lanes.collect())
}

/// Each race as the lines of its two accesses in the program shown, and who made them.
fn races_json(model: &Model) -> serde_json::Value {
    let Some(info) = model.info.as_ref() else {
        return serde_json::json!({ "count": 0, "pairs": [] });
    };
    let program = info.listing();
    let pairs: Vec<serde_json::Value> = model
        .races()
        .iter()
        .map(|r| {
            let access = |a: Access| match a {
                Access::Read => "read",
                Access::Write => "write",
            };
            serde_json::json!({
                "lines": race_lines(r, &program),
                "goroutines": [r.who.to_string(), r.other.to_string()],
                "accesses": [access(r.point.site.access()), access(r.other_point.site.access())],
            })
        })
        .collect();
    serde_json::json!({ "count": pairs.len(), "pairs": pairs })
}

mod conds;
mod contexts;
#[cfg(test)]
mod tests;

use super::*;
use serde_json::json;

mod chan_runs;
mod context_runs;
mod formats;
use crate::event::{Ending, Gid, LockMode};
use crate::front::toml::built_in;
use crate::headless;
use crate::sched::Pacing;
use std::sync::Arc;

fn live(name: &str, mode: LockMode) -> Model {
    let scenario = built_in(name).expect("built in").expect("parses");
    let mut info = RunInfo::new(Arc::new(scenario), 5);
    info.mode = mode;
    headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs")
}

#[test]
fn a_replayed_trace_rebuilds_the_same_model() {
    for (name, mode) in [
        ("race", LockMode::None),
        ("rwmutex", LockMode::RwMutex),
        ("lock-order", LockMode::Mutex),
        ("done-twice", LockMode::Mutex),
        ("cpu-bound", LockMode::None),
    ] {
        let model = live(name, mode);
        let text = to_json(&model).to_string();
        let doc: Value = serde_json::from_str(&text).expect("valid JSON");
        let replayed = from_json(&doc).expect("replays").model(model.run);
        assert_eq!(replayed, model, "{name}");
    }
}

/// Every lesson of the course, in every mode it offers: a select's chosen case and every step
/// a run can be at read back as the run's own.
#[test]
fn every_lesson_in_every_mode_replays() {
    for (name, _) in crate::front::toml::BUILT_IN {
        let lesson = built_in(name).expect("built in").expect("parses");
        for mode in lesson.modes.clone() {
            let model = live(name, mode);
            let doc: Value = serde_json::from_str(&to_json(&model).to_string()).expect("JSON");
            let replayed = from_json(&doc).unwrap_or_else(|e| panic!("{name} {mode:?}: {e}"));
            assert_eq!(replayed.model(model.run), model, "{name} {mode:?}");
        }
    }
}

#[test]
fn foreign_or_damaged_traces_are_refused_with_a_reason() {
    let model = live("mutex", LockMode::Mutex);
    let mut doc = to_json(&model);
    let foreign = json!({ "traceEvents": [] });
    assert!(
        from_json(&foreign)
            .unwrap_err()
            .contains("no syncscope section")
    );
    doc["syncscope"]["events"]
        .as_array_mut()
        .expect("events")
        .remove(3);
    assert!(from_json(&doc).unwrap_err().contains("not contiguous"));
    doc["syncscope"]["events"][2] = json!([3, 0, 0, "teleport"]);
    let e = from_json(&doc).unwrap_err();
    assert!(e.contains("event 3: unknown variant `teleport`"), "{e}");
}

#[test]
fn every_goroutine_is_a_named_thread_and_hand_offs_are_flows() {
    let model = live("mutex", LockMode::Mutex);
    let events: Vec<Value> = chrome::trace_events(&model).collect();
    let names: Vec<&str> = events
        .iter()
        .filter(|e| e["name"] == "thread_name")
        .filter_map(|e| e["args"]["name"].as_str())
        .collect();
    assert_eq!(names, vec!["main", "g1", "g2", "g3", "g4", "g5"]);
    let starts = events.iter().filter(|e| e["ph"] == "s").count();
    let ends = events.iter().filter(|e| e["ph"] == "f").count();
    assert!(starts > 0 && starts == ends && starts == model.handoffs.len());
    assert!(
        events
            .iter()
            .any(|e| e["ph"] == "C" && e["name"] == "WaitGroup")
    );
}

#[test]
fn cpu_work_gets_a_thread_per_processor_with_each_turn_on_it() {
    let model = live("cpu-bound", LockMode::None);
    let events: Vec<Value> = chrome::trace_events(&model).collect();
    let procs: Vec<&Value> = events.iter().filter(|e| e["pid"] == 2).collect();
    let threads = procs.iter().filter(|e| e["name"] == "thread_name").count();
    assert_eq!(threads, 1, "the lesson runs on one processor");
    let turns: u64 = procs
        .iter()
        .filter(|e| e["ph"] == "X")
        .filter_map(|e| e["dur"].as_u64())
        .sum();
    assert_eq!(turns, 4 * 330_000, "every turn of CPU work, on P0");
    assert!(
        events
            .iter()
            .any(|e| e["ph"] == "X" && e["name"] == "runnable"),
        "runnable is a state slice like any other"
    );
    // Without CPU work there is no processors' process.
    let mutex: Vec<Value> = chrome::trace_events(&live("mutex", LockMode::Mutex)).collect();
    assert!(mutex.iter().all(|e| e["pid"] != 2));
}

#[test]
fn events_the_run_could_not_have_made_are_refused() {
    let model = live("mutex", LockMode::Mutex);
    let doc = to_json(&model);
    let refused = |edit: &dyn Fn(&mut Value)| {
        let mut doc = doc.clone();
        edit(&mut doc);
        from_json(&doc).unwrap_err()
    };
    let e = refused(&|d| d["syncscope"]["run"]["workers"] = json!(12_001));
    assert!(e.contains("workers 12001"), "{e}");
    let e = refused(&|d| d["syncscope"]["run"]["delay_ms"] = json!(u64::MAX));
    assert!(e.contains("delay_ms"), "{e}");
    // Event 3 is the third row: the start is the run's settings.
    let e = refused(&|d| d["syncscope"]["events"][2][2] = json!(6));
    assert!(e.contains("goroutine 6 is not among the run's 5"), "{e}");
    let e = refused(&|d| {
        let events = d["syncscope"]["events"].as_array_mut().expect("events");
        let store = events
            .iter_mut()
            .find(|e| e[3].get("store").is_some())
            .expect("a store");
        store[3]["store"]["slot"] = json!(5);
    });
    assert!(e.contains("results[5]"), "{e}");
    // A start is no kind of row: the run's settings are written once, beside the rows.
    let e = refused(&|d| {
        let run = d["syncscope"]["run"].clone();
        d["syncscope"]["events"][0] = json!([1, 0, 0, { "start": run }]);
    });
    assert!(e.contains("event 1: unknown variant `start`"), "{e}");
}

/// A run with channels, as events: main makes two, g1 and g2 pass values over them, one is
/// closed. No front end makes channels yet, so the stream is written out.
fn with_channels() -> Model {
    use crate::event::{ChanOp, State};
    let scenario = built_in("mutex").expect("built in").expect("parses");
    let info = RunInfo::new(Arc::new(scenario), 5);
    let v = |s: &str| -> Arc<str> { s.into() };
    let chan = |chan, op| EventKind::Chan { chan, op };
    let steps: Vec<(u64, u32, EventKind)> = vec![
        (0, 0, EventKind::RunStarted(Box::new(info))),
        (0, 0, EventKind::State(State::Running)),
        (
            0,
            0,
            chan(
                0,
                ChanOp::Make {
                    name: v("jobs"),
                    cap: 0,
                },
            ),
        ),
        (
            0,
            0,
            chan(
                1,
                ChanOp::Make {
                    name: v("results"),
                    cap: 1,
                },
            ),
        ),
        (0, 0, EventKind::Go(Gid(1))),
        (1, 1, EventKind::State(State::WaitingRecv)),
        (
            1,
            1,
            chan(
                0,
                ChanOp::Wait {
                    send: None,
                    select: false,
                },
            ),
        ),
        (
            2,
            0,
            chan(
                0,
                ChanOp::Send {
                    value: v("id2"),
                    to: Some(Gid(1)),
                },
            ),
        ),
        (
            2,
            1,
            chan(
                0,
                ChanOp::Recv {
                    value: v("id2"),
                    ok: true,
                    from: Some(Gid(0)),
                },
            ),
        ),
        (
            3,
            1,
            chan(
                1,
                ChanOp::Send {
                    value: v("done id2"),
                    to: None,
                },
            ),
        ),
        (4, 0, chan(0, ChanOp::Close)),
        (5, 0, EventKind::State(State::WaitingSelect)),
        (
            5,
            0,
            chan(
                1,
                ChanOp::Wait {
                    send: None,
                    select: true,
                },
            ),
        ),
        (
            6,
            0,
            chan(
                1,
                ChanOp::Recv {
                    value: v("done id2"),
                    ok: true,
                    from: None,
                },
            ),
        ),
        (6, 0, EventKind::State(State::Running)),
        (7, 1, EventKind::State(State::Done)),
        (7, 0, EventKind::End(Ending::Finished)),
    ];
    let mut model = Model::new(1);
    for (seq, (at_us, who, kind)) in steps.into_iter().enumerate() {
        model.apply(&Event {
            run: 1,
            seq: seq as u64,
            at_ns: at_us * 1000,
            who: Gid(who),
            kind,
        });
    }
    model
}

#[test]
fn a_run_with_channels_round_trips() {
    let model = with_channels();
    assert_eq!(model.chans.list.len(), 2);
    let text = to_json(&model).to_string();
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(doc["syncscope"]["format"], json!(FORMAT));
    let replayed = from_json(&doc).expect("replays").model(model.run);
    assert_eq!(replayed, model);
    // The states and the hand-off show in Perfetto like the others.
    let events: Vec<Value> = chrome::trace_events(&model).collect();
    assert!(
        events
            .iter()
            .any(|e| e["name"] == "waiting-recv" && e["ph"] == "X")
    );
    assert!(
        events
            .iter()
            .any(|e| e["name"] == "waiting-select" && e["ph"] == "X")
    );
    let flows: Vec<&Value> = events.iter().filter(|e| e["cat"] == "chan").collect();
    assert_eq!(flows.len(), 2, "{flows:?}");
    assert_eq!(flows[0]["args"]["value"], json!("id2"));
}

#[test]
fn channel_events_the_run_could_not_have_made_are_refused() {
    let doc = to_json(&with_channels());
    let refused = |edit: &dyn Fn(&mut Value)| {
        let mut doc = doc.clone();
        edit(&mut doc);
        from_json(&doc).unwrap_err()
    };
    // A channel used before it is made, or made out of turn (event n is row n - 1: the start
    // is the run's settings).
    let e = refused(&|d| d["syncscope"]["events"][5][3]["chan"]["chan"] = json!(2));
    assert!(e.contains("channel 2 was not made"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][2][3]["chan"]["chan"] = json!(5));
    assert!(e.contains("channel 5 was not made"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][6][3]["chan"]["op"]["send"]["to"] = json!(9));
    assert!(e.contains("goroutine 9 is not among"), "{e}");
    // Formats from before 2 do not read (2 and 3 do: see formats.rs).
    let mut old = doc.clone();
    old["syncscope"]["format"] = json!(1);
    assert!(from_json(&old).unwrap_err().contains("trace format 1"));
}

#[test]
fn the_engines_channel_events_build_the_model_they_should() {
    let model = chan_runs::run(chan_runs::pipeline(true));
    assert_eq!(model.ending.as_ref().map(|e| &e.0), Some(&Ending::Deadlock));
    let names: Vec<&str> = model.chans.list.iter().map(|c| &*c.name).collect();
    assert_eq!(names, ["jobs", "results"]);
    let (jobs, results) = (&model.chans.list[0], &model.chans.list[1]);
    assert_eq!((jobs.sent, jobs.received), (1, 1));
    assert_eq!((results.sent, results.received), (2, 2));
    assert!(results.buffer.is_empty() && results.senders.is_empty());
    // main waits on jobs for ever; the worker is gone.
    let waiting: Vec<Gid> = jobs.receivers.iter().map(|w| w.who).collect();
    assert_eq!(waiting, [Gid::MAIN]);
    assert_eq!(
        model.who_waits(),
        ["main [chan receive]: <-jobs, open, nobody sends"]
    );
    // The worker waited to receive: main's send was a hand-off to it.
    let h = &model.chans.handoffs[0];
    assert_eq!((h.from, h.to, &*h.value), (Gid::MAIN, Gid(1), "id1"));
    // The worker's write of n is ordered before main's read by the results it sent; read
    // before they are received, it races.
    assert!(model.races().is_empty(), "{:?}", model.races());
    let unordered = chan_runs::run(chan_runs::pipeline(false));
    assert_eq!(unordered.races().len(), 1, "{:?}", unordered.races());
}

#[test]
fn a_live_run_with_channels_round_trips_through_a_trace() {
    let model = chan_runs::run(chan_runs::pipeline(true));
    let doc: Value = serde_json::from_str(&to_json(&model).to_string()).expect("valid JSON");
    // Replayed, the run's program is read back from its source, which here is only a stand-in
    // for the program written out above; everything the events built is the same.
    let replayed = from_json(&doc).expect("replays").model(model.run);
    assert!(
        replayed
            .events
            .iter()
            .skip(1)
            .eq(model.events.iter().skip(1))
    );
    assert_eq!(replayed.chans, model.chans);
    assert_eq!(replayed.lanes, model.lanes);
    assert_eq!(replayed.who_waits(), model.who_waits());
}

#[test]
fn past_its_limit_the_perfetto_part_is_cut_at_a_moment_with_an_instant_that_says_so() {
    let model = live("mutex", LockMode::Mutex);
    let all: Vec<Value> = chrome::trace_events(&model).collect();
    assert_eq!(chrome::cut_at(&model, all.len() + 1), None, "room for all");
    let max = all.len() / 2;
    let at = chrome::cut_at(&model, max).expect("cut");
    let cut: Vec<Value> = chrome::until(all.clone().into_iter(), at).collect();
    assert!(
        cut.len() <= max + 1,
        "{} events for at most {max}",
        cut.len()
    );
    assert!(cut.len() > max / 4, "not cut far too early: {}", cut.len());
    let notice = cut.last().expect("the notice");
    assert_eq!(notice["cat"], "cut");
    assert!(
        notice["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("trace cut here"))
    );
    // Every lane is there up to the cut, and nothing after it.
    let at_us = at as f64 / 1000.0;
    let shown = |e: &Value| e["ts"].as_f64().is_none_or(|ts| ts <= at_us);
    let kept: Vec<&Value> = all.iter().filter(|e| shown(e)).collect();
    assert_eq!(cut.len(), kept.len() + 1);
}

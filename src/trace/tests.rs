use super::*;
use crate::event::LockMode;
use crate::headless;
use crate::scenario::built_in;
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
    doc["syncscope"]["events"][2] = json!([2, 0, 0, "teleport"]);
    assert!(from_json(&doc).unwrap_err().contains("unknown event kind"));
}

#[test]
fn every_goroutine_is_a_named_thread_and_hand_offs_are_flows() {
    let model = live("mutex", LockMode::Mutex);
    let events = chrome::trace_events(&model);
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
    let events = chrome::trace_events(&model);
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
    let mutex = chrome::trace_events(&live("mutex", LockMode::Mutex));
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
    let e = refused(&|d| d["syncscope"]["events"][0][4]["workers"] = json!(10_001));
    assert!(e.contains("workers 10001"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][0][4]["delay_ms"] = json!(u64::MAX));
    assert!(e.contains("delay_ms"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][3][2] = json!(6));
    assert!(e.contains("goroutine 6 is not among the run's 5"), "{e}");
    let e = refused(&|d| {
        let events = d["syncscope"]["events"].as_array_mut().expect("events");
        let store = events
            .iter_mut()
            .find(|e| e[3] == "store")
            .expect("a store");
        store[4] = json!(5);
    });
    assert!(e.contains("results[5]"), "{e}");
    let e = refused(&|d| {
        let start = d["syncscope"]["events"][0].clone();
        d["syncscope"]["events"][1] = json!([1, 0, 0, "start", start[4]]);
    });
    assert!(e.contains("a second start"), "{e}");
}

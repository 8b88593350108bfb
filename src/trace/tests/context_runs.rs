//! A run that cancels contexts, by hand, with a parent and at a deadline: its trace replays
//! to the same model, cancellations and all.

use super::*;

const PROGRAM: &str = "package main

import (
\t\"context\"
\t\"fmt\"
\t\"time\"
)

func main() {
\tparent, cancel := context.WithCancel(context.Background())
\tchild, stop := context.WithTimeout(parent, time.Hour)
\tdefer stop()
\tgo func() {
\t\t<-child.Done()
\t\tfmt.Println(child.Err())
\t}()
\tcancel()
\tshort, done := context.WithTimeout(context.Background(), 20*time.Millisecond)
\tdefer done()
\t<-short.Done()
\tfmt.Println(short.Err())
}
";

#[test]
fn a_trace_of_cancels_replays_with_who_cancelled_and_why() {
    let lesson = crate::front::go::load("main.go", PROGRAM).expect("loads");
    let mut info = RunInfo::new(Arc::new(lesson), 1);
    // The timers' arithmetic alone: with code taking time the deadline's timer wakes the idle
    // processor 50 µs late, as Go's does.
    info.cost = false;
    let model =
        headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs");
    let notes: Vec<String> = model
        .contexts
        .first_hand()
        .map(crate::model::Contexts::note)
        .collect();
    assert_eq!(
        notes,
        [
            "main cancelled parent: context canceled",
            "short's deadline passed after 20ms: context deadline exceeded",
        ]
    );
    assert!(model.contexts.cancels.iter().any(|c| c.cancel.inherited));
    let text = to_json(&model).to_string();
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    let replayed = from_json(&doc).expect("replays").model(model.run);
    assert_eq!(replayed, model);
}

//! The viewer bounds the run: a run waits for a viewer that falls behind, and stops at its
//! budget when the viewer says its history is full. However fast a program makes events, no more
//! than `BACKLOG` batches of them queue between the engine and whoever shows the run, so a
//! run of millions of events holds a few megabytes in flight, not gigabytes.

use std::sync::Arc;
use std::time::Duration;
use syncscope::channel::{BACKLOG, channel};
use syncscope::engine::{self, RunConfig};
use syncscope::event::{Ending, EventKind, RunInfo};
use syncscope::model::Model;
use syncscope::sched::Pacing;

/// A few hundred thousand events from one goroutine that never waits.
const BUSY: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\
    \tvar mu sync.Mutex\n\tn := 0\n\tfor i := 0; i < 40000; i++ {\n\t\tmu.Lock()\n\t\tn++\n\
    \t\tmu.Unlock()\n\t}\n\tfmt.Println(n)\n}\n";

/// Batches the engine may send past the mark before it looks again: one emit can flush
/// twice, and each processor's goroutine looks on its own.
const SLACK: usize = 16;

/// A ball passed 30,000 times between two goroutines: every turn a few events, never a
/// batch's worth.
const PINGPONG: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\
    \tping, pong := make(chan int), make(chan int)\n\tgo func() {\n\
    \t\tfor v := range ping {\n\t\t\tpong <- v + 1\n\t\t}\n\t}()\n\
    \tball := 0\n\tfor i := 0; i < 30000; i++ {\n\t\tping <- ball\n\t\tball = <-pong\n\t}\n\
    \tfmt.Println(ball)\n}\n";

/// Runs `program` for a viewer far slower than the engine for its first batches: the most
/// batches that were ever queued, and what the program printed.
fn behind_a_slow_viewer(program: &str) -> (usize, String) {
    let lesson = syncscope::front::go::load("main.go", program).expect("the program loads");
    let info = RunInfo::new(Arc::new(lesson), 1);
    let (sink, source) = channel();
    let handle = engine::start(RunConfig::new(1, info, Pacing::Instant, 1.0), sink);
    let mut model = Model::new(1);
    let (mut taken, mut most_behind) = (0usize, 0usize);
    'run: for batch in source.iter() {
        taken += 1;
        if taken < BACKLOG + BACKLOG / 4 {
            std::thread::sleep(Duration::from_millis(3));
        }
        most_behind = most_behind.max(source.len());
        for event in &batch {
            model.apply(event);
            if model.is_finished() {
                break 'run;
            }
        }
        source.recycle(batch);
    }
    handle.cancel();
    let printed: Vec<String> = model
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Output(text) => Some(text.to_string()),
            _ => None,
        })
        .collect();
    (most_behind, printed.concat())
}

#[test]
fn a_slow_viewer_holds_the_run_back_and_the_run_still_ends() {
    for (program, printed) in [(BUSY, "40000\n"), (PINGPONG, "30000\n")] {
        let (most_behind, out) = behind_a_slow_viewer(program);
        assert!(
            most_behind <= BACKLOG + SLACK,
            "{most_behind} batches queued, more than {BACKLOG}"
        );
        // The engine did outrun the viewer, or the bound above proved nothing.
        assert!(
            most_behind >= BACKLOG / 2,
            "only {most_behind} batches queued"
        );
        assert_eq!(out, printed);
    }
}

#[test]
fn a_viewer_whose_history_is_full_stops_the_run_at_its_budget() {
    let lesson = syncscope::front::go::load("busy.go", BUSY).expect("the program loads");
    let info = RunInfo::new(Arc::new(lesson), 1);
    let (sink, source) = channel();
    let handle = engine::start(RunConfig::new(1, info, Pacing::Instant, 1.0), sink);
    let mut model = Model::new(1);
    // When the viewer said so: the events it had, and the batches already sent past them.
    let mut told: Option<(u64, usize)> = None;
    let mut biggest = 0;
    'run: for batch in source.iter() {
        biggest = biggest.max(batch.len());
        for event in &batch {
            model.apply(event);
            if model.is_finished() {
                break 'run;
            }
        }
        source.recycle(batch);
        if model.event_count >= 1000 && told.is_none() {
            handle.sched().stop_at_budget();
            told = Some((model.event_count, source.len()));
        }
    }
    handle.cancel();
    assert_eq!(model.ending.map(|(e, _)| e), Some(Ending::Budget));
    // Stopped where it was told to: what it had sent by then, and the batches a goroutine
    // may still send before it looks (however fast the engine ran ahead of this viewer),
    // not the 280,000 events of its forty thousand rounds.
    let (seen, queued) = told.expect("the viewer told the run to stop");
    let most = seen + ((queued + SLACK) * biggest) as u64;
    assert!(
        model.event_count <= most && most < 140_000,
        "{} events, at most {most}",
        model.event_count
    );
}

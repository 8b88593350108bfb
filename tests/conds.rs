//! `sync.Cond` on screen: the lanes' own wait, its legend entry, and the lock panel's list of
//! each Cond's waiters in ticket order; the JSON names the state and lists the Conds.

mod screens;

use std::sync::Arc;
use syncscope::event::{CondOp, Event, EventKind, RunInfo};

fn run(text: &str) -> Vec<Event> {
    let lesson = syncscope::front::go::load("main.go", text).expect("loads");
    screens::run(RunInfo::new(Arc::new(lesson), 1))
}

/// The whole run of a Go program, as the headless run's model.
fn model_of(text: &str) -> syncscope::model::Model {
    let lesson = syncscope::front::go::load("main.go", text).expect("loads");
    let info = RunInfo::new(Arc::new(lesson), 1);
    let quiet = syncscope::headless::Narration::Quiet;
    syncscope::headless::run(info, syncscope::sched::Pacing::Instant, 1.0, quiet)
        .expect("the run ends")
}

/// The screen after the first `upto` events.
fn screen_at(events: &[Event], upto: usize) -> String {
    screens::draw(&screens::app(events, upto), 120, 40)
}

#[test]
fn before_the_broadcast_the_lock_panel_lists_the_waiters_in_ticket_order() {
    let events = run(include_str!("against_go/programs/cond_broadcast.go"));
    let at = events
        .iter()
        .position(|e| {
            matches!(
                e.kind,
                EventKind::Cond {
                    op: CondOp::Broadcast { .. },
                    ..
                }
            )
        })
        .expect("a Broadcast");
    let screen = screen_at(&events, at);
    assert!(
        screen.contains("Cond start: Wait() g4 g1 g2 g3"),
        "{screen}"
    );
    assert!(
        screen.contains("≈ Cond wait") || screen.contains("≈ waiting-cond"),
        "{screen}"
    );
    let after = screen_at(&events, at + 1);
    assert!(
        after.contains("Cond start: nobody waits") && after.contains("main woke g4 g1 g2 g3"),
        "{after}"
    );
}

#[test]
fn a_cond_nobody_signals_is_the_deadlock_s_reason() {
    let events = run(include_str!("against_go/programs/cond_deadlock.go"));
    let screen = screen_at(&events, events.len());
    assert!(screen.contains("Cond ready: Wait() g1"), "{screen}");
    assert!(screen.contains("g1 [sync.Cond.Wait]:"), "{screen}");
}

#[test]
fn programs_without_a_cond_keep_their_legend() {
    let events = run(include_str!("against_go/programs/mutex.go"));
    let screen = screen_at(&events, events.len());
    assert!(!screen.contains('≈'), "{screen}");
    let events = screens::run(screens::info("lock-order", None));
    let screen = screen_at(&events, events.len());
    assert!(
        !screen.contains('≈') && !screen.contains("Cond"),
        "a lesson's: {screen}"
    );
}

#[test]
fn the_json_names_the_cond_wait_and_lists_the_conds() {
    let model = model_of(include_str!("against_go/programs/cond_deadlock.go"));
    let json = syncscope::headless::json(&model);
    // From its Wait to the end: 10 ms of main's sleep, the 50 µs an idle processor takes
    // to wake for its timer and the µs main's code takes.
    let waited = json["states_ms"]["g1"]["waiting-cond"].as_f64();
    assert!(
        waited.is_some_and(|ms| (10.0..10.1).contains(&ms)),
        "{json}"
    );
    assert_eq!(
        json["conds"],
        serde_json::json!([{
            "name": "ready", "lock": "mu", "waiting": ["g1"], "signals": 0, "broadcasts": 0
        }])
    );
    let model = model_of(include_str!("against_go/programs/mutex.go"));
    assert!(syncscope::headless::json(&model).get("conds").is_none());
}

#[test]
fn a_signal_with_nobody_waiting_is_noted_as_lost() {
    let model = model_of(include_str!("against_go/programs/cond_signal.go"));
    let notes: Vec<&str> = model.warnings.iter().map(|w| w.text.as_str()).collect();
    assert_eq!(
        notes,
        [
            "main's turn.Signal() found nobody in turn.Wait(): a Cond keeps no signal, so whoever \
          waits later sleeps until the next one"
        ]
    );
}

#[test]
fn a_cond_program_draws_at_every_size() {
    let events = run(include_str!("against_go/programs/cond_queue.go"));
    for (w, h) in [(80, 24), (100, 30), (120, 40), (160, 45), (200, 50)] {
        for upto in [events.len() / 2, events.len()] {
            let screen = screens::draw(&screens::app(&events, upto), w, h);
            assert!(
                screen.contains("Cond q.notEmpty") || h < 40,
                "{w}x{h}: {screen}"
            );
        }
    }
}

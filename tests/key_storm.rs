//! A key storm: 100,000 random keys through the real app loop on a `TestBackend`, over runs
//! that the keys themselves start, switch, pause, rewind and compare. Nothing may panic, the
//! loop must keep drawing, and every run's event stream must still obey the invariants.

mod support;

use crossbeam_channel::{never, unbounded};
use crossterm::event::{Event as Input, KeyCode, KeyEvent, KeyModifiers};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread;
use syncscope::app::App;
use syncscope::channel::channel;
use syncscope::event::{Event, RunInfo};
use syncscope::exit::Exit;
use syncscope::sched::Pacing;
use syncscope::tui::event_loop::run_loop;

/// Every key the app binds except the three that leave it, and a few it ignores.
const KEYS: &[KeyCode] = &[
    KeyCode::Char('m'),
    KeyCode::Char('r'),
    KeyCode::Char('n'),
    KeyCode::Char(' '),
    KeyCode::Char('+'),
    KeyCode::Char('-'),
    KeyCode::Enter,
    KeyCode::Char('?'),
    KeyCode::Char('c'),
    KeyCode::Char('e'),
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Char(','),
    KeyCode::Char('.'),
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Char('x'),
    KeyCode::Char('w'),
    KeyCode::Char('C'),
    KeyCode::Char('l'),
    KeyCode::Char('['),
    KeyCode::Char(']'),
    KeyCode::Char('j'),
    KeyCode::Char('k'),
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Char('g'),
    KeyCode::Char('G'),
    KeyCode::Char('d'),
    KeyCode::Char('z'),
    KeyCode::F(5),
    KeyCode::Tab,
];

/// Runs the loop under a storm of `keys` random keys; returns every event it was sent and
/// how many frames it drew.
fn storm(seed: u64, keys: usize, pacing: Pacing) -> (Vec<Event>, usize) {
    let mut rng = StdRng::seed_from_u64(seed);
    let scenario = syncscope::front::toml::built_in("mutex")
        .and_then(Result::ok)
        .expect("the mutex lesson parses");
    let mut info = RunInfo::new(Arc::new(scenario), seed);
    info.delay_ms = 20;
    info.write_ms = 5;
    info.read_ms = 5;

    // The engine sends to `engine_tx`; a tap keeps a copy of every event and passes it on.
    let (engine_tx, engine_rx) = channel();
    let (loop_tx, loop_rx) = channel();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let tap = {
        let seen = seen.clone();
        thread::spawn(move || {
            for batch in engine_rx.iter() {
                seen.lock().unwrap().extend(batch.iter().cloned());
                loop_tx.send(batch);
            }
        })
    };

    let (input_tx, input_rx) = unbounded();
    let feeder = thread::spawn(move || {
        let mut left = keys;
        while left > 0 {
            // Bursts of keys, then a pause until the loop has taken them: it draws between.
            let burst = rng.random_range(1..=64).min(left);
            for _ in 0..burst {
                // One key in a hundred is Ctrl-Z: the loop suspends and comes back.
                let key = if rng.random_range(0..100) == 0 {
                    KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL)
                } else {
                    KeyEvent::new(KEYS[rng.random_range(0..KEYS.len())], KeyModifiers::NONE)
                };
                input_tx.send(Input::Key(key)).expect("the loop listens");
            }
            left -= burst;
            while !input_tx.is_empty() {
                thread::yield_now();
            }
        }
        let quit = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        input_tx.send(Input::Key(quit)).expect("the loop listens");
    });

    let mut app = App::new(info, 10.0, pacing, engine_tx);
    app.start_run();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let mut suspends = 0;
    let exit = run_loop(
        &mut terminal,
        &mut app,
        &loop_rx,
        &input_rx,
        &never(),
        &mut |_, _| {
            suspends += 1;
            Ok(())
        },
    )
    .expect("draws");
    assert_eq!(exit, Exit::Quit);
    assert!(
        suspends > 0 || keys < 1000,
        "storm {seed}: Ctrl-Z never suspended"
    );
    feeder.join().expect("the feeder ends");
    drop(app);
    tap.join().expect("the tap ends");
    // Frames drawn: the loop must have kept drawing between bursts, not only at the start.
    let frames = terminal.get_frame().count();
    assert!(frames > 100, "storm {seed}: only {frames} frames drawn");
    let events = std::mem::take(&mut *seen.lock().unwrap());
    (events, frames)
}

/// Splits a tapped stream into runs by run number, in order.
fn runs(events: Vec<Event>) -> BTreeMap<u32, Vec<Event>> {
    let mut runs: BTreeMap<u32, Vec<Event>> = BTreeMap::new();
    for e in events {
        runs.entry(e.run).or_default().push(e);
    }
    runs
}

#[test]
fn a_hundred_thousand_random_keys_break_nothing() {
    let mut checked = 0;
    for (seed, pacing) in [(1, Pacing::Instant), (2, Pacing::RealTime)] {
        let (events, frames) = storm(seed, 50_000, pacing);
        eprintln!("storm {seed}: {frames} frames drawn");
        for (run, events) in runs(events) {
            support::invariants::check_prefix(&events)
                .unwrap_or_else(|e| panic!("storm {seed}, run {run}: {e}"));
            checked += 1;
        }
    }
    eprintln!("{checked} runs checked");
    assert!(checked > 100, "the keys started many runs: {checked}");
}

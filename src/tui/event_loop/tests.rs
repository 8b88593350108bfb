//! The loop on a test backend: real runs on instant pacing, keys from a channel.

use super::*;
use crate::app::App;
use crate::channel::{EventSource, channel};
use crate::event::{LockMode, RunInfo};
use crate::sched::Pacing;
use crossbeam_channel::{never, unbounded};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;

fn app(pacing: Pacing) -> (App, EventSource) {
    let lesson = crate::front::toml::built_in("mutex").unwrap().unwrap();
    let mut info = RunInfo::new(std::sync::Arc::new(lesson), 11);
    info.mode = LockMode::Mutex;
    (info.workers, info.delay_ms, info.write_ms, info.read_ms) = (3, 100, 10, 10);
    info.procs = 1;
    let (tx, rx) = channel();
    (App::new(info, 1.0, pacing, tx), rx)
}

#[test]
fn the_loop_draws_then_answers_every_pending_key_and_quits() {
    let (mut app, rx) = app(Pacing::Instant);
    app.start_run();
    let (input_tx, input_rx) = unbounded();
    for c in ['r', 'c', 'q'] {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        input_tx.send(Input::Key(key)).unwrap();
    }
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let exit = run_loop(
        &mut terminal,
        &mut app,
        &rx,
        &input_rx,
        &never(),
        &mut |_, _| Ok(()),
    )
    .unwrap();
    assert_eq!(exit, Exit::Quit);
    // The first frame is drawn before any key; the keys queued together are all answered.
    let screen = terminal.backend().to_string();
    assert!(screen.contains("mode Mutex"), "{screen}");
    assert_eq!(app.mode(), LockMode::RwMutex);
    assert!(!app.screen.code, "c hid the Go program");
}

#[test]
fn ctrl_z_hands_the_terminal_over_with_the_run_held_and_resumes_it_after() {
    let (mut held, _held_rx) = app(Pacing::RealTime);
    held.start_run();
    // While the process is stopped, the run's clock is held.
    assert!(held.hold_for_suspend() && held.paused);
    assert!(
        !held.hold_for_suspend(),
        "already held: nothing to resume after"
    );
    let (mut app, rx) = app(Pacing::RealTime);
    app.start_run();
    let (input_tx, input_rx) = unbounded();
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    input_tx.send(Input::Key(ctrl_z)).unwrap();
    input_tx
        .send(Input::Key(KeyEvent::new(
            KeyCode::Char('q'),
            KeyModifiers::NONE,
        )))
        .unwrap();
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut asked = Vec::new();
    let exit = run_loop(
        &mut terminal,
        &mut app,
        &rx,
        &input_rx,
        &never(),
        &mut |_, a| {
            asked.push(a);
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(exit, Exit::Quit);
    assert_eq!(asked, [TerminalAction::Suspend]);
    assert!(!app.paused, "the run goes on after fg");
}

#[test]
fn the_s_key_writes_the_screen_as_drawn_and_says_so() {
    let (mut app, rx) = app(Pacing::Instant);
    // `s` writes into the current directory, under the lesson's name: one of this test's own.
    let mut lesson = crate::front::toml::built_in("mutex").unwrap().unwrap();
    lesson.name = format!("s-key-test-{}", std::process::id());
    app.info = RunInfo::new(std::sync::Arc::new(lesson), 3);
    app.start_run();
    // The run is there to picture before the key comes.
    while !app.model.is_finished() {
        let batch = rx.recv().expect("the run goes on to its end");
        for event in &batch {
            app.on_event(event);
        }
    }
    let (input_tx, input_rx) = unbounded();
    let key = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::NONE);
    input_tx.send(Input::Key(key)).unwrap();
    // Then the input ends (as a hang-up), which leaves the status line as `s` set it.
    drop(input_tx);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    run_loop(
        &mut terminal,
        &mut app,
        &rx,
        &input_rx,
        &never(),
        &mut |_, _| Ok(()),
    )
    .unwrap();
    let file = format!("syncscope-{}-mutex-run1.svg", app.info.lesson.name);
    let svg = std::fs::read_to_string(&file);
    let _ = std::fs::remove_file(&file);
    let svg = svg.expect("the picture is written");
    assert!(svg.contains(&app.info.lesson.name), "the header is in it");
    assert_eq!(
        app.status.as_deref(),
        Some(format!("wrote {file}: a picture of this screen").as_str())
    );
}

//! The app driven directly: real runs on instant pacing, no terminal.

use super::*;
use crate::channel::{EventSource, channel};
use crate::event::Ending;
use std::time::Duration;

fn info(mode: LockMode, random_delay: bool) -> RunInfo {
    RunInfo {
        lesson: std::sync::Arc::new(crate::front::toml::built_in("mutex").unwrap().unwrap()),
        mode,
        workers: 3,
        delay_ms: 100,
        random_delay,
        seed: 11,
        write_ms: 10,
        read_ms: 10,
        reads: 1,
        procs: 1,
        cost: false,
    }
}

fn app(mode: LockMode, random: bool, pacing: Pacing) -> (App, EventSource) {
    let (tx, rx) = channel();
    (App::new(info(mode, random), 1.0, pacing, tx), rx)
}

/// Feeds events until the current run ends.
fn finish(app: &mut App, rx: &EventSource) {
    while !app.model.is_finished() {
        let batch = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the run ends");
        for event in &batch {
            app.on_event(event);
        }
    }
}

#[test]
fn a_mode_key_restarts_the_same_workload_in_that_mode() {
    let (mut app, rx) = app(LockMode::Mutex, true, Pacing::Instant);
    app.start_run();
    app.on_action(Action::Mode(LockMode::RwMutex));
    finish(&mut app, &rx);
    let run = app.model.info.clone().expect("run info");
    assert_eq!(run.mode, LockMode::RwMutex);
    assert_eq!(run.seed, 11, "same delays, only the lock changes");
    assert_eq!(app.model.run, 2);
    assert!(app.model.events.iter().all(|e| e.run == 2));
    assert_eq!(
        app.model.ending.as_ref().map(|e| &e.0),
        Some(&Ending::Finished)
    );
    assert_eq!(app.model.results.contents().len(), 3);
}

#[test]
fn run_again_draws_new_delays_only_when_they_are_random() {
    let (mut fixed, _rx) = app(LockMode::Mutex, false, Pacing::Instant);
    fixed.on_action(Action::RunAgain);
    assert_eq!(fixed.info.seed, 11);
    let (mut random, _rx) = app(LockMode::Mutex, true, Pacing::Instant);
    let seeds: Vec<u64> = (0..5)
        .map(|_| {
            random.on_action(Action::RunAgain);
            random.info.seed
        })
        .collect();
    assert!(seeds.iter().any(|&s| s != 11), "{seeds:?}");
}

#[test]
fn pause_freezes_virtual_time() {
    let (mut app, _rx) = app(LockMode::Mutex, false, Pacing::RealTime);
    app.info.delay_ms = 60_000;
    app.start_run();
    app.on_action(Action::TogglePause);
    assert!(app.paused && !app.is_animating());
    let frozen = app.now_us();
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(app.now_us(), frozen);
    app.on_action(Action::TogglePause);
    assert!(!app.paused && app.is_animating());
}

#[test]
fn speed_steps_stay_within_bounds() {
    let (mut app, _rx) = app(LockMode::Mutex, false, Pacing::Instant);
    let mut seen = Vec::new();
    for _ in 0..4 {
        app.on_action(Action::Faster);
        seen.push(app.speed);
    }
    assert_eq!(seen, vec![2.0, 5.0, 10.0, 10.0]);
    for _ in 0..8 {
        app.on_action(Action::Slower);
    }
    assert_eq!(app.speed, 0.1);
    app.speed = 0.3;
    app.on_action(Action::Faster);
    assert_eq!(app.speed, 0.5);
}

#[test]
fn esc_closes_help_before_it_quits() {
    let (mut app, _rx) = app(LockMode::Mutex, false, Pacing::Instant);
    app.on_action(Action::ToggleHelp);
    app.on_action(Action::Back);
    assert!(!app.screen.help && app.exit.is_none());
    app.on_action(Action::Back);
    assert_eq!(app.exit, Some(Exit::Quit));
}

#[test]
fn lesson_mode_waits_for_enter_then_runs_and_records_the_run() {
    let (mut app, rx) = app(LockMode::Mutex, false, Pacing::Instant);
    app.start_lesson_at("waitgroup");
    assert_eq!(app.course, Some(1));
    assert!(app.awaiting && !app.is_animating());
    assert!(app.model.info.is_none(), "nothing runs before Enter");
    app.on_action(Action::RunAgain);
    assert!(!app.awaiting);
    finish(&mut app, &rx);
    assert_eq!(
        app.model.info.as_ref().map(|i| i.lesson.name.as_str()),
        Some("waitgroup")
    );
    assert_eq!(app.runs.rows.len(), 1);
    assert_eq!(app.runs.rows[0].total_us, 2_000_000);
    app.on_action(Action::NextLesson);
    assert_eq!(app.info.lesson.name, "no-wait");
    assert!(app.awaiting);
    app.on_action(Action::ToggleLesson);
    assert_eq!(app.course, None);
}

#[test]
fn switching_modes_fills_the_runs_table_in_order() {
    let (mut app, rx) = app(LockMode::None, false, Pacing::Instant);
    for mode in LockMode::ALL {
        app.on_action(Action::Mode(mode));
        finish(&mut app, &rx);
    }
    let modes: Vec<&str> = app.runs.rows.iter().map(|r| r.mode).collect();
    assert_eq!(modes, vec!["none", "Mutex", "RWMutex", "channel"]);
    assert!(
        app.runs.rows[1..]
            .iter()
            .all(|r| r.lost == 0 && r.outcome == "ok")
    );
}

#[test]
fn compare_runs_every_mode_on_the_same_seed_at_once() {
    let (mut app, rx) = app(LockMode::Mutex, true, Pacing::Instant);
    let scenario = crate::front::toml::built_in("rwmutex").unwrap().unwrap();
    app.info = RunInfo::new(std::sync::Arc::new(scenario), 11);
    app.on_action(Action::Compare);
    let sides = app.compare.as_ref().expect("compare on");
    assert_eq!(sides.len(), 4);
    while app
        .compare
        .as_ref()
        .expect("on")
        .iter()
        .any(|s| !s.model.is_finished())
    {
        let batch = rx.recv_timeout(Duration::from_secs(30)).expect("runs end");
        for event in &batch {
            app.on_event(event);
        }
    }
    let sides = app.compare.as_ref().expect("on");
    let seeds: Vec<u64> = sides
        .iter()
        .filter_map(|s| s.model.info.as_ref().map(|i| i.seed))
        .collect();
    assert_eq!(seeds, vec![11, 11, 11, 11]);
    let total = |mode| {
        sides
            .iter()
            .find(|s| s.mode == mode)
            .and_then(|s| s.model.total_us())
            .expect("ended")
    };
    assert!(total(LockMode::RwMutex) < total(LockMode::Mutex));
    assert!(
        !sides[0].model.results.lost().is_empty(),
        "none loses updates"
    );
    let channel = sides
        .iter()
        .find(|s| s.mode == LockMode::Channel)
        .expect("channel side");
    assert!(
        channel.model.results.lost().is_empty(),
        "the channel mode loses none"
    );
    assert_eq!(channel.model.results.contents().len(), 5);
    assert_eq!(app.runs.rows.len(), 4);
    app.on_action(Action::Compare);
    assert!(app.compare.is_none());
}

#[test]
fn compare_needs_more_than_one_mode() {
    let (mut app, _rx) = app(LockMode::Mutex, false, Pacing::Instant);
    let scenario = crate::front::toml::built_in("sequential").unwrap().unwrap();
    app.info = RunInfo::new(std::sync::Arc::new(scenario), 1);
    app.on_action(Action::Compare);
    assert!(app.compare.is_none());
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.contains("one mode"))
    );
}

/// Everything the engine sends until it has been quiet for `quiet`, applied.
fn drain(app: &mut App, rx: &EventSource, quiet: Duration) -> usize {
    let mut seen = 0;
    while let Ok(batch) = rx.recv_timeout(quiet) {
        seen += batch.len();
        for event in &batch {
            app.on_event(event);
        }
    }
    seen
}

/// Zero-length steps take no virtual time, so a run of nothing else is over in an instant of
/// real time too, unless the break point holds it: the engine itself stops at the event.
#[test]
fn a_break_point_holds_a_run_of_zero_length_steps_exactly_there() {
    let (mut app, rx) = app(LockMode::None, false, Pacing::RealTime);
    let s = crate::front::toml::built_in("race").unwrap().unwrap();
    app.info = RunInfo::new(std::sync::Arc::new(s), 3);
    app.info.mode = LockMode::None;
    (app.info.delay_ms, app.info.write_ms, app.info.read_ms) = (0, 1, 0);
    app.info.reads = 1000;
    app.info.workers = 50;
    app.on_action(Action::BreakOnLost);
    app.start_run();
    drain(&mut app, &rx, Duration::from_millis(300));
    assert!(app.paused && !app.model.is_finished(), "held at the break");
    assert_eq!(
        app.model.results.overwrites.len(),
        1,
        "held at the first lost update"
    );
    assert_eq!(
        drain(&mut app, &rx, Duration::from_millis(200)),
        0,
        "nothing runs while held"
    );
    app.on_action(Action::TogglePause);
    finish(&mut app, &rx);
}

#[test]
fn a_pause_holds_a_run_of_zero_length_steps() {
    let (mut app, rx) = app(LockMode::Mutex, false, Pacing::RealTime);
    (app.info.delay_ms, app.info.write_ms, app.info.read_ms) = (100, 0, 0);
    app.info.reads = 1000;
    app.info.workers = 200;
    app.start_run();
    // Pause in the middle of the burst of reads that takes no virtual time at all.
    while !app.paused {
        let batch = rx.recv_timeout(Duration::from_secs(30)).expect("events");
        for event in &batch {
            app.on_event(event);
            if matches!(event.kind, EventKind::Read(_)) && !app.paused {
                app.on_action(Action::TogglePause);
            }
        }
    }
    drain(&mut app, &rx, Duration::from_millis(300));
    let held = app.model.event_count;
    assert_eq!(
        drain(&mut app, &rx, Duration::from_millis(200)),
        0,
        "no step while paused"
    );
    assert!(
        !app.model.is_finished(),
        "held before its end ({held} events)"
    );
    app.on_action(Action::TogglePause);
    finish(&mut app, &rx);
    assert!(app.model.event_count > held);
}

#[test]
fn break_points_pause_at_the_first_lost_update_and_the_first_wait() {
    for (action, scenario, said) in [
        (Action::BreakOnLost, "race", "lost update"),
        (Action::BreakOnWait, "mutex", "waiting for a lock"),
    ] {
        let (mut app, rx) = app(LockMode::Mutex, false, Pacing::Instant);
        let s = crate::front::toml::built_in(scenario).unwrap().unwrap();
        app.info = RunInfo::new(std::sync::Arc::new(s), 3);
        app.on_action(action);
        app.start_run();
        while !app.paused {
            let batch = rx.recv_timeout(Duration::from_secs(30)).expect("a break");
            for event in &batch {
                if !app.paused {
                    app.on_event(event);
                }
            }
            assert!(
                !app.model.is_finished(),
                "{scenario}: ended without a break"
            );
        }
        assert!(
            app.status.as_deref().is_some_and(|s| s.contains(said)),
            "{:?}",
            app.status
        );
        app.on_action(Action::Travel(Travel::PreviousEvent));
        assert!(app.cursor().is_some(), "a paused run can be rewound");
    }
}

/// A directory where a file should go; removed when dropped, also when an assert fails.
struct Blocker(std::path::PathBuf);

impl Drop for Blocker {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The status line after a failed trace write: one line, naming the file and the reason.
fn assert_write_failed(app: &App, file: &str) {
    let status = app.status.as_deref().unwrap_or_default();
    assert!(status.starts_with("cannot write "), "{status}");
    assert!(status.contains(file), "{status}");
    assert!(!status.contains('\n'), "{status}");
    assert!(app.exit.is_none(), "a failed write must not end the app");
}

#[test]
fn an_unwritable_trace_path_is_a_status_line_and_the_app_goes_on() {
    let (mut app, rx) = app(LockMode::Mutex, false, Pacing::Instant);
    // The --trace file's directory is gone by the time the run finishes.
    let dir = std::env::temp_dir().join(format!("syncscope-app-{}", std::process::id()));
    let path = dir.join("gone").join("run.trace.json");
    app.trace_path = Some(path.clone());
    app.start_run();
    finish(&mut app, &rx);
    assert_write_failed(&app, &path.display().to_string());
    // A mode key still starts a fresh run, which fails to write the same way.
    app.on_action(Action::Mode(LockMode::RwMutex));
    finish(&mut app, &rx);
    assert_eq!(app.runs.rows.len(), 2);
    assert_write_failed(&app, &path.display().to_string());
}

#[test]
fn the_t_key_reports_a_failed_write_in_the_status_line() {
    let (mut app, rx) = app(LockMode::Mutex, false, Pacing::Instant);
    // `t` writes into the current directory; a directory in the file's place makes the write
    // fail the way an unwritable directory does, without changing the process's directory.
    let mut scenario = crate::front::toml::built_in("mutex").unwrap().unwrap();
    scenario.name = format!("t-key-test-{}", std::process::id());
    app.info = RunInfo::new(std::sync::Arc::new(scenario), 3);
    app.start_run();
    finish(&mut app, &rx);
    let file = format!("syncscope-{}-mutex-run1.trace.json", app.info.lesson.name);
    let blocker = Blocker(std::path::PathBuf::from(&file));
    std::fs::create_dir(&blocker.0).unwrap();
    app.on_action(Action::WriteTrace);
    assert_write_failed(&app, &file);
    // Keys keep working: the next one clears the message.
    app.on_action(Action::ToggleHelp);
    assert!(app.screen.help && app.status.is_none() && app.exit.is_none());
}

#[test]
fn a_bug_in_a_replayed_run_is_the_recordings_not_ours() {
    let (mut app, _rx) = app(LockMode::Mutex, false, Pacing::Instant);
    let bug = "syncscope bug: the thread of g1 panicked: boom".to_string();
    assert!(engine::is_bug(&bug));
    let stream = [
        EventKind::RunStarted(Box::new(info(LockMode::Mutex, false))),
        EventKind::End(Ending::Panic(bug)),
    ];
    let events: Vec<Event> = stream
        .into_iter()
        .enumerate()
        .map(|(seq, kind)| Event {
            run: 1,
            seq: seq as u64,
            at_ns: 0,
            who: crate::event::Gid::MAIN,
            kind,
        })
        .collect();
    app.replay(events.iter().cloned());
    assert!(app.model.is_finished());
    assert_eq!(app.fault, None, "exiting would blame this process");
}

#[test]
fn zoom_halves_the_window_around_the_cursor_and_zero_fits_the_run() {
    let (mut app, rx) = app(LockMode::Mutex, false, Pacing::Instant);
    app.start_run();
    finish(&mut app, &rx);
    let full = app.run_span_ns();
    assert_eq!(
        app.lanes_window(),
        Window {
            start_ns: 0,
            span_ns: full
        }
    );
    // The cursor a quarter in: zooming keeps it where it was on the track.
    app.on_action(Action::Travel(Travel::To(full / 4)));
    let at = app.cursor().expect("a cursor").at_ns;
    app.on_action(Action::Zoom(Zoom::In));
    let w = app.lanes_window();
    assert_eq!(w.span_ns, full / 2);
    let share = (at - w.start_ns) as f64 / w.span_ns as f64;
    let before = at as f64 / full as f64;
    assert!((share - before).abs() < 0.01, "{share} vs {before}");
    app.on_action(Action::Zoom(Zoom::In));
    assert_eq!(app.lanes_window().span_ns, full / 4);
    assert!(
        app.lanes_window().start_ns + full / 4 <= full,
        "inside the run"
    );
    app.on_action(Action::Zoom(Zoom::Out));
    assert_eq!(app.lanes_window().span_ns, full / 2);
    app.on_action(Action::Zoom(Zoom::Fit));
    assert_eq!(
        app.lanes_window(),
        Window {
            start_ns: 0,
            span_ns: full
        }
    );
    // Zooming out past the run is the run.
    app.on_action(Action::Zoom(Zoom::Out));
    assert_eq!(app.lanes_window().span_ns, full);
}

#[test]
fn zoomed_lanes_show_the_window_and_say_so() {
    let (mut app, rx) = app(LockMode::Mutex, false, Pacing::Instant);
    app.start_run();
    finish(&mut app, &rx);
    let full = app.run_span_ns();
    for _ in 0..3 {
        app.on_action(Action::Zoom(Zoom::In));
    }
    let w = app.lanes_window();
    assert_eq!(w.span_ns, full / 8);
    let screen = crate::ui::screen(&app, 120, 40);
    let text: String = (0..40)
        .map(|y| {
            (0..120)
                .map(|x| screen[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect();
    assert!(text.contains("zoom "), "{text}");
    assert!(text.contains("(0 fits)"), "{text}");
    // A click on the track is a moment in the window, not in the whole run.
    let lanes = app.screen.lanes_at.get().expect("the lanes were drawn");
    let t = lanes.time_at(lanes.track.x).expect("on the track");
    assert!(
        t >= w.start_ns && t < w.start_ns + w.span_ns / 10,
        "{t} in {w:?}"
    );
}

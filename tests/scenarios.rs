//! Every built-in scenario run headless to its end, with its lesson's outcome asserted, and a
//! user's file that runs (files that are refused are in `bad_input.rs`). Instant pacing:
//! virtual totals do not depend on the machine, and a run that should deadlock must end, not
//! hang.

use serde_json::Value;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;
use syncscope::event::{LockMode, RunInfo};
use syncscope::front::toml::{BUILT_IN, built_in};
use syncscope::headless;
use syncscope::model::{Model, Outcome, WarningKind};
use syncscope::sched::Pacing;

/// Runs a built-in to its end; a generous wall-clock bound catches a hang, not slowness.
fn run(name: &str, mode: Option<LockMode>) -> Model {
    let scenario = built_in(name).expect("built in").expect("parses");
    let mut info = RunInfo::new(Arc::new(scenario), 7);
    if let Some(mode) = mode {
        info.mode = mode;
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(headless::run(
            info,
            Pacing::Instant,
            1.0,
            headless::Narration::Quiet,
        ));
    });
    rx.recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{name} did not end"))
        .expect("no I/O error")
}

fn total_ms(m: &Model) -> f64 {
    m.total_us().expect("ended") as f64 / 1000.0
}

fn near(total: f64, ideal: f64) -> bool {
    (total - ideal).abs() <= ideal * 0.01 + 20.0
}

#[test]
fn sequential_takes_the_sum_of_the_calls() {
    let m = run("sequential", None);
    assert_eq!(m.outcome(), Some(Outcome::Ok));
    assert!(near(total_ms(&m), 5.0 * 2000.0), "{}", total_ms(&m));
    assert_eq!(m.lanes.len(), 1, "only main runs");
}

#[test]
fn waitgroup_takes_the_largest_call() {
    let m = run("waitgroup", None);
    assert_eq!(m.outcome(), Some(Outcome::Ok));
    assert!(near(total_ms(&m), 2000.0), "{}", total_ms(&m));
    assert_eq!(m.max_readers + m.max_writers, 0);
}

#[test]
fn no_wait_cuts_the_goroutines_off() {
    let m = run("no-wait", None);
    assert_eq!(m.outcome(), Some(Outcome::Abandoned));
    assert!(m.results.contents().is_empty());
    let main_end = m.lanes[0].segments.last().expect("main ran");
    assert_eq!(main_end.state.name(), "done");
    for lane in &m.lanes[1..] {
        assert_eq!(lane.current().map(|s| s.name()), Some("abandoned"));
    }
}

#[test]
fn race_loses_updates_and_reports_them() {
    let m = run("race", None);
    assert_eq!(m.outcome(), Some(Outcome::LostUpdates));
    assert!(!m.results.lost().is_empty());
    assert!(m.max_writers >= 2);
    assert!(!m.races().is_empty(), "overlapping appends are a race");
    assert!(m.warnings.iter().any(|w| w.kind == WarningKind::LostUpdate));
}

#[test]
fn the_same_race_program_under_a_lock_loses_nothing() {
    for mode in [LockMode::Mutex, LockMode::RwMutex] {
        let m = run("race", Some(mode));
        assert_eq!(m.outcome(), Some(Outcome::Ok), "{mode:?}");
        assert!(m.races().is_empty(), "{mode:?}");
        assert_eq!(m.max_writers, 1);
    }
}

#[test]
fn mutex_is_the_tutorials_five_seconds() {
    let m = run("mutex", None);
    assert_eq!(m.outcome(), Some(Outcome::Ok));
    assert!(near(total_ms(&m), 5000.0), "{}", total_ms(&m));
}

#[test]
fn wide_lock_is_about_n_times_slower() {
    let m = run("wide-lock", None);
    assert_eq!(m.outcome(), Some(Outcome::Ok));
    // Five goroutines, each holding the lock for its 1 s call and a 100 ms save.
    assert!(near(total_ms(&m), 5.0 * 1100.0), "{}", total_ms(&m));
    assert!(
        m.warnings
            .iter()
            .any(|w| w.kind == WarningKind::LockAcrossSleep)
    );
}

#[test]
fn rwmutex_lets_readers_share() {
    let m = run("rwmutex", None);
    assert_eq!(m.outcome(), Some(Outcome::Ok));
    assert!(m.max_readers >= 2);
    assert_eq!(m.max_writers, 1);
}

#[test]
fn read_heavy_is_clearly_faster_under_rwmutex() {
    let rw = total_ms(&run("read-heavy", Some(LockMode::RwMutex)));
    let mutex = total_ms(&run("read-heavy", Some(LockMode::Mutex)));
    assert!(rw * 2.0 < mutex, "rwmutex {rw} vs mutex {mutex}");
}

#[test]
fn forgot_done_deadlocks_and_says_so_before() {
    let m = run("forgot-done", None);
    assert_eq!(m.outcome(), Some(Outcome::Deadlock));
    assert!(
        m.warnings
            .iter()
            .any(|w| w.kind == WarningKind::CounterStuck)
    );
    assert!(
        m.who_waits()
            .iter()
            .any(|l| l.starts_with("main [sync.WaitGroup.Wait]: wg.Wait()"))
    );
}

#[test]
fn done_twice_panics_with_gos_words() {
    let m = run("done-twice", None);
    assert_eq!(m.outcome(), Some(Outcome::Panic));
    let (ending, _) = m.ending.as_ref().expect("ended");
    assert_eq!(
        syncscope::describe::ending_text(ending),
        "panic: sync: negative WaitGroup counter"
    );
}

#[test]
fn forgot_unlock_deadlocks_on_the_held_lock() {
    let m = run("forgot-unlock", None);
    assert_eq!(m.outcome(), Some(Outcome::Deadlock));
    assert!(
        m.who_waits()
            .iter()
            .any(|l| l.contains("without unlocking"))
    );
}

#[test]
fn lock_order_deadlocks_in_a_cycle() {
    let m = run("lock-order", None);
    assert_eq!(m.outcome(), Some(Outcome::Deadlock));
    let cycle = m.lock_cycle().expect("a cycle");
    assert_eq!(cycle.len(), 2);
    assert!(m.who_waits().iter().any(|l| l.starts_with("a cycle")));
}

#[test]
fn every_built_in_ends_under_every_mode_it_allows() {
    for (name, text) in BUILT_IN {
        let scenario = syncscope::front::toml::parse(name, text).expect("parses");
        for mode in scenario.modes {
            let m = run(name, Some(mode));
            assert!(m.outcome().is_some(), "{name} {mode:?}");
            let seqs: Vec<u64> = m.events.iter().map(|e| e.seq).collect();
            assert!(
                seqs.windows(2).all(|w| w[1] == w[0] + 1),
                "{name}: no event lost"
            );
        }
    }
}

fn syncscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args(args)
        .output()
        .expect("run syncscope")
}

fn json(args: &[&str]) -> (Value, Option<i32>) {
    let mut all = vec!["--json", "--instant", "--seed", "3"];
    all.extend_from_slice(args);
    let out = syncscope(&all);
    let v = serde_json::from_slice(&out.stdout).expect("one JSON object");
    (v, out.status.code())
}

#[test]
fn json_names_the_scenario_and_each_outcome() {
    for (name, outcome, code) in [
        ("race", "lost-updates", 0),
        ("no-wait", "abandoned", 0),
        ("lock-order", "deadlock", 2),
        ("done-twice", "panic", 2),
        ("sequential", "ok", 0),
    ] {
        let (v, status) = json(&["--scenario", name]);
        assert_eq!(v["scenario"], name);
        assert_eq!(v["outcome"], outcome, "{name}");
        assert_eq!(status, Some(code), "{name}");
    }
    let (v, _) = json(&["--scenario", "lock-order"]);
    assert!(v["waits"].as_array().is_some_and(|w| w.len() >= 2), "{v}");
}

#[test]
fn list_scenarios_walks_the_course_in_order() {
    let out = syncscope(&["--list-scenarios"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let names: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let expected: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected);
    assert!(text.contains("Two locks, opposite orders"));
}

#[test]
fn the_course_is_in_teaching_order() {
    // WaitGroup, then processors, then locks, then channels and select, then what goes wrong.
    let at = |name: &str| {
        BUILT_IN
            .iter()
            .position(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{name} is not in the course"))
    };
    let order = [
        "sequential",
        "waitgroup",
        "cpu-bound",
        "race",
        "mutex",
        "rwmutex",
        "unbuffered",
        "select-timeout",
        "forgot-done",
        "lock-order",
        "send-on-closed",
    ];
    for pair in order.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "{} should come before {}",
            pair[0],
            pair[1]
        );
    }
    for processors in ["io-bound", "cpu-bound", "mixed"] {
        for locks in ["race", "mutex", "wide-lock", "rwmutex", "read-heavy"] {
            assert!(at(processors) < at(locks), "{processors} before {locks}");
        }
    }
    for channels in [
        "unbuffered",
        "buffered",
        "worker-pool",
        "pipeline",
        "select-timeout",
    ] {
        for deadlock in ["forgot-done", "forgot-unlock", "lock-order", "forgot-close"] {
            assert!(at(channels) < at(deadlock), "{channels} before {deadlock}");
        }
    }
}

/// A temp file of our own; removed when dropped.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> TempFile {
        let dir = std::env::temp_dir().join(format!("syncscope-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn a_users_copy_of_a_scenario_runs_with_its_changes() {
    let (_, text) = BUILT_IN.iter().find(|(n, _)| *n == "mutex").expect("mutex");
    let changed = text
        .replace("name = \"mutex\"", "name = \"my-mutex\"")
        .replace("goroutines = 5", "goroutines = 3");
    let file = TempFile::new("my-mutex.toml", &changed);
    let (v, status) = json(&["--scenario", file.path()]);
    assert_eq!(status, Some(0));
    assert_eq!(v["scenario"], "my-mutex");
    assert_eq!(v["results"].as_array().map(Vec::len), Some(3));
}

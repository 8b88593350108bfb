//! The real binary without a terminal: the issue's promises, checked on its JSON. Runs use
//! `--instant` pacing, so virtual totals do not depend on how fast or loaded the machine is.

use serde_json::Value;
use std::process::{Command, Output};

fn syncscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args(args)
        .output()
        .expect("run syncscope")
}

fn json(args: &[&str]) -> Value {
    let mut all = vec!["--headless", "--json", "--instant", "--seed", "7"];
    all.extend_from_slice(args);
    let out = syncscope(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(
        stdout.trim().lines().count(),
        1,
        "exactly one object: {stdout}"
    );
    serde_json::from_str(&stdout).expect("valid JSON")
}

fn num(v: &Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or_else(|| panic!("{key} in {v}"))
}

#[test]
fn mutex_defaults_keep_every_result_in_five_seconds() {
    let v = json(&["--mode", "mutex"]);
    assert_eq!(v["mode"], "mutex");
    assert_eq!(v["results"].as_array().unwrap().len(), 5);
    assert_eq!(num(&v, "lost_updates"), 0.0);
    assert_eq!(num(&v, "max_writers"), 1.0);
    assert_eq!(v["outcome"], "ok");
    // 2000 ms of database call, then five writes and five logs of 300 ms, one at a time.
    let total = num(&v, "total_ms");
    assert!(
        (total - 5000.0).abs() <= 5000.0 * 0.01 + 20.0,
        "total {total}"
    );
    for key in [
        "mode",
        "workers",
        "delay_ms",
        "random_delay",
        "seed",
        "total_ms",
        "expected",
        "results",
        "lost_updates",
        "max_writers",
        "max_readers",
        "events",
        "outcome",
    ] {
        assert!(v.get(key).is_some(), "{key} missing from {v}");
    }
}

#[test]
fn no_lock_really_loses_updates() {
    let v = json(&["--mode", "none"]);
    assert!(num(&v, "lost_updates") >= 1.0, "{v}");
    assert!(num(&v, "max_writers") >= 2.0, "{v}");
    assert_eq!(v["outcome"], "lost-updates");
    let kept = v["results"].as_array().unwrap().len() as f64;
    assert_eq!(kept + num(&v, "lost_updates"), 5.0);
}

#[test]
fn rwmutex_readers_share_and_beat_mutex() {
    let rw = json(&["--mode", "rwmutex", "--reads", "3"]);
    let mutex = json(&["--mode", "mutex", "--reads", "3"]);
    assert_eq!(num(&rw, "lost_updates"), 0.0);
    assert_eq!(num(&rw, "max_writers"), 1.0);
    assert!(num(&rw, "max_readers") >= 2.0, "{rw}");
    assert_eq!(num(&mutex, "max_readers"), 1.0);
    assert!(
        num(&rw, "total_ms") < num(&mutex, "total_ms"),
        "rwmutex {rw} vs mutex {mutex}"
    );
}

#[test]
fn random_delays_repeat_with_the_seed() {
    let a = json(&["--random-delay", "--mode", "none"]);
    let b = json(&["--random-delay", "--mode", "none"]);
    assert_eq!(a["total_ms"], b["total_ms"]);
    assert_eq!(a["seed"], 7);
    assert!(num(&a, "total_ms") < 2000.0 + 600.0);
}

#[test]
fn many_goroutines_under_a_mutex_keep_every_result() {
    let v = json(&[
        "--workers",
        "500",
        "--delay",
        "10",
        "--write-ms",
        "1",
        "--read-ms",
        "1",
    ]);
    assert_eq!(v["results"].as_array().unwrap().len(), 500);
    assert_eq!(num(&v, "lost_updates"), 0.0);
    assert_eq!(num(&v, "total_ms"), 10.0 + 500.0 * 2.0);
}

#[test]
fn the_text_report_has_a_timeline_and_the_tutorials_summary() {
    let out = syncscope(&[
        "--headless",
        "--instant",
        "--workers",
        "2",
        "--mode",
        "none",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("g1     sleeping"), "{text}");
    assert!(
        text.contains("Total execution time: 2600.000ms (virtual)"),
        "{text}"
    );
    assert!(text.contains("lost update"), "{text}");
}

#[test]
fn a_pipe_gets_headless_output_and_a_note() {
    // stdout is a pipe here, so no --headless is needed.
    let out = syncscope(&[
        "--workers",
        "1",
        "--delay",
        "0",
        "--write-ms",
        "0",
        "--read-ms",
        "0",
    ]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("not a terminal"), "{stderr}");
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Total execution time")
    );
}

/// The same run with the wall clock: `--headless` without `--instant`, ten times as fast.
fn json_real_time(args: &[&str]) -> Value {
    let mut all = vec!["--headless", "--json", "--speed", "10", "--seed", "7"];
    all.extend_from_slice(args);
    let out = syncscope(&all);
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn near(total: f64, go_ms: f64) -> bool {
    (total - go_ms).abs() <= go_ms * 0.01 + 20.0
}

#[test]
fn go_s_totals_and_reader_counts_in_both_pacings() {
    // Measured with Go 1.19 (tests/against_go compares the orders behind them).
    for (args, go_ms, readers) in [
        (&["--scenario", "rwmutex"][..], 5605.0, 3.0),
        (
            &["--scenario", "mutex", "--mode", "rwmutex"][..],
            5005.0,
            1.0,
        ),
        (&["--scenario", "mutex"][..], 5005.0, 1.0),
    ] {
        for v in [json(args), json_real_time(args)] {
            assert!(near(num(&v, "total_ms"), go_ms), "{args:?}: {v}");
            assert_eq!(num(&v, "max_readers"), readers, "{args:?}: {v}");
        }
    }
}

#[test]
fn appends_with_no_hold_keep_every_result_and_still_race_in_both_pacings() {
    let args = ["--scenario", "race", "--write-ms", "0", "--reads", "0"];
    let runs = [
        json(&args),
        json(&args),
        json_real_time(&args),
        json_real_time(&args),
    ];
    for v in &runs {
        assert_eq!(v["results"].as_array().map(Vec::len), Some(5), "{v}");
        assert_eq!(v["outcome"], "ok");
        let pairs = &v["races"]["pairs"];
        assert!(num(&v["races"], "count") >= 1.0, "{v}");
        assert!(
            pairs
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["accesses"] == serde_json::json!(["read", "write"])),
            "the read of len(results) races with another goroutine's store: {v}"
        );
    }
    assert!(runs.windows(2).all(|w| w[0]["races"] == w[1]["races"]));
}

#[test]
fn a_locked_run_has_no_race() {
    let v = json(&["--scenario", "race", "--mode", "mutex", "--write-ms", "0"]);
    assert_eq!(v["races"], serde_json::json!({ "count": 0, "pairs": [] }));
}

#[test]
fn a_panicking_program_prints_go_s_error_and_no_total() {
    let out = syncscope(&["--headless", "--instant", "--scenario", "done-twice"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("panic: sync: negative WaitGroup counter\nexpected"),
        "{text}"
    );
    assert!(!text.contains("Total execution time"), "{text}");
}

/// Three nested repeats of a zero-length read: a billion reads, stopped at the event budget.
const NESTED: &str = r#"
name = "nested"
title = "Nested repeats"
lesson = "Three nested repeats of a zero-length read."
goroutines = 1
mode = "none"
modes = ["none"]
main = ["spawn", "wait"]

[[goroutine]]
func = "reader"
steps = [{ repeat = 1000, steps = [{ repeat = 1000, steps = [
  { repeat = 1000, steps = [{ read = 0 }] },
] }] }, "done"]
"#;

fn scratch(name: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("syncscope-headless-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch");
    dir
}

#[test]
fn a_scenario_that_multiplies_steps_stops_at_the_event_budget_and_says_so() {
    let dir = scratch("budget");
    let scenario = dir.join("nested.toml");
    std::fs::write(&scenario, NESTED).expect("write");
    let trace = dir.join("nested.json");
    let (s, t) = (scenario.to_str().unwrap(), trace.to_str().unwrap());
    let budget = ["--max-events", "100000"];
    let out = syncscope(
        &[
            &["--json", "--instant", "--scenario", s, "--trace", t],
            &budget[..],
        ]
        .concat(),
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "stopped by syncscope, not by Go"
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["outcome"], "stopped");
    assert_eq!(num(&v, "events"), 100_000.0);
    let said = syncscope(&[&["--headless", "--instant", "--scenario", s], &budget[..]].concat());
    let text = String::from_utf8_lossy(&said.stdout);
    assert!(text.contains("budget of 100000 events"), "{text}");
    // The trace holds the whole run, so its replay says the same.
    let replayed = syncscope(&["--json", "--replay", t]);
    let r: Value = serde_json::from_slice(&replayed.stdout).expect("JSON");
    assert_eq!(r["outcome"], "stopped");
    assert_eq!(r["events"], v["events"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_trace_that_cannot_be_written_still_prints_the_summary_then_says_why() {
    let out = syncscope(&["--json", "--instant", "--trace", "/dev/full"]);
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).expect("the summary first");
    assert_eq!(v["outcome"], "ok");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot write the trace /dev/full"),
        "{stderr}"
    );
}

#[test]
fn a_trace_replaces_an_older_one_whole_and_leaves_nothing_beside_it() {
    let dir = scratch("replace");
    let trace = dir.join("run.json");
    std::fs::write(&trace, "an older trace").expect("write");
    let out = syncscope(&["--json", "--instant", "--trace", trace.to_str().unwrap()]);
    assert!(out.status.success());
    let written: Value =
        serde_json::from_slice(&std::fs::read(&trace).expect("read")).expect("a whole trace");
    assert!(written["syncscope"]["events"].is_array());
    let beside: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
    assert_eq!(beside.len(), 1, "no partial file left");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Goroutines alive at once are bounded (each that has run holds a fiber's stack): past the
/// bound the run ends in one line. Those not started yet take no stack, so this many cost
/// little to make.
#[test]
fn more_goroutines_alive_at_once_than_the_bound_end_the_run_in_one_line() {
    use syncscope::program::limits::MAX_ALIVE;
    let dir = scratch("crowd");
    let program = dir.join("crowd.go");
    std::fs::write(
        &program,
        format!(
            "package main\n\nfunc main() {{\n\tblock := make(chan int)\n\
             \tfor i := 0; i < {}; i++ {{\n\t\tgo func() {{ <-block }}()\n\t}}\n\tclose(block)\n}}\n",
            MAX_ALIVE + 1
        ),
    )
    .expect("write");
    let out = syncscope(&[program.to_str().unwrap(), "--headless", "--instant"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let said: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("goroutines"))
        .collect();
    assert_eq!(
        said,
        [format!(
            "syncscope: the program has more than {MAX_ALIVE} goroutines alive at once, the most \
             syncscope runs"
        )],
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

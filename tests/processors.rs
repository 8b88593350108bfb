//! Concurrency is not parallelism, through the binary: CPU work scales with `--procs`,
//! waiting does not, and on one processor the computing goroutines take 10 ms turns.

mod terminal;

use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = terminal::syncscope()
        .args(args)
        .args(["--json", "--instant"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn ms(v: &Value) -> f64 {
    v.as_f64().unwrap_or(0.0)
}

fn near(got: f64, want: f64) -> bool {
    (got - want).abs() <= want * 0.01 + 20.0
}

#[test]
fn cpu_work_on_one_processor_takes_the_sum_and_on_four_a_quarter() {
    let one = json(&["--scenario", "cpu-bound", "--procs", "1"]);
    assert_eq!(one["procs"], 1);
    assert!(
        near(ms(&one["total_ms"]), 4.0 * 330.0),
        "{}",
        one["total_ms"]
    );
    assert!(near(ms(&one["cpu_ms"]), 4.0 * 330.0));
    assert!((ms(&one["parallelism"]) - 1.0).abs() < 0.02);
    // Every goroutine waited for the processor most of the run.
    for g in ["g1", "g2", "g3", "g4"] {
        let runnable = ms(&one["states_ms"][g]["runnable"]);
        assert!(
            runnable > ms(&one["total_ms"]) / 2.0,
            "{g}: {}",
            one["states_ms"]
        );
    }
    let four = json(&["--scenario", "cpu-bound", "--procs", "4"]);
    assert!(near(ms(&four["total_ms"]), 330.0), "{}", four["total_ms"]);
    assert!((ms(&four["parallelism"]) - 4.0).abs() < 0.1);
    assert!(
        four["states_ms"]["g1"].get("runnable").is_none(),
        "nobody waits for a P"
    );
}

#[test]
fn waiting_takes_the_same_time_on_one_processor_as_on_eight() {
    for scenario in ["io-bound", "waitgroup"] {
        let one = json(&["--scenario", scenario, "--procs", "1"]);
        let eight = json(&["--scenario", scenario, "--procs", "8"]);
        assert_eq!(one["total_ms"], eight["total_ms"], "{scenario}");
        assert!(
            near(ms(&one["total_ms"]), 2000.0),
            "{scenario}: {}",
            one["total_ms"]
        );
        assert_eq!(ms(&one["cpu_ms"]), 0.0);
    }
}

#[test]
fn on_one_processor_the_lanes_stripe_in_ten_millisecond_turns() {
    let out = terminal::syncscope()
        .args([
            "--scenario",
            "cpu-bound",
            "--procs",
            "1",
            "--headless",
            "--instant",
        ])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    // "   10.000 ms  g1     takes processor P0": the turns, in order of time.
    let turns: Vec<(f64, String)> = text
        .lines()
        .filter(|l| l.contains("takes processor P0"))
        .map(|l| {
            let mut words = l.split_whitespace();
            let at = words.next().and_then(|t| t.parse().ok()).expect("a time");
            words.next();
            (at, words.next().expect("a goroutine").to_string())
        })
        .collect();
    assert_eq!(turns.len(), 4 * 33, "330 ms each in 10 ms slices");
    for pair in turns.windows(2) {
        assert!((pair[1].0 - pair[0].0 - 10.0).abs() < 1e-6, "{pair:?}");
    }
    // They take turns: until the first finishes each has about a quarter of them, and none
    // more than two in a row (Go's every-61st look at the global queue can give the
    // goroutine just preempted its turn again).
    let early = &turns[..4 * 30];
    for g in ["g1", "g2", "g3", "g4"] {
        let mine = early.iter().filter(|(_, w)| w == g).count();
        assert!((28..=32).contains(&mine), "{g} had {mine} of {early:?}");
    }
    for window in early.windows(3) {
        assert!(
            !(window[0].1 == window[1].1 && window[1].1 == window[2].1),
            "{window:?}"
        );
    }
}

//! Processors, against Go: the cpu-bound lesson's program as `--go` writes it (it sets
//! `runtime.GOMAXPROCS` itself and calibrates its arithmetic to this machine), built and run
//! at 1 and 2 processors, against syncscope's run of the lesson with `--procs` 1 and 2. The
//! total must be within 10% (the work is calibrated per machine, and a loaded machine is
//! noisy, so Go gets up to `GO_RUNS` tries), and on one processor, where Go's scheduler alone
//! decides, the goroutines must finish in the same order. Two processors need two idle
//! cores: when Go's own runs on two are no faster than on one, the machine is busy and the
//! comparison at two is skipped with a note.

use super::programs::{build, durations};
use super::{GO_RUNS, go};
use std::process::Command;
use std::sync::Arc;
use syncscope::event::{EventKind, RunInfo, State};
use syncscope::front::toml::built_in;
use syncscope::headless::{self, Narration};
use syncscope::sched::Pacing;

fn info(procs: u32) -> RunInfo {
    let scenario = built_in("cpu-bound").expect("built in").expect("parses");
    let mut info = RunInfo::new(Arc::new(scenario), 1);
    info.procs = procs;
    info
}

/// Total in ms and the goroutines in the order they finished, as syncscope runs the lesson.
fn ours(procs: u32) -> (f64, Vec<String>) {
    let model = headless::run(info(procs), Pacing::Instant, 1.0, Narration::Quiet).expect("runs");
    let order = model
        .events
        .iter()
        .filter(|e| e.who.0 > 0 && e.kind == EventKind::State(State::Done))
        .map(|e| e.who.to_string())
        .collect();
    (model.total_us().expect("finished") as f64 / 1000.0, order)
}

/// The same from Go's output: its "goroutine N sees" lines come as each finishes its work.
fn go_side(binary: &std::path::Path) -> (f64, Vec<String>) {
    let out = Command::new(binary).output().expect("run the program");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let order = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("goroutine "))
        .filter_map(|l| l.split_whitespace().next())
        .map(|n| format!("g{n}"))
        .collect();
    let total = stdout
        .lines()
        .find(|l| l.starts_with("Total execution time:"))
        .map(|l| durations(l).1)
        .and_then(|d| d.first().copied())
        .unwrap_or_else(|| panic!("no total in {stdout}"));
    (total, order)
}

/// The lesson's work with the time each goroutine finishes printed, on one processor: our own
/// program, calibrated as the lesson's is.
const FINISHING: &str = r#"package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var spinsPerMs int
var sink int

func spin(n int) int {
	x := 1
	for i := 0; i < n; i++ {
		x = x*31 + i
	}
	return x
}

func main() {
	runtime.GOMAXPROCS(1)
	const rounds = 50000000
	t := time.Now()
	sink = spin(rounds)
	spinsPerMs = int(rounds * int64(time.Millisecond) / int64(time.Since(t)))
	var wg sync.WaitGroup
	start := time.Now()
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sink += spin(330 * spinsPerMs)
			fmt.Printf("g%d %d\n", i, time.Since(start).Milliseconds())
		}(i)
	}
	wg.Wait()
	fmt.Printf("total %d\n", time.Since(start).Milliseconds())
}
"#;

/// On one processor the four take turns in 10 ms slices, so the first finishes near the end,
/// as in Go; run to completion, it would finish after a quarter of the run.
#[test]
fn on_one_processor_they_take_turns_and_finish_together_as_in_go() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let model = headless::run(info(1), Pacing::Instant, 1.0, Narration::Quiet).expect("runs");
    let total = model.total_us().expect("finished") as f64;
    let first = model
        .events
        .iter()
        .find(|e| e.who.0 > 0 && e.kind == EventKind::State(State::Done))
        .map(|e| e.at_us() as f64)
        .expect("a goroutine finished");
    let ours = first / total;
    let binary = build("cpu-finishing", FINISHING);
    let mut tries = Vec::new();
    let matched = (0..GO_RUNS).any(|_| {
        let out = Command::new(&binary).output().expect("run the program");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let number = |l: &str| {
            l.split_whitespace()
                .nth(1)
                .and_then(|n| n.parse::<f64>().ok())
        };
        let go_first = stdout.lines().next().and_then(number);
        let go_total = stdout
            .lines()
            .find(|l| l.starts_with("total"))
            .and_then(number);
        let (Some(go_first), Some(go_total)) = (go_first, go_total) else {
            panic!("unexpected output: {stdout}");
        };
        let go = go_first / go_total;
        tries.push(go);
        (go - ours).abs() <= 0.10
    });
    assert!(
        matched,
        "the first finished at {ours:.2} of syncscope's run; of Go's: {tries:?}"
    );
}

#[test]
fn cpu_bound_totals_and_order_match_go_at_one_and_two_processors() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    // Go's best total on one processor, to tell a busy machine from a wrong scheduler.
    let mut one_p = f64::MAX;
    for procs in [1, 2] {
        let (total, order) = ours(procs);
        let expected = 4.0 * 330.0 / f64::from(procs);
        assert!(
            (total - expected).abs() <= expected * 0.01 + 20.0,
            "syncscope at {procs} P: {total} ms, the work says {expected}"
        );
        let program = info(procs).listing().text();
        let binary = build(&format!("cpu-bound-{procs}"), &program);
        let mut tries = Vec::new();
        let matched = (0..GO_RUNS).any(|_| {
            let (go_total, go_order) = go_side(&binary);
            let close = (go_total - total).abs() <= total * 0.10;
            let same_order = procs > 1 || go_order == order;
            tries.push((go_total, go_order));
            close && same_order
        });
        if procs == 1 {
            one_p = tries.iter().map(|(t, _)| *t).fold(f64::MAX, f64::min);
        }
        // Two processors need two idle cores: when Go itself gained nothing from the second,
        // the machine was busy and there is nothing to compare.
        let go_gained = tries.iter().any(|(t, _)| *t < one_p * 0.8);
        if procs > 1 && !matched && !go_gained {
            eprintln!("note: Go got no faster on {procs} processors ({tries:?}): machine busy");
            continue;
        }
        // Go's own runs disagreeing on the order: its preemption met other work's.
        let orders_agree = tries.iter().all(|(_, o)| *o == tries[0].1);
        if !matched && procs == 1 && !orders_agree {
            eprintln!(
                "note: Go's own runs at 1 P finish in different orders ({tries:?}): machine busy"
            );
            continue;
        }
        // Go's own runs of the same work far apart (by a fifth): other work took the cores.
        let slowest = tries.iter().map(|(t, _)| *t).fold(0.0, f64::max);
        let fastest = tries.iter().map(|(t, _)| *t).fold(f64::MAX, f64::min);
        if !matched && slowest > fastest * 1.2 {
            eprintln!("note: Go's own runs at {procs} P spread too far ({tries:?}): machine busy");
            continue;
        }
        assert!(
            matched,
            "at {procs} P syncscope took {total} ms finishing {order:?}; Go: {tries:?}"
        );
    }
}

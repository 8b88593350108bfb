//! Code takes time (a Go file's default, `--no-cost` turns it off): a cost model priced on
//! Go, and processors that run at once.
//! A captured counter incremented by goroutines on four processors loses updates, as on a
//! multicore machine, and the race is reported at its line; on one processor it never does.
//! The Tour's mutex-counter makes goroutines wait for its lock on four processors, and
//! without the lock its map writes meet in Go's fatal error. Same seed, same run.

use super::{go_info, run};
use syncscope::engine::RunConfig;
use syncscope::event::{ChanOp, Ending, EventKind, LockAction};
use syncscope::model::{Model, Reached};
use syncscope::sched::Pacing;

/// 200 goroutines each add 100 to a local the closures capture, with no lock.
const COUNTER: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\
    \tcounter := 0\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 200; i++ {\n\t\twg.Add(1)\n\
    \t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tfor j := 0; j < 100; j++ {\n\
    \t\t\t\tcounter++\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(counter)\n}\n";

/// The line of `counter++` in `COUNTER`.
const INCREMENT_LINE: usize = 16;

/// The Tour's shape of a counter of visits per key, behind a Mutex (or not, without `lock`).
fn tour_counter(lock: bool) -> String {
    let (l, u) = if lock {
        ("\tc.mu.Lock()\n", "\tc.mu.Unlock()\n")
    } else {
        ("", "")
    };
    format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\n\
         type SafeCounter struct {{\n\tmu sync.Mutex\n\tv  map[string]int\n}}\n\n\
         func (c *SafeCounter) Inc(key string) {{\n{l}\tc.v[key]++\n{u}}}\n\n\
         func main() {{\n\tc := SafeCounter{{v: make(map[string]int)}}\n\
         \tfor i := 0; i < 200; i++ {{\n\t\tgo c.Inc(\"somekey\")\n\t}}\n\
         \ttime.Sleep(time.Second)\n\tfmt.Println(c.v[\"somekey\"])\n}}\n"
    )
}

fn costed(name: &str, text: &str, seed: u64, procs: u32) -> Model {
    let mut info = go_info(name, text, seed);
    info.procs = procs;
    run(info)
}

fn printed(model: &Model) -> u64 {
    model
        .output
        .text
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("a count, not {:?} ({:?})", model.output.text, model.ending))
}

#[test]
fn on_four_processors_a_captured_counter_loses_updates_and_races_at_its_line() {
    let mut lost = 0;
    for seed in 1..=5 {
        let info = go_info("counter.go", COUNTER, seed);
        let program = info.listing();
        let mut info = info;
        info.procs = 4;
        let model = run(info);
        let count = printed(&model);
        assert!(count <= 20_000, "seed {seed}: {count}");
        lost += usize::from(count < 20_000);
        let races = &model.race_detector.races;
        assert!(!races.is_empty(), "seed {seed}: the race is reported");
        for race in races {
            let lines = syncscope::race_report::race_lines(race, &program);
            assert_eq!(lines, [INCREMENT_LINE, INCREMENT_LINE], "seed {seed}");
        }
    }
    assert!(lost >= 3, "updates lost in {lost} of 5 seeds");
}

#[test]
fn on_one_processor_the_counter_keeps_every_update_and_still_races() {
    for seed in 1..=3 {
        let model = costed("counter.go", COUNTER, seed, 1);
        assert_eq!(printed(&model), 20_000, "seed {seed}");
        assert!(!model.race_detector.races.is_empty(), "seed {seed}");
    }
}

#[test]
fn the_same_seed_gives_the_same_run() {
    let a = costed("counter.go", COUNTER, 7, 4);
    let b = costed("counter.go", COUNTER, 7, 4);
    assert_eq!(a.output.text, b.output.text);
    assert_eq!(a.total_us(), b.total_us());
    assert_eq!(a.events.len(), b.events.len());
}

#[test]
fn code_takes_time_and_stamps_go_forward() {
    let model = costed("counter.go", COUNTER, 1, 4);
    let total = model.total_us().expect("ended");
    assert!(total > 0, "200 goroutines' work takes time");
    assert!(
        model
            .events
            .iter()
            .zip(model.events.iter().skip(1))
            .all(|(a, b)| a.at_ns <= b.at_ns),
        "events come in time order"
    );
    let free = {
        let mut info = go_info("counter.go", COUNTER, 1);
        assert!(
            info.cost,
            "a Go file's code takes time unless told otherwise"
        );
        info.cost = false;
        run(info)
    };
    assert_eq!(
        free.total_us(),
        Some(0),
        "with --no-cost code takes no time"
    );
    assert_eq!(printed(&free), 20_000);
}

#[test]
fn on_four_processors_the_tours_counter_waits_for_its_lock() {
    let model = costed("mutex-counter.go", &tour_counter(true), 1, 4);
    assert_eq!(printed(&model), 200);
    let waits = model
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Lock {
                    action: LockAction::Wait,
                    ..
                }
            )
        })
        .count();
    assert!(waits > 0, "goroutines on other processors wait for c.mu");
    let one = costed("mutex-counter.go", &tour_counter(true), 1, 1);
    assert_eq!(printed(&one), 200);
}

#[test]
fn without_its_lock_the_tours_counter_meets_gos_concurrent_map_writes() {
    let fatal = (1..=5)
        .filter(|&seed| {
            let model = costed("mutex-counter.go", &tour_counter(false), seed, 4);
            matches!(
                &model.ending,
                Some((Ending::Panic(words), _)) if words == "fatal error: concurrent map writes"
            )
        })
        .count();
    assert!(fatal >= 1, "Go's fatal error in {fatal} of 5 seeds");
    let one = costed("mutex-counter.go", &tour_counter(false), 1, 1);
    assert_eq!(printed(&one), 200, "one processor: the writes never meet");
}

/// The Tour's `channels` page, in our own words: two goroutines sum halves and send.
const HALVES: &str = "package main\n\nimport \"fmt\"\n\nfunc sum(s []int, c chan int) {\n\
    \ttotal := 0\n\tfor _, v := range s {\n\t\ttotal += v\n\t}\n\tc <- total\n}\n\n\
    func main() {\n\ts := []int{7, 2, 8, -9, 4, 0}\n\tc := make(chan int)\n\
    \tgo sum(s[:len(s)/2], c)\n\tgo sum(s[len(s)/2:], c)\n\tx, y := <-c, <-c\n\
    \tfmt.Println(x, y, x+y)\n}\n";

#[test]
fn the_tours_channel_page_takes_time_and_every_goroutine_finishes() {
    for procs in [1, 2] {
        let model = costed("channels.go", HALVES, 1, procs);
        assert_eq!(model.output.text, "-5 17 12\n", "procs {procs}");
        let total = model.total_us().expect("ended");
        assert!(total > 0, "procs {procs}: no page is empty at 0 ms");
        let sends: Vec<u64> = model
            .events
            .iter()
            .filter(|e| {
                // A send hands its value over, or waits with it for main.
                matches!(
                    &e.kind,
                    EventKind::Chan {
                        op: ChanOp::Send { .. } | ChanOp::Wait { send: Some(_), .. },
                        ..
                    }
                )
            })
            .map(|e| e.at_us())
            .collect();
        assert_eq!(sends.len(), 2, "procs {procs}");
        assert!(sends.iter().all(|&at| at > 0), "procs {procs}: {sends:?}");
    }
    // Two processors: the second sum runs beside main, and ends before main returns.
    let model = costed("channels.go", HALVES, 1, 2);
    assert!(matches!(model.ending, Some((Ending::Finished, _))));
    let done = model
        .events
        .iter()
        .filter(|e| e.kind == EventKind::State(syncscope::event::State::Done))
        .count();
    assert_eq!(done, 3, "main and both sums finish");
}

/// Naive Fibonacci: calls and arithmetic, nothing any other goroutine could see.
const FIB: &str = "package main\n\nimport \"fmt\"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\
    \t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\
    \tfmt.Println(fib(25))\n}\n";

#[test]
fn pure_computation_is_a_few_events_and_a_loop_forever_meets_the_statements_budget() {
    // fib(25) is 242,785 calls, half a million statements: once past the events' budget.
    let model = run(go_info("fib.go", FIB, 1));
    assert_eq!(model.output.text, "75025\n");
    assert!(matches!(model.ending, Some((Ending::Finished, _))));
    assert!(model.events.len() < 100, "{} events", model.events.len());
    let model = costed("fib.go", FIB, 1, 1);
    assert_eq!(model.output.text, "75025\n");
    // Go takes about 0.5 ms here; the prices put it within 2x.
    let total = model.total_us().expect("ended");
    assert!((250..=2_000).contains(&total), "{total} µs");
    let spin = "package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n";
    // A smaller budget than a run's hundred million statements, which a debug build takes
    // a minute over.
    let config = RunConfig::new(1, go_info("spin.go", spin, 1), Pacing::Instant, 1.0)
        .with_statements(1_000_000);
    let (sink, source) = syncscope::channel::channel();
    let handle = syncscope::engine::start(config, sink);
    let mut model = Model::new(1);
    for event in source.iter().flatten() {
        model.apply(&event);
        if model.is_finished() {
            break;
        }
    }
    handle.cancel();
    assert!(matches!(model.ending, Some((Ending::Budget, _))));
    // Few events and a small history: it is the statements that ran out, and it says so.
    assert!(matches!(model.budget_reached(), Reached::Statements(_)));
    let words = model.ending_words(&Ending::Budget);
    assert!(
        words.contains("statements: the program would go on"),
        "{words}"
    );
}

#[test]
fn no_more_goroutines_run_at_once_than_there_are_processors() {
    let model = costed("counter.go", COUNTER, 3, 4);
    let running: Vec<(u64, u64)> = model
        .lanes
        .iter()
        .flat_map(|lane| &lane.segments)
        .filter(|s| s.state == syncscope::event::State::Running)
        .filter_map(|s| Some((s.start_ns, s.end_ns?)))
        .filter(|(start, end)| end > start)
        .collect();
    for &(at, _) in &running {
        let at_once = running
            .iter()
            .filter(|(start, end)| *start <= at && at < *end)
            .count();
        assert!(at_once <= 4, "{at_once} running at {at} ns on 4 processors");
    }
    let waited = model
        .lanes
        .iter()
        .flat_map(|lane| &lane.segments)
        .any(|s| s.state == syncscope::event::State::Runnable);
    assert!(waited, "goroutines wait, runnable, for a processor");
}

/// The flags: a Go file's code takes time unless `--no-cost`; a scenario's only with `--cost`.
#[test]
fn the_flags_turn_the_cost_on_and_off() {
    let path = super::scratch("flags.go", COUNTER);
    let file = path.to_str().expect("utf-8");
    let total = |args: &[&str]| {
        let out = super::syncscope(args);
        assert!(out.status.success(), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["total_ms"].as_f64().expect("a total")
    };
    let costed = total(&[file, "--json", "--instant", "--procs", "1"]);
    assert!(costed > 0.0, "{costed}");
    let free = total(&[file, "--json", "--instant", "--procs", "1", "--no-cost"]);
    assert_eq!(free, 0.0);
    let scenario = [
        "--scenario",
        "waitgroup",
        "--json",
        "--instant",
        "--procs",
        "1",
    ];
    let sleeps = total(&scenario);
    let priced = total(&[&scenario[..], &["--cost"]].concat());
    assert!(priced > sleeps, "{priced} > {sleeps}");
}

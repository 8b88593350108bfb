//! The channel lessons and the channel mode against Go: the Go program the code panel shows
//! for each, built and run by Go (on one processor), prints what the lanes act out: the same
//! lines, the same results in an order Go gave, the same ending, and a total within 1% + 20 ms.

use super::go;
use super::programs::{Printed, agrees, build};
use std::sync::Arc;
use syncscope::describe::ending_text;
use syncscope::event::{Ending, LockMode, RunInfo};
use syncscope::front::toml::built_in;
use syncscope::headless;
use syncscope::sched::Pacing;

const LESSONS: [&str; 9] = [
    "unbuffered",
    "buffered",
    "results-channel",
    "worker-pool",
    "pipeline",
    "semaphore",
    "forgot-close",
    "send-on-closed",
    "select-timeout",
];

fn info_of(name: &str, mode: Option<LockMode>) -> RunInfo {
    let scenario = built_in(name).expect("built in").expect("parses");
    let mut info = RunInfo::new(Arc::new(scenario), 1);
    if let Some(mode) = mode {
        info.mode = mode;
    }
    info
}

/// What the generated program prints, as syncscope's run of the scenario says it would: the
/// lines it prints, then (when main returns) the total and the results.
fn ours(info: &RunInfo) -> Printed {
    let model = headless::run(
        info.clone(),
        Pacing::Instant,
        1.0,
        headless::Narration::Quiet,
    )
    .expect("runs");
    let mut stdout = model.output.text.clone();
    let ending = match model.ending.as_ref() {
        Some((Ending::Finished, at_ns)) => {
            let ms = (*at_ns / 1000) as f64 / 1000.0;
            stdout += &format!("Total execution time: {ms}ms\n");
            let results = model.results.contents().join(" ");
            stdout += &format!("The results are: [{results}]\n");
            "ok".to_string()
        }
        Some((e, _)) => ending_text(e),
        None => "no ending".into(),
    };
    Printed {
        stdout,
        stderr: model.output.stderr.clone(),
        ending,
    }
}

fn compare(label: &str, info: &RunInfo) {
    let program = info.listing();
    let binary = build(&label.replace('-', "_"), &program.text());
    let expected = ours(info);
    if let Err(e) = agrees(&binary, &expected) {
        panic!("{label}: {e}\n--- the program\n{}", program.text());
    }
}

#[test]
fn each_channel_lesson_runs_in_go_as_its_lanes_show() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    for name in LESSONS {
        compare(name, &info_of(name, None));
    }
}

#[test]
fn the_tutorials_workload_under_the_channel_mode_runs_in_go_as_shown() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let mut info = info_of("mutex", Some(LockMode::Channel));
    // A fifth of the lesson's times: the same order, a shorter wait.
    info.delay_ms = 400;
    info.write_ms = 60;
    compare("mutex-channel", &info);
}

/// Every channel step a scenario has, in one program: a select that sends or takes its
/// default, one that times out, a range in main and in a goroutine, close, print.
const EVERY_STEP: &str = r#"
name = "every-step"
title = "Every channel step"
lesson = "One of each."
goroutines = 2
mode = "none"
modes = ["none"]
write_ms = 0
read_ms = 0
delay_ms = 100
channels = [{ name = "box", cap = 1 }, { name = "done" }, { name = "never" }]
main = [
  "go",
  { repeat = 3, steps = [{ select = [{ send = "box", steps = [{ print = "put" }] }], default = [{ print = "full" }] }] },
  { select = [{ recv = "never" }, { after = 30, steps = [{ print = "gave up" }] }] },
  { range = "done" },
]

[[goroutine]]
func = "taker"
count = 1
steps = [{ sleep = "delay" }, { recv = "box" }, { send = "done" }, { close = "done" }]

[[goroutine]]
func = "relay"
count = 1
steps = [{ range = "never", steps = [{ send = "done" }] }]
"#;

#[test]
fn a_scenario_with_every_channel_step_runs_in_go_as_shown() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let scenario = syncscope::front::toml::parse("every-step", EVERY_STEP).expect("parses");
    let info = RunInfo::new(Arc::new(scenario), 1);
    compare("every-step", &info);
}

/// Scenarios that nest the channel steps in every way the Go shown has to follow: rounds of
/// repeats inside repeats, a select's `v` inside a range's, ranges inside ranges, random
/// timeouts (`scenarios/`, beside this file).
#[test]
fn nested_channel_steps_run_in_go_as_shown() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let scenarios = super::programs::sources("scenarios");
    assert!(scenarios.len() >= 5);
    for (name, text) in scenarios {
        let scenario = syncscope::front::toml::parse(&name, &text).expect("parses");
        let info = RunInfo::new(Arc::new(scenario), 3);
        compare(&name, &info);
    }
}

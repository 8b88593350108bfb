//! The differential layer: Go decides. Each case is a set of goroutine scripts that real Go
//! runs (`script.go`, beside this file) and syncscope runs as a scenario made from the same
//! scripts, or a built-in lesson beside its scripts. Compared: the order of every lock
//! acquisition and how the run ends, exactly; the total within 5% + 50 ms.
//!
//! Go runs with `GOMAXPROCS=1`, the one processor syncscope's scheduler models; cases whose
//! order does not depend on the processors run under 4 as well. The lessons run at a fifth of
//! their times, which keeps every wait far above Go's 1 ms starvation threshold.
//!
//! Go itself is not always the same: timers due within microseconds of each other fire
//! together or one by one depending on when the processor wakes, and on a loaded machine that
//! varies; how many of its own goroutines the runtime has run before `main.main` varies too.
//! So Go runs a case up to `GO_RUNS` times, and syncscope's order must be one that Go gave. A
//! rule of syncscope's that Go does not follow matches none of them (see the README).
//!
//! `.ci/run` sets SYNCSCOPE_REQUIRE_GO, so there a missing toolchain fails instead of skipping.

mod borrowed;
mod cases;
mod channel_lessons;
mod cutouts;
mod go;
mod language;
mod memory;
mod mistakes;
mod mistakes_anon;
mod mistakes_codecs;
mod mistakes_composite;
mod mistakes_conds;
mod mistakes_context;
mod mistakes_digests;
mod mistakes_files;
mod mistakes_forms;
mod mistakes_gaps;
mod mistakes_generics;
mod mistakes_imports;
mod mistakes_ints;
mod mistakes_iter;
mod mistakes_json;
mod mistakes_library;
mod mistakes_maps;
mod mistakes_months;
mod mistakes_operands;
mod mistakes_rand_v2;
mod mistakes_slog;
mod mistakes_small;
mod mistakes_syncptr;
mod mistakes_template;
mod mistakes_text;
mod mistakes_times;
mod mistakes_types;
mod mistakes_unicode;
mod mistakes_urls;
mod mistakes_writers;
mod mistakes_xml;
mod processors;
mod programs;
mod races;
mod sweep;
mod sweep_ops;
mod tutorials;
mod waits;

use cases::{CASES, Case, Side};
use std::sync::Arc;
use syncscope::event::{Access, Ending, EventKind, LockAction, RunInfo};
use syncscope::front::toml::{built_in, parse};
use syncscope::headless;
use syncscope::model::Model;
use syncscope::sched::Pacing;

/// Runs of Go per case, at most: syncscope must do what Go did in one of them.
pub const GO_RUNS: usize = 10;

/// What a run did, in terms both sides can report.
#[derive(Debug, PartialEq)]
pub struct Observed {
    /// "g1 w mu" per acquisition, in order.
    pub acquired: Vec<String>,
    /// "ok", or Go's first line of a panic or fatal error.
    pub ending: String,
    pub total_ms: f64,
}

/// A scenario whose goroutines run the scripts, one group each, started as the tutorials do.
fn scenario_of(case: &Case) -> String {
    let mode = if case.rw { "rwmutex" } else { "mutex" };
    let main_reads = match case.main_reads {
        0 => String::new(),
        ms => format!(", {{ read = {ms} }}"),
    };
    let mut toml = format!(
        "name = \"{}\"\ntitle = \"against Go\"\nlesson = \"A differential case.\"\n\
         mode = \"{mode}\"\nmodes = [\"{mode}\"]\nmain = [\"spawn\", \"wait\"{main_reads}]\n",
        case.name
    );
    for (i, script) in case.scripts.iter().enumerate() {
        let steps: Vec<String> = script.split_whitespace().map(step_of).collect();
        toml += &format!(
            "\n[[goroutine]]\nfunc = \"worker{}\"\ncount = 1\nsteps = [{}]\n",
            i + 1,
            steps.join(", ")
        );
    }
    toml
}

fn step_of(word: &str) -> String {
    match word.split_once(':') {
        Some(("add", n)) => format!("{{ add = {n} }}"),
        Some((op @ ("sleep" | "append" | "read"), ms)) => format!("{{ {op} = {ms} }}"),
        Some((op, lock)) => format!("{{ {op} = \"{lock}\" }}"),
        None => format!("\"{word}\""),
    }
}

fn info_of(case: &Case) -> RunInfo {
    match &case.side {
        Side::Scripts => {
            let scenario = parse(case.name, &scenario_of(case))
                .unwrap_or_else(|e| panic!("{}: {e}\n{}", case.name, scenario_of(case)));
            RunInfo::new(Arc::new(scenario), 1)
        }
        Side::Lesson { name, mode, scale } => {
            let scenario = built_in(name).expect("built in").expect("parses");
            let mut info = RunInfo::new(Arc::new(scenario), 1);
            info.mode = *mode;
            info.delay_ms /= scale;
            info.write_ms /= scale;
            info.read_ms /= scale;
            info
        }
    }
}

fn syncscope_run(case: &Case) -> Observed {
    let info = info_of(case);
    let model: Model =
        headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs");
    let names = model.lock_names();
    let acquired = model
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Lock {
                lock,
                access,
                action: LockAction::Acquire,
            } => {
                let a = if access == Access::Read { "r" } else { "w" };
                Some(format!("{} {a} {}", e.who, names[lock]))
            }
            _ => None,
        })
        .collect();
    let ending = match model.ending.as_ref().map(|(e, _)| e) {
        Some(Ending::Finished) => "ok".to_string(),
        Some(Ending::Deadlock) => "fatal error: all goroutines are asleep - deadlock!".into(),
        Some(Ending::Panic(message)) => message.clone(),
        // The lessons never call os.Exit or log.Fatal.
        Some(Ending::Budget | Ending::Exit(_)) | None => "no Go ending".into(),
    };
    Observed {
        acquired,
        ending,
        total_ms: model.total_us().unwrap_or(0) as f64 / 1000.0,
    }
}

fn compare(case: &Case, go: &Observed, ours: &Observed, procs: u32) {
    let why = format!("{} under GOMAXPROCS={procs}", case.name);
    assert_eq!(ours.ending, go.ending, "{why}: how the run ends");
    if go.ending != "ok" {
        return; // Go prints nothing more once it panics or dies.
    }
    assert_eq!(
        ours.acquired, go.acquired,
        "{why}: the order of acquisitions"
    );
    assert!(
        within(go, ours),
        "{why}: total {:.1} ms here, {:.1} ms in Go",
        ours.total_ms,
        go.total_ms
    );
}

/// Whether our total is Go's, within 5% + 50 ms.
fn within(go: &Observed, ours: &Observed) -> bool {
    (ours.total_ms - go.total_ms).abs() <= go.total_ms * 0.05 + 50.0
}

#[test]
fn lock_orders_totals_and_panics_match_go() {
    let Some(script) = go::build_script() else {
        return;
    };
    let _alone = go::exclusive();
    for case in CASES {
        let ours = syncscope_run(case);
        for &procs in case.procs {
            let mut theirs = go::run(&script, case, procs);
            let mut runs = 1;
            // A run that dies prints no order: its ending is all there is to compare. A
            // loaded machine only ever makes Go's total longer than its sleeps, so a total
            // out of the slack is asked again too (`within`), as a different order is.
            let same = |t: &Observed| {
                t.ending == ours.ending
                    && (t.ending != "ok" || (t.acquired == ours.acquired && within(t, &ours)))
            };
            while runs < GO_RUNS && !same(&theirs) {
                theirs = go::run(&script, case, procs);
                runs += 1;
            }
            eprintln!("{} (GOMAXPROCS={procs}): Go runs {runs}", case.name);
            compare(case, &theirs, &ours, procs);
        }
    }
}

#[test]
fn the_cases_cover_what_the_fidelity_claims_name() {
    for name in [
        "staggered-arrivals",
        "relock",
        "lesson-mutex",
        "lesson-rwmutex",
        "lesson-mutex-as-rwmutex",
        "writer-behind-writer",
        "readers-queued-during-a-write",
        "reader-while-a-writer-waits",
        "unlock-then-rlock",
        "unlock-by-another-goroutine",
        "lesson-done-twice",
        "wait-group-reused",
        "unlock-of-unlocked",
        "runlock-of-unlocked",
        "lesson-forgot-done",
        "lesson-forgot-unlock",
        "lesson-lock-order",
    ] {
        assert!(CASES.iter().any(|c| c.name == name), "no case {name}");
    }
    assert!(CASES.iter().any(|c| c.procs.contains(&4)));
}

//! Go files as syncscope runs them, without Go (the comparisons with Go are in
//! `against_go/`): every scenario's `--go` program run back as a Go file gives the same run,
//! headless prints the program's output on stdout and the account on stderr, a Mutex
//! program without its lock loses updates and the race is reported at its own lines, and
//! what syncscope refuses is one line with its place and status 2.

mod chans;
mod cost;
mod data;
mod flow;
mod robust;
mod sync_runtime;
mod templates;
mod wakeups;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use syncscope::event::{Access, EventKind, LockAction, LockMode, RunInfo};
use syncscope::front::toml::{BUILT_IN, built_in};
use syncscope::headless::{self, Narration};
use syncscope::model::Model;
use syncscope::race_report::race_lines;
use syncscope::sched::Pacing;

fn run(info: RunInfo) -> Model {
    headless::run(info, Pacing::Instant, 1.0, Narration::Quiet).expect("runs")
}

fn go_info(name: &str, text: &str, seed: u64) -> RunInfo {
    let scenario = syncscope::front::go::load(name, text).unwrap_or_else(|e| panic!("{e}"));
    RunInfo::new(Arc::new(scenario), seed)
}

/// What two runs must share to be the same run.
fn account(m: &Model) -> String {
    let names = m.lock_names();
    let acquired: Vec<String> = m
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Lock {
                lock,
                access,
                action: LockAction::Acquire,
            } => Some(format!("{} {:?} {}", e.who, access, names[lock])),
            _ => None,
        })
        .collect();
    format!(
        "total {:?} results {:?} lost {} outcome {:?} writers {} readers {} wg peak {} \
         acquired {acquired:?}",
        m.total_us(),
        m.results.contents(),
        m.results.lost().len(),
        m.outcome(),
        m.max_writers,
        m.max_readers,
        m.wait_group_peak,
    )
}

#[test]
fn every_scenarios_go_program_run_back_gives_the_same_run() {
    for (name, _) in BUILT_IN {
        let scenario = Arc::new(built_in(name).expect("built in").expect("parses"));
        for &mode in &scenario.modes {
            let mut info = RunInfo::new(scenario.clone(), 3);
            info.mode = mode;
            let program = info.listing().text();
            let mut back = go_info(&format!("{name}.go"), &program, 3);
            // A scenario's work is its sleeps: its program runs back the same way.
            back.cost = info.cost;
            let (toml, go) = (account(&run(info)), account(&run(back)));
            assert_eq!(go, toml, "{name} under {}:\n{program}", mode.key());
        }
    }
}

const MUTEX: &str = include_str!("../against_go/programs/mutex.go");

#[test]
fn without_its_lock_a_mutex_program_loses_updates_and_the_race_is_at_its_lines() {
    let mut info = go_info("mutex.go", MUTEX, 1);
    assert_eq!(info.mode, LockMode::Mutex, "as written");
    info.mode = LockMode::None;
    info.write_ms = 300;
    let model = run(info.clone());
    assert!(!model.results.lost().is_empty(), "{}", account(&model));
    let program = info.listing();
    let append_line = MUTEX
        .lines()
        .position(|l| l.contains("seen = append(seen"))
        .expect("the append")
        + 1;
    let races = model.races();
    assert!(!races.is_empty(), "the race detector saw it");
    for race in races {
        assert!(
            race_lines(race, &program).contains(&append_line),
            "{:?} not at line {append_line}",
            race_lines(race, &program)
        );
    }
    let report = syncscope::race_report::race_report(&model, &program).join("\n");
    assert!(report.contains("at seen by goroutine"), "{report}");
    assert!(report.contains("main.visit()"), "{report}");
}

#[test]
fn lock_modes_act_on_try_lock_as_on_lock() {
    // Two TryLocks with no Unlock between: Go's second finds the lock taken. With no lock
    // there is nothing to take, so both go in; under `mutex` a TryRLock is a TryLock.
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\
                \tvar mu sync.RWMutex\n\tmu.Lock()\n\tmu.Unlock()\n\
                \tfmt.Println(mu.TryLock(), mu.TryLock())\n\tmu.Unlock()\n\
                \tfmt.Println(mu.TryRLock(), mu.TryRLock())\n}\n";
    let printed = |mode: Option<LockMode>| {
        let mut info = go_info("trylock.go", text, 1);
        if let Some(mode) = mode {
            info.mode = mode;
        }
        run(info).output.text
    };
    assert_eq!(printed(None), "true false\ntrue true\n", "as written");
    assert_eq!(printed(Some(LockMode::None)), "true true\ntrue true\n");
    assert_eq!(printed(Some(LockMode::Mutex)), "true false\ntrue false\n");
}

#[test]
fn as_written_the_same_program_keeps_every_update() {
    let mut info = go_info("mutex.go", MUTEX, 1);
    info.write_ms = 300;
    let model = run(info);
    assert!(model.results.lost().is_empty(), "{}", account(&model));
    assert_eq!(model.results.contents().len(), 6);
    assert!(model.races().is_empty());
}

#[test]
fn random_draws_come_from_the_seed() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"math/rand\"\n)\n\nfunc main() {\n\tfor i := 0; i < 5; i++ {\n\t\tfmt.Println(rand.Intn(1000), rand.Float32())\n\t}\n}\n";
    let printed = |seed| run(go_info("r.go", text, seed)).output.text;
    assert_eq!(printed(5), printed(5));
    assert_ne!(printed(5), printed(6));
}

#[test]
fn a_snippet_runs_as_goimports_would_complete_it() {
    let text = "var names = []string{\"a\", \"b\"}\n\nfunc main() {\n\tfor _, n := range names {\n\t\tfmt.Println(n)\n\t\ttime.Sleep(time.Millisecond)\n\t}\n}\n";
    let info = go_info("snippet.go", text, 1);
    let source = info.listing();
    assert!(source.added > 0);
    assert!(source.lines.iter().any(|l| l.contains("\"time\"")));
    assert_eq!(run(info).output.text, "a\nb\n");
}

fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncscope-go-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn syncscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run syncscope")
}

#[test]
fn headless_stdout_is_the_programs_output_and_the_account_is_on_stderr() {
    let path = scratch(
        "hello.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Print(\"no newline\")\n}\n",
    );
    let out = syncscope(&[path.to_str().expect("utf-8"), "--instant"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "no newline");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("\nsyncscope: main returned"), "{stderr}");
    assert!(stderr.contains("outcome: ok"), "{stderr}");
    let json = syncscope(&[path.to_str().expect("utf-8"), "--json", "--instant"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("one JSON object");
    assert_eq!(v["output"], "no newline");
}

#[test]
fn a_program_that_panics_exits_2_with_gos_words() {
    let path = scratch(
        "panics.go",
        "package main\n\nvar xs = []int{1}\n\nfunc main() {\n\t_ = xs[3]\n}\n",
    );
    let out = syncscope(&[path.to_str().expect("utf-8"), "--instant"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("panic: runtime error: index out of range [3] with length 1"),
        "{stderr}"
    );
}

/// A refusal: status 2, nothing on stdout, one line on stderr with the file's place.
fn refused(name: &str, text: &str, needles: &[&str]) {
    let path = scratch(name, text);
    let out = syncscope(&[path.to_str().expect("utf-8"), "--instant"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
    assert!(out.stdout.is_empty(), "{name}");
    assert_eq!(stderr.lines().count(), 1, "{name}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for needle in needles {
        assert!(
            stderr.contains(needle),
            "{name}: {needle:?} not in {stderr}"
        );
    }
}

const HEAD: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n";

#[test]
fn each_kind_of_mistake_is_one_line_with_its_place() {
    refused(
        "syntax.go",
        &format!("{HEAD}\tfmt.Println(\"a\"\n}}\n"),
        &["syntax.go:6:", "syntax error"],
    );
    refused(
        "undefined.go",
        &format!("{HEAD}\tfmt.Println(resutls)\n}}\n"),
        &["undefined.go:6:14: undefined: resutls"],
    );
    refused(
        "unused.go",
        &format!("{HEAD}\tx := 1\n\tfmt.Println()\n}}\n"),
        &["unused.go:6:2: declared and not used: x"],
    );
    refused(
        "import.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n}\n",
        &["import.go:3:8: \"fmt\" imported and not used"],
    );
    refused(
        "args.go",
        &format!("{HEAD}\tf(1)\n\tfmt.Println()\n}}\n\nfunc f() {{}}\n"),
        &["args.go:6:4: too many arguments in call to f"],
    );
    refused(
        "types.go",
        &format!("{HEAD}\tvar n int = \"hello\"\n\tfmt.Println(n)\n}}\n"),
        &[
            "types.go:6:14: cannot use \"hello\" (untyped string constant) as int value in variable declaration",
        ],
    );
    refused(
        "pasted.go",
        "package main\n\nfunc main() {\n\u{a0}\u{a0}x := 1\n}\n",
        &["pasted.go:4:1:", "U+00A0", "replace it with a space"],
    );
    refused(
        "package.go",
        "package tools\n\nfunc main() {\n}\n",
        &["package.go:1:9:", "not a main package"],
    );
    refused(
        "empty.go",
        "",
        &["empty.go:1:1:", "function main is undeclared"],
    );
    refused(
        "comment.go",
        "// A title\u{1b}[2J\npackage main\n\nfunc main() {\n}\n",
        &["comment.go:1:1:", "control character"],
    );
}

#[test]
fn valid_go_outside_the_subset_is_named_at_its_place() {
    let cases = [
        (
            "complex.go",
            "\tc := complex(1, 2)\n\t_ = c\n",
            "complex.go:6:7: syncscope does not run complex(...) yet",
        ),
        (
            "map.go",
            "\tvar m map[float64]int\n\t_ = m\n",
            "map.go:6:12: syncscope does not run maps with keys of type float64 yet",
        ),
        (
            "pointer.go",
            "\tx := [2]int{1}\n\tp := &x\n\t_ = p\n",
            "pointer.go:7:7: syncscope does not run pointers to [2]int yet",
        ),
        (
            "goto.go",
            "\tgoto end\nend:\n",
            "goto.go:6:2: syncscope does not run goto yet",
        ),
    ];
    for (name, body, needle) in cases {
        refused(
            name,
            &format!("{HEAD}{body}\tfmt.Println()\n}}\n"),
            &[needle],
        );
    }
    let deep = format!(
        "{HEAD}\tfmt.Println({}1{})\n}}\n",
        "(".repeat(300),
        ")".repeat(300)
    );
    refused(
        "deep.go",
        &deep,
        &["deep.go:6:", "nested more than 100 deep"],
    );
    let named = "package main\n\ntype N = int\n\nfunc main() {\n}\n";
    refused(
        "named.go",
        named,
        &[
            "named.go:3:6: syncscope does not run type declarations other than of structs, interfaces and basic types yet",
        ],
    );
}

#[test]
fn a_go_program_sets_its_own_numbers() {
    let path = scratch("numbers.go", "package main\n\nfunc main() {\n}\n");
    let out = syncscope(&[path.to_str().expect("utf-8"), "--workers", "3"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--workers sets a TOML scenario's numbers"),
        "{stderr}"
    );
}

#[test]
fn reads_and_writes_under_rwmutex_keep_their_access() {
    let text = include_str!("../against_go/programs/rwmutex.go");
    let model = run(go_info("rwmutex.go", text, 1));
    let reads = model
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Lock {
                    access: Access::Read,
                    action: LockAction::Acquire,
                    ..
                }
            )
        })
        .count();
    assert_eq!(reads, 3);
    assert_eq!(model.max_readers, 0, "no read window at --read-ms 0");
}

/// The README's helpers: `compute(ms)` is CPU work on a processor, `calibrate()` takes no
/// time, and `runtime.GOMAXPROCS` sets the processors from there on.
const CPU: &str = r#"package main

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

func calibrate() {
	const rounds = 50000000
	start := time.Now()
	sink = spin(rounds)
	ms := float64(time.Since(start)) / float64(time.Millisecond)
	spinsPerMs = int(rounds / ms)
}

func compute(ms int) {
	sink += spin(ms * spinsPerMs)
}

func main() {
	runtime.GOMAXPROCS(NPROCS)
	calibrate()
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			compute(100)
		}()
	}
	wg.Wait()
	fmt.Println(time.Since(start))
}
"#;

#[test]
fn compute_is_cpu_work_and_gomaxprocs_sets_the_processors() {
    for (procs, total_ms) in [(1, 300), (3, 100)] {
        let text = CPU.replace("NPROCS", &procs.to_string());
        let mut info = go_info("cpu.go", &text, 1);
        // compute's milliseconds alone, without the little the loop's code takes.
        info.cost = false;
        let model = run(info);
        assert_eq!(model.total_us(), Some(total_ms * 1000), "{procs} P");
        assert_eq!(
            model.procs.cpu_ns, 300_000_000,
            "three goroutines of 100 ms"
        );
        assert_eq!(model.procs.count, procs as u32);
        assert_eq!(model.output.text, format!("{total_ms}ms\n"));
        assert!(
            model
                .events
                .iter()
                .any(|e| e.kind == EventKind::SetProcs(procs as u32))
        );
    }
}

/// Lowered under the processors that compute: the caller waits for one, as Go's scheduler
/// would have it, instead of the run failing.
#[test]
fn lowering_gomaxprocs_under_busy_processors_makes_the_caller_wait() {
    let text = CPU
        .replace("NPROCS", "2")
        .replace(
            "\tvar wg sync.WaitGroup\n",
            "\tgo compute(50)\n\ttime.Sleep(time.Millisecond)\n\truntime.GOMAXPROCS(1)\n\tcompute(10)\n\tvar wg sync.WaitGroup\n",
        );
    let model = run(go_info("shrink.go", &text, 1));
    assert_eq!(
        model.outcome().map(|o| o.key()),
        Some("ok"),
        "{:?}",
        model.ending
    );
    assert_eq!(model.procs.count, 1);
}

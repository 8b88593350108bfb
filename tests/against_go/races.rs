//! The race detector against Go's `-race`: the same generated program, its data races reported
//! at the same pairs of lines, and none under a lock.

use super::go;
use std::collections::BTreeSet;
use std::process::Command;
use std::sync::Arc;
use syncscope::event::{LockMode, RunInfo};
use syncscope::front::toml::built_in;
use syncscope::headless;
use syncscope::race_report::race_lines;
use syncscope::sched::Pacing;

/// The tutorials' unlocked append with no hold, as `--scenario race --write-ms 0` runs it,
/// with a short call so that Go's run is quick.
fn racy_run(mode: LockMode) -> RunInfo {
    let scenario = built_in("race").expect("built in").expect("parses");
    let mut info = RunInfo::new(Arc::new(scenario), 1);
    info.mode = mode;
    info.delay_ms = 100;
    info.write_ms = 0;
    info.read_ms = 10;
    info
}

/// The pairs of lines of `main.go` that `go run -race` reports, each access at its first
/// frame in package main.
fn go_race_pairs(stderr: &str) -> BTreeSet<[usize; 2]> {
    let mut pairs = BTreeSet::new();
    for report in stderr.split("WARNING: DATA RACE").skip(1) {
        let mut lines: Vec<usize> = Vec::new();
        let mut rows = report.lines().peekable();
        while let Some(row) = rows.next() {
            let access = row.contains(" at 0x") && row.ends_with(':');
            if !access {
                continue;
            }
            while let Some(frame) = rows.next() {
                if frame.starts_with("  main.") {
                    let line: Option<usize> = rows
                        .next()
                        .and_then(|l| l.split("main.go:").nth(1))
                        .and_then(|l| l.split_whitespace().next())
                        .and_then(|l| l.parse().ok());
                    lines.extend(line);
                    break;
                }
                if frame.trim().is_empty() {
                    break;
                }
            }
        }
        if let [a, b] = lines[..] {
            pairs.insert([a.min(b), a.max(b)]);
        }
    }
    pairs
}

fn our_race_pairs(info: &RunInfo) -> BTreeSet<[usize; 2]> {
    our_run(info).0
}

/// The race pairs of a run and what it printed.
fn our_run(info: &RunInfo) -> (BTreeSet<[usize; 2]>, String) {
    let program = info.listing();
    let model = headless::run(
        info.clone(),
        Pacing::Instant,
        1.0,
        headless::Narration::Quiet,
    )
    .expect("runs");
    let pairs = model
        .races()
        .iter()
        .map(|r| {
            let [a, b] = race_lines(r, &program);
            [a.min(b), a.max(b)]
        })
        .collect();
    (pairs, model.output.text.clone())
}

#[test]
fn races_are_reported_where_go_race_reports_them() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let dir = go::scratch("against-go-race");
    for mode in [LockMode::None, LockMode::Mutex, LockMode::Channel] {
        let info = racy_run(mode);
        let program = dir.join(format!("{}/main.go", mode.key()));
        std::fs::create_dir_all(program.parent().expect("dir")).expect("dir");
        std::fs::write(&program, info.listing().text()).expect("main.go");
        let dir = program.parent().expect("dir");
        let built = Command::new("go")
            .args(["build", "-race", "-o", "racy", "main.go"])
            .current_dir(dir)
            .output()
            .expect("go build -race");
        assert!(
            built.status.success(),
            "{}",
            String::from_utf8_lossy(&built.stderr)
        );
        // Go's detector keeps a few accesses per word, so a run may miss a race that is
        // there: a race is Go's when any of three runs reports it.
        let run = || {
            Command::new(dir.join("racy"))
                .output()
                .expect("run the -race build")
        };
        let mut out = run();
        for _ in 1..3 {
            if mode != LockMode::None || out.status.code() == Some(66) {
                break;
            }
            out = run();
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let theirs = go_race_pairs(&stderr);
        let ours = our_race_pairs(&info);
        if mode == LockMode::None {
            assert_eq!(out.status.code(), Some(66), "Go found the races:\n{stderr}");
            assert!(!theirs.is_empty(), "{stderr}");
            assert!(
                theirs.is_subset(&ours),
                "Go reports {theirs:?}, syncscope {ours:?}"
            );
        } else {
            assert!(
                out.status.success(),
                "no race under {}:\n{stderr}",
                mode.key()
            );
            assert!(theirs.is_empty() && ours.is_empty(), "{theirs:?} {ours:?}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Programs of ours whose goroutines share a variable and a channel, a map, a struct's field
/// or an atomic flag: the happens-before edges (a send before its receive, the k-th receive
/// before the (k+C)-th send, a close before the receive it ends, an atomic store before the
/// load that sees it, an Unlock before the next Lock) decide whether Go's `-race` reports a
/// race, and syncscope reports one exactly where Go does.
#[test]
fn channel_edges_order_accesses_as_go_race_says() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let programs = super::programs::sources("race_programs");
    assert!(programs.len() >= 4);
    let (mut racy, mut clean) = (0, 0);
    for (name, text) in programs {
        let dir = super::programs::build_dir(&format!("race-{name}"), &text);
        let built = Command::new("go")
            .args(["build", "-race", "-o", "racy", "."])
            .current_dir(&dir)
            .output()
            .expect("go build -race");
        assert!(
            built.status.success(),
            "{}",
            String::from_utf8_lossy(&built.stderr)
        );
        let out = Command::new(dir.join("racy")).output().expect("run");
        let theirs = go_race_pairs(&String::from_utf8_lossy(&out.stderr));
        let scenario = syncscope::front::go::load("main.go", &text).expect("loads");
        let info = RunInfo::new(Arc::new(scenario), 1);
        let ours = our_race_pairs(&info);
        // Go reports a racy address once or twice, not every pair of places: what it
        // reports syncscope must, and where it reports nothing, nothing.
        assert!(
            theirs.is_subset(&ours) && ours.is_empty() == theirs.is_empty(),
            "{name}: syncscope {ours:?}, Go -race {theirs:?}"
        );
        if theirs.is_empty() {
            clean += 1;
        } else {
            racy += 1;
        }
    }
    assert!(racy >= 1 && clean >= 3, "{racy} racy, {clean} clean");
}

/// The race report names what raced as the code names it: a captured local, a field
/// through a pointer, a slice's element, a local through its pointer.
#[test]
fn races_name_the_variable_as_the_code_does() {
    let programs = super::programs::sources("race_programs");
    for (name, words) in [
        ("captured_counter", "Write at hits by goroutine"),
        ("shared_pointer_struct", "at s.hits by goroutine"),
        ("slice_same_index", "at scores[2] by goroutine"),
        ("pointer_to_local", "at total by goroutine"),
    ] {
        let text = &programs
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name}"))
            .1;
        let scenario = syncscope::front::go::load("main.go", text).expect("loads");
        let info = RunInfo::new(Arc::new(scenario), 1);
        let model = headless::run(
            info.clone(),
            Pacing::Instant,
            1.0,
            headless::Narration::Quiet,
        )
        .expect("runs");
        let report = syncscope::race_report::race_report(&model, &info.listing());
        assert!(
            report.iter().any(|l| l.contains(words)),
            "{name}: {report:#?}"
        );
    }
}

/// `--write-ms`: a captured counter's `hits++` holds the window between its read and its
/// write, as a package variable's does, so goroutines in the window at once lose updates.
#[test]
fn a_captured_counter_loses_updates_in_its_write_window_as_a_package_one_does() {
    let body = "\tvar wg sync.WaitGroup\n\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n\t\t\
                go func() {\n\t\t\tdefer wg.Done()\n\t\t\thits++\n\t\t}()\n\t}\n\t\
                wg.Wait()\n\tfmt.Println(hits)\n}\n";
    let head = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n";
    let captured = format!("{head}func main() {{\n\thits := 0\n{body}");
    let global = format!("{head}var hits int\n\nfunc main() {{\n{body}");
    let printed = |text: &str| {
        let scenario = syncscope::front::go::load("main.go", text).expect("loads");
        let mut info = RunInfo::new(Arc::new(scenario), 1);
        info.write_ms = 5;
        let model =
            headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs");
        assert!(!model.races().is_empty(), "{text}");
        model.output.text.clone()
    };
    let (ours, theirs) = (printed(&captured), printed(&global));
    assert_eq!(ours, theirs);
    assert_ne!(
        ours.trim(),
        "4",
        "every goroutine in the window at once loses updates"
    );
}

/// The program, as people write it: a thousand goroutines of a hundred `counter++`
/// on a captured local. The race is reported at `counter++` in every run, at one processor
/// and at four, whatever the seed, within the event budget; code takes time, so on four
/// processors updates are lost (the issue asks for 3 runs of 10), on one never.
#[test]
fn a_captured_counter_races_in_every_run() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\
                \tcounter := 0\n\tvar wg sync.WaitGroup\n\tfor i := 0; i < 1000; i++ {\n\
                \t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\
                \t\t\tfor j := 0; j < 100; j++ {\n\t\t\t\tcounter++\n\t\t\t}\n\t\t}()\n\t}\n\
                \twg.Wait()\n\tfmt.Println(counter)\n}\n";
    let scenario = Arc::new(syncscope::front::go::load("main.go", text).expect("loads"));
    for procs in [1, 4] {
        let mut lost = 0;
        for seed in 1..=10 {
            let mut info = RunInfo::new(scenario.clone(), seed);
            info.procs = procs;
            let (lines, printed) = our_run(&info);
            assert!(
                lines.contains(&[16, 16]),
                "procs {procs}, seed {seed}: {lines:?}"
            );
            let count: u32 = printed.trim().parse().expect("a count");
            assert!(count <= 100_000, "procs {procs}, seed {seed}: {count}");
            lost += u32::from(count < 100_000);
        }
        match procs {
            1 => assert_eq!(lost, 0, "one processor loses nothing"),
            _ => assert!(lost >= 3, "{procs} processors lost updates in {lost} of 10"),
        }
    }
    let model = headless::run(
        super::programs::as_go_runs(RunInfo::new(scenario, 1)),
        Pacing::Instant,
        1.0,
        headless::Narration::Quiet,
    )
    .expect("runs");
    assert_eq!(model.output.text, "100000\n");
}

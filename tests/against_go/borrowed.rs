//! The programs teachers borrow (the Go Tour's concurrency pages, Go by Example's chapters),
//! as published, against Go. They are not ours, so they are not in the repository: point
//! `SYNCSCOPE_BORROWED` at a folder of them (any `.go` files, in subfolders too) and this
//! test runs each one by Go and by syncscope and prints a table of what runs as Go runs it,
//! what syncscope refuses, and why. Without the folder it says so and checks nothing.
//!
//! A program must never run differently: when both run it, syncscope prints what Go printed
//! in one of up to `GO_RUNS` runs; when Go refuses it (a newer Go's API), syncscope must too.

use super::GO_RUNS;
use super::go;
use super::programs::{Printed, build_dir, run_go, run_ours, same};
use std::path::{Path, PathBuf};
use std::process::Command;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|x| x == "go") {
            out.push(path);
        }
    }
}

/// Go's first compile error, `line:col: message`, or `None` when it builds. The file is
/// named, as `go run main.go` names it, so its `//go:build` line does not leave it out.
fn go_refuses(dir: &Path) -> Option<String> {
    let out = Command::new("go")
        .args(["build", "-o", "prog", "main.go"])
        .current_dir(dir)
        .output()
        .expect("go build");
    if out.status.success() {
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let first = stderr.lines().find(|l| !l.starts_with('#')).unwrap_or("");
    Some(match first.find("main.go:") {
        Some(at) => first[at + "main.go:".len()..].trim().to_string(),
        None => first.to_string(),
    })
}

/// `text` with each wall-clock time Go prints (`2026-12-01 18:05:52.93 +0000 UTC`) as
/// `<wall>`, and each monotonic reading (`m=+0.500843238`) as a duration, which the
/// comparison then holds to 1% + 20 ms: a program that prints `time.Now()` is compared on
/// when, not on the date.
fn wall_clock_free(text: &str) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let mut rest = line;
        while let Some(at) = rest.find(" +0000 UTC") {
            let head = &rest[..at];
            // The date and time before the zone: `YYYY-MM-DD HH:MM:SS[.frac]`.
            let start = head
                .char_indices()
                .rev()
                .filter(|(_, c)| *c == '-')
                .nth(1)
                .map_or(0, |(i, _)| i.saturating_sub(4));
            out.push_str(&head[..start]);
            out.push_str("<wall>");
            rest = &rest[at + " +0000 UTC".len()..];
            if let Some(m) = rest.strip_prefix(" m=+") {
                let end = m
                    .find(|c: char| !c.is_ascii_digit() && c != '.')
                    .unwrap_or(m.len());
                out.push_str(&format!(" m=+{}s", &m[..end]));
                rest = &m[end..];
            }
        }
        out.push_str(rest);
    }
    out
}

/// Runs Go until it prints what syncscope printed, times of day aside.
fn agrees(binary: &Path, ours: &Printed) -> Result<(), String> {
    let ours = Printed {
        stdout: wall_clock_free(&ours.stdout),
        stderr: ours.stderr.clone(),
        ending: ours.ending.clone(),
    };
    let mut first = None;
    for _ in 0..GO_RUNS {
        let go = run_go(binary);
        let go = Printed {
            stdout: wall_clock_free(&go.stdout),
            stderr: go.stderr,
            ending: go.ending,
        };
        match same(&go, &ours) {
            Ok(()) => return Ok(()),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.unwrap_or_default())
}

#[test]
fn times_of_day_are_left_out_and_their_monotonic_readings_kept() {
    let go = "Tick at 2026-12-01 18:05:52.938939977 +0000 UTC m=+0.500843238\n";
    let ours = "Tick at 2009-11-10 23:00:00.5 +0000 UTC m=+0.500000000\n";
    assert_eq!(wall_clock_free(go), "Tick at <wall> m=+0.500843238s\n");
    assert_eq!(wall_clock_free(ours), "Tick at <wall> m=+0.500000000s\n");
}

#[test]
fn borrowed_programs_run_as_go_runs_them_or_are_refused_in_one_line() {
    let Some(root) = std::env::var_os("SYNCSCOPE_BORROWED").map(PathBuf::from) else {
        eprintln!("note: SYNCSCOPE_BORROWED is not set, so no borrowed program was compared");
        return;
    };
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let mut paths = Vec::new();
    files(&root, &mut paths);
    paths.sort();
    assert!(!paths.is_empty(), "no .go files under {}", root.display());
    let (mut table, mut wrong) = (Vec::new(), Vec::new());
    for path in paths {
        let shown = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let text = std::fs::read_to_string(&path).expect("read");
        let name = shown.replace(['/', '.'], "_");
        let dir = build_dir(&name, &text);
        let ours = syncscope::front::go::load("main.go", &text);
        let row = match (go_refuses(&dir), ours) {
            (Some(theirs), Err(e)) => {
                let same = e.to_string().contains(&theirs);
                if !same {
                    wrong.push(format!("{shown}: Go says {theirs}, syncscope {e}"));
                }
                format!("| {shown} | refused by Go 1.19 too: `{theirs}` |")
            }
            (Some(theirs), Ok(_)) => {
                wrong.push(format!(
                    "{shown}: Go refuses it ({theirs}), syncscope runs it"
                ));
                format!("| {shown} | WRONG: runs, Go refuses |")
            }
            (None, Err(e)) => format!("| {shown} | not yet: `{e}` |"),
            (None, Ok(_)) => {
                let printed = run_ours("main.go", &text);
                if printed.ending.contains("its budget") {
                    // syncscope's limit, said as one: not a run that differs from Go's.
                    table.push(format!("| {shown} | stops at the event budget |"));
                    continue;
                }
                match agrees(&dir.join("prog"), &printed) {
                    Ok(()) => format!("| {shown} | runs as `go run` does |"),
                    Err(why) => {
                        wrong.push(format!("{shown}: {why}"));
                        format!("| {shown} | WRONG: {} |", why.lines().next().unwrap_or(""))
                    }
                }
            }
        };
        table.push(row);
    }
    eprintln!("| program | syncscope |\n|---|---|\n{}", table.join("\n"));
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

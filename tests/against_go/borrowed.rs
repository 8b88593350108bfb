//! The programs teachers borrow (the Go Tour's concurrency pages, Go by Example's chapters),
//! as published, against Go. They are not ours, so they are not in the repository: point
//! `SYNCSCOPE_BORROWED` at a folder of them (any `.go` files, in subfolders too) and this
//! test runs each one by Go and by syncscope and prints a table of what runs as Go runs it,
//! what syncscope refuses, and why. Without the folder it says so and checks nothing.
//!
//! A program must never run differently: when both run it, syncscope prints what Go printed
//! in one of up to `GO_RUNS` runs; when Go refuses it (a newer Go's API), syncscope must too.

use super::go;
use super::programs::{agrees, build_dir, run_ours};
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

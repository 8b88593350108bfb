//! The two tutorials' Go programs, as they are written, against Go. They are the project's
//! reference, not part of it: the test reads them from the seeds folder beside the
//! repository (`../shared/seeds`, or `SYNCSCOPE_SEEDS`) and skips when it is not there.
//!
//! Every program is refused or run as Go refuses or runs it: the first tutorial misspells
//! `results` (Go's error, at Go's place), the second's snippets carry web-page spaces (the
//! same), and once those are fixed each prints what Go prints. Where a program draws random
//! delays, the draws are syncscope's own (from the run's seed), so what is compared is the
//! lines printed, in any order, and how the run ends.

use super::go;
use super::programs::{Printed, agrees, build, build_dir, durations, run_go, run_ours};
use std::path::PathBuf;
use std::process::Command;

fn seeds() -> Option<PathBuf> {
    let dir = std::env::var_os("SYNCSCOPE_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    dir.is_dir().then_some(dir)
}

/// The Go blocks of the tutorials that are programs (have a `main`), in order.
fn programs(dir: &PathBuf) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("seeds")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        // Fenced blocks: the odd pieces between fences, whatever their language tag.
        for block in text.split("```").skip(1).step_by(2) {
            let code = block.split_once('\n').map_or("", |(_, code)| code);
            if code.contains("func main()") {
                out.push(code.to_string());
            }
        }
    }
    out
}

/// A snippet completed for `go build` as goimports would: `package main` and the imports of
/// what it uses. The test's own completion, so syncscope's is checked, not reused.
fn completed(code: &str) -> (String, usize) {
    if code.contains("package main") {
        return (code.to_string(), 0);
    }
    let mut head = String::from("package main\n\n");
    if !code.contains("import") {
        let used: Vec<&str> = [
            ("fmt.", "fmt"),
            ("rand.", "math/rand"),
            ("sync.", "sync"),
            ("time.", "time"),
        ]
        .iter()
        .filter(|(use_, _)| code.contains(use_))
        .map(|(_, path)| *path)
        .collect();
        head += "import (\n";
        for path in used {
            head += &format!("\t\"{path}\"\n");
        }
        head += ")\n\n";
    }
    let added = head.matches('\n').count();
    (head + code, added)
}

/// Go's first error for `text`: `(line, col, message)`.
fn go_error(name: &str, text: &str) -> Option<(usize, usize, String)> {
    let dir = build_dir(name, text);
    let out = Command::new("go")
        .args(["build", "-o", "prog", "."])
        .current_dir(&dir)
        .output()
        .expect("run go build");
    if out.status.success() {
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let line = stderr.lines().find(|l| l.contains("main.go:"))?;
    let after = &line[line.find("main.go:")? + "main.go:".len()..];
    let mut parts = after.splitn(3, ':');
    let l = parts.next()?.parse().ok()?;
    let c = parts.next()?.parse().ok()?;
    Some((l, c, parts.next()?.trim().to_string()))
}

/// The lines printed, durations normalised, in order: for programs whose order is random.
fn lines_of(p: &Printed) -> Vec<String> {
    let mut lines: Vec<String> = durations(&p.stdout).0.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn the_tutorials_programs_run_as_go_runs_them() {
    let Some(dir) = seeds() else {
        eprintln!("note: no tutorials at ../shared/seeds, so they were not compared with Go");
        return;
    };
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let found = programs(&dir);
    assert!(
        found.len() >= 6,
        "the tutorials' programs: found {}",
        found.len()
    );
    let (mut misspelled, mut pasted) = (0, 0);
    for (i, code) in found.iter().enumerate() {
        let name = format!("tutorial-{i}");
        let mut code = code.clone();
        let (full, added) = completed(&code);
        // As written: refused where Go refuses it, in Go's words.
        if let Err(e) = syncscope::front::go::load("main.go", &code) {
            let (l, c, message) = go_error(&name, &full)
                .unwrap_or_else(|| panic!("{name}: syncscope refused ({e}) what Go builds"));
            assert_eq!(
                e.line_col,
                Some((l - added, c)),
                "{name}: {e} vs Go's {l}:{c} {message}"
            );
            if code.contains('\u{a0}') {
                assert!(
                    message.contains("character U+00A0"),
                    "{name}: Go says {message}"
                );
                assert!(
                    e.message.starts_with(&message),
                    "{name}: {e}, Go says {message}"
                );
                code = code.replace('\u{a0}', " ");
                pasted += 1;
            } else {
                assert_eq!(e.message, message, "{name}");
                assert_eq!(message, "undefined: resutls", "{name}");
                code = code.replace("resutls", "results");
                misspelled += 1;
            }
        }
        let (full, _) = completed(&code);
        let ours = run_ours("main.go", &code);
        let binary = build(&name, &full);
        if code.contains("rand.") {
            let go = run_go(&binary);
            assert_eq!(go.ending, ours.ending, "{name}");
            assert_eq!(lines_of(&go), lines_of(&ours), "{name}: the lines printed");
        } else if let Err(e) = agrees(&binary, &ours) {
            panic!("{name}: {e}");
        }
    }
    assert_eq!(
        misspelled, 2,
        "the first tutorial's WaitGroup and Mutex programs"
    );
    assert!(
        pasted >= 3,
        "the second tutorial's snippets, pasted from a web page"
    );
}

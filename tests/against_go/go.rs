//! Running real Go: the toolchain, the script program, and what it printed.

use super::Observed;
use super::cases::Case;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether `go` is here; without it the layer skips, unless CI requires it.
pub fn available() -> bool {
    let found = Command::new("go")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        let required = std::env::var("SYNCSCOPE_REQUIRE_GO").is_ok_and(|v| v == "1");
        assert!(!required, "SYNCSCOPE_REQUIRE_GO=1 but no `go` on PATH");
        eprintln!("note: no Go toolchain, so nothing was compared with Go");
    }
    found
}

/// Go's timings are what is compared: the tests of this layer take turns, so that one's
/// compiling does not load the machine under another's run.
pub fn exclusive() -> std::sync::MutexGuard<'static, ()> {
    static ALONE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    ALONE.lock().unwrap_or_else(|e| e.into_inner())
}

/// A fresh directory under the system's temporary one.
pub fn scratch(name: &str) -> PathBuf {
    static SWEPT: std::sync::Once = std::sync::Once::new();
    SWEPT.call_once(sweep_ended_runs);
    let dir = std::env::temp_dir().join(format!("syncscope-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// The scratch directories of test runs that have ended (each run's end with its process
/// number, a Go binary in most): a machine that runs the suite all day would fill its disk
/// (44 GB of them were found here). Only where `/proc` says which processes live.
fn sweep_ended_runs() {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix("syncscope-")
            .and_then(|rest| rest.rsplit('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        // A name whose last part only looks like a process number is left while it is new.
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 600);
        if stale && !proc.join(pid.to_string()).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Builds `script.go` once; `None` when there is no Go.
pub fn build_script() -> Option<PathBuf> {
    if !available() {
        return None;
    }
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/against_go/script.go");
    let binary = scratch("against-go").join("script");
    let out = Command::new("go")
        .args(["build", "-o"])
        .arg(&binary)
        .arg(&source)
        .output()
        .expect("run go build");
    assert!(
        out.status.success(),
        "go build script.go:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(binary)
}

/// Go's first line of a panic or a fatal error, with the panics it went on from, as
/// syncscope reports it.
pub fn go_error(stderr: &str) -> Option<String> {
    let mut lines = stderr
        .lines()
        .skip_while(|l| !(l.starts_with("panic: ") || l.starts_with("fatal error: ")));
    let mut text = lines.next()?.to_string();
    // A panic in a deferred call run by another: Go lists each, the later ones indented.
    for later in lines.take_while(|l| l.starts_with("\tpanic: ")) {
        text.push('\n');
        text.push_str(later);
    }
    Some(text)
}

/// Runs one case's scripts in Go on `procs` processors.
pub fn run(script: &Path, case: &Case, procs: u32) -> Observed {
    let mut command = Command::new(script);
    if case.rw {
        command.arg("-rw");
    }
    command.arg(format!("-main-reads={}", case.main_reads));
    let out = command
        .args(case.scripts)
        .env("GOMAXPROCS", procs.to_string())
        .output()
        .expect("run the script program");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ending = if out.status.success() {
        "ok".to_string()
    } else {
        go_error(&stderr).unwrap_or_else(|| panic!("{}: Go failed oddly:\n{stderr}", case.name))
    };
    let acquired = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("acquire "))
        .map(str::to_string)
        .collect();
    let total_ms = stdout
        .lines()
        .find_map(|l| l.strip_prefix("total "))
        .and_then(|t| t.parse().ok())
        .unwrap_or(0.0);
    Observed {
        acquired,
        ending,
        total_ms,
    }
}

/// Go's first error in each program, by name: `(line, col, message)` from
/// `misspelled/main.go:8:19: undefined: resutls`, with the lines that follow it. One module
/// (`go 1.26`) in a scratch folder `scratch`, a package for each program, one `go build`.
pub fn first_errors(
    scratch: &str,
    programs: &[(String, String)],
) -> HashMap<String, (usize, usize, String)> {
    let dir = self::scratch(scratch);
    std::fs::write(dir.join("go.mod"), "module mistakes\n\ngo 1.26\n").expect("write go.mod");
    for (name, text) in programs {
        std::fs::create_dir_all(dir.join(name)).expect("a package's dir");
        std::fs::write(dir.join(name).join("main.go"), text).expect("write main.go");
    }
    let out = Command::new("go")
        .args(["build", "./..."])
        .current_dir(&dir)
        .output()
        .expect("run go build");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut first: HashMap<String, (usize, usize, String)> = HashMap::new();
    // The mistake the line before was the first of, if it was.
    let mut open: Option<String> = None;
    for line in stderr.lines() {
        if let Some(more) = line.strip_prefix('\t') {
            if let Some(name) = &open
                && let Some(error) = first.get_mut(name)
                && (more.starts_with("have ") || more.starts_with("want "))
            {
                let sep = if more.starts_with("have ") {
                    ": "
                } else {
                    ", "
                };
                error.2 = format!("{}{sep}{more}", error.2);
            }
            continue;
        }
        open = None;
        let Some((name, rest)) = line.split_once("/main.go:") else {
            continue;
        };
        let mut parts = rest.splitn(3, ':');
        let num = |p: Option<&str>| p.and_then(|p| p.trim().parse().ok());
        let (Some(l), Some(c)) = (num(parts.next()), num(parts.next())) else {
            continue;
        };
        if !first.contains_key(name) {
            let message = parts.next().unwrap_or("").trim().to_string();
            first.insert(name.to_string(), (l, c, message));
            open = Some(name.to_string());
        }
    }
    first
}

//! Running real Go: the toolchain, the script program, and what it printed.

use super::Observed;
use super::cases::Case;
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
    let dir = std::env::temp_dir().join(format!("syncscope-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
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

/// Go's first line of a panic or a fatal error, as syncscope reports it.
pub fn go_error(stderr: &str) -> Option<String> {
    stderr
        .lines()
        .find(|l| l.starts_with("panic: ") || l.starts_with("fatal error: "))
        .map(|l| l.trim_end_matches(" [recovered]").to_string())
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

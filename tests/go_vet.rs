//! The Go programs the code panel shows are real Go: every built-in scenario under every mode
//! it allows, with fixed and with random delays, vetted by the Go toolchain and already in
//! gofmt's layout. `.ci/run` installs Go and sets SYNCSCOPE_REQUIRE_GO, so there a missing
//! toolchain fails instead of skipping.

use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use syncscope::event::RunInfo;
use syncscope::front::toml::{BUILT_IN, parse};

fn go_available() -> bool {
    Command::new("go")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The toolchain's own gofmt: Go from the package index puts only `go` on the PATH.
fn gofmt() -> PathBuf {
    let root = Command::new("go").args(["env", "GOROOT"]).output();
    match root {
        Ok(out) if out.status.success() => {
            let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
            PathBuf::from(root).join("bin").join("gofmt")
        }
        _ => PathBuf::from("gofmt"),
    }
}

#[test]
fn every_shown_program_passes_go_vet_and_gofmt() {
    if !go_available() {
        let required = std::env::var("SYNCSCOPE_REQUIRE_GO").is_ok_and(|v| v == "1");
        assert!(!required, "SYNCSCOPE_REQUIRE_GO=1 but no `go` on PATH");
        eprintln!("note: no Go toolchain, so the generated programs were not vetted");
        return;
    }
    let root: PathBuf =
        std::env::temp_dir().join(format!("syncscope-go-vet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("temp dir");
    std::fs::write(
        root.join("go.mod"),
        "module example.com/syncscope\n\ngo 1.26\n",
    )
    .expect("go.mod");
    let mut count = 0;
    for (name, text) in BUILT_IN {
        let scenario = Arc::new(parse(name, text).expect("parses"));
        for mode in &scenario.modes {
            for random in [false, true] {
                let mut info = RunInfo::new(scenario.clone(), 7);
                info.mode = *mode;
                info.random_delay = random;
                info.workers = info.workers.max(12);
                let dir = root.join(format!(
                    "{}_{}_{random}",
                    name.replace('-', "_"),
                    mode.key()
                ));
                std::fs::create_dir_all(&dir).expect("package dir");
                let program = info.listing();
                std::fs::write(dir.join("main.go"), program.text()).expect("main.go");
                count += 1;
            }
        }
    }
    assert!(count >= 2 * BUILT_IN.len());
    let unformatted = Command::new(gofmt())
        .args(["-l", "."])
        .current_dir(&root)
        .output()
        .expect("run gofmt");
    let listed = String::from_utf8_lossy(&unformatted.stdout).to_string();
    assert!(
        unformatted.status.success() && listed.trim().is_empty(),
        "not in gofmt's layout:\n{listed}"
    );
    // One vet over all packages: far faster than one toolchain start per program.
    let out = Command::new("go")
        .args(["vet", "./..."])
        .current_dir(&root)
        .env("GOFLAGS", "-mod=mod")
        .env("GOCACHE", root.join(".cache"))
        .output()
        .expect("run go vet");
    let report = String::from_utf8_lossy(&out.stderr).to_string();
    let _ = std::fs::remove_dir_all(&root);
    assert!(out.status.success(), "go vet failed:\n{report}");
}

//! The cost model against Go: Go's own measurement of what its operations cost on this
//! machine (`cost/calibrate.go`), beside the totals syncscope's virtual clock gives the same
//! CPU-bound programs (`cost/fib.go`, `cost/sieve.go`). Each total must come within 2x of
//! Go's; the per-operation lines are printed for whoever sets the prices in
//! `crates/syncscope-engine/src/cost.rs`. Needs Go 1.26 on PATH.

use std::collections::BTreeMap;
use std::process::{Command, ExitCode};
use std::sync::Arc;
use syncscope::event::RunInfo;
use syncscope::headless::{self, Narration};
use syncscope::sched::Pacing;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/cost");

/// Go's lines: `name nanoseconds`.
fn go_costs() -> Result<BTreeMap<String, f64>, String> {
    let scratch = std::env::temp_dir().join(format!("syncscope-calibrate-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    std::fs::copy(format!("{DIR}/calibrate.go"), scratch.join("main.go"))
        .map_err(|e| e.to_string())?;
    std::fs::write(scratch.join("go.mod"), "module calibrate\n\ngo 1.26\n")
        .map_err(|e| e.to_string())?;
    let out = Command::new("go")
        .args(["run", "."])
        .current_dir(&scratch)
        .env("GOMAXPROCS", "1")
        .output()
        .map_err(|e| format!("go: {e}"))?;
    let _ = std::fs::remove_dir_all(&scratch);
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let (name, ns) = l.split_once(' ')?;
            Some((name.to_string(), ns.parse().ok()?))
        })
        .collect())
}

/// syncscope's virtual total of one program, in nanoseconds, on one processor.
fn ours(file: &str) -> Result<f64, String> {
    let text = std::fs::read_to_string(format!("{DIR}/{file}")).map_err(|e| e.to_string())?;
    let lesson = syncscope::front::go::load(file, &text).map_err(|e| e.to_string())?;
    let mut info = RunInfo::new(Arc::new(lesson), 1);
    info.procs = 1;
    let model =
        headless::run(info, Pacing::Instant, 1.0, Narration::Quiet).map_err(|e| e.to_string())?;
    let total = model.total_us().ok_or("no ending")?;
    Ok(total as f64 * 1000.0)
}

fn main() -> ExitCode {
    let go = match go_costs() {
        Ok(go) => go,
        Err(e) => {
            eprintln!("cost_model: Go's calibration did not run: {e}");
            return ExitCode::FAILURE;
        }
    };
    for (name, ns) in &go {
        println!("go {name:<10} {ns:>12.2} ns");
    }
    let mut missed = false;
    for file in ["fib.go", "sieve.go"] {
        let (Some(&theirs), Ok(ours)) = (go.get(file), ours(file)) else {
            eprintln!("cost_model: {file} did not run on both sides");
            return ExitCode::FAILURE;
        };
        let ratio = ours / theirs;
        let ok = (0.5..=2.0).contains(&ratio);
        missed |= !ok;
        println!(
            "{file:<10} go {theirs:>10.0} ns  syncscope {ours:>10.0} ns  ratio {ratio:.2} (limit 0.5..2) {}",
            if ok { "ok" } else { "MISSED" }
        );
    }
    if missed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

//! `--trace` files as Perfetto reads them, and `--replay` of them, through the real binary.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn syncscope(args: &[&str]) -> (Value, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args(args)
        .output()
        .expect("run syncscope");
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (v, out.status.code().unwrap_or(-1))
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncscope-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

/// Records a run; returns its JSON summary and the trace document.
fn record(name: &str, args: &[&str]) -> (Value, Value, PathBuf) {
    let path = temp(name);
    let file = path.to_str().expect("utf-8").to_string();
    let mut all = vec!["--json", "--instant", "--seed", "9", "--trace", &file];
    all.extend_from_slice(args);
    let (summary, _) = syncscope(&all);
    let text = std::fs::read_to_string(&path).expect("trace written");
    let doc: Value = serde_json::from_str(&text).expect("the trace is JSON");
    (summary, doc, path)
}

/// (goroutine, start, end) of every `X` slice with this state name.
fn slices(doc: &Value, state: &str) -> Vec<(u64, u64, u64)> {
    doc["traceEvents"]
        .as_array()
        .expect("traceEvents")
        .iter()
        .filter(|e| e["ph"] == "X" && e["name"] == state)
        .map(|e| {
            let ts = e["ts"].as_u64().expect("ts");
            (
                e["tid"].as_u64().expect("tid"),
                ts,
                ts + e["dur"].as_u64().expect("dur"),
            )
        })
        .collect()
}

/// Pairs of slices of different goroutines that overlap in time.
fn overlaps(a: &[(u64, u64, u64)], b: &[(u64, u64, u64)]) -> usize {
    let mut n = 0;
    for x in a {
        for y in b {
            if x.0 != y.0 && x.1 < y.2 && y.1 < x.2 {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn mutex_slices_never_overlap() {
    let (_, doc, _) = record("mutex.json", &["--mode", "mutex", "--reads", "3"]);
    let holders = [slices(&doc, "writing"), slices(&doc, "reading")].concat();
    assert!(!holders.is_empty());
    assert_eq!(overlaps(&holders, &holders), 0);
}

#[test]
fn rwmutex_writers_are_alone_and_readers_share() {
    let (_, doc, _) = record("rw.json", &["--mode", "rwmutex", "--reads", "3"]);
    let writing = slices(&doc, "writing");
    let reading = slices(&doc, "reading");
    assert_eq!(overlaps(&writing, &writing), 0);
    assert_eq!(overlaps(&writing, &reading), 0);
    assert!(
        overlaps(&reading, &reading) > 0,
        "readers hold the lock together"
    );
}

#[test]
fn no_lock_writes_overlap() {
    let (_, doc, _) = record("none.json", &["--mode", "none"]);
    let writing = slices(&doc, "writing");
    assert!(overlaps(&writing, &writing) > 0);
    let lost = doc["traceEvents"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["ph"] == "i" && e["name"] == "lost update")
        .count();
    assert!(lost >= 1);
}

#[test]
fn a_replay_prints_the_same_summary_as_the_live_run() {
    for (name, args) in [
        ("r1.json", vec!["--mode", "none"]),
        ("r2.json", vec!["--scenario", "lock-order"]),
        (
            "r3.json",
            vec!["--scenario", "read-heavy", "--random-delay"],
        ),
        // A Go file: its output, its variables' accesses and its own lines come back too.
        (
            "r4.json",
            vec![
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/against_go/programs/mutex.go"
                ),
                "--mode",
                "none",
                "--write-ms",
                "50",
            ],
        ),
        (
            "r5.json",
            vec![
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/against_go/programs/counter.go"
                ),
                "--write-ms",
                "5",
            ],
        ),
        // Structs made with a Mutex each: the locks made as the run goes come back too.
        (
            "r6.json",
            vec![concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/against_go/programs/accounts.go"
            )],
        ),
        // Conds in a struct: their waits and wake-ups come back too.
        (
            "r7.json",
            vec![concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/against_go/programs/cond_queue.go"
            )],
        ),
    ] {
        let (live, _, path) = record(name, &args);
        let (replayed, _) = syncscope(&["--replay", path.to_str().expect("utf-8"), "--json"]);
        assert_eq!(replayed, live, "{name}");
    }
}

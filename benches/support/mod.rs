//! What the budget benches share: a recorded run of the size the budgets name, an app showing
//! it, a byte-counting terminal, and reading back criterion's own estimates.

pub mod scale;

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use syncscope::app::App;
use syncscope::event::{Event, LockMode, RunInfo};
use syncscope::front::toml::parse;
use syncscope::headless;
use syncscope::model::Model;
use syncscope::sched::Pacing;

/// 40 lanes (main and 39 goroutines) over about ten seconds, each going through sleeping,
/// waiting, writing and running ten times: around 2,000 segments in all.
const BUSY: &str = r#"
name = "bench-busy"
title = "Forty goroutines, ten saves each"
lesson = "A workload sized for the frame budget."
goroutines = 39
mode = "mutex"
delay_ms = 2000
random_delay = true
seed = 7
main = ["spawn", "wait"]

[[goroutine]]
func = "worker"
steps = [
  { sleep = "delay" },
  { repeat = 10, steps = [
    { sleep = 100 },
    { lock = "mu" },
    { append = 20 },
    { unlock = "mu" },
  ] },
  "done",
]
"#;

/// The recorded run: its settings and every event, from real threads on instant pacing.
pub fn busy_run(mode: LockMode) -> (RunInfo, Vec<Event>) {
    let scenario = parse("bench-busy", BUSY).expect("the bench scenario parses");
    let mut info = RunInfo::new(Arc::new(scenario), 7);
    info.mode = mode;
    let model = headless::run(
        info.clone(),
        Pacing::Instant,
        1.0,
        headless::Narration::Quiet,
    )
    .expect("runs");
    (info, model.events.iter().collect())
}

/// A thousand goroutines through the tutorial program under a Mutex, with short calls.
pub fn thousand_run() -> (RunInfo, Vec<Event>) {
    let scenario = syncscope::front::toml::built_in("mutex")
        .and_then(Result::ok)
        .expect("the mutex lesson parses");
    let mut info = RunInfo::new(Arc::new(scenario), 7);
    info.workers = 1000;
    info.delay_ms = 2000;
    info.random_delay = true;
    info.write_ms = 5;
    info.read_ms = 5;
    let model = headless::run(
        info.clone(),
        Pacing::Instant,
        1.0,
        headless::Narration::Quiet,
    )
    .expect("runs");
    (info, model.events.iter().collect())
}

/// An app showing the first events of a recorded run, as the live one would.
pub fn app_showing(info: &RunInfo, events: &[Event]) -> App {
    let (tx, _rx) = syncscope::channel::channel();
    let mut app = App::new(info.clone(), 1.0, Pacing::Instant, tx);
    app.show_run(1);
    for e in events {
        app.on_event(e);
    }
    app
}

pub fn segments(model: &Model) -> usize {
    model.lanes.iter().map(|l| l.segments.len()).sum()
}

/// Counts what a backend writes, and drops it.
#[derive(Clone, Default)]
pub struct ByteCounter(pub Arc<std::sync::atomic::AtomicUsize>);

impl Write for ByteCounter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .fetch_add(buf.len(), std::sync::atomic::Ordering::Relaxed);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Criterion's median estimate for a benchmark measured since `since`, in nanoseconds: an
/// estimate left from an earlier run does not count.
pub fn median_ns(id: &str, since: std::time::SystemTime) -> Option<f64> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let path = target.join("criterion").join(id).join("new/estimates.json");
    let fresh = std::fs::metadata(&path).ok()?.modified().ok()? >= since;
    if !fresh {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["median"]["point_estimate"].as_f64()
}

/// The process's resident memory in KiB, where the system says (Linux).
pub fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs the app's "run again" `runs` times on the tutorial program, each to its end; returns
/// the resident memory after the first tenth and after all of them.
pub fn soak(runs: usize) -> Option<(u64, u64)> {
    let scenario = syncscope::front::toml::built_in("rwmutex")?.ok()?;
    let mut info = RunInfo::new(Arc::new(scenario), 1);
    info.workers = 50;
    info.delay_ms = 10;
    info.write_ms = 1;
    info.read_ms = 1;
    let (tx, rx) = syncscope::channel::channel();
    let mut app = App::new(info, 1.0, Pacing::Instant, tx);
    let mut early = None;
    for n in 0..runs {
        app.on_action(syncscope::app::Action::RunAgain);
        while !app.model.is_finished() {
            let batch = rx.recv().ok()?;
            for e in &batch {
                app.on_event(e);
            }
            rx.recycle(batch);
        }
        if n + 1 == runs / 10 {
            early = rss_kib();
        }
    }
    Some((early?, rss_kib()?))
}

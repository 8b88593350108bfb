//! Issue 25's budgets: how fast the interpreter runs code beside yaegi (a Go interpreter,
//! when it is installed), how many events a run puts into the store a second, the bytes the
//! store holds an event in, and how long 100,000 goroutines alive at once take.

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;
use syncscope::event::RunInfo;
use syncscope::headless::{self, Narration};
use syncscope::sched::Pacing;

/// Naive Fibonacci: calls and arithmetic, nothing that blocks.
const FIB: &str = "package main\n\nimport \"fmt\"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\
    \t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\
    \tfmt.Println(fib(30))\n}\n";

/// A hundred goroutines taking a Mutex two hundred times each, then a ball passed five
/// thousand times between two goroutines over unbuffered channels: events from code that
/// runs on, and from goroutines that hand the processor to each other at every step.
const BUSY: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\
    \tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\ttotal := 0\n\
    \tfor i := 0; i < 100; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\
    \t\t\tfor j := 0; j < 200; j++ {\n\t\t\t\tmu.Lock()\n\t\t\t\ttotal++\n\
    \t\t\t\tmu.Unlock()\n\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n\
    \tping, pong := make(chan int), make(chan int)\n\tgo func() {\n\
    \t\tfor v := range ping {\n\t\t\tpong <- v + 1\n\t\t}\n\t\tclose(pong)\n\t}()\n\
    \tball := 0\n\tfor i := 0; i < 5000; i++ {\n\t\tping <- ball\n\t\tball = <-pong\n\t}\n\
    \tclose(ping)\n\tfmt.Println(total, ball)\n}\n";

/// The Go talks' daisy chain, ten times longer: 100,000 goroutines alive at once, each
/// passing one more than it hears from its right to its left.
const DAISY: &str = "package main\n\nimport \"fmt\"\n\nfunc pass(left, right chan int) {\n\
    \tleft <- 1 + <-right\n}\n\nfunc main() {\n\tconst n = 100000\n\
    \tleftmost := make(chan int)\n\tright := leftmost\n\tleft := leftmost\n\
    \tfor i := 0; i < n; i++ {\n\t\tright = make(chan int)\n\t\tgo pass(left, right)\n\
    \t\tleft = right\n\t}\n\tgo func(c chan int) { c <- 1 }(right)\n\
    \tfmt.Println(<-leftmost)\n}\n";

/// One headless run of `text` on one processor: its seconds of real time, its events and
/// the bytes the store holds them in.
fn run(name: &str, text: &str) -> (f64, usize, usize) {
    let lesson = syncscope::front::go::load(name, text).expect("the bench program loads");
    let mut info = RunInfo::new(Arc::new(lesson), 1);
    info.procs = 1;
    let start = Instant::now();
    let model = headless::run(info, Pacing::Instant, 1.0, Narration::Quiet).expect("runs");
    let seconds = start.elapsed().as_secs_f64();
    (seconds, model.events.len(), model.events.bytes())
}

/// fib(30) in syncscope and, when `yaegi` is on PATH, in yaegi, run one after the other:
/// (ours, yaegi's) in seconds.
pub fn interpreter() -> (f64, Option<f64>) {
    let (ours, _, _) = run("fib.go", FIB);
    let dir = std::env::temp_dir().join(format!("syncscope-bench-fib-{}", std::process::id()));
    let theirs = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("fib.go"), FIB))
        .ok()
        .and_then(|()| {
            let start = Instant::now();
            let status = Command::new("yaegi")
                .args(["run", "fib.go"])
                .current_dir(&dir)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .ok()?;
            status.success().then(|| start.elapsed().as_secs_f64())
        });
    let _ = std::fs::remove_dir_all(&dir);
    (ours, theirs)
}

/// The daisy chain of 100,000 goroutines, headless: its seconds of real time.
pub fn daisy() -> f64 {
    run("daisy.go", DAISY).0
}

/// The daisy chain of 100,000 goroutines run by the syncscope binary, headless: the most
/// memory it had resident, in MiB, as the kernel keeps it for the process's memory map
/// (`VmHWM`), read until it ends; none if it could not be run or read. Not `wait4`'s
/// count: that one takes in this large process's pages, shared with the child until it
/// starts the binary.
pub fn daisy_resident_mib() -> Option<f64> {
    let dir = std::env::temp_dir().join(format!("syncscope-bench-daisy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("daisy.go"), DAISY).ok()?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .arg(dir.join("daisy.go"))
        .args(["--headless", "--instant"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let status = format!("/proc/{}/status", child.id());
    let mut most_kib = None;
    let ended = loop {
        if let Some(hwm) = std::fs::read_to_string(&status)
            .ok()
            .and_then(|s| vm_hwm_kib(&s))
        {
            most_kib = Some(hwm);
        }
        match child.try_wait() {
            Ok(Some(ended)) => break ended,
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(5)),
            Err(_) => return None,
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    ended.success().then_some(most_kib? as f64 / 1024.0)
}

/// The `VmHWM:` line of a `/proc/<pid>/status`, in KiB.
fn vm_hwm_kib(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Events a second from the engine into the model, over a run of locks and hand-offs, and
/// the bytes the store holds an event of that run in: (events a second, events, bytes).
pub fn store_rate() -> (f64, usize, f64) {
    let (seconds, events, bytes) = run("busy.go", BUSY);
    (
        events as f64 / seconds,
        events,
        bytes as f64 / events.max(1) as f64,
    )
}

/// Channel ping-pong long enough that its lanes, processors' slices and hand-offs fill many
/// chunks: a state change and a hand-off every few events.
const PINGPONG: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\
    \tping, pong := make(chan int), make(chan int)\n\tgo func() {\n\
    \t\tfor v := range ping {\n\t\t\tpong <- v + 1\n\t\t}\n\t\tclose(pong)\n\t}()\n\
    \tsum := 0\n\tfor i := 0; i < 200000; i++ {\n\t\tping <- i\n\t\tsum += <-pong\n\t}\n\
    \tclose(ping)\n\tfmt.Println(sum)\n}\n";

/// The long ping-pong run's lesson and events, for a frame at the end of a long history.
pub fn pingpong_run() -> (RunInfo, Vec<syncscope::event::Event>) {
    let lesson = syncscope::front::go::load("pingpong.go", PINGPONG).expect("it loads");
    let info = RunInfo::new(Arc::new(lesson), 1);
    let model = headless::run(info.clone(), Pacing::Instant, 1.0, Narration::Quiet).expect("runs");
    (info, model.events.iter().collect())
}

/// What a time-travel checkpoint of a long ping-pong run costs: the median microseconds of
/// cloning its model, the bytes the clone holds of its own and the run's history in bytes.
pub fn checkpoint_cost() -> (f64, usize, usize) {
    let lesson = syncscope::front::go::load("pingpong.go", PINGPONG).expect("it loads");
    let info = RunInfo::new(Arc::new(lesson), 1);
    let model = headless::run(info, Pacing::Instant, 1.0, Narration::Quiet).expect("runs");
    let mut times: Vec<f64> = (0..21)
        .map(|_| {
            let start = Instant::now();
            let copy = std::hint::black_box(model.clone());
            let micros = start.elapsed().as_secs_f64() * 1e6;
            drop(copy);
            micros
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (
        times[times.len() / 2],
        model.clone_bytes(),
        model.history_bytes(),
    )
}

//! The performance budgets of BENCHMARKS.md. Every budget is a ratio or a count taken in the
//! same run, so a slow or busy machine cannot fail or pass it by itself. `cargo bench` measures
//! and then checks them, and exits non-zero when one is missed.

mod support;

use criterion::{Criterion, Throughput, criterion_group};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::SystemTime;
use std::time::{Duration, Instant};
use support::{ByteCounter, app_showing, busy_run, median_ns, segments};
use syncscope::engine::heap::Counting;
use syncscope::event::{Access, EventKind, Gid, LockAction, LockMode};
use syncscope::model::Model;
use syncscope::sched::{Pacing, Sched};
use syncscope::sync::{Mutex, Probe};
use syncscope::ui;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 50;

thread_local! {
    /// Total time of each paired measurement: (our frames, baseline frames).
    static PAIRED: RefCell<BTreeMap<&'static str, (Duration, Duration)>> = RefCell::default();
}

/// The baseline frame: every cell written once, nothing else.
fn write_every_cell(f: &mut ratatui::Frame) {
    let area = f.area();
    let buf = f.buffer_mut();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].set_char(black_box('x'));
        }
    }
}

/// A paired measurement's ratio, ours over baseline.
fn paired(name: &str) -> Option<f64> {
    PAIRED.with_borrow(|p| {
        let (ours, base) = p.get(name)?;
        (!base.is_zero()).then(|| ours.as_secs_f64() / base.as_secs_f64())
    })
}

fn frame_cost(c: &mut Criterion) {
    let (info, events) = busy_run(LockMode::Mutex);
    let app = app_showing(&info, &events);
    eprintln!(
        "frame workload: {} lanes, {} segments, {} events",
        app.model.lanes.len(),
        segments(&app.model),
        events.len()
    );
    let mut full = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("terminal");
    let mut baseline = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("terminal");
    let (info, events) = support::thousand_run();
    let thousand = app_showing(&info, &events);
    let mut big = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("terminal");
    let (info, events) = support::scale::pingpong_run();
    let long = app_showing(&info, &events);
    eprintln!(
        "long frame workload: {} segments, {} events",
        segments(&long.model),
        events.len()
    );
    let mut group = c.benchmark_group("frame");
    group.bench_function("full", |b| {
        b.iter(|| full.draw(|f| ui::draw(f, &app)).map(drop))
    });
    group.bench_function("thousand", |b| {
        b.iter(|| big.draw(|f| ui::draw(f, &thousand)).map(drop))
    });
    // The budget's own measurement: frame and baseline alternate, so a machine that speeds
    // up or slows down during the run moves both sides alike.
    let shown_apps = [
        ("paired", &app),
        ("paired_thousand", &thousand),
        ("paired_long", &long),
    ];
    for (name, shown) in shown_apps {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let (mut ours, mut base) = (Duration::ZERO, Duration::ZERO);
                for _ in 0..iters {
                    let t = Instant::now();
                    full.draw(|f| ui::draw(f, shown)).map(drop).expect("draw");
                    ours += t.elapsed();
                    let t = Instant::now();
                    baseline.draw(write_every_cell).map(drop).expect("draw");
                    base += t.elapsed();
                }
                PAIRED.with_borrow_mut(|p| {
                    let e = p.entry(name).or_default();
                    e.0 += ours;
                    e.1 += base;
                });
                ours
            })
        });
    }
    group.bench_function("baseline", |b| {
        b.iter(|| baseline.draw(write_every_cell).map(drop))
    });
    group.finish();
}

/// How many events the ingest bench applies per iteration, for its rate.
static INGESTED: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

fn ingest(c: &mut Criterion) {
    let (_, events) = busy_run(LockMode::RwMutex);
    let _ = INGESTED.set(events.len());
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(events.len() as u64));
    group.bench_function("apply", |b| {
        b.iter(|| {
            let mut model = Model::new(1);
            for e in &events {
                model.apply(e);
            }
            model
        })
    });
    group.finish();
}

/// A probe that reports every lock step as the engine's does: stamped and sent on a channel.
struct Sending {
    sched: Arc<Sched>,
}

impl Probe for Sending {
    fn me(&self) -> Gid {
        Gid::MAIN
    }
    fn lock(&self, access: Access, action: LockAction) {
        self.sched.emit(
            Gid::MAIN,
            EventKind::Lock {
                lock: 0,
                access,
                action,
            },
        );
    }
    fn woken(&self, _: Gid, _: Access) {}
    fn starving(&self, _: bool) {}
    fn wait_group_blocks(&self) {}
    fn wait_group_counter(&self, _: u32, _: i64) {}
    fn wait_returned(&self) {}
}

/// A probe that reports nothing.
struct Silent;

impl Probe for Silent {
    fn me(&self) -> Gid {
        Gid::MAIN
    }
    fn lock(&self, _: Access, _: LockAction) {}
    fn woken(&self, _: Gid, _: Access) {}
    fn starving(&self, _: bool) {}
    fn wait_group_blocks(&self) {}
    fn wait_group_counter(&self, _: u32, _: i64) {}
    fn wait_returned(&self) {}
}

fn instrumentation(c: &mut Criterion) {
    let (tx, rx) = syncscope::channel::channel();
    // A reader takes the batches and hands them back, as the UI thread does.
    std::thread::spawn(move || {
        while let Ok(batch) = rx.recv() {
            rx.recycle(batch);
        }
    });
    // The bench's thread is the run's `main`, which has the turn: an uncontended lock never
    // blocks.
    let sched = Arc::new(Sched::new(1, Pacing::RealTime, 1.0, 1, tx));
    sched.first_turn(Gid::MAIN).expect("main's turn");
    let probed = Mutex::new(sched.clone());
    let sending = Sending {
        sched: sched.clone(),
    };
    let silent = Mutex::new(sched);
    let std_mutex = std::sync::Mutex::new(0u64);
    let mut group = c.benchmark_group("mutex");
    group.bench_function("probe_sending", |b| {
        b.iter(|| {
            probed.lock(&sending).expect("lock");
            probed.unlock(&sending).expect("unlock");
        })
    });
    group.bench_function("probe_off", |b| {
        b.iter(|| {
            silent.lock(&Silent).expect("lock");
            silent.unlock(&Silent).expect("unlock");
        })
    });
    // The budget's own measurement: blocks of each alternate, so load from elsewhere on the
    // machine falls on both sides alike.
    group.bench_function("paired", |b| {
        b.iter_custom(|iters| {
            const BLOCK: u64 = 256;
            let (mut ours, mut base) = (Duration::ZERO, Duration::ZERO);
            for _ in 0..iters.div_ceil(BLOCK) {
                let t = Instant::now();
                for _ in 0..BLOCK {
                    probed.lock(&sending).expect("lock");
                    probed.unlock(&sending).expect("unlock");
                }
                ours += t.elapsed();
                let t = Instant::now();
                for _ in 0..BLOCK {
                    silent.lock(&Silent).expect("lock");
                    silent.unlock(&Silent).expect("unlock");
                }
                base += t.elapsed();
            }
            PAIRED.with_borrow_mut(|p| {
                let e = p.entry("mutex").or_default();
                e.0 += ours;
                e.1 += base;
            });
            (ours + base) / 2
        })
    });
    group.bench_function("std", |b| {
        b.iter(|| *std_mutex.lock().unwrap_or_else(|e| e.into_inner()) += 1)
    });
    group.finish();
}

/// A thousand values through an unbuffered channel to four workers: each one a hand-off
/// between two real threads, through the scheduler and the channel hub.
const HANDOFFS: &str = r#"
name = "bench-handoffs"
title = "hand-offs"
lesson = "A thousand values to four workers."
goroutines = 4
mode = "none"
modes = ["none"]
write_ms = 0
read_ms = 0
channels = [{ name = "jobs" }]
main = ["go", { repeat = 1000, steps = [{ send = "jobs" }] }, { close = "jobs" }]

[[goroutine]]
func = "worker"
steps = [{ range = "jobs" }]
"#;

fn channels(c: &mut Criterion) {
    let scenario = Arc::new(syncscope::front::toml::parse("bench", HANDOFFS).expect("parses"));
    let mut group = c.benchmark_group("channels");
    group.throughput(Throughput::Elements(1000));
    group.sample_size(20);
    group.bench_function("handoffs", |b| {
        b.iter(|| {
            let info = syncscope::event::RunInfo::new(scenario.clone(), 7);
            syncscope::headless::run(
                info,
                Pacing::Instant,
                1.0,
                syncscope::headless::Narration::Quiet,
            )
            .expect("runs")
        })
    });
    group.finish();
}

/// An allocation and its free through the counting allocator a run's memory budget needs,
/// against the system's own: blocks of each alternate, as the Mutex budget's do.
fn heap_counting(c: &mut Criterion) {
    let layout = Layout::from_size_align(64, 8).expect("layout");
    // SAFETY: each block is freed at once with the layout it was allocated with.
    let round = |a: &dyn GlobalAlloc| unsafe {
        let p = a.alloc(black_box(layout));
        a.dealloc(black_box(p), layout);
    };
    let mut group = c.benchmark_group("heap");
    group.bench_function("paired", |b| {
        b.iter_custom(|iters| {
            const BLOCK: u64 = 256;
            let (mut ours, mut base) = (Duration::ZERO, Duration::ZERO);
            for _ in 0..iters.div_ceil(BLOCK) {
                let t = Instant::now();
                for _ in 0..BLOCK {
                    round(&Counting);
                }
                ours += t.elapsed();
                let t = Instant::now();
                for _ in 0..BLOCK {
                    round(&System);
                }
                base += t.elapsed();
            }
            PAIRED.with_borrow_mut(|p| {
                let e = p.entry("heap").or_default();
                e.0 += ours;
                e.1 += base;
            });
            (ours + base) / 2
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    frame_cost,
    ingest,
    instrumentation,
    channels,
    heap_counting
);

/// Budget 2: the median frame of an animated run, written through crossterm, in bytes.
fn bytes_per_frame() -> (usize, usize, usize) {
    let (info, events) = busy_run(LockMode::Mutex);
    let counter = ByteCounter::default();
    let backend = CrosstermBackend::new(counter.clone());
    let viewport = Viewport::Fixed(Rect::new(0, 0, WIDTH, HEIGHT));
    let mut terminal =
        Terminal::with_options(backend, TerminalOptions { viewport }).expect("terminal");
    let mut app = app_showing(&info, &events[..1]);
    let end = events.last().map_or(0, |e| e.at_us());
    let mut next = 1;
    let mut sizes = Vec::new();
    // 60 frames a second of virtual time at speed 1, the events of each frame applied first.
    let mut t = 0;
    while t <= end {
        while next < events.len() && events[next].at_us() <= t {
            app.on_event(&events[next]);
            next += 1;
        }
        let before = counter.0.load(std::sync::atomic::Ordering::Relaxed);
        terminal.draw(|f| ui::draw(f, &app)).expect("draw");
        sizes.push(counter.0.load(std::sync::atomic::Ordering::Relaxed) - before);
        t += 16_667;
    }
    let first = sizes[0];
    sizes.sort_unstable();
    (sizes[sizes.len() / 2], first, sizes.len())
}

fn main() {
    let started = SystemTime::now();
    benches();
    Criterion::default().configure_from_args().final_summary();
    let (median_bytes, first_bytes, frames) = bytes_per_frame();
    println!("\nbudgets (this run):");
    let mut failed = false;
    let mut check = |name: &str, value: f64, limit: f64, unit: &str, higher_is_better: bool| {
        let ok = if higher_is_better {
            value >= limit
        } else {
            value <= limit
        };
        failed |= !ok;
        // How far from the limit, as a factor: above 1 it is met with that much to spare.
        let spare = if higher_is_better {
            value / limit
        } else {
            limit / value
        };
        let verdict = if ok { "ok" } else { "MISSED" };
        println!(
            "  {name:<44} {value:>12.2} {unit:<10} limit {limit:<6} {verdict}, {spare:.2}x to spare"
        );
    };
    if let Some(r) = paired("paired") {
        check("1. frame / write-every-cell baseline", r, 1.5, "x", false);
    }
    if let Some(r) = paired("paired_thousand") {
        check(
            "1b. frame of 1,000 goroutines / baseline",
            r,
            1.5,
            "x",
            false,
        );
    }
    if let Some(r) = paired("paired_long") {
        check(
            "1c. frame at the end of 2.4M events / baseline",
            r,
            10.0,
            "x",
            false,
        );
    }
    check(
        "2. median bytes per animated frame",
        median_bytes as f64,
        8192.0,
        "bytes",
        false,
    );
    println!("     ({frames} frames; the first, a full paint, was {first_bytes} bytes)");
    if let (Some(ns), Some(n)) = (median_ns("ingest/apply", started), INGESTED.get()) {
        let per_second = *n as f64 / (ns / 1e9);
        check("3. model ingest", per_second / 1e6, 5.0, "M events/s", true);
    }
    if let Some(r) = paired("mutex") {
        check(
            "4. Mutex lock+unlock, probe sending / off",
            r,
            2.0,
            "x",
            false,
        );
    }
    if let Some(std_ns) = median_ns("mutex/std", started) {
        println!("     (std::sync::Mutex lock+unlock: {std_ns:.1} ns)");
    }
    if let Some((early, late)) = support::soak(300) {
        let growth = late.saturating_sub(early) as f64 / 1024.0;
        check(
            "5. memory growth, runs 30 to 300",
            growth,
            8.0,
            "MiB",
            false,
        );
        println!(
            "     (resident after 30 runs {} MiB, after 300 runs {} MiB)",
            early / 1024,
            late / 1024
        );
    }
    if let Some(r) = paired("heap") {
        check(
            "6. allocation+free, counted / the system's",
            r,
            1.5,
            "x",
            false,
        );
    }
    let (ours, yaegi) = support::scale::interpreter();
    match yaegi {
        Some(theirs) => check(
            "7. fib(30), syncscope / yaegi",
            ours / theirs,
            1.0,
            "x",
            false,
        ),
        None => println!("  7. fib(30): {ours:.2} s (yaegi not installed: apt-get install yaegi)"),
    }
    if let Some(theirs) = yaegi {
        println!("     (syncscope {ours:.2} s, yaegi {theirs:.2} s, one after the other)");
    }
    let (rate, events, bytes_per_event) = support::scale::store_rate();
    check(
        "8. events into the store",
        rate / 1e6,
        1.0,
        "M events/s",
        true,
    );
    println!("     ({events} events of locks and channel hand-offs)");
    check(
        "9. bytes the store holds an event in",
        bytes_per_event,
        16.0,
        "bytes",
        false,
    );
    let (clone_us, own, history) = support::scale::checkpoint_cost();
    check(
        "10. a time-travel checkpoint of ping-pong",
        clone_us,
        100.0,
        "µs",
        false,
    );
    println!(
        "     (200,000 round trips: {} KiB of its own of {} KiB of history)",
        own >> 10,
        history >> 10
    );
    check(
        "11. a daisy chain of 100,000 goroutines",
        support::scale::daisy(),
        10.0,
        "s",
        false,
    );
    match support::scale::daisy_resident_mib() {
        Some(mib) => check(
            "12. the daisy chain's resident memory",
            mib,
            400.0,
            "MiB",
            false,
        ),
        None => println!("  12. the daisy chain's resident memory: the binary did not run"),
    }
    if failed {
        eprintln!("a budget was missed");
        std::process::exit(1);
    }
}

//! Trying to break the TUI in a pseudo-terminal: signals, panics in the UI thread and in a
//! goroutine thread, resize storms, a 1x1 terminal, and quitting whatever the goroutines are
//! doing. Every way out must leave the terminal as it was and say what happened.

mod terminal;

use nix::sys::signal::Signal;
use std::time::{Duration, Instant};
use terminal::Session;

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_say_so() {
    let cases = [
        (Signal::SIGTERM, 143),
        (Signal::SIGHUP, 129),
        (Signal::SIGINT, 130),
        (Signal::SIGQUIT, 131),
    ];
    for (signal, status) in cases {
        let mut s = Session::start(&["--delay", "60000"]);
        s.wait_for("the first frame", |t| t.contains("WaitGroup"));
        assert!(!s.cooked(), "raw mode while running");
        s.signal(signal);
        assert_eq!(s.wait_exit(), status, "exit status after {signal}");
        s.assert_restored(signal.as_str());
    }
}

#[test]
fn sigtstp_and_ctrl_z_give_the_terminal_back_and_fg_takes_it_again() {
    for how in ["SIGTSTP", "Ctrl-Z"] {
        let mut s = Session::start(&["--delay", "60000"]);
        s.wait_for("the first frame", |t| t.contains("WaitGroup"));
        match how {
            "SIGTSTP" => s.signal(Signal::SIGTSTP),
            _ => s.press("\x1a"),
        }
        s.wait_until("the process to stop", Session::stopped);
        s.assert_restored(how);
        s.signal(Signal::SIGCONT);
        s.wait_until("the TUI back", Session::in_tui);
        s.wait_for("a whole frame again", |t| {
            t.contains("WaitGroup") && t.contains("main")
        });
        s.press("q");
        assert_eq!(s.wait_exit(), 0);
        s.assert_restored(&format!("q after {how}"));
    }
}

#[test]
fn an_abort_still_restores_the_terminal() {
    let mut s = Session::start_with(&["--delay", "60000"], &[("SYNCSCOPE_FAULT", "ui-abort")]);
    s.wait_for("the first frame", |t| t.contains("WaitGroup"));
    s.press("r");
    let signal = s.wait_signal().unwrap_or_default();
    assert!(
        signal.contains("Abort"),
        "killed by {signal:?}, not SIGABRT"
    );
    s.assert_restored("an abort");
}

#[test]
fn a_panic_in_the_ui_thread_restores_the_terminal_and_shows_the_message() {
    let mut s = Session::start_with(&["--delay", "60000"], &[("SYNCSCOPE_FAULT", "ui-panic")]);
    s.wait_for("the first frame", |t| t.contains("WaitGroup"));
    s.press("r");
    assert_eq!(s.wait_exit(), 101, "Rust's status for a panic");
    s.assert_restored("a UI panic");
    // The message lands on the main screen, readable, not lost on the alternate one.
    s.wait_for("the panic message", |t| {
        t.contains("panicked") && t.contains("SYNCSCOPE_FAULT=ui-panic")
    });
}

#[test]
fn a_panic_in_a_goroutine_thread_is_shown_and_the_ui_keeps_going() {
    let mut s = Session::start_with(
        &["--delay", "200", "--write-ms", "50"],
        &[("SYNCSCOPE_FAULT", "worker-panic")],
    );
    s.wait_for("the bug on screen", |t| {
        t.contains("syncscope bug") && t.contains("g1")
    });
    // Not frozen: keys still work and a new run starts.
    s.press("c");
    s.press("r");
    s.wait_for("the RWMutex run", |t| t.contains("mode RWMutex"));
    s.press("q");
    assert_eq!(s.wait_exit(), 101, "a bug is not a clean exit");
    s.assert_restored("a goroutine thread's panic");
    s.wait_for("the bug reported again on exit", |t| {
        t.contains("syncscope: syncscope bug: the thread of g1 panicked")
    });
}

#[test]
fn resize_storms_and_a_one_cell_terminal_recover() {
    let mut s = Session::start(&["--delay", "300", "--write-ms", "100"]);
    s.wait_for("the first frame", |t| t.contains("WaitGroup"));
    // Dozens of resizes a second while the run animates, down to 1x1 and back.
    let sizes = [
        (1, 1),
        (200, 50),
        (30, 10),
        (61, 18),
        (2, 40),
        (120, 3),
        (80, 24),
    ];
    for round in 0..60 {
        let (cols, rows) = sizes[round % sizes.len()];
        s.resize(cols, rows);
        std::thread::sleep(Duration::from_millis(15));
    }
    assert!(s.alive(), "survived the storm");
    s.resize(1, 1);
    s.wait_for("a one-cell screen", |t| t.trim() == "t");
    s.resize(40, 10);
    s.wait_for("the too-small message", |t| {
        t.contains("terminal too small: 40x10")
    });
    s.resize(120, 40);
    s.wait_for("the full screen again", |t| {
        t.contains("WaitGroup") && t.contains("main") && !t.contains("too small")
    });
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored("the storm");
}

/// Quits once `ready` says the goroutines are in the wanted state; returns how long the exit
/// took.
fn quit_when(args: &[&str], setup: &str, what: &str, ready: impl Fn(&str) -> bool) -> Duration {
    let mut s = Session::start(args);
    s.wait_for("the first frame", |t| t.contains("WaitGroup"));
    s.press(setup);
    s.wait_for(what, ready);
    let start = Instant::now();
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    let took = start.elapsed();
    s.assert_restored(what);
    took
}

/// The lane of `gid` on screen shows `mark` (the legend names states, so words will not do).
fn lane_shows(screen: &str, gid: &str, mark: char) -> bool {
    screen
        .lines()
        .any(|l| l.starts_with(&format!("│{gid} ")) && l.contains(mark))
}

/// What the goroutines are doing, the flags that get them there, a key to press first, and
/// how the screen shows it.
type QuitCase<'a> = (&'a str, &'a [&'a str], &'a str, &'a dyn Fn(&str) -> bool);

#[test]
fn quitting_never_waits_for_sleeping_blocked_or_deadlocked_goroutines() {
    let asleep = |t: &str| (1..=5).all(|g| lane_shows(t, &format!("g{g}"), '░'));
    let blocked = |t: &str| t.contains("queue:");
    // The header names the ending once the run has deadlocked.
    let deadlocked = |t: &str| t.lines().next().is_some_and(|h| h.contains("deadlock"));
    let cases: [QuitCase; 3] = [
        ("asleep", &["--delay", "60000"], "", &asleep),
        (
            "blocked on the lock",
            &["--delay", "1", "--write-ms", "60000"],
            "e",
            &blocked,
        ),
        ("deadlocked", &["--scenario", "lock-order"], "", &deadlocked),
    ];
    for (what, args, setup, ready) in cases {
        let took = quit_when(args, setup, what, ready);
        eprintln!("quit while {what}: exited in {took:?}");
        // The budget is 200 ms; the bound here is generous for a loaded machine and still
        // far below the minute-long sleeps and holds a waiting quit would take.
        assert!(
            took < Duration::from_secs(10),
            "quit while {what} took {took:?}"
        );
    }
}

#[test]
fn half_a_terminal_runs_headless_without_touching_raw_mode() {
    let quick = "--workers 1 --delay 0 --write-ms 0 --read-ms 0";
    for (what, line) in [
        (
            "stdin from /dev/null",
            format!("$SYNCSCOPE {quick} </dev/null"),
        ),
        ("stdout into a pipe", format!("$SYNCSCOPE {quick} | cat")),
    ] {
        let mut s = Session::shell(&line);
        assert_eq!(s.wait_exit(), 0, "{what}");
        let screen = s.wait_for("the headless report", |t| {
            t.contains("Total execution time")
        });
        assert!(screen.contains("not a terminal"), "{what}:\n{screen}");
        assert!(!screen.contains("raw mode"), "{what}:\n{screen}");
        s.assert_restored(what);
    }
}

/// A run's goroutines are fibers on one pooled thread, its machine: runs of 10,000 goroutines
/// switched as fast as keys come, and the compare view's four at once, keep a few threads, and
/// nothing aborts.
#[test]
fn switching_ten_thousand_goroutine_runs_keeps_a_few_threads() {
    // The UI's own, the pool's machines (a run each, those unwinding too) and the test's.
    const BOUND: usize = 64;
    let mut s = Session::start(&["--workers", "10000", "--delay", "60000"]);
    s.wait_for("the first frame", |t| t.contains("WaitGroup"));
    s.press("C");
    s.wait_for("compare's four runs at once", |t| {
        t.contains("Same workload, same seed")
    });
    let mut most = s.threads();
    assert!(most <= BOUND, "{most} threads with four runs of 10,000");
    s.press("C");
    for _ in 0..30 {
        for key in ["m", "r", "n"] {
            s.press(key);
            std::thread::sleep(Duration::from_millis(20));
            most = most.max(s.threads());
            assert!(most <= BOUND, "{most} threads, over {BOUND}");
        }
    }
    s.press("q");
    assert_eq!(s.wait_exit(), 0, "no abort, a clean quit");
    s.assert_restored("switching big runs");
}

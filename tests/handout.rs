//! `--html FILE`: one self-contained page that replays the run. The file is checked as a
//! file (small, nothing fetched, the run in it), and in a headless Chromium: the cursor is
//! dragged and stepped with the keys, and the panels are read back at each moment.

mod browser;

use std::path::{Path, PathBuf};
use std::process::Command;

const TICKS: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	for i := 1; i <= 3; i++ {
		time.Sleep(100 * time.Millisecond)
		mu.Lock()
		fmt.Println("tick", i)
		mu.Unlock()
	}
}
"#;

fn dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncscope-html-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    dir
}

/// Runs syncscope with `args` and `--html PAGE`; the page's text.
fn page(dir: &Path, args: &[&str]) -> (PathBuf, String) {
    let path = dir.join("run.html");
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args(args)
        .args(["--instant", "--html"])
        .arg(&path)
        .env("XDG_CONFIG_HOME", "/nonexistent/syncscope-tests")
        .output()
        .expect("syncscope runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("wrote"), "{stderr}");
    let text = std::fs::read_to_string(&path).expect("the page");
    (path, text)
}

#[test]
fn the_page_is_one_small_file_that_fetches_nothing() {
    let dir = dir("file");
    let (_, text) = page(&dir, &["--scenario", "race", "--seed", "4"]);
    assert!(text.len() < 2_000_000, "{} bytes", text.len());
    assert!(
        !text.contains("http:") && !text.contains("https:"),
        "a reference outside"
    );
    assert!(
        !text.contains(" src=") && !text.contains("<link"),
        "nothing loaded"
    );
    for name in ["\"main\"", "\"g1\"", "\"g5\""] {
        assert!(text.contains(name), "the lane {name}");
    }
    assert!(text.contains("A data race"), "the lesson's title");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_page_that_cannot_be_written_is_one_line_before_the_run() {
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args([
            "--scenario",
            "race",
            "--instant",
            "--html",
            "/nonexistent/dir/run.html",
        ])
        .output()
        .expect("syncscope runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("/nonexistent/dir/run.html"), "{stderr}");
}

/// The browser, or `None` where it is not installed and not required.
fn browser() -> Option<browser::Browser> {
    if !browser::available() {
        assert!(
            !browser::required(),
            "SYNCSCOPE_REQUIRE_BROWSER=1 but chromium and chromium-driver are not installed"
        );
        eprintln!(
            "skipped: no chromium and chromedriver (apt-get install chromium chromium-driver)"
        );
        return None;
    }
    Some(browser::Browser::start(1200, 1000))
}

fn cursor(b: &browser::Browser) -> f64 {
    b.eval("return Number(document.body.dataset.cursor);")
        .as_f64()
        .expect("the cursor")
}

/// The x, from the canvas's centre, of the moment `at_us` of a run of `total_us`.
fn x_of(b: &browser::Browser, at_us: f64, total_us: f64) -> i64 {
    let width = b
        .eval("return document.getElementById('lanes').clientWidth;")
        .as_f64()
        .expect("the canvas's width");
    // The page's lanes start 64 pixels in, after the names.
    let x = 64.0 + at_us / total_us * (width - 64.0);
    (x - width / 2.0).round() as i64
}

#[test]
fn in_a_browser_the_cursor_drags_and_steps_and_the_panels_follow() {
    let Some(b) = browser() else { return };
    let dir = dir("browser");
    let (path, _) = page(&dir, &["--scenario", "mutex", "--seed", "1"]);
    let url = format!("file://{}", path.display());

    // At 1 s every goroutine sleeps in its database call: the lock is free.
    b.open(&format!("{url}#at=1000000"));
    assert_eq!(cursor(&b), 1_000_000.0);
    assert!(b.text("locks").contains("mu: free"), "{}", b.text("locks"));
    let here = b.eval(
        "return [...document.querySelectorAll('.here')].map(r => r.textContent).join('\\n');",
    );
    let here = here.as_str().unwrap_or_default();
    assert!(
        here.contains("g1 g2 g3 g4 g5") && here.contains("time.Sleep"),
        "{here}"
    );

    // Dragged to 2.5 s: one goroutine holds the lock and the others queue for it.
    let total = 5_000_000.0;
    let from = x_of(&b, 1_000_000.0, total);
    let to = x_of(&b, 2_500_000.0, total);
    b.drag("lanes", (from, 0), (to, 0));
    let at = cursor(&b);
    assert!(
        (at - 2_500_000.0).abs() < 0.02 * total,
        "the cursor at {at}"
    );
    let locks = b.text("locks");
    assert!(
        locks.contains("mu: held by g") && locks.contains("queue:"),
        "{locks}"
    );
    assert!(b.text("at").contains("of 5 s"), "{}", b.text("at"));

    // The right arrow steps 1% of the run.
    b.keys("\u{E014}\u{E014}");
    let stepped = cursor(&b);
    assert!(
        (stepped - at - 0.02 * total).abs() < 2.0,
        "{at} to {stepped}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn in_a_browser_the_output_is_what_was_printed_by_the_cursor() {
    let Some(b) = browser() else { return };
    let dir = dir("output");
    std::fs::write(dir.join("main.go"), TICKS).expect("main.go");
    let main = dir.join("main.go");
    let (path, _) = page(&dir, &[main.to_str().expect("a path")]);
    let url = format!("file://{}", path.display());
    b.open(&format!("{url}#at=150000"));
    let output = b.text("output");
    assert!(
        output.contains("tick 1") && !output.contains("tick 2"),
        "{output}"
    );
    b.open(&format!("{url}#at=250000"));
    let output = b.text("output");
    assert!(
        output.contains("tick 2") && !output.contains("tick 3"),
        "{output}"
    );
    // Past the end is the end: the last tick comes a little after 300 ms, once code has run.
    b.open(&format!("{url}#at=400000"));
    let output = b.text("output");
    assert!(output.contains("tick 3"), "{output}");
    assert!(b.text("locks").contains("mu"), "{}", b.text("locks"));
    assert_eq!(
        b.eval("return document.getElementById('chans-box').hidden;"),
        true
    );
    let _ = std::fs::remove_dir_all(&dir);
}

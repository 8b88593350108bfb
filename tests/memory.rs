//! A run's memory budget, through the real binary: a program that would hold more than
//! `--max-memory` (1 GiB unless asked) ends with Go's `fatal error: out of memory`, status 2,
//! before the allocation that would pass it is made, so syncscope itself stays small and
//! quick; a program within its budget runs to its end, and memory given back counts no more.

mod terminal;

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const OUT_OF_MEMORY: &str = "fatal error: out of memory";

/// Slow machines and debug builds included; the run itself takes well under a second.
const GENEROUS: Duration = Duration::from_secs(30);

fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncscope-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch");
    let path = dir.join(format!("{name}.go"));
    std::fs::write(&path, text).expect("write the program");
    path
}

/// Runs `text` headless and instant with `args`; its output and how long it took.
fn run(name: &str, text: &str, args: &[&str]) -> (Output, Duration) {
    let path = scratch(name, text);
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .arg(&path)
        .args(["--headless", "--instant"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run syncscope");
    (out, start.elapsed())
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The run ended with Go's out-of-memory error and status, in good time.
fn out_of_memory(name: &str, text: &str, args: &[&str]) {
    let (out, took) = run(name, text, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{name}: {err}");
    assert!(err.lines().any(|l| l == OUT_OF_MEMORY), "{name}: {err}");
    assert!(!err.contains("panicked"), "{name}: {err}");
    assert!(took < GENEROUS, "{name} took {took:?}");
}

/// The run got to the end of `main`.
fn finished(name: &str, text: &str, args: &[&str]) -> String {
    let (out, _) = run(name, text, args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{name}: {err}");
    assert!(!err.contains(OUT_OF_MEMORY), "{name}: {err}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const DOUBLING: &str = r#"package main

import "fmt"

func main() {
	s := "x"
	for i := 0; i < 40; i++ {
		s += s
	}
	fmt.Println(len(s))
}
"#;

#[test]
fn a_string_doubled_forty_times_runs_out_of_memory_at_once() {
    out_of_memory("doubling", DOUBLING, &[]);
}

#[test]
fn the_json_outcome_of_running_out_of_memory_is_go_s_fatal_error() {
    let path = scratch("doubling_json", DOUBLING);
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .arg(&path)
        .args(["--json", "--instant"])
        .stdin(Stdio::null())
        .output()
        .expect("run syncscope");
    let json: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(json["outcome"], "panic");
    assert_eq!(json["output"], "");
    assert_eq!(json["error"], OUT_OF_MEMORY);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_slice_appended_to_forever_runs_out_of_memory() {
    let program = r#"package main

import "fmt"

func main() {
	var s []int
	chunk := make([]int, 1<<12)
	for {
		s = append(s, chunk...)
		if len(s)%(1<<20) == 0 {
			fmt.Println(len(s))
		}
	}
}
"#;
    out_of_memory("appending", program, &["--max-memory", "64MiB"]);
}

#[test]
fn a_map_grown_forever_runs_out_of_memory() {
    let program = r#"package main

import (
	"fmt"
	"strings"
)

func main() {
	m := map[int]string{}
	for i := 0; ; i++ {
		m[i] = strings.Repeat("x", 1<<16) + fmt.Sprint(i)
	}
}
"#;
    out_of_memory("mapping", program, &["--max-memory", "128MiB"]);
}

/// A program that builds a string of `mib` MiB and prints its length.
fn holding(mib: u32) -> String {
    format!(
        r#"package main

import (
	"fmt"
	"strings"
)

func main() {{
	s := strings.Repeat("ab", {mib}<<19)
	fmt.Println(len(s))
}}
"#
    )
}

#[test]
fn a_budget_lets_a_small_program_run_and_stops_a_big_one() {
    let out = finished("ten", &holding(10), &["--max-memory", "64MiB"]);
    assert_eq!(out, format!("{}\n", 10 << 20));
    out_of_memory("hundred", &holding(100), &["--max-memory", "64MiB"]);
}

#[test]
fn memory_given_back_is_not_counted_again() {
    let program = r#"package main

import (
	"fmt"
	"strings"
)

func main() {
	total := 0
	for i := 0; i < 50; i++ {
		s := strings.Repeat("y", 100<<20)
		total += len(s)
	}
	fmt.Println(total)
}
"#;
    let out = finished("dropping", program, &["--max-memory", "1GiB"]);
    assert_eq!(out, format!("{}\n", 50u64 * (100 << 20)));
}

#[test]
fn recover_does_not_stop_running_out_of_memory() {
    let program = r#"package main

import "fmt"

func grow() (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	s := "x"
	for {
		s += s
		n = len(s)
	}
}

func main() {
	fmt.Println(grow())
}
"#;
    let (out, _) = run("recovering", program, &[]);
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_tui_shows_the_ending_and_quits_cleanly() {
    let path = scratch("doubling_tui", DOUBLING);
    let path = path.to_str().expect("utf-8");
    let mut s = terminal::Session::start(&[path, "--max-memory", "64MiB"]);
    s.wait_for("the ending", |t| t.contains("out of memory"));
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored("q");
}

#[test]
fn a_conversion_to_bytes_is_weighed_in_syncscope_s_own_sizes() {
    // 8 MiB of text is a value per byte once converted: more than 64 MiB here, if not in Go.
    let program = r#"package main

import (
	"fmt"
	"strings"
)

func main() {
	b := []byte(strings.Repeat("z", 8<<20))
	fmt.Println(len(b))
}
"#;
    out_of_memory("converting", program, &["--max-memory", "64MiB"]);
}

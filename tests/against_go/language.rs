//! The Go a file is read as: the `go` line of the `go.mod` beside it, as Go's own tools read
//! it. Programs of ours, each in a module of a given version, run by Go and by syncscope: what
//! they print, or the first compile error, must be the same.

use super::programs::{Printed, run_go, same};
use super::{GO_RUNS, go};
use std::process::Command;
use std::sync::Arc;
use syncscope::describe::ending_text;
use syncscope::event::{Ending, RunInfo};
use syncscope::front::go::{Lang, load_as};
use syncscope::headless;
use syncscope::sched::Pacing;

/// Closures made in a loop's rounds: before Go 1.22 they share the loop's variables, from
/// it each round has its own.
const CAPTURES: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	var shown []func()
	for i := 0; i < 3; i++ {
		shown = append(shown, func() { fmt.Print(i, " ") })
	}
	for _, f := range shown {
		f()
	}
	fmt.Println()
	var wg sync.WaitGroup
	for _, word := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Print(word)
		}()
	}
	wg.Wait()
	fmt.Println()
	seen := map[int]bool{}
	var marks []func()
	for k := range map[int]int{7: 1} {
		marks = append(marks, func() { seen[k] = true })
	}
	for _, m := range marks {
		m()
	}
	fmt.Println(len(seen))
}
"#;

/// `range` over an int: Go 1.22's, a compile error before.
const RANGE_INT: &str = r#"package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
}
"#;

/// Timers' channels: up to Go 1.22 a buffer of one that keeps a firing until it is received,
/// through `Stop` and `Reset`, and a timer fires at a scheduling point; from Go 1.23 (GODEBUG
/// `asynctimerchan=0`) unbuffered to the program, a due timer ready when looked at, and no
/// stale value after `Stop` or `Reset`.
const TIMERS: &str = r#"package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	select {
	case <-time.After(0):
		fmt.Println("a timer due now is ready at once")
	default:
		fmt.Println("a timer due now waits for a scheduling point")
	}
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("fired, not received: len", len(t.C), "cap", cap(t.C))
	fmt.Println("reset:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("received at", time.Since(start).Round(10*time.Millisecond))
	tick := time.NewTicker(20 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	tick.Reset(100 * time.Millisecond)
	<-tick.C
	fmt.Println("a tick after Reset at", time.Since(start).Round(10*time.Millisecond))
	tick.Reset(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	<-tick.C
	fmt.Println("len after a late tick was read:", len(tick.C))
	tick.Stop()
	late := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop after firing:", late.Stop(), len(late.C))
}
"#;

/// `new(v)` of a value: Go 1.26's, a compile error before.
const NEW_VALUE: &str = r#"package main

import "fmt"

func main() {
	start := 40
	p := new(start)
	*p += 2
	fmt.Println(*p, start)
}
"#;

/// Go's side: the module built and run on one processor, or its first compile error.
fn go_side(name: &str, version: u32, text: &str) -> Result<Printed, String> {
    let dir = go::scratch(&format!("lang-{name}-{version}"));
    std::fs::write(dir.join("main.go"), text).expect("write main.go");
    let module = format!("module prog\n\ngo 1.{version}\n");
    std::fs::write(dir.join("go.mod"), module).expect("write go.mod");
    let out = Command::new("go")
        .args(["build", "-o", "prog", "."])
        .current_dir(&dir)
        .output()
        .expect("run go build");
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let line = stderr
            .lines()
            .find(|l| l.contains("main.go:"))
            .unwrap_or("");
        let at = line.find("main.go:").map_or(0, |i| i + "main.go:".len());
        return Err(line[at..].trim().to_string());
    }
    Ok(run_go(&dir.join("prog")))
}

/// syncscope's side, reading the file as Go 1.`version`.
fn our_side(version: u32, text: &str) -> Result<Printed, String> {
    let lesson = load_as("main.go", text, Lang(version)).map_err(|e| {
        let (l, c) = e.line_col.unwrap_or_default();
        format!("{l}:{c}: {}", e.message)
    })?;
    let info = super::programs::as_go_runs(RunInfo::new(Arc::new(lesson), 1));
    let model =
        headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs");
    let ending = match model.ending.as_ref().map(|(e, _)| e) {
        Some(Ending::Finished) => "ok".to_string(),
        Some(e) => ending_text(e),
        None => "no ending".into(),
    };
    Ok(Printed {
        stdout: model.output.text.clone(),
        stderr: model.output.stderr.clone(),
        ending,
    })
}

#[test]
fn the_go_mod_version_decides_what_a_file_means() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let mut failures = Vec::new();
    let loops = [21, 22, 26];
    let programs = [
        ("captures", CAPTURES, loops),
        ("range_int", RANGE_INT, loops),
        ("timers", TIMERS, [22, 23, 26]),
        ("new_value", NEW_VALUE, [22, 25, 26]),
    ];
    for (name, text, versions) in programs {
        for version in versions {
            let ours = our_side(version, text);
            let agree = |theirs: &Result<Printed, String>| match (theirs, &ours) {
                (Ok(g), Ok(o)) => same(g, o).map_err(|why| why.to_string()),
                (Err(g), Err(o)) if g == o => Ok(()),
                _ => Err(format!("Go: {theirs:?}\n    syncscope: {ours:?}")),
            };
            // A loaded machine stretches Go's real durations: Go runs again, up to
            // `GO_RUNS` times, as the programs' comparison does.
            let mut theirs = go_side(name, version, text);
            let mut runs = 1;
            while runs < GO_RUNS && theirs.is_ok() && agree(&theirs).is_err() {
                theirs = go_side(name, version, text);
                runs += 1;
            }
            if let Err(why) = agree(&theirs) {
                failures.push(format!("{name} as go1.{version}: {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

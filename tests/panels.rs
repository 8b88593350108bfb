//! The panels follow what the program uses: no WaitGroup or results box for a program without
//! them, its channels and locks on screen without a key, and the code titled with its file.

mod screens;

use std::sync::Arc;
use syncscope::event::{Event, RunInfo};

/// Squares handed over a channel until a quit signal, as a Tour page writes it: build
/// constraints first, no words of its own.
const SQUARES: &str = r#"//go:build OMIT
// +build OMIT

package main

import "fmt"

func squares(out, quit chan int) {
	n := 1
	for {
		select {
		case out <- n * n:
			n++
		case <-quit:
			fmt.Println("stopped")
			return
		}
	}
}

func main() {
	out := make(chan int)
	quit := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Println(<-out)
		}
		quit <- 0
	}()
	squares(out, quit)
}
"#;

/// A counter whose Mutex lives in a struct, bumped by many goroutines.
const COUNTER: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

type Tally struct {
	guard sync.Mutex
	hits  map[string]int
}

func (t *Tally) Hit(page string) {
	t.guard.Lock()
	t.hits[page]++
	t.guard.Unlock()
}

func main() {
	t := Tally{hits: map[string]int{}}
	for i := 0; i < 50; i++ {
		go t.Hit("home")
	}
	time.Sleep(100 * time.Millisecond)
	t.guard.Lock()
	fmt.Println(t.hits["home"])
	t.guard.Unlock()
}
"#;

fn run(text: &str) -> Vec<Event> {
    let lesson = syncscope::front::go::load("main.go", text).expect("loads");
    screens::run(RunInfo::new(Arc::new(lesson), 1))
}

fn screen(text: &str) -> String {
    let events = run(text);
    let app = screens::app(&events, events.len());
    screens::draw(&app, 120, 40)
}

#[test]
fn a_program_with_channels_shows_them_and_no_waitgroup_or_results() {
    let screen = screen(SQUARES);
    assert!(!screen.contains("WaitGroup"), "{screen}");
    assert!(!screen.contains("Results"), "{screen}");
    assert!(screen.contains("┌ Channels"), "{screen}");
    assert!(screen.contains("out cap 0"), "{screen}");
    assert!(screen.contains("┌ Notes"), "the notes stay: {screen}");
    // No results slice: the runs table has nothing to count.
    let runs = screen
        .lines()
        .find(|l| l.contains("│none    "))
        .unwrap_or_default();
    assert!(runs.contains(" - "), "{screen}");
}

#[test]
fn build_constraints_are_code_and_the_file_names_the_panels() {
    let lesson = syncscope::front::go::load("main.go", SQUARES).expect("loads");
    let info = RunInfo::new(Arc::new(lesson), 1);
    let listing = info.lesson.build.listing(&info);
    assert_eq!(listing.lines[0], "//go:build OMIT", "a line of the code");
    let screen = screen(SQUARES);
    assert!(screen.contains("┌ main.go ─"), "the lesson box: {screen}");
    assert!(
        screen.contains("┌ main.go (c hides)"),
        "the code box: {screen}"
    );
    assert!(!screen.contains("┌ go:build"), "{screen}");
}

#[test]
fn a_lock_in_a_struct_is_in_the_lock_panel_without_a_key() {
    let screen = screen(COUNTER);
    assert!(screen.contains("┌ Locks and time"), "{screen}");
    assert!(screen.contains("t.guard: free"), "{screen}");
    assert!(!screen.contains("WaitGroup"), "{screen}");
}

#[test]
fn the_tutorials_programs_keep_their_waitgroup_and_results() {
    let text = include_str!("against_go/programs/mutex.go");
    let screen = screen(text);
    assert!(screen.contains("┌ WaitGroup"), "{screen}");
    assert!(screen.contains("┌ Results"), "{screen}");
    let events = screens::run(screens::info("race", None));
    let screen = screens::draw(&screens::app(&events, events.len()), 120, 40);
    assert!(
        screen.contains("┌ WaitGroup"),
        "a lesson keeps them: {screen}"
    );
    assert!(screen.contains("┌ Results"), "{screen}");
    assert!(!screen.contains("┌ Channels"), "{screen}");
}

#[test]
fn the_header_names_the_programs_locks_and_the_footer_what_the_keys_do() {
    let shown = screen(COUNTER);
    let header = shown.lines().next().unwrap_or_default();
    assert!(header.contains("lock t.guard: as written"), "{header}");
    let footer = shown.lines().last().unwrap_or_default();
    assert!(
        footer.contains("n  no locks") && footer.contains("m  as written"),
        "{footer}"
    );
    assert!(
        !footer.contains("RWMutex"),
        "nothing to keep as an RWMutex: {footer}"
    );

    let shown = screen(SQUARES);
    let header = shown.lines().next().unwrap_or_default();
    assert!(header.contains("no locks to switch"), "{header}");
    let footer = shown.lines().last().unwrap_or_default();
    assert!(
        !footer.contains("Mutex") && !footer.contains("no locks"),
        "{footer}"
    );
    assert!(
        !shown.contains("n, m and r"),
        "the words name no keys it lacks"
    );
}

/// Two stages, each with its own WaitGroup: a local and a struct's field.
const STAGES: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

type Stage struct {
	done sync.WaitGroup
	name string
}

func main() {
	var fetchers sync.WaitGroup
	parse := Stage{name: "parse"}
	for i := 0; i < 3; i++ {
		fetchers.Add(1)
		go func() {
			defer fetchers.Done()
			time.Sleep(50 * time.Millisecond)
		}()
	}
	fetchers.Wait()
	for i := 0; i < 2; i++ {
		parse.done.Add(1)
		go func() {
			defer parse.done.Done()
			time.Sleep(80 * time.Millisecond)
		}()
	}
	parse.done.Wait()
	fmt.Println(parse.name, "finished")
}
"#;

#[test]
fn each_waitgroup_has_a_gauge_named_as_in_the_code() {
    let events = run(STAGES);
    let end = screens::draw(&screens::app(&events, events.len()), 120, 40);
    assert!(end.contains("┌ WaitGroups"), "{end}");
    let fetchers = end
        .lines()
        .find(|l| l.contains("│fetchers"))
        .unwrap_or_default();
    let parse = end
        .lines()
        .find(|l| l.contains("│parse.done"))
        .unwrap_or_default();
    assert!(fetchers.contains("Wait() returned"), "{end}");
    assert!(parse.contains("Wait() returned"), "{end}");
    // Half way through the fetchers' sleep: three counted on the first, none on the second.
    let upto = events
        .iter()
        .position(|e| e.at_us() >= 25_000)
        .unwrap_or(events.len());
    let early = screens::draw(&screens::app(&events, upto), 120, 40);
    let fetchers = early
        .lines()
        .find(|l| l.contains("│fetchers"))
        .unwrap_or_default();
    let parse = early
        .lines()
        .find(|l| l.contains("│parse.done"))
        .unwrap_or_default();
    assert!(fetchers.contains("counter 3 of 3"), "{early}");
    assert!(parse.contains("counter 0"), "{early}");
}

/// A config loaded once, whoever asks first: a program whose only lock is its Once's.
const ONCE: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	loadConfig sync.Once
	config     string
)

func main() {
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			loadConfig.Do(func() {
				time.Sleep(10 * time.Millisecond)
				config = "ready"
			})
			fmt.Println(i, config)
		})
	}
	wg.Wait()
}
"#;

#[test]
fn a_once_is_in_the_lock_panel_without_a_key() {
    let screen = screen(ONCE);
    assert!(screen.contains("┌ Locks and time"), "{screen}");
    assert!(screen.contains("loadConfig.m"), "{screen}");
}

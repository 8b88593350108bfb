//! Deadlocks against Go's goroutine dump: for each program of ours that ends in `all goroutines
//! are asleep`, the wait reasons Go prints (`goroutine 1 [chan receive]:`,
//! `[sync.WaitGroup.Wait]`, `[sync.Mutex.Lock]`, ...) are the ones syncscope's who-waits lines
//! give, main's for main's, the rest as a multiset (Go numbers goroutines its own way).

use super::go;
use super::programs::{build, run_go};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use syncscope::event::RunInfo;
use syncscope::headless;
use syncscope::sched::Pacing;

/// The reason in a dump's goroutine line or a who-waits line: the words in brackets.
fn reason_of(line: &str) -> Option<String> {
    let open = line.find('[')?;
    let close = line[open..].find(']')? + open;
    Some(line[open + 1..close].to_string())
}

/// Main's reason and the others', sorted.
type Reasons = (Option<String>, Vec<String>);

fn go_reasons(binary: &Path) -> Reasons {
    let out = Command::new(binary).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("all goroutines are asleep - deadlock!"),
        "{stderr}"
    );
    let (mut main, mut rest) = (None, Vec::new());
    for line in stderr.lines().filter(|l| l.starts_with("goroutine ")) {
        let reason = reason_of(line).expect("a reason");
        if line.starts_with("goroutine 1 ") {
            main = Some(reason);
        } else {
            rest.push(reason);
        }
    }
    rest.sort();
    (main, rest)
}

fn our_reasons(text: &str) -> Reasons {
    let scenario = syncscope::front::go::load("main.go", text).expect("loads");
    let info = super::programs::as_go_runs(RunInfo::new(Arc::new(scenario), 1));
    let model =
        headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs");
    let (mut main, mut rest) = (None, Vec::new());
    for line in model.who_waits() {
        let Some(reason) = reason_of(&line) else {
            continue;
        };
        if line.starts_with("main ") {
            main = Some(reason);
        } else {
            rest.push(reason);
        }
    }
    rest.sort();
    (main, rest)
}

#[test]
fn channel_deadlocks_name_what_go_names() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let programs = super::programs::sources("deadlock_programs");
    assert!(programs.len() >= 6);
    for (name, text) in programs {
        let binary = build(&format!("waits-{name}"), &text);
        assert_eq!(
            run_go(&binary).ending,
            "fatal error: all goroutines are asleep - deadlock!"
        );
        // Go's dump can differ from run to run on a loaded machine (which goroutine got to
        // which wait first): Go runs again, up to `GO_RUNS` times, and ours must be one.
        let ours = our_reasons(&text);
        let mut theirs = go_reasons(&binary);
        for _ in 1..super::GO_RUNS {
            if theirs == ours {
                break;
            }
            theirs = go_reasons(&binary);
        }
        assert_eq!(ours, theirs, "{name}: syncscope's waits against Go's dump");
    }
}

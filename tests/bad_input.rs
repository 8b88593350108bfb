//! Bad input, one test per case, through the real binary with stdin closed: every flag with
//! garbage or out-of-range values, broken scenario files, damaged traces for --replay, and
//! trace paths that cannot be written. Each must be refused at start-up with exit status 2 and
//! exactly one line on stderr that says what is wrong and with what (file:line:col for a
//! scenario file), never a panic. Nothing here runs a scenario for long: refusals come before
//! any run, and the few traces needed are recorded with --instant.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use syncscope::front::toml::BUILT_IN;

/// Runs syncscope and checks the refusal: status 2, nothing on stdout, one line on stderr
/// starting with "syncscope: ", no panic, and every needle in it. Returns that line.
fn refused(args: &[&str], needles: &[&str]) -> String {
    // --instant first: should a case be accepted by mistake, its run ends at once.
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .arg("--instant")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run syncscope");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(out.stdout.is_empty(), "{args:?}: printed on stdout");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{args:?}: one line, not {stderr:?}");
    let line = lines[0];
    assert!(line.starts_with("syncscope: "), "{line}");
    for needle in needles {
        assert!(line.contains(needle), "{args:?}: {needle:?} not in {line}");
    }
    line.to_string()
}

/// Flag cases: each line is a test named by its first word.
macro_rules! refused {
    ($($name:ident: [$($arg:expr),*] => [$($needle:expr),*];)*) => {
        $(
            #[test]
            fn $name() {
                refused(&[$($arg),*], &[$($needle),*]);
            }
        )*
    };
}

refused! {
    workers_not_a_number: ["--workers", "lots"] => ["--workers", "'lots'", "not a whole number"];
    workers_empty: ["--workers", ""] => ["--workers", "''", "not a whole number"];
    workers_zero: ["--workers", "0"] => ["--workers", "0 is not in 1..=12000"];
    workers_negative: ["--workers", "-1"] => ["--workers", "-1 is not in 1..=12000"];
    workers_over_the_cap: ["--workers", "12001"] => ["--workers", "12001 is not in 1..=12000"];
    workers_huge: ["--workers", "99999999999999999999"]
        => ["--workers", "99999999999999999999 is not in 1..=12000"];
    workers_fractional: ["--workers", "2.5"] => ["--workers", "'2.5'", "not a whole number"];
    workers_without_a_value: ["--workers"] => ["--workers", "a value is required"];
    delay_not_a_number: ["--delay", "soon"] => ["--delay", "'soon'", "not a whole number"];
    delay_negative: ["--delay", "-1"] => ["--delay", "-1 is not in 0..=600000"];
    delay_of_a_year: ["--delay", "31536000000"] => ["--delay", "31536000000 is not in 0..=600000"];
    seed_not_a_number: ["--seed", "abc"] => ["--seed", "'abc'", "not a whole number"];
    seed_negative: ["--seed", "-7"] => ["--seed", "-7 is not in 0..="];
    seed_too_big: ["--seed", "18446744073709551616"] => ["--seed", "18446744073709551616 is not in"];
    write_ms_not_a_number: ["--write-ms", "NaN"] => ["--write-ms", "'NaN'", "not a whole number"];
    write_ms_out_of_range: ["--write-ms", "600001"] => ["--write-ms", "600001 is not in 0..=600000"];
    read_ms_not_a_number: ["--read-ms", "1e3"] => ["--read-ms", "'1e3'", "not a whole number"];
    read_ms_negative: ["--read-ms", "-5"] => ["--read-ms", "-5 is not in 0..=600000"];
    reads_not_a_number: ["--reads", "many"] => ["--reads", "'many'", "not a whole number"];
    reads_out_of_range: ["--reads", "1001"] => ["--reads", "1001 is not in 0..=1000"];
    speed_not_a_number: ["--speed", "fast"] => ["--speed", "'fast' is not a number"];
    speed_zero: ["--speed", "0"] => ["--speed", "0 is not in 0.1..=10"];
    speed_negative: ["--speed", "-2"] => ["--speed", "-2 is not in 0.1..=10"];
    speed_too_fast: ["--speed", "11"] => ["--speed", "11 is not in 0.1..=10"];
    speed_nan: ["--speed", "NaN"] => ["--speed", "NaN is not in 0.1..=10"];
    speed_infinite: ["--speed", "inf"] => ["--speed", "inf is not in 0.1..=10"];
    speed_huge: ["--speed", "1e308"] => ["--speed", "1e308 is not in 0.1..=10"];
    max_memory_not_a_size: ["--max-memory", "lots"] => ["--max-memory", "'lots' is not a size"];
    max_memory_empty: ["--max-memory", ""] => ["--max-memory", "'' is not a size"];
    max_memory_unknown_unit: ["--max-memory", "2XB"] => ["--max-memory", "'2XB' is not a size"];
    max_memory_fractional: ["--max-memory", "1.5GiB"] => ["--max-memory", "'1.5GiB' is not a size"];
    max_memory_negative: ["--max-memory", "-1G"] => ["--max-memory", "'-1G' is not a size"];
    max_memory_zero: ["--max-memory", "0"] => ["--max-memory", "0 is not in 1MiB..=1TiB"];
    max_memory_too_small: ["--max-memory", "64KiB"] => ["--max-memory", "64KiB is not in 1MiB..=1TiB"];
    max_memory_too_big: ["--max-memory", "2TiB"] => ["--max-memory", "2TiB is not in 1MiB..=1TiB"];
    max_memory_without_a_value: ["--max-memory"] => ["--max-memory", "a value is required"];
    max_events_too_few: ["--max-events", "10"] => ["--max-events", "10 is not in 1000..=100000000"];
    max_events_too_many: ["--max-events", "160000000"]
        => ["--max-events", "160000000 is not in 1000..=100000000"];
    max_events_not_a_number: ["--max-events", "lots"]
        => ["--max-events", "'lots' is not a whole number in 1000..=100000000"];
    mode_unknown: ["--mode", "spinlock"]
        => ["--mode", "'spinlock'", "possible values: none, mutex, rwmutex"];
    unknown_flag: ["--bogus"] => ["unexpected argument '--bogus'"];
    misspelled_flag: ["--headles"] => ["'--headles'", "did you mean '--headless'?"];
    value_on_a_switch: ["--headless=yes"] => ["--headless", "'yes'"];
    replay_with_a_scenario: ["--replay", "x.json", "--scenario", "race"]
        => ["--replay", "cannot be used with", "--scenario"];
    unknown_scenario_name: ["--scenario", "nosuch"] => ["--scenario 'nosuch'", "--list-scenarios"];
    empty_scenario_name: ["--scenario", ""] => ["--scenario ''", "no built-in scenario"];
    mode_the_scenario_does_not_allow: ["--scenario", "sequential", "--mode", "mutex"]
        => ["sequential", "runs only in none", "--mode mutex"];
    workers_for_a_scenario_with_fixed_counts: ["--scenario", "lock-order", "--workers", "9"]
        => ["lock-order", "fixes the count"];
    replay_with_workers: ["--replay", "x.json", "--workers", "3"]
        => ["--replay", "cannot be used with", "--workers"];
    replay_with_a_mode: ["--replay", "x.json", "--mode", "mutex"]
        => ["--replay", "cannot be used with", "--mode"];
    lesson_headless: ["--lesson", "--headless"] => ["--lesson", "cannot be used with"];
    lesson_json: ["--lesson", "--json"] => ["--lesson", "cannot be used with"];
    cost_and_no_cost: ["--scenario", "cpu-bound", "--cost", "--no-cost"]
        => ["--cost", "cannot be used with", "--no-cost"];
    replay_with_no_cost: ["--replay", "x.json", "--no-cost"]
        => ["--replay", "cannot be used with", "--no-cost"];
    program_arguments_for_a_scenario: ["--scenario", "mutex", "--", "-word=opt", "a1"]
        => ["arguments after --", "scenario mutex is not a Go file"];
    replay_with_program_arguments: ["--replay", "x.json", "--", "-n=3"]
        => ["--replay", "cannot be used with", "[ARGS]"];
    program_arguments_without_dashes: ["--scenario", "mutex", "a1"]
        => ["'--scenario <NAME|PATH>' cannot be used with '[FILE.go]'"];
}

/// A line on stderr that could not drive a terminal: no control character in it.
fn plain(line: &str) -> bool {
    !line.chars().any(char::is_control)
}

#[test]
fn scenario_title_with_an_escape_sequence() {
    let scratch = Scratch::new("title-escape");
    let toml = mutex_toml().replacen(
        "title = \"A Mutex around the shared slice\"",
        "title = \"owned\\u001b]0;pwned\\u0007\\u001b[2J\"",
        1,
    );
    let path = scratch.file("escape.toml", toml);
    let line = refused(
        &["--scenario", &path],
        &[
            &path,
            "title is not plain text",
            "\\u{1b}",
            "drive the terminal",
        ],
    );
    assert!(plain(&line), "{line:?}");
}

#[test]
fn scenario_title_over_two_lines() {
    let scratch = Scratch::new("title-newline");
    let toml = mutex_toml().replacen(
        "title = \"A Mutex around the shared slice\"",
        "title = \"two\\nlines\"",
        1,
    );
    let path = scratch.file("newline.toml", toml);
    refused(&["--scenario", &path], &[&path, "a title is one line"]);
}

#[test]
fn scenario_lesson_with_a_bell() {
    let scratch = Scratch::new("lesson-bell");
    let toml = mutex_toml().replacen("lesson = \"\"\"\n", "lesson = \"\"\"\n\\u0007 ", 1);
    let path = scratch.file("bell.toml", toml);
    refused(
        &["--scenario", &path],
        &[&path, "lesson is not plain text", "\\u{7}"],
    );
}

#[test]
fn a_message_quoting_a_huge_hostile_step_is_one_short_plain_line() {
    let scratch = Scratch::new("hostile-step");
    let step = format!("\\u001b[2J{}", "x".repeat(1_000_000));
    let toml = mutex_toml().replacen("\"done\",\n]", &format!("\"{step}\",\n]"), 1);
    let path = scratch.file("hostile.toml", toml);
    let line = refused(&["--scenario", &path], &[&path, "unknown step"]);
    assert!(plain(&line), "{:?}", &line[..80]);
    assert!(
        line.chars().count() < 400,
        "{} characters",
        line.chars().count()
    );
}

fn fifo(scratch: &Scratch, name: &str) -> String {
    let path = scratch.path(name);
    let made = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
    assert!(made.success());
    path
}

#[test]
fn scenario_from_a_pipe() {
    let scratch = Scratch::new("scenario-fifo");
    let path = fifo(&scratch, "fifo");
    refused(&["--scenario", &path], &[&path, "not a plain file"]);
}

#[test]
fn replay_from_a_pipe() {
    let scratch = Scratch::new("replay-fifo");
    let path = fifo(&scratch, "fifo");
    refused(&["--replay", &path], &[&path, "not a plain file"]);
}

#[test]
fn scenario_that_never_ends() {
    refused(
        &["--scenario", "/dev/zero"],
        &["/dev/zero", "not a plain file"],
    );
}

#[test]
fn trace_onto_the_scenario_file() {
    let scratch = Scratch::new("trace-onto-scenario");
    let path = scratch.file("mine.toml", mutex_toml());
    refused(
        &["--scenario", &path, "--trace", &path],
        &["--trace", &path, "the file the run is read from"],
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("still there"),
        mutex_toml()
    );
}

/// A directory of this test's own, removed when dropped (also when the test fails).
struct Scratch(PathBuf);

impl Scratch {
    fn new(case: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("syncscope-bad-input-{}-{case}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch dir");
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write");
        text(&path)
    }

    fn path(&self, name: &str) -> String {
        text(&self.0.join(name))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn text(path: &Path) -> String {
    path.to_str().expect("utf-8 temp path").to_string()
}

fn mutex_toml() -> &'static str {
    BUILT_IN
        .iter()
        .find(|(name, _)| *name == "mutex")
        .map(|(_, text)| *text)
        .expect("the mutex scenario")
}

/// The mutex scenario with `from` replaced by `to`, refused with the needles in the message at
/// the line where `at` first is in the changed text.
fn broken_scenario(case: &str, (from, to): (&str, &str), at: &str, needles: &[&str]) {
    let original = mutex_toml();
    assert!(original.contains(from), "{from}");
    let broken = original.replacen(from, to, 1);
    let at = broken.find(at).expect("the mistake's place");
    let line = broken[..at].matches('\n').count() + 1;
    let scratch = Scratch::new(case);
    let path = scratch.file("broken.toml", &broken);
    let shown = refused(&["--scenario", &path], needles);
    assert!(
        shown.starts_with(&format!("syncscope: {path}:{line}:")),
        "{shown} is not at line {line}"
    );
}

#[test]
fn scenario_toml_syntax_error() {
    broken_scenario("syntax", ("reads = 1", "reads = = 1"), "reads = =", &[]);
}

#[test]
fn scenario_unknown_top_level_key() {
    broken_scenario(
        "key",
        ("reads = 1", "colour = \"red\""),
        "colour =",
        &["unknown field `colour`", "expected one of"],
    );
}

#[test]
fn scenario_unknown_step() {
    broken_scenario(
        "step",
        ("{ unlock = \"mu\" }", "{ unlok = \"mu\" }"),
        "{ unlok",
        &["unknown step \"unlok\"", "steps are sleep, compute, lock"],
    );
}

#[test]
fn scenario_no_processors() {
    broken_scenario(
        "procs",
        ("reads = 1", "procs = 0"),
        "procs = 0",
        &["procs = 0: at least 1"],
    );
}

#[test]
fn scenario_unknown_word_step() {
    broken_scenario(
        "word",
        ("\"done\",", "\"finish\","),
        "\"finish\"",
        &["unknown step \"finish\""],
    );
}

#[test]
fn scenario_negative_sleep() {
    broken_scenario(
        "sleep",
        ("{ sleep = \"delay\" }", "{ sleep = -5 }"),
        "{ sleep",
        &["-5 ms", "must not be negative"],
    );
}

#[test]
fn scenario_negative_delay_ms() {
    broken_scenario(
        "delay",
        ("delay_ms = 2000", "delay_ms = -2000"),
        "delay_ms = -2000",
        &["delay_ms = -2000", "must not be negative"],
    );
}

#[test]
fn scenario_sleep_too_long_for_i64() {
    broken_scenario(
        "long",
        ("{ sleep = \"delay\" }", "{ sleep = 99999999999999999999 }"),
        "{ sleep",
        &["99999999999999999999 ms", "at most 600000 ms"],
    );
}

#[test]
fn scenario_fractional_number() {
    broken_scenario(
        "fraction",
        ("write_ms = 300", "write_ms = 2.5"),
        "write_ms = 2.5",
        &["2.5", "expected a whole number"],
    );
}

#[test]
fn scenario_more_than_12000_goroutines() {
    broken_scenario(
        "goroutines",
        ("goroutines = 5", "goroutines = 12001"),
        "goroutines = 12001",
        &["goroutines = 12001", "at most 12000 goroutines"],
    );
}

#[test]
fn scenario_huge_wait_group_add() {
    broken_scenario(
        "add",
        ("{ sleep = \"delay\" }", "{ add = 9223372036854775807 }"),
        "{ add",
        &["add = 9223372036854775807", "-12000..=12000"],
    );
}

#[test]
fn scenario_counts_over_12000_in_all() {
    let text = mutex_toml()
        .replace("goroutines = 5\n", "")
        .replace("func = \"dbCall\"", "func = \"dbCall\"\ncount = 7000")
        + "\n[[goroutine]]\nfunc = \"other\"\ncount = 7000\nsteps = [\"done\"]\n";
    let line = text.lines().count() - 1;
    let scratch = Scratch::new("sum");
    let path = scratch.file("sum.toml", &text);
    let shown = refused(
        &["--scenario", &path],
        &["the counts add up to 14000", "at most 12000 goroutines"],
    );
    assert!(
        shown.starts_with(&format!("syncscope: {path}:{line}:")),
        "{shown}"
    );
}

#[test]
fn scenario_not_utf8() {
    let scratch = Scratch::new("utf8");
    let path = scratch.file("latin1.toml", b"name = \"x\"\ntitle = \"caf\xe9\"\n");
    refused(
        &["--scenario", &path],
        &[&format!("{path}:2:13:"), "byte 0xe9 is not UTF-8"],
    );
}

#[test]
fn scenario_empty_file() {
    let scratch = Scratch::new("empty");
    let path = scratch.file("empty.toml", "\n");
    refused(
        &["--scenario", &path],
        &[&format!("{path}:1:1:"), "the file is empty"],
    );
}

#[test]
fn scenario_missing_file() {
    let scratch = Scratch::new("missing");
    let path = scratch.path("missing.toml");
    refused(&["--scenario", &path], &[&path, "cannot read it"]);
}

#[test]
fn scenario_directory() {
    let scratch = Scratch::new("directory");
    let path = text(&scratch.0);
    refused(&["--scenario", &path], &[&path, "not a plain file"]);
}

/// Records a short run's trace in the scratch directory; returns its path.
fn record(scratch: &Scratch) -> String {
    let path = scratch.path("good.json");
    let out = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .args(["--json", "--instant", "--seed", "1", "--workers", "2"])
        .args(["--delay", "10", "--write-ms", "1", "--read-ms", "1"])
        .args(["--trace", &path])
        .stdin(Stdio::null())
        .output()
        .expect("run syncscope");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

/// A recorded trace, changed as JSON and written back; returns the changed file's path.
fn edited_trace(scratch: &Scratch, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let good = std::fs::read_to_string(record(scratch)).expect("read the trace");
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("a JSON trace");
    edit(&mut doc);
    scratch.file("edited.json", doc.to_string())
}

#[test]
fn replay_missing_file() {
    let scratch = Scratch::new("replay-missing");
    let path = scratch.path("missing.json");
    refused(&["--replay", &path], &[&path, "cannot read it"]);
}

#[test]
fn replay_directory() {
    let scratch = Scratch::new("replay-directory");
    let path = text(&scratch.0);
    refused(&["--replay", &path], &[&path, "not a plain file"]);
}

#[test]
fn replay_empty_file() {
    let scratch = Scratch::new("replay-empty");
    let path = scratch.file("empty.json", "");
    refused(&["--replay", &path], &[&path, "the file is empty"]);
}

#[test]
fn replay_truncated_trace() {
    let scratch = Scratch::new("replay-truncated");
    let good = std::fs::read_to_string(record(&scratch)).expect("read the trace");
    let path = scratch.file("cut.json", &good[..good.len() / 2]);
    refused(
        &["--replay", &path],
        &[&format!("{path}:1:"), "not a JSON trace", "cut-off"],
    );
}

#[test]
fn replay_foreign_json() {
    let scratch = Scratch::new("replay-foreign");
    let path = scratch.file("chrome.json", r#"{"traceEvents": []}"#);
    refused(&["--replay", &path], &[&path, "no syncscope section"]);
}

#[test]
fn replay_not_json() {
    let scratch = Scratch::new("replay-text");
    let path = scratch.file("notes.txt", "hello\n");
    refused(
        &["--replay", &path],
        &[&format!("{path}:1:1:"), "not a JSON trace"],
    );
}

#[test]
fn replay_gap_in_sequence_numbers() {
    let scratch = Scratch::new("replay-gap");
    let path = edited_trace(&scratch, |doc| {
        let events = doc["syncscope"]["events"].as_array_mut().expect("events");
        events.remove(5);
    });
    refused(
        &["--replay", &path],
        &[&path, "sequence numbers are not contiguous"],
    );
}

#[test]
fn replay_other_format_version() {
    let scratch = Scratch::new("replay-format");
    let path = edited_trace(&scratch, |doc| doc["syncscope"]["format"] = 1.into());
    refused(&["--replay", &path], &[&path, "trace format 1"]);
}

#[test]
fn replay_workers_over_the_cap() {
    let scratch = Scratch::new("replay-workers");
    let path = edited_trace(&scratch, |doc| {
        doc["syncscope"]["run"]["workers"] = 4_000_000_000u64.into();
    });
    refused(
        &["--replay", &path],
        &[&path, "workers 4000000000", "at most 12000"],
    );
}

#[test]
fn replay_goroutine_the_run_does_not_have() {
    let scratch = Scratch::new("replay-goroutine");
    // The rows start at event 1: the start is the run's settings.
    let path = edited_trace(&scratch, |doc| {
        doc["syncscope"]["events"][3][2] = 4_000_000_000u64.into();
    });
    refused(
        &["--replay", &path],
        &[&path, "event 4", "goroutine 4000000000"],
    );
}

#[test]
fn replay_store_past_the_end_of_the_results() {
    let scratch = Scratch::new("replay-store");
    let path = edited_trace(&scratch, |doc| edit_first(doc, "store", "slot", 1 << 40));
    refused(&["--replay", &path], &[&path, "results[1099511627776]"]);
}

/// The first event of `kind` in an edited trace, with its `field` set to `value`.
fn edit_first(doc: &mut serde_json::Value, kind: &str, field: &str, value: u64) {
    let events = doc["syncscope"]["events"].as_array_mut().expect("events");
    let event = events
        .iter_mut()
        .find(|e| e[3].get(kind).is_some())
        .expect("an event of that kind");
    event[3][kind][field] = value.into();
}

#[test]
fn replay_time_at_the_end_of_time() {
    let scratch = Scratch::new("replay-time");
    let path = edited_trace(&scratch, |doc| {
        let events = doc["syncscope"]["events"].as_array_mut().expect("events");
        let last = events.last_mut().expect("an event");
        last[1] = u64::MAX.into();
    });
    refused(
        &["--replay", &path],
        &[&path, "time jumps", "past the longest wait Go has"],
    );
}

#[test]
fn replay_time_going_back() {
    let scratch = Scratch::new("replay-back");
    let path = edited_trace(&scratch, |doc| {
        let events = doc["syncscope"]["events"].as_array_mut().expect("events");
        let last = events.len() - 1;
        events[last][1] = 0.into();
    });
    refused(&["--replay", &path], &[&path, "time goes back"]);
}

#[test]
fn replay_panic_message_that_drives_the_terminal() {
    let scratch = Scratch::new("replay-panic-text");
    let path = edited_trace(&scratch, |doc| {
        let events = doc["syncscope"]["events"].as_array_mut().expect("events");
        let end = events.last_mut().expect("the end");
        end[3] = serde_json::json!({ "end": { "panic": "\u{1b}[2J\u{1b}]0;owned\u{7}" } });
    });
    let line = refused(&["--replay", &path], &[&path, "not one line of plain text"]);
    assert!(plain(&line));
}

#[test]
fn replay_step_the_scenario_does_not_have() {
    let scratch = Scratch::new("replay-step");
    // pc 65535: one past it would overflow where the model looks ahead.
    let path = edited_trace(&scratch, |doc| edit_first(doc, "at", "pc", 65535));
    refused(
        &["--replay", &path],
        &[&path, "step 65535", "not in the scenario"],
    );
}

#[test]
fn replay_lock_the_scenario_does_not_have() {
    let scratch = Scratch::new("replay-lock");
    let path = edited_trace(&scratch, |doc| edit_first(doc, "lock", "lock", 7));
    refused(&["--replay", &path], &[&path, "lock 7 is not among"]);
}

#[test]
fn trace_into_a_missing_directory() {
    let scratch = Scratch::new("trace-missing");
    let path = scratch.path("no/such/dir/run.json");
    refused(&["--trace", &path], &["cannot write the trace", &path]);
}

#[test]
fn trace_under_a_file() {
    // A path through a regular file cannot be written even by root, unlike a read-only dir.
    let scratch = Scratch::new("trace-file");
    let file = scratch.file("plain", "");
    let path = format!("{file}/run.json");
    refused(&["--trace", &path], &["cannot write the trace", &path]);
}

#[test]
fn trace_is_a_directory() {
    let scratch = Scratch::new("trace-directory");
    let path = text(&scratch.0);
    refused(&["--trace", &path], &["cannot write the trace", &path]);
}

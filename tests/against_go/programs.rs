//! Go programs in the subset (`programs/`, our own), run by `go run` and by syncscope: what
//! they print on stdout and on stderr (the `log` package's, its timestamps' date and time left
//! out), with durations compared within 1% + 20 ms, and how they end, compared exactly.
//! Go runs on one processor, the one syncscope's scheduler models, up to `GO_RUNS` times:
//! syncscope must print what Go printed in one of them. A program whose first line is
//! `// args: -word=opt a1` is run with those arguments (split at spaces) by both, as
//! `go run main.go -word=opt a1` and `syncscope main.go -- -word=opt a1` run it; Go's binary
//! is started as `main`, the `os.Args[0]` syncscope gives a `main.go`.

use super::{GO_RUNS, go};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use syncscope::describe::ending_text;
use syncscope::event::{Ending, RunInfo};
use syncscope::headless;
use syncscope::sched::Pacing;

/// What a program did: its stdout, its own stderr (what the runtime adds of a panic left
/// out), and "ok", its first line of a panic or fatal error, or `exit status N`.
#[derive(Debug, Clone, PartialEq)]
pub struct Printed {
    pub stdout: String,
    pub stderr: String,
    pub ending: String,
}

/// The files of `tests/against_go/<folder>`, in name order: each one's name (without its
/// extension) and text.
pub fn sources(folder: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/against_go")
        .join(folder);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{folder}/: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(p).expect("read the source"))
        })
        .collect()
}

pub fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/against_go/programs")
}

/// `text` as `main.go` of a module of the newest Go, the one syncscope reads a file as when no
/// `go.mod` says otherwise, built; the binary's path.
pub fn build(name: &str, text: &str) -> PathBuf {
    let dir = build_dir(name, text);
    let out = Command::new("go")
        .args(["build", "-o", "prog", "."])
        .current_dir(&dir)
        .output()
        .expect("run go build");
    assert!(
        out.status.success(),
        "go build {name}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir.join("prog")
}

/// A module directory holding `text` as its `main.go`.
pub fn build_dir(name: &str, text: &str) -> PathBuf {
    let dir = go::scratch(&format!("prog-{name}"));
    std::fs::write(dir.join("main.go"), text).expect("write main.go");
    std::fs::write(dir.join("go.mod"), "module prog\n\ngo 1.26\n").expect("write go.mod");
    dir
}

pub fn run_go(binary: &Path) -> Printed {
    run_go_with(binary, &[])
}

/// The program's arguments its first line declares (`// args: ...`), if any.
pub fn declared_args(text: &str) -> Vec<String> {
    let first = text.lines().next().unwrap_or("");
    first
        .strip_prefix("// args:")
        .map(|a| a.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

pub fn run_go_with(binary: &Path, args: &[String]) -> Printed {
    use std::os::unix::process::CommandExt;
    let out = Command::new(binary)
        .arg0("main")
        .args(args)
        .env("GOMAXPROCS", "1")
        .output()
        .expect("run the program");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ending = match (
        out.status.success(),
        go::go_error(&stderr),
        out.status.code(),
    ) {
        (true, _, _) => "ok".into(),
        (false, Some(error), _) => error,
        // os.Exit's status, as `go run` words it.
        (false, None, Some(code)) => format!("exit status {code}"),
        (false, None, None) => format!("failed: {stderr}"),
    };
    Printed {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: own_stderr(&stderr),
        ending,
    }
}

/// What the program itself wrote on stderr: the runtime's report of a panic or a fatal error
/// starts at its first line and is left out (syncscope compares the ending for it).
pub fn own_stderr(stderr: &str) -> String {
    let mut own = String::new();
    for line in stderr.split_inclusive('\n') {
        if line.starts_with("panic: ") || line.starts_with("fatal error: ") {
            break;
        }
        own.push_str(line);
    }
    own
}

/// `text` with each date (`2009/11/10`) and time of day (`23:00:00`, `23:00:00.000123`) of
/// the `log` package's timestamps as `<date>` and `<time>`: Go's real clock is not
/// syncscope's virtual one.
pub fn clock_free(text: &str) -> String {
    let shape = |s: &[u8], pattern: &[u8]| {
        s.len() >= pattern.len()
            && s.iter().zip(pattern).all(|(c, p)| {
                if *p == b'9' {
                    c.is_ascii_digit()
                } else {
                    c == p
                }
            })
    };
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let after_digit = i > 0 && bytes[i - 1].is_ascii_digit();
        if !after_digit && shape(rest, b"9999/99/99") {
            out.push_str("<date>");
            i += 10;
        } else if !after_digit && shape(rest, b"99:99:99") {
            out.push_str("<time>");
            i += 8;
            if shape(&bytes[i..], b".999999") {
                i += 7;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `text` with each address (`0x` and six or more hex digits) as `<addr N>`, numbered in the
/// order each first appears: Go 1.26 puts its heap somewhere new each run, so only which
/// printed pointers are the same one can be compared.
pub fn addresses_numbered(text: &str) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        let digits = rest[at + 2..]
            .bytes()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let glued = at > 0 && rest.as_bytes()[at - 1].is_ascii_alphanumeric();
        out.push_str(&rest[..at]);
        if digits < 6 || glued {
            out.push_str("0x");
            rest = &rest[at + 2..];
            continue;
        }
        let address = &rest[at..at + 2 + digits];
        let n = match seen.iter().position(|s| *s == address) {
            Some(n) => n,
            None => {
                seen.push(address);
                seen.len() - 1
            }
        };
        out.push_str(&format!("<addr {}>", n + 1));
        rest = &rest[at + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// `info` on one processor: Go runs the programs with `GOMAXPROCS=1` (`run_go`), and code
/// takes time in both.
pub fn as_go_runs(mut info: RunInfo) -> RunInfo {
    info.procs = 1;
    info
}

pub fn run_ours(name: &str, text: &str) -> Printed {
    run_ours_with(name, text, &[])
}

pub fn run_ours_with(name: &str, text: &str, args: &[String]) -> Printed {
    let mut scenario = syncscope::front::go::load(name, text)
        .unwrap_or_else(|e| panic!("syncscope refused {name}: {e}"));
    scenario.knobs.args = args.to_vec();
    let info = as_go_runs(RunInfo::new(Arc::new(scenario), 1));
    let model =
        headless::run(info, Pacing::Instant, 1.0, headless::Narration::Quiet).expect("runs");
    let ending = match model.ending.as_ref().map(|(e, _)| e) {
        Some(Ending::Finished | Ending::Exit(0)) => "ok".to_string(),
        Some(e) => ending_text(e),
        None => "no ending".into(),
    };
    Printed {
        stdout: model.output.text.clone(),
        stderr: model.output.stderr.clone(),
        ending,
    }
}

/// `text` with each Go duration (`2.001381465s`, `1m30s`, `350µs`) replaced by `<d>`, and
/// the durations in milliseconds.
pub fn durations(text: &str) -> (String, Vec<f64>) {
    let mut skeleton = String::new();
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let before_ok = rest[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '.');
        let (ms, len) = match parse_duration(&rest[start..]) {
            Some(d) if before_ok => d,
            _ => {
                let len = rest[start..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len() - start);
                skeleton.push_str(&rest[..start + len]);
                rest = &rest[start + len..];
                continue;
            }
        };
        skeleton.push_str(&rest[..start]);
        skeleton.push_str("<d>");
        found.push(ms);
        rest = &rest[start + len..];
    }
    skeleton.push_str(rest);
    (skeleton, found)
}

/// A duration at the start of `s`: its milliseconds and its length in bytes.
fn parse_duration(s: &str) -> Option<(f64, usize)> {
    const UNITS: [(&str, f64); 7] = [
        ("ns", 1e-6),
        ("µs", 1e-3),
        ("us", 1e-3),
        ("ms", 1.0),
        ("s", 1e3),
        ("m", 6e4),
        ("h", 3.6e6),
    ];
    let mut at = 0;
    let mut total = 0.0;
    let mut parts = 0;
    loop {
        let tail = &s[at..];
        let num_len = tail
            .find(|c: char| !c.is_ascii_digit() && c != '.')
            .unwrap_or(tail.len());
        if num_len == 0 {
            break;
        }
        let Ok(number) = tail[..num_len].parse::<f64>() else {
            break;
        };
        let Some((unit, scale)) = UNITS.iter().find(|(u, _)| tail[num_len..].starts_with(u)) else {
            break;
        };
        total += number * scale;
        at += num_len + unit.len();
        parts += 1;
    }
    let ends_clean = s[at..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    (parts > 0 && ends_clean).then_some((total, at))
}

/// Whether syncscope printed what Go printed: the same text around the durations, each
/// duration within 1% + 20 ms of Go's, and the same ending.
pub fn same(go: &Printed, ours: &Printed) -> Result<(), String> {
    if go.ending != ours.ending {
        return Err(format!(
            "ends with {:?} in Go, {:?} here",
            go.ending, ours.ending
        ));
    }
    for (stream, go, ours) in [
        (
            "prints",
            addresses_numbered(&go.stdout),
            addresses_numbered(&ours.stdout),
        ),
        (
            "writes on stderr",
            addresses_numbered(&clock_free(&go.stderr)),
            addresses_numbered(&clock_free(&ours.stderr)),
        ),
    ] {
        let (go_text, go_d) = durations(&go);
        let (our_text, our_d) = durations(&ours);
        if go_text != our_text {
            return Err(format!(
                "{stream} differently:\n--- Go\n{go}\n--- syncscope\n{ours}"
            ));
        }
        for (g, o) in go_d.iter().zip(&our_d) {
            if (g - o).abs() > g.abs() * 0.01 + 20.0 {
                return Err(format!("a duration of {g:.3} ms in Go is {o:.3} ms here"));
            }
        }
    }
    Ok(())
}

/// Runs Go until it prints what syncscope printed, at most `GO_RUNS` times.
pub fn agrees(binary: &Path, ours: &Printed) -> Result<(), String> {
    agrees_with(binary, &[], ours)
}

/// `agrees`, the program run with `args`.
pub fn agrees_with(binary: &Path, args: &[String], ours: &Printed) -> Result<(), String> {
    let mut first = None;
    for _ in 0..GO_RUNS {
        match same(&run_go_with(binary, args), ours) {
            Ok(()) => return Ok(()),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.unwrap_or_default())
}

#[test]
fn every_program_prints_what_go_prints() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let mut files: Vec<PathBuf> = std::fs::read_dir(programs_dir())
        .expect("programs/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the programs are there");
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_stem().unwrap_or_default().to_string_lossy();
        let text = std::fs::read_to_string(path).expect("read the program");
        let binary = build(&name, &text);
        let args = declared_args(&text);
        // Go builds it as main.go, the name log's Lshortfile prints.
        let ours = run_ours_with("main.go", &text, &args);
        if let Err(e) = agrees_with(&binary, &args, &ours) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn addresses_are_compared_by_which_are_the_same() {
    let go = addresses_numbered("p 0x20c970f86020 q 0x20c970f86040 p 0x20c970f86020 0xff");
    let ours = addresses_numbered("p 0xc000012000 q 0xc000012018 p 0xc000012000 0xff");
    assert_eq!(go, "p <addr 1> q <addr 2> p <addr 1> 0xff");
    assert_eq!(go, ours);
    let wrong = addresses_numbered("p 0xc000012000 q 0xc000012000 p 0xc000012000 0xff");
    assert_ne!(go, wrong, "two pointers printed as one are caught");
}

#[test]
fn durations_are_found_and_their_text_kept() {
    let (text, d) = durations("took 2.001381465s, then 1m30s and 350µs; id3 x2 1.5 0s\n");
    assert_eq!(text, "took <d>, then <d> and <d>; id3 x2 1.5 <d>\n");
    assert_eq!(d.len(), 4);
    assert!((d[0] - 2001.381465).abs() < 1e-6 && d[1] == 90_000.0 && (d[2] - 0.35).abs() < 1e-9);
}

#[test]
fn a_difference_in_text_timing_or_ending_is_caught() {
    let go = Printed {
        stdout: "a 2.001s\n".into(),
        stderr: String::new(),
        ending: "ok".into(),
    };
    let with = |stdout: &str, ending: &str| Printed {
        stdout: stdout.into(),
        stderr: String::new(),
        ending: ending.into(),
    };
    assert_eq!(same(&go, &with("a 2s\n", "ok")), Ok(()));
    assert!(same(&go, &with("b 2s\n", "ok")).is_err());
    assert!(same(&go, &with("a 2.1s\n", "ok")).is_err());
    assert!(same(&go, &with("a 2s\n", "panic: x")).is_err());
    let logged = |stderr: &str| Printed {
        stderr: stderr.into(),
        ..go.clone()
    };
    let real = logged("2026/03/01 14:22:05.123456 main.go:9: took 2.001s\n");
    assert_eq!(
        same(
            &real,
            &logged("2009/11/10 23:00:02.000000 main.go:9: took 2s\n")
        ),
        Ok(())
    );
    assert!(
        same(
            &real,
            &logged("2009/11/10 23:00:02.000000 main.go:8: took 2s\n")
        )
        .is_err()
    );
}

#[test]
fn the_runtimes_report_is_not_the_programs_stderr() {
    let stderr = "2026/03/01 14:22:05 boom\npanic: boom\n\ngoroutine 1 [running]:\n";
    assert_eq!(own_stderr(stderr), "2026/03/01 14:22:05 boom\n");
    assert_eq!(
        clock_free("2026/03/01 14:22:05 x 12:30"),
        "<date> <time> x 12:30"
    );
}

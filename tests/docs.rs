//! The README and the book in `docs/` stay true: the README is short, the book's summary lists
//! every chapter, every relative link leads to a file, and every `syncscope` command in a
//! shell block runs as written (headless ones to their end, checked against the figures their
//! comments give; the TUI's in a pseudo-terminal, to the first frame and a clean quit).

mod terminal;

use std::path::{Path, PathBuf};
use terminal::Session;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The README and every chapter of the book.
fn pages() -> Vec<PathBuf> {
    let mut pages = vec![Path::new(ROOT).join("README.md")];
    let mut chapters: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("docs"))
        .expect("docs/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    chapters.sort();
    pages.extend(chapters);
    pages
}

/// The targets of a page's `](target)` links, without anchors.
fn links(text: &str) -> Vec<String> {
    // Code spans and blocks are not links: `inbox[int](nil)` is Go.
    let prose: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    prose
        .match_indices("](")
        .filter_map(|(i, _)| {
            let rest = &prose[i + 2..];
            let target = &rest[..rest.find(')')?];
            let target = target.split('#').next().unwrap_or_default();
            (!target.is_empty() && !target.contains("://")).then(|| target.to_string())
        })
        .collect()
}

#[test]
fn the_readme_is_short_and_the_book_lists_every_chapter() {
    let readme = read(&Path::new(ROOT).join("README.md"));
    let lines = readme.lines().count();
    assert!(
        lines <= 300,
        "the README has {lines} lines: the rest belongs in docs/"
    );
    let summary = read(&Path::new(ROOT).join("docs/SUMMARY.md"));
    let listed = links(&summary);
    for page in pages().iter().skip(1) {
        let name = page
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name != "SUMMARY.md" {
            assert!(
                listed.iter().any(|l| l == name),
                "docs/SUMMARY.md does not list {name}"
            );
        }
    }
}

#[test]
fn every_relative_link_leads_to_a_file() {
    for page in pages() {
        let dir = page.parent().expect("a folder");
        for target in links(&read(&page)) {
            assert!(
                dir.join(&target).exists(),
                "{}: the link {target} leads nowhere",
                page.display()
            );
        }
    }
}

/// A documented command: where it is, the command line, and what its comment says.
struct Command {
    at: String,
    line: String,
    comment: String,
}

/// Every line of a `sh` block that runs syncscope.
fn commands() -> Vec<Command> {
    let mut out = Vec::new();
    for page in pages() {
        let text = read(&page);
        let mut in_sh = false;
        for (n, line) in text.lines().enumerate() {
            if let Some(lang) = line.strip_prefix("```") {
                in_sh = !in_sh && lang == "sh";
                continue;
            }
            if in_sh && line.starts_with("syncscope ") {
                let (line, comment) = line.split_once(" #").unwrap_or((line, ""));
                out.push(Command {
                    at: format!("{}:{}", page.display(), n + 1),
                    line: line.trim().to_string(),
                    comment: comment.trim().to_string(),
                });
            }
        }
    }
    out
}

/// A folder with the `main.go` the commands name: the tutorials' Mutex program.
fn workdir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncscope-docs-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    let program = read(&Path::new(ROOT).join("tests/against_go/programs/mutex.go"));
    std::fs::write(dir.join("main.go"), program).expect("main.go");
    dir
}

/// The line for `sh -c`, in `dir`, with `syncscope` the binary under test.
fn shell_line(dir: &Path, line: &str) -> String {
    let line = line
        .split(' ')
        .map(|w| {
            if w == "syncscope" {
                "\"$SYNCSCOPE\""
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    format!("cd '{}' && {line}", dir.display())
}

fn headless(line: &str) -> bool {
    ["--json", "--headless", "--instant", "--svg"]
        .iter()
        .any(|f| line.split(' ').any(|w| w == *f))
}

/// The figures a comment gives: `"key": "value"` and `key N`, as the JSON has them.
fn check_figures(c: &Command, json: &serde_json::Value) {
    let words: Vec<&str> = c
        .comment
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .collect();
    for pair in words.windows(2) {
        let key = pair[0].trim_matches(|ch| ch == '"' || ch == ':');
        let value = pair[1].trim_matches('"');
        let Some(found) = json.get(key) else { continue };
        let same = match found {
            serde_json::Value::String(s) => s == value,
            serde_json::Value::Number(n) => {
                value.parse::<f64>().is_ok_and(|v| n.as_f64() == Some(v))
            }
            _ => true,
        };
        assert!(
            same,
            "{}: the comment says {key} {value}, the run {found}",
            c.at
        );
    }
}

#[test]
fn every_headless_command_runs_as_its_comment_says() {
    let dir = workdir("headless");
    let mut ran = 0;
    for c in commands().iter().filter(|c| headless(&c.line)) {
        let out = std::process::Command::new("/bin/sh")
            .args(["-c", &shell_line(&dir, &c.line)])
            .env("SYNCSCOPE", env!("CARGO_BIN_EXE_syncscope"))
            .env("XDG_CONFIG_HOME", "/nonexistent/syncscope-tests")
            .output()
            .expect("sh runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("error:") && !stderr.contains("Usage:"),
            "{}: {}\n{stderr}",
            c.at,
            c.line
        );
        // 0, or a deadlock's or a Go panic's 2 when the comment says so.
        let status = out.status.code();
        let ends_badly = c.comment.contains("deadlock") || c.comment.contains("panic");
        assert!(
            status == Some(0) || (ends_badly && status == Some(2)),
            "{}: {} exited {status:?}\n{stderr}",
            c.at,
            c.line
        );
        if c.line.contains("--json") {
            let json: serde_json::Value =
                serde_json::from_slice(&out.stdout).expect("--json prints one JSON object");
            check_figures(c, &json);
        }
        ran += 1;
    }
    assert!(ran >= 5, "only {ran} headless commands found");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_tui_command_shows_its_first_frame_and_quits_cleanly() {
    let dir = workdir("tui");
    let mut ran = 0;
    for c in commands().iter().filter(|c| !headless(&c.line)) {
        let mut s = Session::shell(&shell_line(&dir, &c.line));
        s.wait_for(&format!("{}'s first frame", c.at), |t| {
            t.contains("syncscope") && t.contains("quit")
        });
        s.press("q");
        assert_eq!(s.wait_exit(), 0, "{}: {}", c.at, c.line);
        ran += 1;
    }
    assert!(ran >= 4, "only {ran} TUI commands found");
    assert!(dir.join("mutex.cast").exists(), "--record wrote its file");
    let _ = std::fs::remove_dir_all(&dir);
}

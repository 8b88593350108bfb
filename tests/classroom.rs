//! The classroom's hand-outs and terminals, through the real binary: an SVG picture that
//! parses and shows the run, a recording that replays to the finished run, states told apart
//! with no colour in a real terminal, and a click that tells a goroutine's story.

mod terminal;

use std::collections::HashMap;
use std::path::PathBuf;
use terminal::Session;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("syncscope-classroom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    dir.join(name)
}

/// All the picture's text, in document order.
fn svg_text(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    root.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("")
}

#[test]
fn svg_writes_the_end_of_the_run_as_a_picture_with_its_text() {
    let path = temp("race.svg");
    let out = terminal::syncscope()
        .args([
            "--scenario",
            "race",
            "--instant",
            "--theme",
            "light",
            "--svg",
        ])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "a picture alone is quiet");
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrote"));
    let svg = std::fs::read_to_string(&path).expect("written");
    let text = svg_text(&svg);
    for want in [
        "syncscope",
        "mode none",
        "finished in 2600 ms",
        "main",
        "g1",
        "g5",
        "lost update",
    ] {
        assert!(
            text.contains(want),
            "{want:?} not in the picture's text: {text}"
        );
    }
    // The light theme's page: white, and no colour of the dark theme's.
    assert!(svg.contains(r##"<rect width="100%" height="100%" fill="#ffffff"/>"##));
}

#[test]
fn svg_refuses_a_path_it_cannot_write_before_running() {
    let out = terminal::syncscope()
        .args([
            "--scenario",
            "race",
            "--instant",
            "--svg",
            "/nonexistent/dir/x.svg",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("cannot write the picture /nonexistent/dir/x.svg"),
        "{err}"
    );
}

/// Replays a cast through a terminal screen of its size; the screen after the last event.
fn replay(cast: &str) -> String {
    let mut lines = cast.lines();
    let header: serde_json::Value =
        serde_json::from_str(lines.next().expect("a header")).expect("the header is JSON");
    assert_eq!(header["version"], 2);
    let cols = header["width"].as_u64().expect("width") as u16;
    let rows = header["height"].as_u64().expect("height") as u16;
    let mut screen = vt100::Parser::new(rows, cols, 0);
    let mut last = 0.0;
    for line in lines {
        let event: serde_json::Value = serde_json::from_str(line).expect("each event is JSON");
        let at = event[0].as_f64().expect("a time");
        assert!(at >= last, "times never go back");
        last = at;
        match event[1].as_str() {
            Some("o") => screen.process(event[2].as_str().expect("text").as_bytes()),
            Some("r") => {
                let (w, h) = event[2]
                    .as_str()
                    .and_then(|s| s.split_once('x'))
                    .expect("WxH");
                screen
                    .screen_mut()
                    .set_size(h.parse().expect("h"), w.parse().expect("w"));
            }
            other => panic!("unknown event kind {other:?}"),
        }
    }
    screen.screen().contents()
}

#[test]
fn record_writes_a_cast_that_replays_to_the_finished_run() {
    let path = temp("run.cast");
    let path_arg = path.to_str().expect("a UTF-8 temp path");
    let args = [
        "--scenario",
        "race",
        "--speed",
        "10",
        "--theme",
        "dark",
        "--record",
        path_arg,
    ];
    let mut s = Session::start(&args);
    s.wait_for("the run to finish", |t| t.contains("finished in"));
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored("q");
    let cast = std::fs::read_to_string(&path).expect("the cast was written");
    let last = replay(&cast);
    assert!(last.contains("finished in 2600 ms"), "{last}");
    assert!(last.contains("g5") && last.contains("WaitGroup"), "{last}");
}

#[test]
fn with_no_colour_every_state_on_screen_has_a_glyph_of_its_own() {
    let mut s = Session::start_with(
        &["--scenario", "rwmutex", "--speed", "10"],
        &[("NO_COLOR", "1")],
    );
    let screen = s.wait_for("the run to finish", |t| t.contains("finished in"));
    assert!(!s.coloured(), "NO_COLOR: no cell has a colour");
    // The legend on the same screen: each mark and the words after it.
    let mut legend: HashMap<char, String> = HashMap::new();
    // Between the lanes' box and the WaitGroup's.
    let legend_lines: Vec<&str> = screen
        .lines()
        .skip_while(|l| !l.starts_with('└'))
        .skip(1)
        .take_while(|l| !l.starts_with("┌ WaitGroup"))
        .collect();
    assert!(!legend_lines.is_empty(), "{screen}");
    for line in &legend_lines {
        let area = line.split('│').next().unwrap_or(line);
        let words: Vec<&str> = area
            .split("  ")
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .collect();
        for entry in words {
            let mut chars = entry.chars();
            let (Some(mark), Some(' ')) = (chars.next(), chars.next()) else {
                continue;
            };
            let meaning = chars.as_str().to_string();
            if let Some(other) = legend.insert(mark, meaning.clone()) {
                panic!("{mark} means both {other} and {meaning}");
            }
        }
    }
    let mut meanings: Vec<&String> = legend.values().collect();
    meanings.sort();
    meanings.dedup();
    assert_eq!(
        meanings.len(),
        legend.len(),
        "one mark per meaning: {legend:?}"
    );
    // Every mark on the lanes is in the legend, and an RWMutex run shows the three waits.
    let lanes: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with("│main ") || l.starts_with("│g"))
        .map(|l| l.split('│').nth(1).unwrap_or(""))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    for lane in &lanes {
        for c in lane.chars().skip(5).filter(|c| *c != ' ') {
            let meaning = legend
                .get(&c)
                .unwrap_or_else(|| panic!("{c} is not in the legend"));
            seen.insert(meaning.clone());
        }
    }
    // The legend's words, full or brief as the width has them.
    for (full, brief) in [
        ("waiting-lock", "Lock wait"),
        ("waiting-rlock", "RLock wait"),
        ("waiting-wg", "wg wait"),
        ("writing", "write"),
        ("reading", "read"),
        ("sleeping", "sleep"),
        ("done", "done"),
    ] {
        assert!(
            seen.contains(full) || seen.contains(brief),
            "{full} not on the lanes: {seen:?}\n{screen}"
        );
    }
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_click_on_a_lane_in_a_real_terminal_tells_its_story() {
    let mut s = Session::start(&["--scenario", "rwmutex", "--speed", "10", "--theme", "dark"]);
    let screen = s.wait_for("the run to finish", |t| t.contains("finished in"));
    let row = screen
        .lines()
        .position(|l| l.starts_with("│g2 "))
        .expect("g2's lane");
    // SGR mouse: a left press at column 20, on g2's row (both 1-based).
    s.press(&format!("\x1b[<0;20;{}M\x1b[<0;20;{}m", row + 1, row + 1));
    s.wait_for("g2's story", |t| {
        t.contains("g2's story") && t.contains("started by main")
    });
    s.press("\x1b");
    s.wait_for("the story closed", |t| !t.contains("g2's story"));
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored("q");
}

#[test]
fn print_config_prints_a_file_that_config_reads_back() {
    let out = terminal::syncscope()
        .arg("--print-config")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("theme = \"auto\"") && text.contains("quit = [\"q\"]"),
        "{text}"
    );
    let path = temp("printed.toml");
    std::fs::write(&path, &text).expect("written");
    let run = terminal::syncscope()
        .arg("--config")
        .arg(&path)
        .args(["--scenario", "waitgroup", "--instant", "--json"])
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_bad_config_is_one_line_and_status_2() {
    let path = temp("bad.toml");
    std::fs::write(&path, "[keys]\nquit = [\"m\"]\n").expect("written");
    let out = terminal::syncscope()
        .arg("--config")
        .arg(&path)
        .args(["--scenario", "waitgroup", "--instant"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("bad.toml: key \"m\" is bound to both mutex and quit"),
        "{err}"
    );
}

#[test]
fn a_recording_that_cannot_be_written_stops_with_one_line_and_the_session_goes_on() {
    let args = [
        "--scenario",
        "race",
        "--speed",
        "10",
        "--theme",
        "dark",
        "--record",
        "/dev/full",
    ];
    let mut s = Session::start(&args);
    s.wait_for("the run to finish", |t| t.contains("finished in"));
    s.press("q");
    assert_eq!(s.wait_exit(), 1);
    s.assert_restored("q");
    let text = s.text();
    assert!(
        text.contains("the recording stopped early: No space left on device"),
        "{text}"
    );
}

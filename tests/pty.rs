//! The real binary in a pseudo-terminal: start it, press keys, read the screen, quit, and check
//! the terminal came back with an exit status that says how.

mod terminal;

use terminal::Session;

#[test]
fn lanes_gauge_mode_keys_and_a_clean_quit() {
    let args = ["--delay", "400", "--write-ms", "150", "--read-ms", "150"];
    let mut s = Session::start(&args);
    let screen = s.wait_for("the first frame", |t| {
        t.contains("WaitGroup") && t.contains("g5")
    });
    for lane in ["main", "g1", "g2", "g3", "g4", "g5"] {
        assert!(screen.contains(lane), "lane {lane} missing:\n{screen}");
    }
    assert!(screen.contains("mode Mutex"));
    assert!(!s.cooked(), "the TUI runs in raw mode");

    s.press("r");
    s.wait_for("RWMutex in the header", |t| t.contains("mode RWMutex"));
    s.press("n");
    s.wait_for("none in the header", |t| t.contains("mode none"));
    s.wait_for("the run to finish", |t| t.contains("finished in"));
    s.press("m");
    s.wait_for("Mutex again", |t| {
        t.contains("mode Mutex") && t.contains("running")
    });

    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored("q");
}

#[test]
fn esc_and_ctrl_c_quit_mid_run_with_their_own_status() {
    for (key, status) in [("\x1b", 0), ("\x03", 130)] {
        let mut s = Session::start(&["--delay", "60000"]);
        s.wait_for("the first frame", |t| t.contains("WaitGroup"));
        s.press(key);
        // A 60-second sleep is in progress: quitting must not wait for it.
        assert_eq!(s.wait_exit(), status, "exit status after {key:?}");
        s.assert_restored(&format!("{key:?}"));
    }
}

#[test]
fn a_dumb_terminal_gets_the_headless_report() {
    // Short enough for the note at the top to stay on screen.
    let args = ["--scenario", "waitgroup", "--workers", "1", "--delay", "10"];
    let mut s = Session::start_with(&args, &[("TERM", "dumb")]);
    s.wait_for("the report", |t| t.contains("Total execution time"));
    assert_eq!(s.wait_exit(), 0);
    assert!(s.text().contains("TERM=dumb, so running headless"));
    assert!(!s.alternate(), "no alternate screen on a dumb terminal");
    assert!(s.cooked(), "never raw");
}

#[test]
fn a_c_locale_gets_ascii_and_no_color_gets_no_colour() {
    let env = [("LC_ALL", "C"), ("NO_COLOR", "1")];
    let mut s = Session::start_with(&["--delay", "60000"], &env);
    let screen = s.wait_for("the first frame", |t| {
        t.contains("WaitGroup") && t.contains("g5")
    });
    assert!(screen.is_ascii(), "not ASCII:\n{screen}");
    assert!(
        screen.contains("+-") && screen.contains('|'),
        "ASCII boxes:\n{screen}"
    );
    assert!(!s.coloured(), "NO_COLOR: no cell has a colour");
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored("q");
}

#[test]
fn a_utf8_locale_gets_box_drawing_and_colour() {
    let mut s = Session::start(&["--delay", "60000"]);
    let screen = s.wait_for("the first frame", |t| {
        t.contains("WaitGroup") && t.contains("g5")
    });
    assert!(screen.contains('┌') && screen.contains('░'), "{screen}");
    assert!(s.coloured());
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn quitting_before_a_run_ends_leaves_an_older_trace_as_it_was() {
    let path =
        std::env::temp_dir().join(format!("syncscope-pty-trace-{}.json", std::process::id()));
    std::fs::write(&path, "an older trace").expect("write");
    let mut s = Session::start(&["--delay", "60000", "--trace", path.to_str().expect("utf-8")]);
    s.wait_for("the first frame", |t| t.contains("WaitGroup"));
    s.press("q");
    assert_eq!(s.wait_exit(), 0);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "an older trace"
    );
    let _ = std::fs::remove_file(&path);
}

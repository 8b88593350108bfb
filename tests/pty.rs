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

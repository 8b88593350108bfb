//! The real binary in a pseudo-terminal: start it, press keys, read the screen, quit, and check
//! the terminal came back. Waits poll the screen with generous bounds, never a fixed sleep.

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(30);

struct Session {
    pair: portable_pty::PtyPair,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_syncscope"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).expect("spawn syncscope");
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(40, 120, 0)));
        let sink = screen.clone();
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Session {
            pair,
            child,
            writer,
            screen,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if pred(&text) {
                return text;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "waited for {what}; screen:\n{text}"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(start.elapsed() < PATIENCE, "syncscope did not exit");
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Raw mode is off again: the line discipline echoes and edits lines.
    fn cooked(&self) -> bool {
        let termios = self.pair.master.get_termios().expect("termios");
        termios
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    }
}

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
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    let parser = s.screen.lock().unwrap();
    assert!(
        !parser.screen().alternate_screen(),
        "left the alternate screen"
    );
    assert!(!parser.screen().hide_cursor(), "the cursor is visible");
    drop(parser);
    assert!(s.cooked(), "raw mode is off");
}

#[test]
fn ctrl_c_and_esc_quit_mid_run() {
    for key in ["\x03", "\x1b"] {
        let mut s = Session::start(&["--delay", "60000"]);
        s.wait_for("the first frame", |t| t.contains("WaitGroup"));
        s.press(key);
        // A 60-second sleep is in progress: quitting must not wait for it.
        let status = s.wait_exit();
        assert!(status.success(), "exit status {status:?} after {key:?}");
        assert!(s.cooked(), "raw mode is off after {key:?}");
    }
}

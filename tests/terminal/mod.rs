//! The real binary in a pseudo-terminal, read through a vt100 screen: shared by the
//! pseudo-terminal tests. Waits poll the screen with generous bounds, never a fixed sleep.
#![allow(dead_code)] // each test binary uses its own part

use nix::sys::signal::{Signal, kill};
use nix::sys::termios::LocalFlags;
use nix::unistd::Pid;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

pub const PATIENCE: Duration = Duration::from_secs(30);

/// The binary as a plain command, away from any config file of the machine's own.
pub fn syncscope() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_syncscope"));
    cmd.env("XDG_CONFIG_HOME", NO_CONFIG);
    cmd
}

/// Where no config file is.
const NO_CONFIG: &str = "/nonexistent/syncscope-tests";

pub struct Session {
    pair: portable_pty::PtyPair,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    pub screen: Arc<Mutex<vt100::Parser>>,
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl Session {
    pub fn start(args: &[&str]) -> Session {
        Session::start_with(args, &[])
    }

    /// Starts syncscope in a 120x40 terminal with extra environment variables.
    pub fn start_with(args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::spawn(env!("CARGO_BIN_EXE_syncscope"), args, env)
    }

    /// Runs a shell command line in the terminal; `$SYNCSCOPE` names the binary.
    pub fn shell(line: &str) -> Session {
        let binary = ("SYNCSCOPE", env!("CARGO_BIN_EXE_syncscope"));
        Session::spawn("/bin/sh", &["-c", line], &[binary])
    }

    fn spawn(program: &str, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pair = native_pty_system()
            .openpty(size(120, 40))
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        // The screen a test expects does not depend on the locale or colours it runs under.
        cmd.env("LC_ALL", "C.UTF-8");
        cmd.env_remove("NO_COLOR");
        // A config file of the machine's own must not change what a test sees.
        cmd.env("XDG_CONFIG_HOME", NO_CONFIG);
        for (key, value) in env {
            cmd.env(key, value);
        }
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

    /// Whether any cell on screen has a colour of its own.
    pub fn coloured(&self) -> bool {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        (0..rows).any(|r| {
            (0..cols).any(|c| {
                screen.cell(r, c).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    }

    /// Whether the alternate screen is on now.
    pub fn alternate(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen()
    }

    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
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
            thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Sends a signal to the process, as `kill` would.
    pub fn signal(&self, signal: Signal) {
        let pid = self.child.process_id().expect("a pid") as i32;
        kill(Pid::from_raw(pid), signal).expect("kill");
    }

    /// Resizes the terminal, which sends SIGWINCH, and the screen model with it. The model
    /// keeps at least two rows: vt100 0.16 overflows when text wraps on a one-row screen, and
    /// what the app draws at 1x1 still shows in the top-left cell.
    pub fn resize(&self, cols: u16, rows: u16) {
        self.pair.master.resize(size(cols, rows)).expect("resize");
        let mut parser = self.screen.lock().unwrap();
        parser.screen_mut().set_size(rows.max(2), cols.max(2));
    }

    /// The process is stopped (job control), as `ps` shows it: state `T`.
    pub fn stopped(&self) -> bool {
        let pid = self.child.process_id().expect("a pid");
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| {
                stat.rsplit(')')
                    .next()
                    .map(|rest| rest.trim_start().starts_with('T'))
            })
            .unwrap_or(false)
    }

    /// The process's threads now.
    pub fn threads(&self) -> usize {
        let pid = self.child.process_id().expect("a pid");
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .ok()
            .and_then(|status| {
                let line = status.lines().find(|l| l.starts_with("Threads:"))?;
                line.split_whitespace().nth(1)?.parse().ok()
            })
            .unwrap_or(0)
    }

    /// Waits until `check` holds, polling.
    pub fn wait_until(&self, what: &str, check: impl Fn(&Self) -> bool) {
        let start = Instant::now();
        while !check(self) {
            assert!(start.elapsed() < PATIENCE, "waited for {what}");
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// The app has the terminal: alternate screen and raw mode.
    pub fn in_tui(&self) -> bool {
        self.screen.lock().unwrap().screen().alternate_screen() && !self.cooked()
    }

    pub fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// Waits for the end and returns the signal that killed the process, if one did.
    pub fn wait_signal(&mut self) -> Option<String> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.signal().map(str::to_string);
            }
            assert!(start.elapsed() < PATIENCE, "syncscope did not end");
            thread::sleep(Duration::from_millis(2));
        }
    }

    /// Waits for the exit and returns its status code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(start.elapsed() < PATIENCE, "syncscope did not exit");
            thread::sleep(Duration::from_millis(2));
        }
    }

    /// Raw mode is off again: the line discipline echoes and edits lines.
    pub fn cooked(&self) -> bool {
        let termios = self.pair.master.get_termios().expect("termios");
        termios
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    }

    /// The terminal is as the shell left it: main screen, cursor shown, raw mode off. The
    /// screen is polled: the last bytes may still be on their way from the pty.
    pub fn assert_restored(&self, after: &str) {
        let start = Instant::now();
        loop {
            let parser = self.screen.lock().unwrap();
            let (alternate, hidden) = (
                parser.screen().alternate_screen(),
                parser.screen().hide_cursor(),
            );
            drop(parser);
            if !alternate && !hidden {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "after {after}: alternate screen {alternate}, cursor hidden {hidden}"
            );
            thread::sleep(Duration::from_millis(10));
        }
        assert!(self.cooked(), "raw mode still on after {after}");
    }
}

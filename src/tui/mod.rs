//! The terminal: raw mode, alternate screen, a hidden cursor, and all of it given back on every
//! way out (return, error, panic).

use crate::app::App;
use crate::app::KeyMap;
use crate::channel::channel;
use crate::event::RunInfo;
use crate::exit::Exit;
use crate::picture::cast::{Cast, Tee};
use crate::sched::Pacing;
use crate::trace::Recording;
use crossbeam_channel::{Receiver, TryRecvError, unbounded};
use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{event, execute};
use event_loop::{TerminalAction, run_loop};
use plain::{Conventions, Plain};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Stdout, stdout};
use std::path::PathBuf;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

mod abort;
mod background;
pub mod event_loop;
pub(crate) mod plain;
mod signals;

pub use background::theme_for_terminal;

/// The real terminal, through the locale's and `NO_COLOR`'s conventions.
type Screen = Terminal<Plain<CrosstermBackend<Tee<Stdout>>>>;

/// How long a failed draw waits for the signal that explains it.
const HANG_UP_GRACE: Duration = Duration::from_millis(200);

/// What the TUI shows first.
pub enum Start {
    /// A live run of the flags' scenario.
    Run,
    /// Lesson mode from this scenario's place in the course, waiting for Enter.
    Lesson(String),
    /// A recorded run: no threads until the viewer starts one.
    Replay(Recording),
}

/// How the TUI ended: why, and any bug a goroutine thread hit on the way.
pub struct Ended {
    pub exit: Exit,
    pub fault: Option<String>,
    /// `--record`: why the recording stopped before the end, if it did.
    pub recording_failed: Option<String>,
}

/// Runs the TUI until the user quits or a signal ends it; with `trace`, each finished run is
/// written there.
/// How the TUI starts, beyond the run: from the flags and the config file.
pub struct Options {
    pub speed: f64,
    pub start: Start,
    pub trace: Option<PathBuf>,
    /// `--record`: the session as an asciicast.
    pub record: Option<PathBuf>,
    pub present: bool,
    pub mouse: bool,
    pub keys: KeyMap,
}

pub fn run(info: RunInfo, options: Options) -> io::Result<Ended> {
    let Options {
        speed,
        start,
        trace,
        record,
        present,
        mouse,
        keys,
    } = options;
    let size = crossterm::terminal::size()?;
    let title = format!("syncscope {}", info.lesson.name);
    let cast = record
        .map(|path| Cast::create(&path, size.0, size.1, &title))
        .transpose()?;
    install_panic_hook();
    // Before the terminal changes: a signal from here on ends the loop, which restores it.
    let signals = signals::listen()?;
    let _guard = TerminalGuard::enter(mouse)?;
    // Not `Terminal::clear`: it asks the terminal where the cursor is, and some never answer.
    let tee = Tee::new(stdout(), cast);
    let recording = tee.failure();
    let backend = Plain::new(CrosstermBackend::new(tee), Conventions::from_env());
    let mut terminal = Terminal::new(backend)?;

    let (event_tx, event_rx) = channel();
    let (input_tx, input_rx) = unbounded();
    // crossterm's read blocks; a thread of its own keeps the loop free to draw.
    thread::Builder::new().name("input".into()).spawn(move || {
        while let Ok(input) = event::read() {
            if input_tx.send(input).is_err() {
                break;
            }
        }
    })?;

    let mut app = App::new(info, speed, Pacing::RealTime, event_tx);
    app.trace_path = trace;
    app.keys = keys;
    app.screen.present = present;
    match start {
        Start::Run => app.start_run(),
        Start::Lesson(name) => app.start_lesson_at(&name),
        Start::Replay(recording) => app.replay(recording.events()),
    }
    let mut tty = |terminal: &mut Screen, action| match action {
        TerminalAction::Suspend => suspend(terminal),
        TerminalAction::Refresh => take_again(terminal),
    };
    let exit = match run_loop(
        &mut terminal,
        &mut app,
        &event_rx,
        &input_rx,
        &signals,
        &mut tty,
    ) {
        Ok(exit) => exit,
        Err(e) => gone(&signals, &input_rx).ok_or(e)?,
    };
    Ok(Ended {
        exit,
        fault: app.fault.take(),
        recording_failed: recording.get(),
    })
}

/// After a failed draw: a terminal that went away fails the next write before its hang-up is
/// read, so a signal on its way or closed input says how it ended; otherwise it is an error.
fn gone(signals: &Receiver<i32>, input: &Receiver<event::Event>) -> Option<Exit> {
    if let Ok(number) = signals.recv_timeout(HANG_UP_GRACE) {
        return Some(Exit::from_signal(number));
    }
    matches!(input.try_recv(), Err(TryRecvError::Disconnected)).then_some(Exit::HungUp)
}

/// Gives the terminal back when dropped, whichever way the TUI ends.
struct TerminalGuard;

/// Whether the mouse is reported (the config can leave the terminal its text selection).
static MOUSE: AtomicBool = AtomicBool::new(true);

impl TerminalGuard {
    fn enter(mouse: bool) -> io::Result<TerminalGuard> {
        abort::arm();
        MOUSE.store(mouse, Ordering::Relaxed);
        enable_raw_mode()?;
        let guard = TerminalGuard;
        execute!(stdout(), EnterAlternateScreen, Hide, Clear(ClearType::All))?;
        if mouse {
            execute!(stdout(), EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

/// Ctrl-Z: the shell gets its terminal back while the process is stopped, and after `fg` the
/// TUI takes it again and draws every cell.
fn suspend(terminal: &mut Screen) -> io::Result<()> {
    restore();
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    take_again(terminal)
}

/// Raw mode and the alternate screen again, and every cell drawn on the next frame.
fn take_again(terminal: &mut Screen) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, Hide)?;
    if MOUSE.load(Ordering::Relaxed) {
        execute!(stdout(), EnableMouseCapture)?;
    }
    // Not `Terminal::clear`, which asks the terminal where its cursor is: resizing to the
    // same size clears it and forgets what was drawn, with no question.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Best effort: on the way out there is nobody left to report a failure to.
fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show);
}

/// A panic of the UI thread restores the terminal first, so its message is readable and the
/// shell usable. Goroutine threads catch their own panics and end the run with the message on
/// screen, so for them the hook stays quiet instead of writing over the TUI.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    let ui_thread = thread::current().id();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if thread::current().id() == ui_thread {
                restore();
                previous(info);
            }
        }));
    });
}

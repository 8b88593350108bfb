//! Signals that would otherwise kill us with the terminal still raw: SIGTERM, SIGHUP, SIGINT
//! and SIGQUIT become messages to the loop, which ends and restores the terminal. SIGTSTP
//! (the shell's Ctrl-Z, or `kill -TSTP`) suspends the TUI properly, and SIGCONT redraws it.

use crossbeam_channel::{Receiver, unbounded};
use std::io;

#[cfg(unix)]
pub(crate) fn listen() -> io::Result<Receiver<i32>> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::iterator::Signals;
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;

    const STOPPING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];
    // A second signal while the first is handled means the loop is stuck (a terminal that
    // stopped reading, say): then exit at once, as the default action would.
    let asked = Arc::new(AtomicBool::new(false));
    for signal in STOPPING {
        signal_hook::flag::register_conditional_shutdown(signal, 128 + signal, asked.clone())?;
        signal_hook::flag::register(signal, asked.clone())?;
    }
    let mut signals = Signals::new(STOPPING.into_iter().chain([SIGTSTP, SIGCONT]))?;
    let (tx, rx) = unbounded();
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if tx.send(signal).is_err() {
                    break;
                }
            }
        })?;
    Ok(rx)
}

#[cfg(not(unix))]
pub(crate) fn listen() -> io::Result<Receiver<i32>> {
    // Elsewhere crossterm reports Ctrl-C as a key; there is nothing more to catch.
    let (_tx, rx) = unbounded();
    Ok(rx)
}

//! Why the TUI ended, and the exit status that tells a shell or a script what happened.

/// Shells report death by signal N as 128 + N; we exit with the same number after restoring
/// the terminal, so `$?` reads the same as if the signal had killed us.
const SIGNAL_BASE: u8 = 128;
const SIGHUP: u8 = 1;
const SIGINT: u8 = 2;
/// Rust's own status for a panic, kept for a panic in a goroutine thread too.
pub const PANIC_STATUS: u8 = 101;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `q` or `Esc`: status 0.
    Quit,
    /// Ctrl-C: 130, as for SIGINT.
    Interrupted,
    /// The terminal went away (SIGHUP, or input closed): 129.
    HungUp,
    /// Another signal asked us to stop (SIGTERM, SIGQUIT): 128 + its number.
    Signal(u8),
}

impl Exit {
    /// The signal a shell would name for this ending, as a number.
    pub(crate) fn from_signal(number: i32) -> Exit {
        match u8::try_from(number) {
            Ok(SIGINT) => Exit::Interrupted,
            Ok(SIGHUP) => Exit::HungUp,
            Ok(n) if n < SIGNAL_BASE => Exit::Signal(n),
            _ => Exit::Signal(SIGNAL_BASE - 1),
        }
    }

    pub fn status(self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Interrupted => SIGNAL_BASE + SIGINT,
            Exit::HungUp => SIGNAL_BASE + SIGHUP,
            Exit::Signal(n) => SIGNAL_BASE + n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_read_like_a_shells() {
        assert_eq!(Exit::Quit.status(), 0);
        assert_eq!(Exit::Interrupted.status(), 130);
        assert_eq!(Exit::from_signal(2), Exit::Interrupted);
        assert_eq!(Exit::from_signal(1).status(), 129);
        assert_eq!(Exit::from_signal(15).status(), 143);
        assert_eq!(Exit::from_signal(3).status(), 131);
        assert_eq!(Exit::from_signal(-4).status(), 255);
    }
}

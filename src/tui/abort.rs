//! The last line of defence: if the process aborts anyway (`std::process::abort`, a stack
//! overflow, a panic while panicking), SIGABRT restores the terminal before the process dies.
//! Only async-signal-safe calls run in the handler: `tcsetattr` and `write`.

#[cfg(unix)]
mod imp {
    use std::sync::OnceLock;

    /// The terminal's settings before raw mode.
    static COOKED: OnceLock<libc::termios> = OnceLock::new();

    /// Stops mouse reports, leaves the alternate screen and shows the cursor.
    const RESET: &[u8] =
        b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l\x1b[?1049l\x1b[?25h\r\n";

    /// Remembers the terminal's settings and arms the handler; call before raw mode.
    pub(crate) fn arm() {
        // SAFETY: tcgetattr writes into the zeroed struct we own.
        let mut cooked: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut cooked) } != 0 {
            return;
        }
        if COOKED.set(cooked).is_err() {
            return; // armed already
        }
        // SAFETY: the handler only reads a value set before it was registered and makes
        // async-signal-safe calls.
        let _ = unsafe { signal_hook::low_level::register(libc::SIGABRT, restore) };
    }

    fn restore() {
        if let Some(cooked) = COOKED.get() {
            // SAFETY: both calls are async-signal-safe; the pointers are valid for the call.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, cooked);
                libc::write(libc::STDOUT_FILENO, RESET.as_ptr().cast(), RESET.len());
            }
        }
    }
}

#[cfg(unix)]
pub(super) use imp::arm;

#[cfg(not(unix))]
pub fn arm() {}

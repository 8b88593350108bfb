//! Which theme suits the terminal: `NO_COLOR` means none, else the terminal is asked for its
//! background colour (OSC 11), and a light one gets the light theme.

use crate::ui::theme::ThemeName;
use std::time::Duration;

/// The theme for this terminal when none is asked for.
pub fn theme_for_terminal() -> ThemeName {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return ThemeName::Mono;
    }
    let mut options = terminal_colorsaurus::QueryOptions::default();
    // A terminal that does not answer costs at most this at start-up.
    options.timeout = Duration::from_millis(300);
    match terminal_colorsaurus::theme_mode(options) {
        Ok(terminal_colorsaurus::ThemeMode::Light) => ThemeName::Light,
        _ => ThemeName::Dark,
    }
}

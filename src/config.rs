//! The config file: the theme, the mouse, presentation mode at start, and the keys. It lives
//! in the platform's config folder (`~/.config/syncscope/config.toml` on Linux, as XDG says);
//! `--print-config` prints the default, to start one from. Flags win over the file.

use crate::app::{KeyError, KeyMap, default_keys_toml};
use crate::ui::theme::ThemeName;
use etcetera::BaseStrategy;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// `None`: asked of the terminal.
    pub theme: Option<ThemeName>,
    pub mouse: bool,
    pub present: bool,
    pub keys: KeyMap,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            theme: None,
            mouse: true,
            present: false,
            keys: KeyMap::default(),
        }
    }
}

/// The file as written: every part may be left out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<String>,
    mouse: Option<bool>,
    present: Option<bool>,
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
}

/// Where the config file is looked for when `--config` does not say.
pub(crate) fn default_path() -> Option<PathBuf> {
    let strategy = etcetera::choose_base_strategy().ok()?;
    Some(strategy.config_dir().join("syncscope").join("config.toml"))
}

/// The config from `path` if given (it must exist), else from the default place if a file is
/// there, else the defaults. Errors are one line, naming the file.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    let (path, required) = match path {
        Some(p) => (p.to_path_buf(), true),
        None => match default_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Config::default());
        }
        Err(e) => return Err(ConfigError::Read { path, source: e }),
    };
    parse(&text).map_err(|why| ConfigError::Bad { path, why })
}

/// A config that cannot be used, in one line naming the file.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("config {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config {}: {why}", path.display())]
    Bad { path: PathBuf, why: ConfigMistake },
}

/// What is wrong with a config file's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigMistake {
    /// toml's message is several lines with a picture of the place; the first line and the
    /// place are enough here.
    #[error("{message}{}", at.map_or(String::new(), |at| format!(" (at byte {at})")))]
    Toml { message: String, at: Option<usize> },
    #[error("theme {0:?} is none of auto, dark, light, high-contrast, mono")]
    Theme(String),
    #[error(transparent)]
    Keys(#[from] KeyError),
}

/// A config file's text, read.
pub(crate) fn parse(text: &str) -> Result<Config, ConfigMistake> {
    let file: File = toml::from_str(text).map_err(|e| ConfigMistake::Toml {
        message: e.message().to_string(),
        at: e.span().map(|s| s.start),
    })?;
    let theme = match file.theme.as_deref() {
        None | Some("auto") => None,
        Some(name) => {
            Some(ThemeName::from_key(name).ok_or_else(|| ConfigMistake::Theme(name.to_string()))?)
        }
    };
    Ok(Config {
        theme,
        mouse: file.mouse.unwrap_or(true),
        present: file.present.unwrap_or(false),
        keys: KeyMap::with(&file.keys)?,
    })
}

/// The default config file, every setting written out with a word on what it does.
pub fn default_text() -> String {
    format!(
        "# syncscope's config: {}\n\
         # Every line is optional; flags given on the command line win.\n\n\
         # auto asks the terminal for its background (and is mono under NO_COLOR);\n\
         # or one of dark, light, high-contrast, mono.\n\
         theme = \"auto\"\n\n\
         # Wheel and clicks on the lanes. Off lets the terminal select text instead.\n\
         mouse = true\n\n\
         # Start in presentation mode: tall lanes for a projector (p toggles it).\n\
         present = false\n\n\
         # Each action's keys: a character, F1 to F12, or Enter, Esc, Space, Tab, Backspace,\n\
         # Left, Right, Up, Down, Home, End, PageUp, PageDown. A remote's buttons can go on\n\
         # next-lesson and previous-lesson. Ctrl-C quits and Ctrl-Z suspends, always.\n\
         [keys]\n{}",
        default_path().map_or_else(
            || "(no config folder here)".into(),
            |p| p.display().to_string()
        ),
        default_keys_toml()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_default_reads_back_as_the_defaults() {
        assert_eq!(parse(&default_text()), Ok(Config::default()));
    }

    #[test]
    fn a_teachers_file_changes_what_it_names() {
        let config =
            parse("theme = \"light\"\nmouse = false\n[keys]\nnext-lesson = [\"]\", \"b\"]\n")
                .expect("valid");
        assert_eq!(config.theme, Some(ThemeName::Light));
        assert!(!config.mouse && !config.present);
        assert_eq!(config.keys.all_shown("next-lesson"), "] b");
        assert_eq!(config.keys.all_shown("quit"), "q");
    }

    #[test]
    fn mistakes_are_one_line_and_say_what_is_wrong() {
        let err = |text: &str| parse(text).unwrap_err().to_string();
        assert!(err("colour = \"red\"").contains("unknown field `colour`"));
        assert!(err("theme = \"solarized\"").contains("none of auto, dark"));
        assert!(err("mouse = \"yes\"").contains("invalid type"));
        assert!(err("[keys]\nquit = [\"m\"]").contains("bound to both mutex and quit"));
        assert!(err("theme = ").lines().count() == 1);
    }

    #[test]
    fn a_missing_file_is_an_error_only_when_named() {
        let nowhere = Path::new("/nonexistent/syncscope/config.toml");
        let err = load(Some(nowhere)).unwrap_err().to_string();
        assert!(
            err.starts_with("config /nonexistent/syncscope/config.toml: "),
            "{err}"
        );
    }
}

//! Front ends: each reads a kind of file into a [`Lesson`](syncscope_program::Lesson): `toml`
//! the course's scenarios, `go` Go programs. Neither knows of the other; this module picks
//! the one a file or a recording needs.

pub mod go;
pub mod input_file;
pub mod toml;

use syncscope_program::Lesson;

use std::fmt;
use std::path::Path;

/// A file that could not be read into a lesson: where, and why, in one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file, or `built-in NAME`.
    pub origin: String,
    /// 1-based, when the mistake has a place.
    pub line_col: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line_col {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

/// `--scenario`'s argument: a built-in name, or else the path of a file.
pub fn load(name_or_path: &str) -> Result<Lesson, LoadError> {
    if let Some(found) = toml::built_in(name_or_path) {
        return found;
    }
    let path = Path::new(name_or_path);
    let looks_like_path = name_or_path.contains(['/', '.']) || path.exists();
    if !looks_like_path {
        // Quoted, so that an empty name still shows as one.
        return Err(LoadError {
            origin: format!("--scenario '{name_or_path}'"),
            line_col: None,
            message: "no built-in scenario by that name and no such file (see --list-scenarios)"
                .into(),
        });
    }
    let bytes =
        input_file::read(path, input_file::SCENARIO_BYTES).map_err(|message| LoadError {
            origin: name_or_path.to_string(),
            line_col: None,
            message,
        })?;
    let text = toml::text_of(name_or_path, bytes)?;
    if go::is_go_path(name_or_path) {
        return go::load(name_or_path, &text);
    }
    toml::parse(name_or_path, &text)
}

/// A lesson's text read back by the front end of its kind (`go` or `toml`), as a recording
/// carries it; `name` is the lesson's.
pub fn read(kind: &str, name: &str, text: &str) -> Result<Lesson, String> {
    match kind {
        "go" => go::load(&format!("{name}.go"), text),
        "toml" => toml::parse(&format!("recorded scenario {name}"), text),
        other => return Err(format!("scenario_kind {other:?} is neither go nor toml")),
    }
    .map_err(|e| e.to_string())
}

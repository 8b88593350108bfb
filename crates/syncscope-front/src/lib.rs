//! Front ends: each reads a kind of file into a [`Lesson`](syncscope_program::Lesson): `toml`
//! the course's scenarios, `go` Go programs. Neither knows of the other; this module picks
//! the one a file or a recording needs.

#![warn(unreachable_pub)]

pub mod go;
pub mod input_file;
pub mod toml;

use std::path::Path;
use syncscope_program::Lesson;

/// A file that could not be read into a lesson: where, and why, in one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}{}: {message}", place(.line_col))]
pub struct LoadError {
    /// The file, or `built-in NAME`.
    pub(crate) origin: String,
    /// 1-based, when the mistake has a place.
    pub line_col: Option<(usize, usize)>,
    pub message: String,
}

/// `:line:col`, as compilers name a place, or nothing.
fn place(line_col: &Option<(usize, usize)>) -> String {
    line_col.map_or(String::new(), |(line, col)| format!(":{line}:{col}"))
}

/// A recording whose lesson cannot be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("scenario_kind {0:?} is neither go nor toml")]
    Kind(String),
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
    let bytes = input_file::read(path, input_file::SCENARIO_BYTES).map_err(|e| LoadError {
        origin: name_or_path.to_string(),
        line_col: None,
        message: e.to_string(),
    })?;
    let text = text_of(name_or_path, bytes)?;
    if go::is_go_path(name_or_path) {
        let lang = go::lang::beside(path).map_err(|message| LoadError {
            origin: name_or_path.to_string(),
            line_col: None,
            message,
        })?;
        return go::load_as(name_or_path, &text, lang);
    }
    toml::parse(name_or_path, &text)
}

/// A lesson's text read back by the front end of its kind (`go` or `toml`), as a recording
/// carries it; `name` is the lesson's.
pub fn read(kind: &str, name: &str, text: &str) -> Result<Lesson, ReadError> {
    if let Some(lang) = go::Lang::of_kind(kind) {
        return Ok(go::load_as(&format!("{name}.go"), text, lang)?);
    }
    match kind {
        "toml" => Ok(toml::parse(&format!("recorded scenario {name}"), text)?),
        other => Err(ReadError::Kind(other.to_string())),
    }
}

/// A file's bytes as text: the first byte that is not UTF-8 is a mistake at its place.
pub(crate) fn text_of(origin: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        let byte = e.as_bytes().get(valid).copied().unwrap_or_default();
        LoadError {
            origin: origin.to_string(),
            line_col: Some(line_col(&before, before.len())),
            message: format!("byte 0x{byte:02x} is not UTF-8: a scenario file is UTF-8 text"),
        }
    })
}

pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

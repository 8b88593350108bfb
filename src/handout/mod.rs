//! `--html FILE`: one self-contained page that replays a finished run in a browser: the lanes
//! with a time cursor to drag and zoom, the code with the goroutines' positions, the output,
//! the lock and channel panels at the cursor, and the lesson's text. Nothing is fetched: the
//! page, its script and the run are one file to hand out.

mod data;

use crate::model::Model;
use crate::ui::theme::{self, Theme, ThemeName};
use std::path::Path;

const PAGE: &str = include_str!("../../assets/handout/page.html");
const CSS: &str = include_str!("../../assets/handout/page.css");
const JS: &str = include_str!("../../assets/handout/page.js");

#[derive(Debug, thiserror::Error)]
pub enum HandoutError {
    #[error("the run never started")]
    NoRun,
    #[error("cannot write the page {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// The page for a finished run, as one string.
pub fn page(model: &Model) -> Result<String, HandoutError> {
    let info = model.info.as_ref().ok_or(HandoutError::NoRun)?;
    let listing = info.listing();
    // The page is light: the lanes take the light theme's colours.
    theme::set(ThemeName::Light);
    let page_colour = Theme::named(ThemeName::Light)
        .backgrounds
        .first()
        .copied()
        .unwrap_or(ratatui::style::Color::White);
    let data = data::page(model, &listing, page_colour).ok_or(HandoutError::NoRun)?;
    let json = serde_json::to_string(&data).unwrap_or_default();
    // Inside a script element only `</` could end it early; JSON may escape the slash.
    let json = json.replace("</", "<\\/");
    Ok(PAGE
        .replace("/*CSS*/", CSS)
        .replace("/*JS*/", JS)
        .replace("/*RUN*/", &json))
}

/// Writes the page for a finished run to `path`.
pub fn write(model: &Model, path: &Path) -> Result<(), HandoutError> {
    let page = page(model)?;
    std::fs::write(path, page).map_err(|source| HandoutError::Write {
        path: crate::safe_text::message(&path.display().to_string()),
        source,
    })
}

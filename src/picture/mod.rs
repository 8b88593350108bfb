//! Hand-outs: a drawn screen as an SVG picture, and a session as an asciicast recording. Both
//! take what was drawn (a buffer, the bytes for the terminal), never the app itself.

pub mod cast;
pub mod svg;

use crate::ui::theme;
use ratatui::buffer::Buffer;
use std::io;
use std::path::Path;

/// A drawn screen written to `path` as SVG, in the current theme.
pub fn write_buffer_svg(screen: &Buffer, path: &Path) -> io::Result<()> {
    std::fs::write(path, svg::svg(screen, theme::current()))
}

//! Hand-outs: the screen as an SVG picture, and a session as an asciicast recording.

pub mod cast;
pub mod svg;

use crate::app::App;
use crate::model::Model;
use crate::sched::Pacing;
use crate::ui::theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::io;
use std::path::Path;

/// The app's screen as it draws at `width`x`height`, off the terminal.
pub fn screen(app: &App, width: u16, height: u16) -> Buffer {
    // A test backend cannot fail.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    let Ok(_) = terminal.draw(|f| crate::ui::draw(f, app));
    terminal.backend().buffer().clone()
}

/// A finished run's last screen, as the TUI would show it, written to `path` as SVG.
pub fn write_run_svg(model: &Model, path: &Path, width: u16, height: u16) -> io::Result<()> {
    let Some(info) = model.info.clone() else {
        return Err(io::Error::other("the run never started"));
    };
    let (tx, _rx) = crate::channel::channel();
    let mut app = App::new(info, 1.0, Pacing::Instant, tx);
    app.show_run(model.run);
    for event in &model.events {
        app.on_event(event);
    }
    write_svg(&app, path, width, height).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot write the picture {}: {e}", path.display()),
        )
    })
}

/// The app's screen at `width`x`height` written to `path` as SVG, in the current theme.
pub(crate) fn write_svg(app: &App, path: &Path, width: u16, height: u16) -> io::Result<()> {
    write_buffer_svg(&screen(app, width, height), path)
}

/// A drawn screen written to `path` as SVG, in the current theme.
pub(crate) fn write_buffer_svg(screen: &Buffer, path: &Path) -> io::Result<()> {
    std::fs::write(path, svg::svg(screen, theme::current()))
}

use super::{style, time_format};
use crate::app::App;
use crate::event::Ending;
use ratatui::prelude::*;

/// One line: mode, workload, speed, virtual time and the run's state.
pub struct Header<'a> {
    pub app: &'a App,
}

impl Widget for Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let info = app.model.info.as_ref().unwrap_or(&app.info);
        let sep = Span::styled(" │ ", style::dim());
        let delay = if info.random_delay {
            format!("delay random 0..{} ms (seed {})", info.delay_ms, info.seed)
        } else {
            format!("delay {} ms", info.delay_ms)
        };
        let status = match &app.model.ending {
            Some((Ending::Finished, at)) => {
                Span::styled(format!("finished in {} ms", at / 1000), Color::Green)
            }
            Some((Ending::Deadlock, _)) => Span::styled("deadlock", Color::LightRed),
            Some((Ending::Panic(_), _)) => Span::styled("panicked", Color::LightRed),
            None if app.paused => Span::styled("paused", Color::Yellow),
            None => Span::styled("running", Color::Cyan),
        };
        let line = Line::from(vec![
            Span::styled(" syncscope", style::title()),
            sep.clone(),
            Span::raw("mode "),
            Span::styled(app.mode().title(), style::mode(app.mode())),
            sep.clone(),
            Span::raw(format!("{} goroutines", info.workers)),
            sep.clone(),
            Span::raw(delay),
            sep.clone(),
            Span::raw(format!("speed {}x", app.speed)),
            sep.clone(),
            Span::raw(format!("t = {}", time_format::short(app.now_us()))),
            sep,
            status.add_modifier(Modifier::BOLD),
        ]);
        line.render(area, buf);
    }
}

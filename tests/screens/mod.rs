//! Whole frames of real runs for the layout tests: a built-in scenario run by the engine with
//! instant pacing and a fixed seed (the same events every time), fed to an app, drawn on a
//! `TestBackend`.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;
use syncscope::app::App;
use syncscope::event::{Event, LockMode, RunInfo};
use syncscope::headless::{self, Narration};
use syncscope::sched::Pacing;

/// The built-in scenario `name` under `mode` (its own when `None`), seed 1.
pub fn info(name: &str, mode: Option<LockMode>) -> RunInfo {
    let scenario = syncscope::front::toml::built_in(name)
        .expect("a built-in scenario")
        .expect("it parses");
    let mut info = RunInfo::new(Arc::new(scenario), 1);
    if let Some(mode) = mode {
        info.mode = mode;
    }
    info
}

/// The events of a whole run of `info`, from the engine at instant pacing.
pub fn run(info: RunInfo) -> Vec<Event> {
    headless::run(info, Pacing::Instant, 1.0, Narration::Quiet)
        .expect("the run ends")
        .events
        .iter()
        .collect()
}

/// An app that has seen the first `upto` of `events`.
pub fn app(events: &[Event], upto: usize) -> App {
    let info = match &events[0].kind {
        syncscope::event::EventKind::RunStarted(info) => RunInfo::clone(info),
        _ => panic!("a run starts with RunStarted"),
    };
    let (tx, _rx) = syncscope::channel::channel();
    let mut app = App::new(info, 1.0, Pacing::Instant, tx);
    app.show_run(1);
    for e in &events[..upto] {
        app.on_event(e);
    }
    app
}

/// `app` drawn at `width`x`height`, as text.
pub fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| syncscope::ui::draw(f, app))
        .expect("draws");
    terminal.backend().to_string()
}

//! The screen figure of the docs (and the README's picture) is this renderer's frame of a real
//! run, so it cannot go stale: the race lesson at 120x40 when it has finished, as text in
//! `docs/screen.md` and as the picture `assets/screen.svg` (light theme) above it.
//! `SYNCSCOPE_UPDATE_README=1 cargo test --test readme_figure` writes both after a change to
//! the views.

use std::sync::Arc;
use syncscope::app::App;
use syncscope::event::RunInfo;
use syncscope::headless::{self, Narration};
use syncscope::sched::Pacing;

const BEGIN: &str =
    "<!-- figure: the race lesson at 120x40, written by tests/readme_figure.rs -->\n```\n";
const END: &str = "```\n<!-- end of figure -->";

fn app() -> App {
    let scenario = syncscope::front::toml::built_in("race").unwrap().unwrap();
    let info = RunInfo::new(Arc::new(scenario), 4);
    let model = headless::run(info.clone(), Pacing::Instant, 1.0, Narration::Quiet).unwrap();
    let (tx, _rx) = syncscope::channel::channel();
    let mut app = App::new(info, 10.0, Pacing::Instant, tx);
    app.show_run(1);
    for e in &model.events {
        app.on_event(&e);
    }
    app
}

fn updating() -> bool {
    std::env::var("SYNCSCOPE_UPDATE_README").is_ok_and(|v| v == "1")
}

fn figure() -> String {
    let buffer = syncscope::ui::screen(&app(), 120, 40);
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let row: String = (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect();
        text.push_str(row.trim_end());
        text.push('\n');
    }
    text
}

#[test]
fn the_readme_shows_the_screen_as_the_renderer_draws_it() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/screen.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme.find(BEGIN).expect("the figure's start marker") + BEGIN.len();
    let end = start + readme[start..].find(END).expect("the figure's end marker");
    let drawn = figure();
    if updating() {
        let updated = format!("{}{drawn}{}", &readme[..start], &readme[end..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    assert_eq!(
        readme[start..end],
        drawn,
        "docs/screen.md's figure is stale: SYNCSCOPE_UPDATE_README=1 cargo test --test readme_figure"
    );
}

#[test]
fn the_readmes_picture_is_the_same_screen() {
    use syncscope::ui::theme::{self, Theme, ThemeName};
    theme::set(ThemeName::Light);
    let drawn = syncscope::picture::svg::svg(
        &syncscope::ui::screen(&app(), 120, 40),
        Theme::named(ThemeName::Light),
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/screen.svg");
    if updating() {
        std::fs::write(path, drawn).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        kept == drawn,
        "assets/screen.svg is stale: SYNCSCOPE_UPDATE_README=1 cargo test --test readme_figure"
    );
}

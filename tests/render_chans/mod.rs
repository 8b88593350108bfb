//! The channel run on screen: its panel, its lane marks, its legend, help, notes and story.

use crate::chan_screens;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use syncscope::app::{Action, App, Panel};
use syncscope::event::{EventKind, Gid, RunInfo};
use syncscope::sched::Pacing;

fn app(upto: Option<usize>) -> App {
    let (events, fullest) = chan_screens::run();
    let info = match &events[0].kind {
        EventKind::RunStarted(info) => RunInfo::clone(info),
        _ => unreachable!("the script starts the run"),
    };
    let (tx, _rx) = syncscope::channel::channel();
    let mut app = App::new(info, 1.0, Pacing::Instant, tx);
    app.show_run(1);
    let upto = upto.map_or(fullest, |n| n.min(events.len()));
    for e in &events[..upto] {
        app.on_event(e);
    }
    app
}

fn draw(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| syncscope::ui::draw(f, app))
        .expect("draws");
    terminal.backend().to_string()
}

fn with_locks_panel(mut app: App) -> App {
    while app.screen.panel != Panel::Locks {
        app.on_action(Action::CyclePanel);
    }
    app
}

/// The row of the screen that holds `text`.
fn row<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row with {text:?} in\n{screen}"))
}

#[test]
fn the_channel_panel_shows_buffers_queues_and_who_closed() {
    let screen = draw(&with_locks_panel(app(None)), 160, 45);
    assert!(screen.contains(" Channels "), "{screen}");
    let results = row(&screen, "results cap 2");
    assert!(results.contains("[done1][done2] open"), "{results}");
    assert!(results.contains("sent 2, received 0"), "{results}");
    assert!(row(&screen, "jobs cap 0").contains("(unbuffered) open"));
    assert!(screen.contains("senders: g3 <- \"done3\""), "{screen}");
    // g1's select waits on two channels: it is in both queues.
    assert_eq!(
        screen.matches("receivers: g1 (select)").count(),
        2,
        "{screen}"
    );
    assert!(screen.contains("handed over: main•g1 \"id1\""), "{screen}");
    // The lock panel is still there below.
    assert!(screen.contains(" Locks and time"), "{screen}");

    let end = draw(&with_locks_panel(app(Some(usize::MAX))), 160, 45);
    let results = row(&end, "results cap 2");
    assert!(results.contains("[done2][done3]"), "{results}");
    assert!(row(&end, "quit cap 0").contains("closed by main"), "{end}");
    assert!(!end.contains("senders:"), "{end}");
}

#[test]
fn a_value_handed_straight_over_is_marked_on_the_receivers_lane() {
    let screen = draw(&app(Some(usize::MAX)), 120, 40);
    let g1 = row(&screen, "│g1 ");
    assert!(g1.contains('•'), "{g1}");
    assert!(
        !row(&screen, "│main").contains('•'),
        "not on the sender's lane"
    );
    // The channel waits have their glyphs on the lanes, and the legend explains them.
    assert!(row(&screen, "│g3 ").contains('━'), "{screen}");
    assert!(g1.contains('╍') && g1.contains('┅'), "{g1}");
    for words in ["━ send wait", "╍ recv wait", "┅ select", "• value"] {
        assert!(screen.contains(words), "{words}: {screen}");
    }
}

#[test]
fn the_help_explains_channel_waits_for_a_run_with_channels() {
    let mut app = app(None);
    app.on_action(Action::ToggleHelp);
    let help = draw(&app, 120, 60);
    assert!(
        row(&help, "waiting-send").contains("blocked in ch <- v"),
        "{help}"
    );
    assert!(row(&help, "waiting-select").contains("no case can go"));
    assert!(help.contains("a value came straight from its sender"));
}

#[test]
fn a_deadlock_on_channels_is_explained_in_the_notes() {
    let screen = draw(&app(Some(usize::MAX)), 160, 45);
    assert!(
        screen.contains("main [chan receive]: <-jobs, open, nobody sends"),
        "{screen}"
    );
    // The notes say where the channels are.
    assert!(
        screen.contains(" Notes (e: channels, locks and time) "),
        "{screen}"
    );
}

#[test]
fn a_goroutines_story_says_what_it_passed_to_whom() {
    let mut app = app(Some(usize::MAX));
    app.screen.story = Some(Gid(1));
    let screen = draw(&app, 160, 45);
    let got = row(&screen, "receives \"id1\" from main on jobs");
    assert!(got.contains('•'), "{got}");
    assert!(screen.contains("sends \"done1\" into the buffer of results"));
    // In time order: the receive ends the first wait, before the select's wait.
    let at = |text: &str| screen.find(text).expect(text);
    assert!(at("receives \"id1\"") < at("waiting-select"), "{screen}");
    assert!(screen.contains("waiting-select 700ms to 1s"), "{screen}");
}

#[test]
fn every_size_draws_without_panicking_and_keeps_the_panel_in_bounds() {
    let app = with_locks_panel(app(None));
    for width in [20, 40, 60, 80, 81, 100, 120, 200] {
        for height in [5, 10, 16, 24, 30, 50] {
            let screen = draw(&app, width, height);
            assert_eq!(screen.lines().count(), usize::from(height));
        }
    }
    // At 80x24, with the code hidden to make room, the panel is there, cut rather than
    // spilling over the rest.
    let mut app = app;
    app.on_action(Action::ToggleCode);
    let small = draw(&app, 80, 24);
    assert!(small.contains(" Channels "), "{small}");
    assert!(
        small.contains("… "),
        "the rows that do not fit are counted: {small}"
    );
}

//! The mouse and a presentation remote: a click on a lane tells its story and moves the time
//! cursor there; the wheel scrolls; PgUp/PgDn walk the course.

mod screens;

use syncscope::app::{Action, Scroll};
use syncscope::event::Gid;

fn finished_rwmutex() -> syncscope::app::App {
    let events = screens::run(screens::info("rwmutex", None));
    screens::app(&events, events.len())
}

/// The screen cell of lane `lane` at a fraction of the lanes' width, as last drawn.
fn cell_of(app: &syncscope::app::App, lane: usize, fraction: f64) -> (u16, u16) {
    let at = app.screen.lanes_at.get().expect("the lanes were drawn");
    let row = at.track.y + ((lane - at.first) * at.stride) as u16;
    let column = at.track.x + (f64::from(at.track.width) * fraction) as u16;
    (column, row)
}

#[test]
fn a_click_on_a_lane_tells_its_story_and_puts_the_cursor_there() {
    let mut app = finished_rwmutex();
    screens::draw(&app, 120, 40);
    let (column, row) = cell_of(&app, 3, 0.5);
    app.on_action(Action::Click { column, row });
    assert_eq!(app.screen.story, Some(Gid(3)));
    let cursor = app
        .cursor()
        .expect("a finished run's cursor moves to the click");
    let total = app.model.total_us().expect("finished");
    let half = total / 2;
    assert!(
        (cursor.at_ns / 1000).abs_diff(half) <= total / 50,
        "the cursor at {} ns, the click at about {half} us",
        cursor.at_ns
    );
    let screen = screens::draw(&app, 120, 40);
    assert!(screen.contains("g3's story"), "{screen}");
    assert!(screen.contains("started by main"), "{screen}");
    assert!(screen.contains("sleeping      0ms to 2s (2s)"), "{screen}");
    app.on_action(Action::Back);
    assert_eq!(app.screen.story, None, "Esc closes the story first");
    assert!(app.exit.is_none());
}

#[test]
fn a_click_beside_the_lanes_does_nothing() {
    let mut app = finished_rwmutex();
    screens::draw(&app, 120, 40);
    app.on_action(Action::Click { column: 0, row: 0 });
    assert_eq!(app.screen.story, None);
    assert_eq!(app.cursor(), None);
}

#[test]
fn in_the_course_page_keys_move_between_lessons_and_j_k_still_scroll() {
    let mut app = finished_rwmutex();
    app.start_lesson_at("rwmutex");
    let here = app.course.expect("in the course");
    app.on_action(Action::Scroll(Scroll::PageDown));
    assert_eq!(app.course, Some(here + 1));
    app.on_action(Action::Scroll(Scroll::PageUp));
    app.on_action(Action::Scroll(Scroll::PageUp));
    assert_eq!(app.course, Some(here - 1));
    // Outside the course they scroll the lanes, as before.
    let mut free = finished_rwmutex();
    free.screen.lane_page.set(2);
    free.on_action(Action::Scroll(Scroll::PageDown));
    assert_eq!(free.screen.lane_scroll, 2);
    assert_eq!(free.course, None);
}

#[test]
fn the_wheel_scrolls_the_lanes() {
    use crossterm::event::{KeyModifiers, MouseEvent, MouseEventKind};
    let wheel = |kind| MouseEvent {
        kind,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(
        syncscope::app::mouse_action(wheel(MouseEventKind::ScrollDown)),
        Some(Action::Scroll(Scroll::Down))
    );
    assert_eq!(
        syncscope::app::mouse_action(wheel(MouseEventKind::ScrollUp)),
        Some(Action::Scroll(Scroll::Up))
    );
    assert_eq!(
        syncscope::app::mouse_action(wheel(MouseEventKind::Moved)),
        None
    );
}

#[test]
fn a_click_finds_only_lanes_on_screen_now() {
    let mut app = finished_rwmutex();
    screens::draw(&app, 120, 40);
    let (column, row) = cell_of(&app, 2, 0.5);
    // The help covers the lanes; and in compare there are no lanes of this run to click.
    app.on_action(Action::ToggleHelp);
    screens::draw(&app, 120, 40);
    app.on_action(Action::Click { column, row });
    assert_eq!(app.screen.story, None);
    app.on_action(Action::ToggleHelp);
    app.start_lesson_at("rwmutex");
    // Before the lesson's run, at 80 columns the lesson is where the lanes were.
    screens::draw(&app, 80, 24);
    assert!(app.screen.lanes_at.get().is_none());
    app.on_action(Action::Click { column, row });
    assert_eq!(app.screen.story, None);
}

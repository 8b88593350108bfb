//! Whole frames on a `TestBackend`, from fixed event streams: no threads, no clock.

mod chan_screens;
mod render_chans;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use syncscope::app::{Action, App, Scroll, Travel};
use syncscope::event::{
    Access, Ending, Event, EventKind, Gid, LockAction, LockMode, RunInfo, State, WgCount,
};
use syncscope::sched::Pacing;

fn info(mode: LockMode, workers: u32) -> RunInfo {
    RunInfo {
        lesson: std::sync::Arc::new(syncscope::front::toml::built_in("mutex").unwrap().unwrap()),
        mode,
        workers,
        delay_ms: 100,
        random_delay: false,
        seed: 1,
        write_ms: 20,
        read_ms: 20,
        reads: 1,
        procs: 1,
        cost: false,
    }
}

/// A hand-written run, numbered as the engine numbers events.
#[derive(Default)]
struct Script(Vec<Event>);

impl Script {
    fn at(&mut self, ms: u64, who: u32, kind: EventKind) -> &mut Self {
        let seq = self.0.len() as u64;
        self.0.push(Event {
            run: 1,
            seq,
            at_ns: ms * 1_000_000,
            who: Gid(who),
            kind,
        });
        self
    }

    /// Goroutine `who` starts step `pc` of function `func` (0 is main, 1 is dbCall).
    fn step(&mut self, ms: u64, who: u32, func: u16, pc: u16) -> &mut Self {
        self.at(ms, who, EventKind::At { func, pc })
    }

    fn state(&mut self, ms: u64, who: u32, state: State) -> &mut Self {
        self.at(ms, who, EventKind::State(state))
    }

    fn lock(&mut self, ms: u64, who: u32, action: LockAction) -> &mut Self {
        self.at(
            ms,
            who,
            EventKind::Lock {
                lock: 0,
                access: Access::Write,
                action,
            },
        )
    }

    fn store(&mut self, ms: u64, who: u32, slot: usize, lost: Option<u32>) -> &mut Self {
        self.at(
            ms,
            who,
            EventKind::Store {
                slot,
                value: format!("id{who}").into(),
                overwrote: lost.map(|v| format!("id{v}").into()),
            },
        )
        .at(ms, who, EventKind::Len(slot + 1))
    }

    fn start(&mut self, info: RunInfo) -> &mut Self {
        let workers = info.workers;
        self.at(0, 0, EventKind::RunStarted(Box::new(info)))
            .state(0, 0, State::Running)
            .step(0, 0, 0, 0);
        for g in 1..=workers {
            self.at(0, 0, EventKind::WaitGroup(WgCount::new(1, i64::from(g))));
        }
        self.step(0, 0, 0, 1).state(0, 0, State::WaitingWg);
        for g in 1..=workers {
            self.step(0, g, 1, 0).state(0, g, State::Sleeping);
        }
        self
    }
}

/// The tutorial under a Mutex, 3 goroutines, FIFO: writes at 100-160, logs at 160-220.
fn mutex_run() -> Vec<Event> {
    use LockAction::*;
    let mut s = Script::default();
    s.start(info(LockMode::Mutex, 3));
    s.step(100, 1, 1, 1).lock(100, 1, Acquire);
    s.step(100, 1, 1, 2).state(100, 1, State::Writing);
    for g in [2, 3] {
        s.step(100, g, 1, 1).lock(100, g, Wait);
        s.state(100, g, State::WaitingLock);
    }
    for (i, g) in [1u32, 2, 3].into_iter().enumerate() {
        let t = 120 + 20 * i as u64;
        s.store(t, g, i, None).lock(t, g, Release);
        s.lock(t, g, Wait).state(t, g, State::WaitingLock);
        let next = if g < 3 { g + 1 } else { 1 };
        let next_state = if g < 3 {
            State::Writing
        } else {
            State::Reading
        };
        s.lock(t, next, Acquire).state(t, next, next_state);
    }
    for (i, g) in [1u32, 2, 3].into_iter().enumerate() {
        let t = 180 + 20 * i as u64;
        s.at(t - 20, g, EventKind::Read(3));
        s.lock(t, g, Release).state(t, g, State::Done);
        s.at(t, g, EventKind::WaitGroup(WgCount::new(1, 2 - i as i64)));
        if g < 3 {
            s.lock(t, g + 1, Acquire).state(t, g + 1, State::Reading);
        }
    }
    s.state(220, 0, State::Done)
        .at(220, 0, EventKind::End(Ending::Finished));
    s.0
}

/// Two goroutines with no lock: both read len 0, the second store wins.
fn lost_update_run() -> Vec<Event> {
    let mut s = Script::default();
    s.start(info(LockMode::None, 2));
    s.state(100, 1, State::Writing)
        .state(100, 2, State::Writing);
    s.store(120, 1, 0, None).state(120, 1, State::Reading);
    s.store(120, 2, 0, Some(1)).state(120, 2, State::Reading);
    s.at(120, 1, EventKind::Read(1))
        .at(120, 2, EventKind::Read(1));
    s.state(140, 1, State::Done)
        .at(140, 1, EventKind::WaitGroup(WgCount::new(1, 1)));
    s.state(140, 2, State::Done)
        .at(140, 2, EventKind::WaitGroup(WgCount::new(1, 0)));
    s.state(140, 0, State::Done)
        .at(140, 0, EventKind::End(Ending::Finished));
    s.0
}

/// An app showing `events` (the first `upto` of them), drawn at `width`x`height`.
fn frame(events: &[Event], upto: usize, width: u16, height: u16) -> (App, Terminal<TestBackend>) {
    let mode = match &events[0].kind {
        EventKind::RunStarted(info) => RunInfo::clone(info),
        _ => unreachable!("scripts start with RunStarted"),
    };
    let (tx, _rx) = syncscope::channel::channel();
    let mut app = App::new(mode, 1.0, Pacing::Instant, tx);
    app.show_run(1);
    for e in &events[..upto] {
        app.on_event(e);
    }
    let terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    (app, terminal)
}

fn draw(app: &App, terminal: &mut Terminal<TestBackend>) -> String {
    terminal.draw(|f| syncscope::ui::draw(f, app)).unwrap();
    terminal.backend().to_string()
}

#[test]
fn finished_mutex_run() {
    let events = mutex_run();
    let (app, mut terminal) = frame(&events, events.len(), 100, 34);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("finished in 220 ms"));
    assert!(screen.contains("0: Wait() returned"));
}

#[test]
fn mutex_run_midway_shows_the_queue() {
    let events = mutex_run();
    let upto = events.iter().position(|e| e.at_us() >= 140_000).unwrap();
    let (app, mut terminal) = frame(&events, upto, 100, 34);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("counter 3 of 3"));
}

#[test]
fn lost_update_in_red() {
    let events = lost_update_run();
    let (app, mut terminal) = frame(&events, events.len(), 100, 30);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("1 lost update(s): id1"));
    // The X on g2's lane is on the theme's red.
    let red = syncscope::ui::theme::current().lost.map(|m| m.bg);
    assert!(
        red.is_some(),
        "the default theme marks a lost update in colour"
    );
    let buffer = terminal.backend().buffer();
    let x = buffer
        .content()
        .iter()
        .find(|c| c.symbol() == "X" && Some(c.bg) == red);
    assert!(x.is_some(), "a red X marks the lost update");
}

#[test]
fn help_overlay() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 100, 34);
    app.on_action(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&app, &mut terminal));
}

/// The row of the screen that shows `code`.
fn row_with<'a>(screen: &'a str, code: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(code))
        .unwrap_or_else(|| panic!("no row with {code}:\n{screen}"))
}

#[test]
fn wide_screen_puts_lesson_and_code_beside_the_lanes() {
    let events = mutex_run();
    let upto = events.iter().position(|e| e.at_us() >= 110_000).unwrap();
    let (app, mut terminal) = frame(&events, upto, 120, 40);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("A Mutex around the shared slice"));
    // g1 is saving; g2 and g3 are queued in mu.Lock().
    assert!(row_with(&screen, "save(id(i)").contains("g1"));
    let lock_row = row_with(&screen, "mu.Lock()");
    assert!(
        lock_row.contains("g2") && lock_row.contains("g3"),
        "{lock_row}"
    );
}

#[test]
fn lesson_mode_asks_for_a_prediction_before_the_run() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 120, 40);
    app.on_action(Action::ToggleLesson);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("lesson 8/24"), "the mutex lesson is eighth");
    assert!(screen.contains("Predict:"));
    assert!(screen.contains("Press Enter to run it."));
    assert!(app.awaiting);
    app.on_action(Action::NextLesson);
    let screen = draw(&app, &mut terminal);
    assert!(screen.contains("lesson 9/24") && screen.contains("wide-lock"));
    app.on_action(Action::PreviousLesson);
    app.on_action(Action::PreviousLesson);
    assert!(draw(&app, &mut terminal).contains("lesson 7/24"));
}

#[test]
fn a_pinned_mode_says_so_instead_of_switching() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 120, 40);
    app.on_action(Action::ToggleLesson);
    for _ in 0..7 {
        app.on_action(Action::PreviousLesson);
    }
    assert_eq!(app.info.lesson.name, "sequential");
    app.on_action(Action::Mode(LockMode::Mutex));
    assert_eq!(app.info.mode, LockMode::None);
    assert!(draw(&app, &mut terminal).contains("sequential runs only under none"));
}

#[test]
fn the_cursor_shows_the_past_in_every_panel() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 120, 40);
    app.on_action(Action::CyclePanel);
    app.on_action(Action::Travel(Travel::Start));
    for _ in 0..60 {
        app.on_action(Action::Travel(Travel::Later));
    }
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    let cursor = app.cursor().expect("a cursor");
    assert_eq!(cursor.at_ns, 132_000_000);
    assert!(screen.contains("at 132ms of 220ms"), "the header says so");
    // At 132 ms g1 has saved and queued again behind g3, g2 is writing.
    assert!(screen.contains("results = [id1]"));
    assert!(screen.contains("mu: held by g2 (Lock)"));
    assert!(screen.contains("queue: g3 Lock, g1 Lock"), "{screen}");
    assert!(screen.contains("g1»g2"), "the hand-off from g1 to g2");
    app.on_action(Action::Travel(Travel::Now));
    assert!(app.cursor().is_none());
    assert!(draw(&app, &mut terminal).contains("finished in 220 ms"));
}

#[test]
fn stepping_goes_one_visible_event_at_a_time() {
    let events = mutex_run();
    let (mut app, _terminal) = frame(&events, events.len(), 120, 40);
    app.on_action(Action::Travel(Travel::PreviousEvent));
    let last = app.cursor().unwrap_or_else(|| panic!("{:?}", app.status));
    assert_eq!(last.applied, events.len() - 1);
    app.on_action(Action::Travel(Travel::NextEvent));
    assert_eq!(app.cursor(), None, "the last event is now");
    app.on_action(Action::Travel(Travel::Start));
    assert_eq!(app.cursor().map(|c| c.at_ns), Some(0));
    assert!(!app.shown().is_finished() && app.shown().results.appended() == 0);
    assert!(app.shown().events.iter().all(|e| e.at_ns == 0));
}

#[test]
fn compare_view_puts_the_modes_on_one_time_scale() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 120, 40);
    app.show_compare(vec![
        (LockMode::None, lost_update_run()),
        (LockMode::Mutex, mutex_run()),
    ]);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("all side by side"));
    let none_row = row_with(&screen, "lost-updates");
    assert!(
        none_row.contains("140ms") && none_row.contains("1/2"),
        "{none_row}"
    );
    let mutex_row = row_with(&screen, "220ms    3/3");
    assert!(mutex_row.contains("ok"), "{mutex_row}");
}

#[test]
fn a_thousand_lanes_scroll_and_the_panels_keep_their_room() {
    let mut s = Script::default();
    s.start(info(LockMode::Mutex, 1000));
    let events = s.0;
    let (mut app, mut terminal) = frame(&events, events.len(), 120, 40);
    let screen = draw(&app, &mut terminal);
    assert!(screen.contains("lanes 1-"), "{screen}");
    assert!(screen.contains("of 1001"));
    assert!(screen.contains("Notes"), "the notes keep their room");
    app.on_action(Action::Scroll(Scroll::Bottom));
    let bottom = draw(&app, &mut terminal);
    assert!(bottom.contains("g1000"), "{bottom}");
    assert!(!bottom.contains("│main "), "main scrolled away");
    app.on_action(Action::Scroll(Scroll::Top));
    app.on_action(Action::ToggleDense);
    app.on_action(Action::Scroll(Scroll::PageDown));
    let paged = draw(&app, &mut terminal);
    assert!(
        !paged.contains("│g1 "),
        "a page down leaves the first lanes: {paged}"
    );
    let page = app.screen.lane_page.get();
    assert!(paged.contains(&format!("│g{page} ")), "{paged}");
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_mess() {
    let events = mutex_run();
    for (w, h) in [(1, 1), (30, 10), (59, 40)] {
        let (app, mut terminal) = frame(&events, events.len(), w, h);
        let screen = draw(&app, &mut terminal);
        if w >= 20 {
            assert!(screen.contains("too small"), "{w}x{h}: {screen}");
        }
    }
}

#[test]
fn a_narrow_terminal_still_shows_every_lane() {
    let events = mutex_run();
    let (app, mut terminal) = frame(&events, events.len(), 60, 18);
    let screen = draw(&app, &mut terminal);
    for lane in ["main", "g1", "g2", "g3"] {
        assert!(screen.contains(lane), "{lane}: {screen}");
    }
}

/// A Go file's run, recorded by the engine at instant pacing (deterministic), then drawn.
fn go_run(mode: LockMode, write_ms: u64) -> Vec<Event> {
    let text = include_str!("against_go/programs/mutex.go");
    let scenario = syncscope::front::go::load("mutex.go", text).expect("loads");
    let mut info = RunInfo::new(std::sync::Arc::new(scenario), 1);
    info.mode = mode;
    info.write_ms = write_ms;
    // One processor, as the differential layer runs it beside Go's `GOMAXPROCS=1`.
    info.procs = 1;
    let model = syncscope::headless::run(
        info,
        Pacing::Instant,
        1.0,
        syncscope::headless::Narration::Quiet,
    )
    .expect("runs");
    model.events.iter().collect()
}

#[test]
fn a_go_file_shows_its_source_its_output_and_what_the_mode_removed() {
    let events = go_run(LockMode::None, 50);
    let (app, mut terminal) = frame(&events, events.len(), 130, 40);
    let screen = draw(&app, &mut terminal);
    insta::assert_snapshot!(screen);
    assert!(screen.contains("mutex.go (none"), "the file's name");
    assert!(
        screen.contains("magnified: writes 50 ms"),
        "the magnifier is on"
    );
    assert!(row_with(&screen, "mu.Lock()").contains("removed (n)"));
    assert!(row_with(&screen, "mu.Unlock()").contains("removed (n)"));
    assert!(screen.contains("Output"));
    assert!(
        row_with(&screen, "is number 1").contains("g"),
        "who printed it"
    );
}

#[test]
fn as_written_nothing_is_marked_removed() {
    let events = go_run(LockMode::Mutex, 0);
    let (app, mut terminal) = frame(&events, events.len(), 130, 40);
    let screen = draw(&app, &mut terminal);
    assert!(!screen.contains("removed (n)"));
    assert!(!screen.contains("magnified"));
    assert!(screen.contains("[eve fay ada bob cy dee] 6"), "{screen}");
}

#[test]
fn a_lane_that_ended_shows_its_end_over_a_hand_off() {
    let mut info = info(LockMode::Mutex, 60);
    info.write_ms = 5;
    let model = syncscope::headless::run(
        info,
        Pacing::Instant,
        1.0,
        syncscope::headless::Narration::Quiet,
    )
    .expect("runs");
    let (app, mut terminal) = frame(
        &model.events.iter().collect::<Vec<_>>(),
        model.events.len(),
        120,
        40,
    );
    let screen = draw(&app, &mut terminal);
    let lanes: Vec<&str> = screen.lines().filter(|l| l.starts_with("\"│g")).collect();
    assert!(lanes.len() >= 10, "{screen}");
    for lane in lanes {
        assert!(lane.contains('✓'), "every goroutine finished: {lane}");
    }
}

#[test]
fn without_colour_every_state_on_screen_has_its_own_glyph() {
    use std::collections::HashMap;
    // The RWMutex lesson: every kind of wait, work and ending a run of it shows.
    let scenario = syncscope::front::toml::built_in("rwmutex")
        .unwrap()
        .unwrap();
    let mut info = RunInfo::new(std::sync::Arc::new(scenario), 1);
    info.delay_ms = 100;
    info.write_ms = 30;
    info.read_ms = 30;
    let model = syncscope::headless::run(
        info,
        Pacing::Instant,
        1.0,
        syncscope::headless::Narration::Quiet,
    )
    .expect("runs");
    let (app, mut terminal) = frame(
        &model.events.iter().collect::<Vec<_>>(),
        model.events.len(),
        120,
        40,
    );
    draw(&app, &mut terminal);
    // Read each lane cell's glyph beside the state the model says the lane was in for the
    // whole of the cell's time (cells where the state changes show the one that filled most).
    let buffer = terminal.backend().buffer().clone();
    let total = model.total_ns().unwrap();
    // The lanes box is the main column (120 minus the 48-column side) less its borders; the
    // track starts after the five-column labels.
    let (start, width) = (6u16, 72 - 2 - 5);
    let cell_ns = total as f64 / f64::from(width);
    let mut by_glyph: HashMap<String, State> = HashMap::new();
    for row in 0..buffer.area.height {
        let label: String = (1..5)
            .map(|x| buffer[(x, row)].symbol().to_string())
            .collect();
        let g = match label.trim() {
            "main" => 0,
            other => match other
                .strip_prefix('g')
                .and_then(|n| n.parse::<usize>().ok())
            {
                Some(g) => g,
                None => continue,
            },
        };
        let state_at = |at: u64| {
            model.lanes[g]
                .segments
                .iter()
                .rev()
                .find(|s| s.start_ns <= at)
                .map(|s| s.state)
        };
        for col in 0..width {
            let symbol = buffer[(start + col, row)].symbol().to_string();
            let from = (f64::from(col) * cell_ns).ceil() as u64;
            let to = (f64::from(col + 1) * cell_ns) as u64;
            let (Some(a), Some(b)) = (state_at(from), state_at(to.saturating_sub(1))) else {
                continue;
            };
            // The marks over a lane (its end, a hand-off, a lost update) are not states' fill.
            if a != b
                || a.is_final()
                || ["»", "X", " ", "✓", "✗", "!", "…"].contains(&symbol.as_str())
            {
                continue;
            }
            let known = by_glyph.entry(symbol.clone()).or_insert(a);
            assert_eq!(*known, a, "{symbol} stands for both {known:?} and {a:?}");
        }
    }
    let states: std::collections::HashSet<State> = by_glyph.values().copied().collect();
    assert_eq!(
        states.len(),
        by_glyph.len(),
        "one glyph per state: {by_glyph:?}"
    );
    assert!(by_glyph.len() >= 6, "states seen: {by_glyph:?}");
}

#[test]
fn help_and_quit_stay_in_the_footer_at_every_width() {
    let events = mutex_run();
    for width in [60, 80, 100, 120, 160, 200] {
        let (app, mut terminal) = frame(&events, events.len(), width, 30);
        let screen = draw(&app, &mut terminal);
        let footer = screen.lines().last().unwrap();
        assert!(
            footer.contains("?  help") && footer.contains("q  quit"),
            "{width}: {footer}"
        );
    }
}

#[test]
fn the_help_scrolls_to_its_last_line_on_a_small_screen() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 80, 24);
    app.on_action(Action::ToggleHelp);
    let first = draw(&app, &mut terminal);
    assert!(first.contains("Help: lines 1-"), "{first}");
    assert!(!first.contains("updates overwritten by a racing append"));
    app.on_action(Action::Scroll(Scroll::Bottom));
    let last = draw(&app, &mut terminal);
    assert!(
        last.contains("updates overwritten by a racing append"),
        "{last}"
    );
    app.on_action(Action::ToggleHelp);
    app.on_action(Action::ToggleHelp);
    assert!(
        draw(&app, &mut terminal).contains("Help: lines 1-"),
        "opens at the top again"
    );
}

#[test]
fn break_points_show_in_the_header_when_on() {
    let events = mutex_run();
    let (mut app, mut terminal) = frame(&events, events.len(), 160, 30);
    assert!(!draw(&app, &mut terminal).contains("break at"));
    app.on_action(Action::BreakOnLost);
    app.on_action(Action::BreakOnWait);
    let header = draw(&app, &mut terminal)
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert!(
        header.contains("break at lost update, lock wait"),
        "{header}"
    );
}

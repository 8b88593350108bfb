//! Every size a classroom uses, in every main state: designed, not clipped. Each screen is
//! pinned by a snapshot, and what must be reachable at each size is asserted.

mod chan_screens;
mod screens;

use syncscope::app::{Action, App, Panel, Travel, Zoom};
use syncscope::event::{Event, LockMode};

const SIZES: [(u16, u16); 5] = [(80, 24), (100, 30), (120, 40), (160, 45), (200, 50)];

fn rwmutex() -> Vec<Event> {
    screens::run(screens::info("rwmutex", None))
}

/// Partway: the run's first half of events.
fn running() -> App {
    let events = rwmutex();
    screens::app(&events, events.len() / 2)
}

fn paused_with_cursor() -> App {
    let events = rwmutex();
    let mut app = screens::app(&events, events.len());
    for _ in 0..8 {
        app.on_action(Action::Travel(Travel::Earlier));
    }
    app
}

fn lesson_question() -> App {
    let events = rwmutex();
    let mut app = screens::app(&events, events.len());
    app.start_lesson_at("rwmutex");
    app
}

/// In the course, the lesson's run partway.
fn lesson_running() -> App {
    let events = rwmutex();
    let mut app = screens::app(&events, 0);
    app.start_lesson_at("rwmutex");
    app.awaiting = false;
    app.show_run(1);
    for e in &events[..events.len() / 2] {
        app.on_event(e);
    }
    app
}

fn presenting() -> App {
    let mut app = lesson_running();
    app.on_action(Action::TogglePresent);
    app
}

fn deadlock() -> App {
    let events = screens::run(screens::info("forgot-unlock", None));
    screens::app(&events, events.len())
}

fn compare() -> App {
    let events = rwmutex();
    let mut app = screens::app(&events, events.len());
    app.show_compare(
        [LockMode::None, LockMode::Mutex, LockMode::RwMutex]
            .into_iter()
            .map(|mode| (mode, screens::run(screens::info("rwmutex", Some(mode)))))
            .collect(),
    );
    app
}

/// The cpu-bound lesson on two processors, finished, with the processors' lanes on.
fn processors() -> App {
    let mut info = screens::info("cpu-bound", None);
    info.procs = 2;
    let events = screens::run(info);
    // CPU work on two processors: their lanes are on screen without a key.
    screens::app(&events, events.len())
}

fn help() -> App {
    let mut app = running();
    app.on_action(Action::ToggleHelp);
    app
}

/// The channel run with its queues fullest, the panel of channels and locks open (the code
/// hidden: on a narrow screen it would take the panel's place).
fn channels() -> App {
    let (events, fullest) = chan_screens::run();
    let mut app = screens::app(&events, fullest);
    app.on_action(Action::ToggleCode);
    while app.screen.panel != Panel::Locks {
        app.on_action(Action::CyclePanel);
    }
    app
}

fn each_size(state: &str, app: &App) {
    for (w, h) in SIZES {
        let screen = screens::draw(app, w, h);
        insta::assert_snapshot!(format!("{state}_{w}x{h}"), screen);
    }
}

#[test]
fn running_at_every_size() {
    each_size("running", &running());
}

#[test]
fn paused_with_the_cursor_at_every_size() {
    each_size("cursor", &paused_with_cursor());
}

#[test]
fn the_lesson_question_at_every_size() {
    each_size("lesson", &lesson_question());
}

#[test]
fn a_lesson_running_at_every_size() {
    each_size("lesson_running", &lesson_running());
}

#[test]
fn presentation_at_every_size() {
    each_size("present", &presenting());
}

/// In the course, at the sizes a projector's large fonts leave, the lesson says which it is and
/// how to reach its text, and help and quit are there.
#[test]
fn the_lesson_and_the_way_out_are_on_screen_at_classroom_sizes() {
    let title = screens::info("rwmutex", None).lesson.title.clone();
    for (name, app) in [
        ("question", lesson_question()),
        ("running", lesson_running()),
        ("presenting", presenting()),
    ] {
        for (w, h) in [(80, 24), (100, 30), (120, 40)] {
            let screen = screens::draw(&app, w, h);
            let at = format!("{name} at {w}x{h}:\n{screen}");
            assert!(screen.contains(&title), "the lesson's title, {at}");
            assert!(
                screen.contains("i  lesson") || screen.contains("(i: its text)"),
                "the key to the lesson's text, {at}"
            );
            assert!(screen.contains("?  help"), "{at}");
            assert!(screen.contains("q  quit"), "{at}");
        }
    }
}

#[test]
fn deadlock_at_every_size() {
    each_size("deadlock", &deadlock());
}

#[test]
fn compare_at_every_size() {
    each_size("compare", &compare());
}

#[test]
fn channels_at_every_size() {
    each_size("channels", &channels());
}

#[test]
fn help_at_every_size() {
    each_size("help", &help());
}

#[test]
fn the_processors_view_at_every_size() {
    let app = processors();
    each_size("procs", &app);
    let screen = screens::draw(&app, 120, 40);
    assert!(screen.contains("Processors: 0 of 2 busy"), "{screen}");
    // The test backend quotes each row.
    let rows: Vec<&str> = screen.lines().map(|l| l.trim_matches('"')).collect();
    let lane = |p: &str| -> &str {
        rows.iter()
            .find(|l| l.starts_with(p))
            .copied()
            .expect("a processor's lane")
    };
    let (p0, p1) = (lane("│P0 "), lane("│P1 "));
    // Both processors busy the whole run, each with goroutines taking turns on it.
    for lane in [p0, p1] {
        let track: String = lane.chars().skip(6).take_while(|c| *c != '│').collect();
        let marks: std::collections::BTreeSet<char> =
            track.chars().filter(|c| c.is_ascii_digit()).collect();
        assert!(marks.len() >= 2, "turns on {lane}");
        assert!(!track.trim_end().contains(' '), "busy all the run: {lane}");
    }
    // The goroutines took turns finer than a cell: the mark says so, and the legend explains it.
    assert!(
        screen.contains('▄') && screen.contains("▄ turns"),
        "{screen}"
    );
}

#[test]
fn compare_puts_a_computing_lesson_on_one_two_and_four_processors() {
    let events = screens::run(screens::info("cpu-bound", None));
    let mut app = screens::app(&events, events.len());
    app.show_compare(
        [1, 2, 4]
            .into_iter()
            .map(|procs| {
                let mut info = screens::info("cpu-bound", None);
                info.procs = procs;
                (LockMode::None, screens::run(info))
            })
            .collect(),
    );
    let screen = screens::draw(&app, 120, 40);
    insta::assert_snapshot!(screen);
    app.on_action(Action::ToggleProcsView);
    let with_procs = screens::draw(&app, 120, 40);
    insta::assert_snapshot!("compare_by_procs_with_their_lanes", with_procs);
    // One processor's lane under GOMAXPROCS 1, four under 4.
    let count = |p: &str| with_procs.lines().filter(|l| l.contains(p)).count();
    assert_eq!(count("P0   "), 3, "{with_procs}");
    assert_eq!(count("P3   "), 1, "{with_procs}");
    for (label, total) in [
        ("GOMAXPROCS 1", "1.32s"),
        ("GOMAXPROCS 2", "660ms"),
        ("GOMAXPROCS 4", "330ms"),
    ] {
        let row = screen
            .lines()
            .find(|l| l.contains(label) && l.contains(total))
            .unwrap_or_else(|| panic!("{label} took {total}: {screen}"));
        assert!(row.contains("ok"), "{row}");
    }
}

/// Every size from the smallest syncscope draws to a large one, in every state above: drawn,
/// never a panic (a rectangle out of the buffer would be one).
#[test]
fn every_size_in_between_draws() {
    let mut presenting_procs = processors();
    presenting_procs.on_action(Action::TogglePresent);
    let apps = [
        running(),
        paused_with_cursor(),
        lesson_question(),
        lesson_running(),
        presenting(),
        deadlock(),
        compare(),
        help(),
        processors(),
        presenting_procs,
    ];
    for app in &apps {
        for w in (60..=130).step_by(7) {
            for h in (18..=52).step_by(5) {
                let screen = screens::draw(app, w, h);
                assert!(
                    screen.contains("q  quit") || screen.contains("Help"),
                    "{w}x{h}"
                );
            }
        }
    }
}

/// On a narrow screen during a run, `i` puts the whole lesson where the lanes were.
#[test]
fn i_brings_the_whole_lesson_forward_on_a_narrow_screen() {
    let mut app = lesson_running();
    app.on_action(Action::ToggleLessonText);
    let lesson = app.info.lesson.text.clone();
    let last_words: String = lesson
        .split_whitespace()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    for (w, h) in [(80, 24), (100, 30)] {
        let screen = screens::draw(&app, w, h);
        assert!(
            screen.contains(&last_words),
            "{w}x{h}: {last_words:?} in {screen}"
        );
        assert!(screen.contains("Predict:"), "{w}x{h}");
    }
    app.on_action(Action::ToggleLessonText);
    assert!(
        screens::draw(&app, 80, 24).contains("│g1 "),
        "i again: the lanes are back"
    );
}

/// Whatever room the lesson's panel gets, its question is on screen; the text gives way first.
#[test]
fn the_question_is_always_on_screen_before_a_lessons_run() {
    for (name, _) in syncscope::front::toml::BUILT_IN {
        let events = screens::run(screens::info(name, None));
        let mut app = screens::app(&events, events.len());
        app.start_lesson_at(name);
        let predict = app.info.lesson.predict.clone();
        let first_words: String = predict
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        for (w, h) in SIZES {
            let screen = screens::draw(&app, w, h);
            assert!(
                screen.contains(&format!("Predict: {first_words}")),
                "{name} at {w}x{h}: {screen}"
            );
        }
    }
}

/// The Tour's `channels` page, in our own words: two goroutines sum a half each and send.
const HALVES: &str = "package main\n\nimport \"fmt\"\n\nfunc sum(s []int, c chan int) {\n\
    \ttotal := 0\n\tfor _, v := range s {\n\t\ttotal += v\n\t}\n\tc <- total\n}\n\n\
    func main() {\n\ts := []int{7, 2, 8, -9, 4, 0}\n\tc := make(chan int)\n\
    \tgo sum(s[:len(s)/2], c)\n\tgo sum(s[len(s)/2:], c)\n\tx, y := <-c, <-c\n\
    \tfmt.Println(x, y, x+y)\n}\n";

#[test]
fn with_code_taking_time_the_tours_channel_page_has_lanes_to_show() {
    let lesson = syncscope::front::go::load("channels.go", HALVES).expect("loads");
    let mut info = syncscope::event::RunInfo::new(std::sync::Arc::new(lesson), 1);
    assert!(info.cost, "a Go file's code takes time by default");
    info.procs = 2;
    let events = screens::run(info);
    let app = screens::app(&events, events.len());
    let screen = screens::draw(&app, 120, 40);
    insta::assert_snapshot!("tour_channels_cost_120x40", screen);
    // The run takes time, and the lanes fit it: a sum waits for a processor, each ends,
    // and main receives their values. (A sum of three numbers is shorter than a cell.)
    assert!(screen.contains("finished in "), "{screen}");
    assert!(!screen.contains("finished in 0 ms"), "{screen}");
    assert!(screen.contains("code takes time"), "{screen}");
    assert!(
        screen.contains("µs"),
        "the axis is in microseconds: {screen}"
    );
    let lane = |name: &str| lane_row(&screen, name);
    assert!(lane("g1 ").contains('▁'), "g1 waits: {}", lane("g1 "));
    for g in ["g1 ", "g2 "] {
        assert!(lane(g).contains('✓'), "{g} finishes: {}", lane(g));
    }
    assert!(
        lane("main").contains('•'),
        "main receives: {}",
        lane("main")
    );
}

/// The Tour's `select` page, in our own words: a generator sends squares until told to stop.
const SQUARES: &str = "package main\n\nimport \"fmt\"\n\n\
    func squares(out chan<- int, done <-chan bool) {\n\tn := 1\n\tfor {\n\t\tselect {\n\
    \t\tcase out <- n * n:\n\t\t\tn++\n\t\tcase <-done:\n\
    \t\t\tfmt.Println(\"stopped at\", n)\n\t\t\treturn\n\t\t}\n\t}\n}\n\n\
    func main() {\n\tout := make(chan int)\n\tdone := make(chan bool)\n\tgo func() {\n\
    \t\tfor i := 0; i < 6; i++ {\n\t\t\tfmt.Println(<-out)\n\t\t}\n\t\tdone <- true\n\
    \t}()\n\tsquares(out, done)\n}\n";

#[test]
fn the_tours_select_page_takes_time_and_shows_each_hand_off() {
    let lesson = syncscope::front::go::load("select.go", SQUARES).expect("loads");
    let mut info = syncscope::event::RunInfo::new(std::sync::Arc::new(lesson), 1);
    info.procs = 2;
    let events = screens::run(info);
    let app = screens::app(&events, events.len());
    assert_eq!(app.model.output.text, "1\n4\n9\n16\n25\n36\nstopped at 7\n");
    assert!(app.model.total_us().is_some_and(|us| us > 0), "not 0 ms");
    let screen = screens::draw(&app, 120, 40);
    insta::assert_snapshot!("tour_select_cost_120x40", screen);
    assert!(screen.contains("code takes time"), "{screen}");
    assert!(
        screen.contains("µs"),
        "the axis is in microseconds: {screen}"
    );
    // Six values pass from main's select to g1's receive: both lanes mark hand-offs.
    let lane = |name: &str| lane_row(&screen, name);
    for g in ["main", "g1 "] {
        assert!(lane(g).contains('•'), "{g} hands values on: {}", lane(g));
    }
}

#[test]
fn zoomed_in_to_nanoseconds_each_hand_off_of_the_select_page_has_its_own_column() {
    let lesson = syncscope::front::go::load("select.go", SQUARES).expect("loads");
    let mut info = syncscope::event::RunInfo::new(std::sync::Arc::new(lesson), 1);
    info.procs = 2;
    let events = screens::run(info);
    let mut app = screens::app(&events, events.len());
    // Events keep the scheduler's nanoseconds: the hand-offs are apart by less than a µs.
    let times: Vec<u64> = app.model.chans.handoffs.iter().map(|h| h.at_ns).collect();
    assert!(times.len() >= 6, "{times:?}");
    let closest = times.windows(2).map(|w| w[1] - w[0]).min().expect("two");
    assert!(closest > 0, "no two hand-offs at one time: {times:?}");
    assert!(
        times.iter().any(|t| t % 1000 != 0),
        "ns, not whole µs: {times:?}"
    );
    // Travel to the middle hand-off and zoom in as far as it goes.
    let middle = times[times.len() / 2];
    app.on_action(Action::Travel(Travel::To(middle)));
    for _ in 0..20 {
        app.on_action(Action::Zoom(Zoom::In));
    }
    let window = app.lanes_window();
    assert_eq!(window.span_ns, 100, "the narrowest window");
    assert!((window.start_ns..=window.start_ns + window.span_ns).contains(&middle));
    let screen = screens::draw(&app, 120, 40);
    // A cell of the 65-column track is under 2 ns: finer than any two hand-offs' gap.
    assert!(closest >= 2, "{closest} ns apart");
    assert!(screen.contains("ns"), "the axis and title in ns: {screen}");
    assert!(lane_row(&screen, "main").contains('•') || lane_row(&screen, "g1 ").contains('•'));
    app.on_action(Action::Zoom(Zoom::Fit));
    assert_eq!(
        app.lanes_window().span_ns,
        app.model.total_ns().expect("ended")
    );
}

/// The screen's row of the lane named `name`.
fn lane_row(screen: &str, name: &str) -> String {
    screen
        .lines()
        .find(|l| l.trim_start_matches(['"', '│']).starts_with(name))
        .unwrap_or_else(|| panic!("no lane {name}: {screen}"))
        .to_string()
}

use super::*;
use crate::toml::{lesson_of, parse_scenario};
use std::sync::Arc;

/// A built-in scenario and a run of it, to look at through `Workload`.
fn info(name: &str) -> (Scenario, RunInfo) {
    let (_, text) = super::super::BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .expect("built in");
    let scenario = parse_scenario(name, text).expect("parses");
    let info = RunInfo::new(Arc::new(lesson_of(scenario.clone())), 1);
    (scenario, info)
}

fn look<'a>(scenario: &'a Scenario, info: &'a RunInfo) -> Workload<'a> {
    Workload { scenario, info }
}

#[test]
fn fixed_delays_are_all_the_same() {
    let (s, i) = info("mutex");
    assert_eq!(look(&s, &i).delays_us(), vec![2_000_000; 5]);
}

#[test]
fn random_delays_repeat_with_the_seed_and_stay_in_range() {
    let (s, mut a) = info("mutex");
    a.random_delay = true;
    a.seed = 42;
    let mut b = a.clone();
    b.seed = 43;
    let drawn = look(&s, &a).delays_us();
    assert_eq!(drawn, look(&s, &a.clone()).delays_us());
    assert_ne!(drawn, look(&s, &b).delays_us());
    assert!(drawn.iter().all(|&d| d < 2_000_000));
}

#[test]
fn the_tutorial_under_a_lock_spans_its_serialized_sections() {
    // 2 s call, then five saves and five logs of 300 ms, some of them one after another.
    let (s, mutex) = info("mutex");
    assert_eq!(look(&s, &mutex).expected(), 5);
    assert_eq!(look(&s, &mutex).expected_span_us(), 2_600_000 + 5 * 600_000);
    let mut none = mutex.clone();
    none.mode = LockMode::None;
    assert_eq!(look(&s, &none).expected_span_us(), 2_600_000);
}

#[test]
fn sequential_calls_add_up_and_draw_only_main() {
    let (s, i) = info("sequential");
    let w = look(&s, &i);
    assert_eq!(w.expected_span_us(), 5 * 2_000_000);
    assert_eq!(w.lane_count(), 1);
    assert!(!w.spawns());
}

#[test]
fn groups_number_their_goroutines_in_file_order() {
    let (s, i) = info("read-heavy");
    let r = look(&s, &i);
    let groups: Vec<(u32, usize)> = r.goroutines().collect();
    assert_eq!(groups.len(), 10);
    assert_eq!(&groups[..3], &[(1, 0), (2, 0), (3, 1)]);
    assert_eq!(r.expected(), 2);
    assert_eq!(r.lane_count(), 11);
}

#[test]
fn reads_multiply_the_appends_inside_a_repeat() {
    let (s, mut i) = info("rwmutex");
    i.reads = 4;
    let r = look(&s, &i);
    assert_eq!(r.expected(), 5);
    assert_eq!(r.times(Count::Reads), 4);
}

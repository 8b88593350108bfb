use super::*;
use crate::scenario::built_in;

fn info(name: &str) -> RunInfo {
    let scenario = built_in(name).expect("built in").expect("parses");
    RunInfo::new(Arc::new(scenario), 1)
}

#[test]
fn fixed_delays_are_all_the_same() {
    assert_eq!(info("mutex").delays_us(), vec![2_000_000; 5]);
}

#[test]
fn random_delays_repeat_with_the_seed_and_stay_in_range() {
    let mut a = info("mutex");
    a.random_delay = true;
    a.seed = 42;
    let mut b = a.clone();
    b.seed = 43;
    assert_eq!(a.delays_us(), a.clone().delays_us());
    assert_ne!(a.delays_us(), b.delays_us());
    assert!(a.delays_us().iter().all(|&d| d < 2_000_000));
}

#[test]
fn the_tutorial_under_a_lock_spans_its_serialized_sections() {
    // 2 s call, then five saves and five logs of 300 ms, some of them one after another.
    let mutex = info("mutex");
    assert_eq!(mutex.expected(), 5);
    assert_eq!(mutex.expected_span_us(), 2_600_000 + 5 * 600_000);
    let mut none = mutex.clone();
    none.mode = LockMode::None;
    assert_eq!(none.expected_span_us(), 2_600_000);
}

#[test]
fn sequential_calls_add_up_and_draw_only_main() {
    let s = info("sequential");
    assert_eq!(s.expected_span_us(), 5 * 2_000_000);
    assert_eq!(s.lane_count(), 1);
    assert!(!s.spawns());
}

#[test]
fn groups_number_their_goroutines_in_file_order() {
    let r = info("read-heavy");
    let groups: Vec<(u32, usize)> = r.goroutines().collect();
    assert_eq!(groups.len(), 10);
    assert_eq!(&groups[..3], &[(1, 0), (2, 0), (3, 1)]);
    assert_eq!(r.expected(), 2);
    assert_eq!(r.lane_count(), 11);
}

#[test]
fn reads_multiply_the_appends_inside_a_repeat() {
    let mut r = info("rwmutex");
    r.reads = 4;
    assert_eq!(r.expected(), 5);
    assert_eq!(r.times(Count::Reads), 4);
}

#[test]
fn main_appends_as_main() {
    assert_eq!(RunInfo::value(0), "main");
    assert_eq!(RunInfo::value(3), "id3");
}

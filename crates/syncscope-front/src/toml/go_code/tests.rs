use super::*;
use crate::toml::{BUILT_IN, built_in, parse, parse_scenario};
use std::sync::Arc;
use syncscope_program::event::RunInfo;

fn info(name: &str, mode: LockMode) -> RunInfo {
    let s = built_in(name).expect("built in").expect("parses");
    let mut info = RunInfo::new(Arc::new(s), 7);
    info.mode = mode;
    info
}

fn generate(info: &RunInfo) -> Listing {
    info.listing()
}

fn scenario(name: &str) -> Scenario {
    let (_, text) = BUILT_IN.iter().find(|(n, _)| *n == name).expect("built in");
    parse_scenario(name, text).expect("parses")
}

fn program(name: &str, mode: LockMode) -> (Scenario, Listing) {
    (scenario(name), generate(&info(name, mode)))
}

fn line(p: &Listing, func: u16, pc: u16) -> &str {
    p.lines[p.line_of(func, pc).expect("a line")].trim()
}

#[test]
fn every_step_that_the_mode_keeps_has_its_own_line() {
    let (s, p) = program("rwmutex", LockMode::RwMutex);
    let steps = &s.groups[0].steps;
    assert!(line(&p, 1, steps[0].pc).starts_with("time.Sleep(2000 * time.Millisecond)"));
    assert_eq!(line(&p, 1, steps[1].pc), "mu.Lock()");
    assert_eq!(
        line(&p, 1, steps[2].pc),
        "save(id(i), 300*time.Millisecond)"
    );
    assert_eq!(line(&p, 1, steps[3].pc), "mu.Unlock()");
    assert_eq!(line(&p, 1, steps[4].pc), "for r1 := 0; r1 < 3; r1++ {");
    assert_eq!(line(&p, 1, 5), "mu.RLock()");
    assert_eq!(line(&p, 1, 7), "mu.RUnlock()");
    assert_eq!(line(&p, 1, steps[5].pc), "wg.Done()");
    assert_eq!(line(&p, 0, 0), "go dbCall(i)");
    assert_eq!(line(&p, 0, 1), "wg.Wait()");
    assert!(p.text().contains("\tmu      sync.RWMutex"));
}

#[test]
fn mutex_mode_turns_read_locks_into_locks() {
    let (_, p) = program("rwmutex", LockMode::Mutex);
    assert_eq!(line(&p, 1, 5), "mu.Lock()");
    assert_eq!(line(&p, 1, 7), "mu.Unlock()");
    assert!(p.text().contains("mu      sync.Mutex"));
    assert!(!p.text().contains("RLock"));
}

#[test]
fn no_lock_drops_the_lock_lines_and_the_sync_import_stays_for_the_waitgroup() {
    let (_, p) = program("race", LockMode::None);
    assert_eq!(p.line_of(1, 1), None);
    assert!(!p.text().contains(".Lock()"));
    assert!(p.text().contains("\"sync\""));
    let (_, seq) = program("sequential", LockMode::None);
    assert!(!seq.text().contains("\"sync\""), "nothing of sync is used");
    assert_eq!(line(&seq, 0, 0), "dbCall(i)");
}

#[test]
fn random_delays_are_the_ones_the_run_drew() {
    let mut random = info("mutex", LockMode::Mutex);
    random.random_delay = true;
    let p = generate(&random);
    assert_eq!(
        line(&p, 1, 0),
        "time.Sleep(time.Duration(delays[i-1]) * time.Millisecond) // the slow call"
    );
    let mutex = scenario("mutex");
    let workload = Workload {
        scenario: &mutex,
        info: &random,
    };
    let drawn: Vec<String> = workload.delays_ms().iter().map(u64::to_string).collect();
    let list = format!("var delays = []int{{{}}}", drawn.join(", "));
    assert!(p.text().contains(&list), "{}", p.text());
    let (_, fixed) = program("mutex", LockMode::Mutex);
    assert!(!fixed.text().contains("delays"));
}

#[test]
fn many_random_delays_go_ten_to_a_row() {
    let mut random = info("mutex", LockMode::Mutex);
    random.random_delay = true;
    random.workers = 25;
    let text = generate(&random).text();
    let rows = text
        .lines()
        .skip_while(|l| *l != "var delays = []int{")
        .take_while(|l| *l != "}")
        .skip(1);
    let counts: Vec<usize> = rows.map(|r| r.split(',').count() - 1).collect();
    assert_eq!(counts, [10, 10, 5]);
}

#[test]
fn a_loop_that_runs_once_is_its_body_and_one_that_never_runs_is_gone() {
    let mut once = info("mutex", LockMode::Mutex);
    once.reads = 1;
    let text = generate(&once).text();
    assert!(!text.contains("for r1"), "{text}");
    assert!(text.contains("\tshow(i, 300*time.Millisecond)"));
    once.reads = 0;
    let text = generate(&once).text();
    assert!(!text.contains("show("), "{text}");
}

#[test]
fn groups_get_consecutive_ids_and_a_loop_each() {
    let (_, p) = program("read-heavy", LockMode::RwMutex);
    let text = p.text();
    assert!(text.contains("for i := 1; i <= 2; i++ {"), "{text}");
    assert!(text.contains("for i := 3; i <= 10; i++ {"), "{text}");
    assert!(text.contains("go reader(i)"));
}

#[test]
fn lock_order_declares_both_locks() {
    let (_, p) = program("lock-order", LockMode::Mutex);
    let text = p.text();
    assert!(text.contains("\tlistA   sync.Mutex") && text.contains("\tlistB   sync.Mutex"));
    assert_eq!(line(&p, 1, 0), "listA.Lock()");
    assert_eq!(line(&p, 2, 0), "listB.Lock()");
}

#[test]
fn a_user_scenario_without_a_waitgroup_declares_none() {
    let s = parse(
        "x.toml",
        "name = \"x\"\ntitle = \"X\"\nlesson = \"l\"\nmain = [\"go\", { sleep = 10 }]\n\
         [[goroutine]]\nfunc = \"f\"\ncount = 2\nsteps = [{ read = 5 }]\n",
    )
    .expect("parses");
    let p = generate(&RunInfo::new(Arc::new(s), 1));
    assert!(!p.text().contains("WaitGroup"));
    assert!(!p.text().contains("\"sync\""));
    assert_eq!(line(&p, 0, 0), "go f(i)");
    assert_eq!(line(&p, 0, 1), "time.Sleep(10 * time.Millisecond)");
}

use super::*;
use crate::scenario::{built_in, parse};

fn program(name: &str, mode: LockMode) -> (Scenario, GoProgram) {
    let s = built_in(name).expect("built in").expect("parses");
    let p = generate(&s, mode, &s.timing);
    (s, p)
}

fn line(p: &GoProgram, func: u16, pc: u16) -> &str {
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
        "save(id(i), 300 * time.Millisecond)"
    );
    assert_eq!(line(&p, 1, steps[3].pc), "mu.Unlock()");
    assert_eq!(line(&p, 1, steps[4].pc), "for r1 := 0; r1 < 3; r1++ {");
    assert_eq!(line(&p, 1, 5), "mu.RLock()");
    assert_eq!(line(&p, 1, 7), "mu.RUnlock()");
    assert_eq!(line(&p, 1, steps[5].pc), "wg.Done()");
    assert_eq!(line(&p, 0, 0), "go dbCall(i)");
    assert_eq!(line(&p, 0, 1), "wg.Wait()");
    assert!(p.text().contains("\tmu      sync.RWMutex") || p.text().contains("\tmu sync.RWMutex"));
}

#[test]
fn mutex_mode_turns_read_locks_into_locks() {
    let (_, p) = program("rwmutex", LockMode::Mutex);
    assert_eq!(line(&p, 1, 5), "mu.Lock()");
    assert_eq!(line(&p, 1, 7), "mu.Unlock()");
    assert!(p.text().contains("mu sync.Mutex"));
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
fn random_delays_draw_from_rand_and_import_it() {
    let (s, _) = program("mutex", LockMode::Mutex);
    let mut timing = s.timing.clone();
    timing.random_delay = true;
    let p = generate(&s, LockMode::Mutex, &timing);
    assert!(line(&p, 1, 0).starts_with("time.Sleep(time.Duration(rand.Intn(2000))"));
    assert!(p.text().contains("\"math/rand\""));
    let (_, fixed) = program("mutex", LockMode::Mutex);
    assert!(!fixed.text().contains("math/rand"));
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
    assert!(text.contains("listA sync.Mutex") && text.contains("listB sync.Mutex"));
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
    let p = generate(&s, LockMode::None, &s.timing);
    assert!(!p.text().contains("WaitGroup"));
    assert!(!p.text().contains("\"sync\""));
    assert_eq!(line(&p, 0, 0), "go f(i)");
    assert_eq!(line(&p, 0, 1), "time.Sleep(10 * time.Millisecond)");
}

//! The primitives' Go rules, pinned with goroutines on the scheduler's fibers. Every order here is
//! the scheduler's, so it is the same on every run and every machine.

use super::*;
use crate::channel::channel;
use crate::sched::on_fiber::on_fiber;
use crate::sched::{Pacing, Sched, Stop};
use std::sync::Arc;
use std::thread;
use std::time::Duration;
use syncscope_program::event::{Access, EventKind, Gid, LockAction};

/// One scripted goroutine: its probe writes "time name what" lines to the shared log.
pub(super) struct G {
    gid: Gid,
    sched: Arc<Sched>,
    log: Arc<std::sync::Mutex<Vec<String>>>,
}

impl G {
    pub(super) fn note(&self, who: Gid, what: String) {
        let at = self.sched.exact_now_us() / 1000;
        self.log.lock().unwrap().push(format!("{at} {who} {what}"));
    }

    pub(super) fn sleep_ms(&self, ms: u64) -> Result<(), Stop> {
        self.sched.sleep(self.gid, ms * 1000)
    }
}

impl Probe for G {
    fn me(&self) -> Gid {
        self.gid
    }
    fn lock(&self, access: Access, action: LockAction) {
        let action = match action {
            LockAction::Requeue { front: true } => "requeue-front".into(),
            LockAction::Requeue { front: false } => "requeue-back".into(),
            other => format!("{other:?}").to_lowercase(),
        };
        let access = format!("{access:?}").to_lowercase();
        self.note(self.gid, format!("{action}-{access}"));
    }
    fn woken(&self, who: Gid, _: Access) {
        self.note(who, "woken".into());
    }
    fn starving(&self, on: bool) {
        self.note(self.gid, format!("starving={on}"));
    }
    fn wait_group_blocks(&self) {
        self.note(self.gid, "wg-wait".into());
    }
    fn wait_group_counter(&self, _: u32, counter: i64) {
        self.note(self.gid, format!("wg={counter}"));
    }
    fn wait_returned(&self) {
        self.note(self.gid, "wg-returned".into());
    }
}

pub(super) type Script<T> = Box<dyn FnOnce(&G, &T) -> Result<(), Stop> + Send>;

/// Runs `scripts` as goroutines g1.. on `shared` (made from the scheduler), and returns the
/// log. `main` starts each one and lets it run until it stops before starting the next, so
/// goroutines that arrive at the same instant arrive in the order of the list. The log: a Go panic ends the log with it, a deadlock with "deadlock".
pub(super) fn run<T: Send + Sync + 'static>(
    shared: impl FnOnce(Arc<Sched>) -> T,
    scripts: Vec<Script<T>>,
) -> Vec<String> {
    let (sink, source) = channel();
    let sched = Arc::new(Sched::new(1, Pacing::Instant, 1.0, 1, sink));
    let shared = Arc::new(shared(sched.clone()));
    let log = Arc::new(std::sync::Mutex::new(Vec::new()));
    let started = Arc::new(std::sync::Mutex::new(Vec::new()));
    let main = {
        let (sched, log, started) = (sched.clone(), log.clone(), started.clone());
        on_fiber(&sched.clone(), Gid::MAIN, move || {
            for (i, script) in scripts.into_iter().enumerate() {
                let g = G {
                    gid: Gid(i as u32 + 1),
                    sched: sched.clone(),
                    log: log.clone(),
                };
                let shared = shared.clone();
                let fiber = on_fiber(&sched, g.gid, move || {
                    let outcome = g.sched.first_turn(g.gid).and_then(|()| script(&g, &shared));
                    if let Err(Stop::Panic(message)) = outcome {
                        g.note(g.gid, message);
                        g.sched.cancel();
                    }
                    g.sched.exit(g.gid);
                });
                started.lock().unwrap().push(fiber);
                sched.go(Gid(i as u32 + 1));
                if sched.yield_now(Gid::MAIN).is_err() {
                    break; // a goroutine's panic ended the run
                }
            }
            sched.exit(Gid::MAIN);
        })
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !main.is_finished() || started.lock().unwrap().iter().any(|t| !t.is_finished()) {
        let ended = source.try_iter().flatten().any(|e| {
            matches!(
                e.kind,
                EventKind::End(syncscope_program::event::Ending::Deadlock)
            )
        });
        if ended {
            log.lock().unwrap().push("deadlock".into());
            sched.cancel();
        }
        assert!(std::time::Instant::now() < deadline, "the run hangs");
        thread::sleep(Duration::from_millis(1));
    }
    main.join().unwrap();
    for t in std::mem::take(&mut *started.lock().unwrap()) {
        t.join().unwrap();
    }
    Arc::try_unwrap(log).unwrap().into_inner().unwrap()
}

pub(super) fn script<T>(f: impl FnOnce(&G, &T) -> Result<(), Stop> + Send + 'static) -> Script<T> {
    Box::new(f)
}

/// Only the lines that contain `word`.
fn only<'a>(log: &'a [String], word: &str) -> Vec<&'a str> {
    log.iter()
        .map(String::as_str)
        .filter(|l| l.contains(word))
        .collect()
}

fn mutex(sched: Arc<Sched>) -> Mutex {
    Mutex::new(sched)
}

/// Lock, hold `ms`, unlock.
fn hold(g: &G, m: &Mutex, ms: u64) -> Result<(), Stop> {
    m.lock(g)?;
    g.sleep_ms(ms)?;
    m.unlock(g)
}

#[test]
fn a_running_goroutine_beats_the_waiter_its_unlock_woke() {
    let log = run(
        mutex,
        vec![
            script(|g, m: &Mutex| {
                hold(g, m, 300)?;
                hold(g, m, 300)
            }),
            script(|g, m: &Mutex| {
                g.sleep_ms(100)?;
                hold(g, m, 300)
            }),
        ],
    );
    assert_eq!(
        only(&log, "g2"),
        [
            "100 g2 wait-write",
            "300 g2 woken",
            // Woken, but g1 relocked first; g2 had waited 200 ms: starving, to the front.
            "300 g2 starving=true",
            "300 g2 requeue-front-write",
            // The hand-off to the last waiter ends starvation mode.
            "600 g2 woken",
            "600 g2 starving=false",
            "600 g2 acquire-write",
            "900 g2 release-write",
        ]
    );
    assert_eq!(
        only(&log, "acquire"),
        [
            "0 g1 acquire-write",
            "300 g1 acquire-write",
            "600 g2 acquire-write"
        ]
    );
}

#[test]
fn a_waiter_that_waited_over_1ms_starts_starvation_mode_and_hands_off_fifo() {
    // Five goroutines lock twice in a row, arriving at 0, 100, 150, 200 and 250 ms. Go 1.19
    // acquires g1 g1 g2 g3 g4 g5 g2 g3 g4 g5 (tests/against_go has the program).
    let arrivals = [0, 100, 150, 200, 250];
    let scripts = arrivals
        .iter()
        .map(|&at| {
            script(move |g: &G, m: &Mutex| {
                g.sleep_ms(at)?;
                hold(g, m, 300)?;
                hold(g, m, 300)
            })
        })
        .collect();
    let log = run(mutex, scripts);
    let order: Vec<&str> = only(&log, "acquire")
        .iter()
        .map(|l| l.split(' ').nth(1).unwrap())
        .collect();
    assert_eq!(
        order,
        ["g1", "g1", "g2", "g3", "g4", "g5", "g2", "g3", "g4", "g5"]
    );
    assert_eq!(
        only(&log, "starving"),
        ["300 g2 starving=true", "2700 g5 starving=false"],
        "g5 is the last waiter when it gets the lock, so the Mutex turns normal"
    );
}

#[test]
fn a_waiter_that_waited_under_1ms_does_not_start_starvation_mode() {
    let log = run(
        mutex,
        vec![
            script(|g, m: &Mutex| {
                m.lock(g)?;
                // g2 queues at this instant; the unlock wakes it and the relock beats it.
                g.sched.yield_now(g.gid)?;
                m.unlock(g)?;
                m.lock(g)?;
                g.sleep_ms(5)?;
                m.unlock(g)
            }),
            script(|g, m: &Mutex| hold(g, m, 0)),
        ],
    );
    assert_eq!(
        only(&log, "g2"),
        [
            "0 g2 wait-write",
            "0 g2 woken",
            "0 g2 requeue-front-write",
            "5 g2 woken",
            "5 g2 acquire-write",
            "5 g2 release-write",
        ]
    );
    assert!(only(&log, "starving").is_empty(), "{log:#?}");
}

#[test]
fn unlock_of_an_unlocked_mutex_is_gos_fatal_error_and_another_goroutine_may_unlock() {
    let log = run(
        mutex,
        vec![
            script(|g, m: &Mutex| m.lock(g)),
            script(|g, m: &Mutex| {
                g.sleep_ms(1)?;
                m.unlock(g)?; // legal in Go: a Mutex is not tied to a goroutine
                m.unlock(g)
            }),
        ],
    );
    assert_eq!(
        log.last().map(String::as_str),
        Some("1 g2 fatal error: sync: unlock of unlocked mutex")
    );
    assert_eq!(only(&log, "release"), ["1 g2 release-write"]);
}

fn rw(sched: Arc<Sched>) -> RwMutex {
    RwMutex::new(sched)
}

fn read(g: &G, rw: &RwMutex, ms: u64) -> Result<(), Stop> {
    rw.rlock(g)?;
    g.sleep_ms(ms)?;
    rw.runlock(g)
}

fn write(g: &G, rw: &RwMutex, ms: u64) -> Result<(), Stop> {
    rw.lock(g)?;
    g.sleep_ms(ms)?;
    rw.unlock(g)
}

#[test]
fn readers_share_and_an_announced_writer_holds_back_new_readers() {
    let log = run(
        rw,
        vec![
            script(|g, rw: &RwMutex| read(g, rw, 300)),
            script(|g, rw: &RwMutex| {
                g.sleep_ms(10)?;
                read(g, rw, 300)
            }),
            script(|g, rw: &RwMutex| {
                g.sleep_ms(20)?;
                write(g, rw, 100)
            }),
            script(|g, rw: &RwMutex| {
                g.sleep_ms(30)?;
                read(g, rw, 100)
            }),
        ],
    );
    assert_eq!(
        only(&log, "acquire"),
        [
            "0 g1 acquire-read",
            "10 g2 acquire-read",
            // g3 waits for g1 and g2; g4 arrives after g3 announced itself and waits too.
            "310 g3 acquire-write",
            "410 g4 acquire-read",
        ]
    );
    assert!(log.contains(&"20 g3 claim-write".to_string()), "{log:#?}");
    assert!(log.contains(&"30 g4 wait-read".to_string()), "{log:#?}");
}

#[test]
fn a_writer_queued_behind_a_writer_holds_back_nobody() {
    let log = run(
        rw,
        vec![
            script(|g, rw: &RwMutex| write(g, rw, 300)),
            script(|g, rw: &RwMutex| {
                g.sleep_ms(10)?;
                write(g, rw, 100)
            }),
            script(|g, rw: &RwMutex| {
                g.sleep_ms(20)?;
                read(g, rw, 100)
            }),
        ],
    );
    assert_eq!(
        only(&log, "acquire"),
        [
            "0 g1 acquire-write",
            // g3 queued during g1's write, so g1's Unlock lets it in first; g2 (queued on
            // the writers' Mutex, not announced) then announces itself and waits for g3.
            "300 g3 acquire-read",
            "400 g2 acquire-write",
        ]
    );
}

#[test]
fn unlock_then_rlock_at_once_reads_before_the_next_writer() {
    let log = run(
        rw,
        vec![
            script(|g, rw: &RwMutex| {
                write(g, rw, 300)?;
                read(g, rw, 100)
            }),
            script(|g, rw: &RwMutex| {
                g.sleep_ms(10)?;
                write(g, rw, 100)
            }),
        ],
    );
    assert_eq!(
        only(&log, "acquire"),
        [
            "0 g1 acquire-write",
            "300 g1 acquire-read",
            "400 g2 acquire-write"
        ]
    );
}

#[test]
fn rwmutex_misuse_is_gos_fatal_error() {
    let unlock = run(rw, vec![script(|g, rw: &RwMutex| rw.unlock(g))]);
    assert_eq!(
        unlock.last().map(String::as_str),
        Some("0 g1 fatal error: sync: Unlock of unlocked RWMutex")
    );
    let runlock = run(
        rw,
        vec![script(|g, rw: &RwMutex| {
            rw.lock(g)?;
            rw.runlock(g)
        })],
    );
    assert_eq!(
        runlock.last().map(String::as_str),
        Some("0 g1 fatal error: sync: RUnlock of unlocked RWMutex")
    );
}

#[test]
fn wait_group_releases_its_waiter_at_zero_and_panics_when_reused_too_soon() {
    let log = run(
        |sched| WaitGroup::new(0, sched),
        vec![
            script(|g, wg: &WaitGroup| {
                wg.add(1, g)?;
                wg.wait(g)
            }),
            script(|g, wg: &WaitGroup| {
                g.sleep_ms(100)?;
                wg.done(g)?;
                // Add again before the woken Wait has returned: Go's misuse panic, in g1.
                wg.add(1, g)
            }),
        ],
    );
    assert_eq!(
        log,
        [
            "0 g1 wg=1",
            "0 g1 wg-wait",
            "100 g2 wg=0",
            "100 g2 wg=1",
            "100 g1 panic: sync: WaitGroup is reused before previous Wait has returned",
        ]
    );
}

#[test]
fn wait_on_a_zero_counter_returns_at_once_and_a_negative_counter_panics() {
    let log = run(
        |sched| WaitGroup::new(0, sched),
        vec![script(|g, wg: &WaitGroup| {
            wg.wait(g)?;
            wg.add(1, g)?;
            wg.done(g)?;
            wg.done(g)
        })],
    );
    assert_eq!(
        log,
        [
            "0 g1 wg-returned",
            "0 g1 wg=1",
            "0 g1 wg=0",
            "0 g1 wg=-1",
            "0 g1 panic: sync: negative WaitGroup counter",
        ]
    );
}

#[test]
fn nobody_left_to_unlock_is_a_deadlock() {
    let log = run(
        mutex,
        vec![
            script(|g, m: &Mutex| m.lock(g)),
            script(|g, m: &Mutex| {
                g.sleep_ms(1)?;
                m.lock(g)
            }),
        ],
    );
    assert_eq!(log.last().map(String::as_str), Some("deadlock"));
}

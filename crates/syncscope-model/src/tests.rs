//! The model on fixed event streams: no threads, no clock.

use super::*;
use syncscope_program::event::{LockMode, RunInfo, WgCount};
use syncscope_program::{Build, DoneTable, Knobs, Lesson, Listing, Program, Source, Uses};

/// The tutorials' workload as the model sees it: `workers` goroutines that each append once
/// and call `Done` once, under one lock `mu`.
#[derive(Debug)]
struct Tutorial;

impl Build for Tutorial {
    fn program(&self, _: &RunInfo) -> Program {
        Program::default()
    }

    fn listing(&self, _: &RunInfo) -> Listing {
        Listing::default()
    }

    fn outline(&self, run: &RunInfo) -> Outline {
        let workers = run.workers as usize;
        Outline {
            lanes: 1 + workers,
            most_goroutines: run.workers,
            expected_results: Some(workers),
            span_us: 2_600_000,
            dones: Some(DoneTable {
                lanes: [vec![0], vec![1; workers]].concat(),
                steps: Default::default(),
            }),
        }
    }
}

pub(super) fn info(workers: u32) -> RunInfo {
    let lesson = Lesson {
        name: "mutex".into(),
        title: "A Mutex around the shared slice".into(),
        text: String::new(),
        predict: String::new(),
        mode: LockMode::Mutex,
        modes: LockMode::LOCKS.to_vec(),
        not_offered: Vec::new(),
        locks: vec!["mu".into()],
        knobs: Knobs {
            goroutines: workers,
            delay_ms: 2000,
            random_delay: false,
            seed: None,
            write_ms: 300,
            read_ms: 300,
            reads: 1,
            procs: Some(1),
            cost: false,
            args: Vec::new(),
        },
        uses: Uses::default(),
        source: Source {
            kind: "test".into(),
            text: String::new(),
        },
        build: std::sync::Arc::new(Tutorial),
    };
    RunInfo {
        lesson: std::sync::Arc::new(lesson),
        mode: LockMode::None,
        workers,
        delay_ms: 2000,
        random_delay: false,
        seed: 1,
        write_ms: 300,
        read_ms: 300,
        reads: 1,
        procs: 1,
        cost: false,
    }
}

/// Builds a run-1 stream with contiguous sequence numbers.
pub(super) fn stream(steps: Vec<(u64, u32, EventKind)>) -> Vec<Event> {
    steps
        .into_iter()
        .enumerate()
        .map(|(seq, (at_us, who, kind))| Event {
            run: 1,
            seq: seq as u64,
            at_ns: at_us * 1000,
            who: Gid(who),
            kind,
        })
        .collect()
}

fn store(slot: usize, value: u32, overwrote: Option<u32>) -> EventKind {
    EventKind::Store {
        slot,
        value: format!("id{value}").into(),
        overwrote: overwrote.map(|v| format!("id{v}").into()),
    }
}

pub(super) fn apply_all(events: &[Event]) -> Model {
    let mut model = Model::new(1);
    for e in events {
        model.apply(e);
    }
    model
}

#[test]
fn two_racing_appends_lose_one_update() {
    use State::*;
    let events = stream(vec![
        (0, 0, EventKind::RunStarted(Box::new(info(2)))),
        (0, 0, EventKind::State(Running)),
        (0, 0, EventKind::WaitGroup(WgCount::new(1, 1))),
        (0, 0, EventKind::WaitGroup(WgCount::new(1, 2))),
        (0, 0, EventKind::State(WaitingWg)),
        (0, 1, EventKind::State(Sleeping)),
        (0, 2, EventKind::State(Sleeping)),
        (2000, 1, EventKind::State(Writing)),
        (2000, 2, EventKind::State(Writing)),
        (2300, 1, store(0, 1, None)),
        (2300, 1, EventKind::Len(1)),
        (2300, 1, EventKind::State(Running)),
        (2300, 2, store(0, 2, Some(1))),
        (2300, 2, EventKind::Len(1)),
        (2300, 2, EventKind::State(Done)),
        (2300, 2, EventKind::WaitGroup(WgCount::new(1, 1))),
        (2300, 1, EventKind::State(Done)),
        (2300, 1, EventKind::WaitGroup(WgCount::new(1, 0))),
        (2300, 0, EventKind::State(Done)),
        (2300, 0, EventKind::End(Ending::Finished)),
    ]);
    let model = apply_all(&events);
    assert_eq!(model.max_writers, 2);
    assert_eq!(model.writers_now, 0);
    assert_eq!(model.wait_group, 0);
    assert_eq!(model.results.contents(), vec!["id2"]);
    assert_eq!(model.results.lost(), vec!["id1"]);
    assert_eq!(model.results.overwrites[0].by, Gid(2));
    assert_eq!(model.outcome(), Some(Outcome::LostUpdates));
    assert_eq!(model.total_us(), Some(2300));
    assert_eq!(model.lanes[1].time_in(Sleeping, 0), 2_000_000);
    assert_eq!(model.events.len(), events.len());
}

#[test]
fn events_of_another_run_are_ignored() {
    let mut model = Model::new(2);
    for e in stream(vec![(0, 0, EventKind::RunStarted(Box::new(info(3))))]) {
        model.apply(&e);
    }
    assert!(model.info.is_none());
    assert!(model.events.is_empty());
}

#[test]
fn a_deadlock_marks_every_blocked_lane() {
    use State::*;
    let model = apply_all(&stream(vec![
        (0, 0, EventKind::RunStarted(Box::new(info(1)))),
        (0, 0, EventKind::State(WaitingWg)),
        (5, 1, EventKind::State(WaitingLock)),
        (5, 0, EventKind::End(Ending::Deadlock)),
    ]));
    assert_eq!(model.lanes[0].current(), Some(Deadlocked));
    assert_eq!(model.lanes[1].current(), Some(Deadlocked));
    assert_eq!(model.outcome(), Some(Outcome::Deadlock));
}

#[test]
fn readers_are_counted_at_their_peak() {
    use State::*;
    let model = apply_all(&stream(vec![
        (0, 0, EventKind::RunStarted(Box::new(info(3)))),
        (1, 1, EventKind::State(Reading)),
        (2, 2, EventKind::State(Reading)),
        (3, 1, EventKind::State(Running)),
        (4, 3, EventKind::State(Reading)),
    ]));
    assert_eq!(model.max_readers, 2);
    assert_eq!(model.readers_now, 2);
    assert_eq!(model.outcome(), None);
}

#[test]
fn a_deadlocks_waits_are_named_as_gos_dump_names_them() {
    use State::*;
    let lock = |action, access| EventKind::Lock {
        lock: 0,
        access,
        action,
    };
    let (read, write) = (Access::Read, Access::Write);
    // main reads and never lets go; g1 has the writers' turn and waits for main's read, g2
    // waits behind g1 for the writers' Mutex, g3 reads after g1 announced itself.
    let model = apply_all(&stream(vec![
        (0, 0, EventKind::RunStarted(Box::new(info(3)))),
        (0, 0, lock(LockAction::Acquire, read)),
        (0, 0, EventKind::WaitGroup(WgCount::new(1, 3))),
        (0, 0, EventKind::State(WaitingWg)),
        (0, 1, lock(LockAction::Claim, write)),
        (0, 1, lock(LockAction::Wait, write)),
        (0, 1, EventKind::State(WaitingLock)),
        (1, 2, lock(LockAction::Wait, write)),
        (1, 2, EventKind::State(WaitingLock)),
        (2, 3, lock(LockAction::Wait, read)),
        (2, 3, EventKind::State(WaitingRLock)),
        (2, 0, EventKind::End(Ending::Deadlock)),
    ]));
    assert_eq!(
        model.who_waits(),
        [
            "main [sync.WaitGroup.Wait]: wg.Wait() with the counter at 3",
            "g1 [sync.RWMutex.Lock]: mu.Lock(), held by main",
            "g2 [sync.Mutex.Lock]: mu.Lock(), held by main",
            "g3 [sync.RWMutex.RLock]: mu.RLock(), held by main",
        ]
    );
}

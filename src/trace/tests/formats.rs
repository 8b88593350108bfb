//! Format 4 is the derives' rows; formats 2 and 3, as the hand-written codec wrote them,
//! still replay.

use super::*;
use crate::event::{Access, ChanOp, LockAction, State, WgCount};

/// A Go program's run as the format 3 code recorded it: GOMAXPROCS, CPU work, a struct's
/// Mutex made, a contended lock, atomics, channels, a select with a timer, and a panic.
const FORMAT_3: &str = include_str!("../../../tests/traces/format3.json");

fn format_3() -> Value {
    serde_json::from_str(FORMAT_3).expect("the fixture is JSON")
}

#[test]
fn a_format_3_trace_replays() {
    let doc = format_3();
    assert_eq!(doc["syncscope"]["format"], json!(3));
    let recording = from_json(&doc).expect("replays");
    let events: Vec<Event> = recording.events().collect();
    assert_eq!(events.len(), 129);
    assert_eq!(recording.info.lesson.source.kind, "go");
    assert_eq!((recording.info.seed, recording.info.procs), (1, 2));
    let at = |seq: usize| (events[seq].seq, events[seq].at_us(), events[seq].who.0);
    assert_eq!(at(71), (71, 3000, 3));
    // The irregular kinds, as they were meant.
    assert_eq!(events[3].kind, EventKind::SetProcs(2));
    assert_eq!(
        events[9].kind,
        EventKind::LockMade {
            lock: 1,
            name: "box.mu (2)".into()
        }
    );
    assert_eq!(
        events[66].kind,
        EventKind::Lock {
            lock: 1,
            access: Access::Write,
            action: LockAction::Woken
        }
    );
    assert_eq!(
        events[71].kind,
        EventKind::Chan {
            chan: 0,
            op: ChanOp::Recv {
                value: "job1".into(),
                ok: true,
                from: Some(Gid(2))
            }
        }
    );
    assert_eq!(
        events[108].kind,
        EventKind::Chan {
            chan: 1,
            op: ChanOp::Wait {
                send: None,
                select: true
            }
        }
    );
    assert_eq!(
        events[128].kind,
        EventKind::End(Ending::Panic("panic: close of closed channel".into()))
    );
    // Its model, written as format 5 and read back, is the same.
    let model = recording.model(1);
    assert_eq!(model.ending.as_ref().map(|e| e.1), Some(4_000_000));
    let again = from_json(&to_json(&model)).expect("replays").model(1);
    assert_eq!(again, model);
    // Labelled format 2 (the same rows without channels) it reads the same.
    let mut two = doc.clone();
    two["syncscope"]["format"] = json!(2);
    assert_eq!(from_json(&two).expect("replays").rest, recording.rest);
}

#[test]
fn damaged_old_rows_are_refused_with_the_event() {
    let doc = format_3();
    let refused = |edit: &dyn Fn(&mut Value)| {
        let mut doc = doc.clone();
        edit(&mut doc);
        from_json(&doc).unwrap_err()
    };
    let e = refused(&|d| {
        let start = d["syncscope"]["events"][0].clone();
        d["syncscope"]["events"][5] = json!([5, 0, 0, "start", start[4]]);
    });
    assert!(e.contains("event 5: a second start"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][0][4]["workers"] = json!(12_001));
    assert!(
        e.contains("workers 12001 is out of range: at most 12000"),
        "{e}"
    );
    let e = refused(&|d| d["syncscope"]["events"][3][4] = json!(0));
    assert!(e.contains("event 3: setprocs 0 is out of range"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][66][6] = json!("teleport"));
    assert!(e.contains("event 66: unknown variant `teleport`"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][71] = json!([71, 3000, 3, "chan", 0, "recv"]));
    assert!(e.contains("event 71: recv has 0 fields, not 3"), "{e}");
    let e = refused(&|d| d["syncscope"]["events"][2][2] = json!(5_000_000_000u64));
    assert!(
        e.contains("event 2: goroutine id 5000000000 too big"),
        "{e}"
    );
    let e = refused(&|d| d["syncscope"]["events"][0][3] = json!("state"));
    assert!(e.contains("do not start with the run's start"), "{e}");
}

/// Rows as the format 3 code wrote them, one of each kind and irregular field, and the events
/// they are.
#[test]
fn every_old_row_reads_as_the_event_it_was() {
    let text = |s: &str| -> Arc<str> { s.into() };
    let chan = |chan, op| EventKind::Chan { chan, op };
    let lock = |lock, access, action| EventKind::Lock {
        lock,
        access,
        action,
    };
    let rows = [
        (
            json!(["state", "waiting-rlock"]),
            EventKind::State(State::WaitingRLock),
        ),
        (
            json!(["at", 1, 65535]),
            EventKind::At { func: 1, pc: 65535 },
        ),
        (
            json!(["lock", 2, "r", "requeue-back"]),
            lock(2, Access::Read, LockAction::Requeue { front: false }),
        ),
        (
            json!(["lock", 2, "w", "requeue-front"]),
            lock(2, Access::Write, LockAction::Requeue { front: true }),
        ),
        (
            json!(["lock", 0, "w", "claim"]),
            lock(0, Access::Write, LockAction::Claim),
        ),
        (json!(["go", 3]), EventKind::Go(Gid(3))),
        (
            json!(["starving", 0, true]),
            EventKind::Starving { lock: 0, on: true },
        ),
        (
            json!(["wg", -1]),
            EventKind::WaitGroup(WgCount::new(WgCount::UNKNOWN_GROUP, -1)),
        ),
        (json!(["waited"]), EventKind::WaitReturned),
        (json!(["loadlen", 4]), EventKind::LoadLen(4)),
        (
            json!(["store", 4, "id2", "id1"]),
            EventKind::Store {
                slot: 4,
                value: text("id2"),
                overwrote: Some(text("id1")),
            },
        ),
        (
            json!(["store", 4, "id2", null]),
            EventKind::Store {
                slot: 4,
                value: text("id2"),
                overwrote: None,
            },
        ),
        (json!(["len", 5]), EventKind::Len(5)),
        (json!(["read", 5]), EventKind::Read(5)),
        (
            json!(["access", 0, true]),
            EventKind::Access {
                var: 0,
                write: true,
            },
        ),
        (
            json!(["output", "a\u{1b}b\n"]),
            EventKind::Output(text("a\u{1b}b\n")),
        ),
        (json!(["setprocs", 2]), EventKind::SetProcs(2)),
        (
            json!(["proc", 1, false]),
            EventKind::Proc { p: 1, on: false },
        ),
        (
            json!(["chan", 0, "make", "jobs", 3]),
            chan(
                0,
                ChanOp::Make {
                    name: text("jobs"),
                    cap: 3,
                },
            ),
        ),
        (
            json!(["chan", 0, "send", "x", null]),
            chan(
                0,
                ChanOp::Send {
                    value: text("x"),
                    to: None,
                },
            ),
        ),
        (
            json!(["chan", 0, "recv", "0", true, 0]),
            chan(
                0,
                ChanOp::Recv {
                    value: text("0"),
                    ok: true,
                    from: Some(Gid::MAIN),
                },
            ),
        ),
        (
            json!(["chan", 1, "wait", "v", true]),
            chan(
                1,
                ChanOp::Wait {
                    send: Some(text("v")),
                    select: true,
                },
            ),
        ),
        (json!(["chan", 1, "close"]), chan(1, ChanOp::Close)),
        (
            json!(["end", "panic", "panic: boom"]),
            EventKind::End(Ending::Panic("panic: boom".into())),
        ),
        (
            json!(["end", "budget", null]),
            EventKind::End(Ending::Budget),
        ),
        (
            json!(["end", "finished", null]),
            EventKind::End(Ending::Finished),
        ),
        (
            json!(["end", "deadlock", null]),
            EventKind::End(Ending::Deadlock),
        ),
        (
            json!(["atomic", 1, false]),
            EventKind::Atomic {
                var: 1,
                write: false,
            },
        ),
        (
            json!(["lockmade", 3, "mu (2)"]),
            EventKind::LockMade {
                lock: 3,
                name: text("mu (2)"),
            },
        ),
        (json!(["timerwait"]), EventKind::TimerWait),
    ];
    let start = json!([0, 0, 0, "start", {}]);
    for (tail, kind) in rows {
        let mut row = vec![json!(1), json!(7), json!(2)];
        row.extend(tail.as_array().expect("a row").iter().cloned());
        let row = Value::Array(row);
        let old = [start.clone(), row];
        let (_, upgraded) = old::upgrade(&old).expect("reads");
        let (seq, at_us, who, read) = Row::deserialize(&upgraded[0]).expect("a row");
        assert_eq!((seq, at_us, who, read), (1, 7, Gid(2), kind), "{tail}");
    }
}

#[test]
fn a_format_6_trace_is_the_derives_rows_in_nanoseconds_and_round_trips() {
    let model = live("mutex", LockMode::Mutex);
    let doc: Value = serde_json::from_str(&to_json(&model).to_string()).expect("valid JSON");
    let ours = &doc["syncscope"];
    assert_eq!(ours["format"], json!(6));
    assert_eq!(ours["run"]["scenario"], json!("mutex"));
    assert_eq!(ours["run"]["mode"], json!("mutex"));
    let rows = ours["events"].as_array().expect("rows");
    assert_eq!(rows.len(), model.events.len() - 1, "the start is `run`");
    assert_eq!(rows[0], json!([1, 0, 0, { "state": "running" }]));
    assert!(
        rows.iter()
            .all(|r| r.as_array().is_some_and(|r| r.len() == 4))
    );
    // The mutex run starves a waiter, which then goes to the front of the queue.
    let requeued = json!({ "requeue": { "front": true } });
    assert!(rows.iter().any(|r| r[3]["lock"]["action"] == requeued));
    let last = rows.last().and_then(|r| r[1].as_u64());
    assert_eq!(last, model.events.last().map(|e| e.at_ns), "rows carry ns");
    let replayed = from_json(&doc).expect("replays").model(model.run);
    assert_eq!(replayed, model);
    // The same rows labelled format 5 are microseconds, read a thousand times later.
    let mut five = doc.clone();
    five["syncscope"]["format"] = json!(5);
    let older = from_json(&five).expect("a format 5 trace replays");
    let at = older.rest.last().map(|e| e.at_ns);
    assert_eq!(at, last.map(|ns| ns * 1000));
}

/// The waitgroup lesson (3 workers, seed 2), recorded by the binary of the commit before
/// WaitGroups were told apart: its counters are numbers alone.
const FORMAT_4: &str = include_str!("../../../tests/traces/format4.json");

#[test]
fn a_format_4_trace_gives_its_counters_to_the_lessons_waitgroup() {
    let doc: Value = serde_json::from_str(FORMAT_4).expect("the fixture is JSON");
    assert_eq!(doc["syncscope"]["format"], json!(4));
    let recording = from_json(&doc).expect("a format 4 trace replays");
    let model = recording.model(1);
    let groups = &model.wait_groups.list;
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].name, "wg");
    assert_eq!((groups[0].peak, groups[0].counter), (3, 0));
    assert_eq!(model.wait_group_peak, 3);
    // Written again, as format 5, it reads the same.
    let again = from_json(&to_json(&model)).expect("replays").model(1);
    assert_eq!(again.wait_groups, model.wait_groups);
}

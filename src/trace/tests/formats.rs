//! Traces of the formats before, as they were written, still replay.

use super::*;
use crate::event::{Access, ChanOp, LockAction};

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
    let events = &recording.events;
    assert_eq!(events.len(), 129);
    assert_eq!(recording.info.lesson.source.kind, "go");
    assert_eq!((recording.info.seed, recording.info.procs), (1, 2));
    let at = |seq: usize| (events[seq].seq, events[seq].at_us, events[seq].who.0);
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
    // Its model, written as today's format and read back, is the same.
    let model = recording.model(1);
    assert_eq!(model.ending.as_ref().map(|e| e.1), Some(4000));
    let again = from_json(&to_json(&model)).expect("replays").model(1);
    assert_eq!(again, model);
    // Labelled format 2 (the same rows without channels) it reads the same.
    let mut two = doc.clone();
    two["syncscope"]["format"] = json!(2);
    assert_eq!(from_json(&two).expect("replays").events, recording.events);
}

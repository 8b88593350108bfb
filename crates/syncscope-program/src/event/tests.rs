//! The events' names on the wire are the app's names for them, and every kind comes back.

use super::*;
use serde_json::{Value, json};

fn wire<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

#[test]
fn states_modes_and_accesses_are_written_as_the_app_names_them() {
    for state in State::ALL {
        assert_eq!(wire(&state), json!(state.name()));
        assert_eq!(
            serde_json::from_value::<State>(json!(state.name())).ok(),
            Some(state)
        );
    }
    for mode in LockMode::ALL {
        assert_eq!(wire(&mode), json!(mode.key()));
    }
    assert_eq!(wire(&[Access::Read, Access::Write]), json!(["r", "w"]));
}

#[test]
fn every_kind_comes_back_as_it_went() {
    let text = |s: &str| -> Arc<str> { s.into() };
    let kinds = [
        EventKind::State(State::WaitingRLock),
        EventKind::At { func: 1, pc: 65535 },
        EventKind::Lock {
            lock: 2,
            access: Access::Read,
            action: LockAction::Requeue { front: false },
        },
        EventKind::Go(Gid(3)),
        EventKind::Starving { lock: 0, on: true },
        EventKind::WaitGroup(WgCount::new(2, -1)),
        EventKind::WaitReturned,
        EventKind::LoadLen(4),
        EventKind::Store {
            slot: 4,
            value: text("id2"),
            overwrote: Some(text("id1")),
        },
        EventKind::Len(5),
        EventKind::Read(5),
        EventKind::Access {
            var: 0,
            write: true,
        },
        EventKind::Output(text("a\u{1b}b\n")),
        EventKind::Stderr(text("2009/11/10 23:00:00 x\n")),
        EventKind::SetProcs(2),
        EventKind::Proc { p: 1, on: false },
        EventKind::Chan {
            chan: 0,
            op: ChanOp::Recv {
                value: text("0"),
                ok: false,
                from: None,
            },
        },
        EventKind::Chan {
            chan: 1,
            op: ChanOp::Wait {
                send: Some(text("v")),
                select: true,
            },
        },
        EventKind::Chan {
            chan: 1,
            op: ChanOp::Close,
        },
        EventKind::End(Ending::Panic("panic: boom".into())),
        EventKind::End(Ending::Budget),
        EventKind::End(Ending::Exit(1)),
        EventKind::Atomic {
            var: 1,
            write: false,
        },
        EventKind::LockMade {
            lock: 3,
            name: text("mu (2)"),
        },
        EventKind::TimerWait,
    ];
    for kind in kinds {
        let back = serde_json::from_value::<EventKind>(wire(&kind));
        assert_eq!(back.ok().as_ref(), Some(&kind));
    }
    // The short names and shapes a trace shows.
    assert_eq!(wire(&EventKind::WaitReturned), json!("waited"));
    assert_eq!(
        wire(&EventKind::WaitGroup(WgCount::new(1, 3))),
        json!({ "wg": { "group": 1, "counter": 3 } })
    );
    // A trace from before WaitGroups were told apart: the counter alone.
    let old = serde_json::from_value::<EventKind>(json!({ "wg": 3 }));
    assert_eq!(
        old.ok(),
        Some(EventKind::WaitGroup(WgCount::new(
            WgCount::UNKNOWN_GROUP,
            3
        )))
    );
    assert_eq!(
        wire(&EventKind::Lock {
            lock: 0,
            access: Access::Write,
            action: LockAction::Requeue { front: true },
        }),
        json!({ "lock": { "lock": 0, "access": "w", "action": { "requeue": { "front": true } } } })
    );
    assert_eq!(
        wire(&EventKind::End(Ending::Finished)),
        json!({ "end": "finished" })
    );
    // An older trace's output is the program's stdout; stderr has a kind of its own.
    assert_eq!(
        serde_json::from_value::<EventKind>(json!({ "output": "hi" })).ok(),
        Some(EventKind::Output(text("hi")))
    );
    assert_eq!(
        wire(&EventKind::Stderr(text("x"))),
        json!({ "stderr": "x" })
    );
    assert_eq!(
        wire(&EventKind::End(Ending::Exit(1))),
        json!({ "end": { "exit": 1 } })
    );
}

#[test]
fn no_row_reads_as_a_run_start_and_a_goroutine_too_big_says_so() {
    let start = json!({ "runstarted": {} });
    assert!(serde_json::from_value::<EventKind>(start).is_err());
    let e = serde_json::from_value::<Gid>(json!(5_000_000_000u64)).unwrap_err();
    assert!(
        e.to_string().contains("goroutine id 5000000000 too big"),
        "{e}"
    );
}

/// A run keeps every event (up to `MAX_EVENTS`), so their size is the run's memory: a rare
/// kind with texts of its own goes in a box rather than make every event as big.
#[test]
fn an_event_stays_small() {
    assert!(
        std::mem::size_of::<Event>() <= 72,
        "{} bytes",
        std::mem::size_of::<Event>()
    );
}

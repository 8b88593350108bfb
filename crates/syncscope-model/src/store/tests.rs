use super::*;
use std::sync::Arc;
use syncscope_program::event::{
    Access, Cancel, ChanOp, CondOp, Ending, Gid, LockAction, State, WgCount,
};

/// One of every kind, and each field at an edge.
fn kinds() -> Vec<EventKind> {
    let chan = |op| EventKind::Chan { chan: 3, op };
    vec![
        EventKind::State(State::Panicked),
        EventKind::State(State::Running),
        EventKind::At {
            func: 0,
            pc: u16::MAX,
        },
        EventKind::Lock {
            lock: 7,
            access: Access::Read,
            action: LockAction::Requeue { front: true },
        },
        EventKind::Lock {
            lock: 0,
            access: Access::Write,
            action: LockAction::Release,
        },
        EventKind::Go(Gid(100_000)),
        EventKind::WaitGroup(WgCount::new(2, -3)),
        EventKind::WaitGroup(WgCount::new(WgCount::UNKNOWN_GROUP, i64::MAX)),
        EventKind::WaitReturned,
        EventKind::LoadLen(5),
        EventKind::Store {
            slot: 1,
            value: "id2".into(),
            overwrote: Some("id1".into()),
        },
        EventKind::Store {
            slot: 0,
            value: "".into(),
            overwrote: None,
        },
        EventKind::Len(9),
        EventKind::Read(2),
        EventKind::Access {
            var: 3,
            write: true,
        },
        EventKind::Touch {
            var: 1,
            obj: u32::MAX,
            elem: Some(u32::MAX - 1),
            write: false,
        },
        EventKind::Touch {
            var: 0,
            obj: 0,
            elem: None,
            write: true,
        },
        EventKind::Output("héllo, ส\n".into()),
        EventKind::Stderr("log line\n".into()),
        EventKind::Proc { p: 3, on: true },
        chan(ChanOp::Send {
            value: "42".into(),
            to: Some(Gid(0)),
        }),
        chan(ChanOp::Recv {
            value: "0".into(),
            ok: false,
            from: None,
        }),
        chan(ChanOp::Wait {
            send: Some("x".into()),
            select: true,
        }),
        chan(ChanOp::Wait {
            send: None,
            select: false,
        }),
        chan(ChanOp::Close),
        chan(ChanOp::Make {
            name: "jobs".into(),
            cap: 4,
        }),
        EventKind::Atomic {
            var: 2,
            write: false,
        },
        EventKind::TimerWait,
        EventKind::Starving { lock: 1, on: true },
        EventKind::SetProcs(4),
        EventKind::LockMade {
            lock: 2,
            name: "c.mu".into(),
        },
        EventKind::Cond {
            cond: 0,
            op: CondOp::Broadcast {
                woke: vec![Gid(1), Gid(2)],
            },
        },
        EventKind::Cancel(Box::new(Cancel {
            id: 1,
            ctx: Arc::from("ctx"),
            err: Arc::from("context canceled"),
            cause: None,
            deadline_after_us: Some(5),
            inherited: true,
            chan: Some(2),
        })),
        EventKind::SawCancel {
            id: 1,
            ctx: "ctx".into(),
        },
        EventKind::End(Ending::Panic("panic: boom".into())),
    ]
}

fn events(kinds: Vec<EventKind>) -> Vec<Event> {
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| Event {
            run: 4,
            seq: i as u64,
            at_ns: (i as u64).pow(3) * 997,
            who: Gid(i as u32 % 5),
            kind,
        })
        .collect()
}

#[test]
fn every_kind_reads_back_as_it_was_written() {
    let written = events(kinds());
    let mut store = EventStore::new(4);
    for e in &written {
        store.push(e);
    }
    assert_eq!(store.len(), written.len());
    assert_eq!(store.iter().collect::<Vec<_>>(), written);
    assert_eq!(store.last().as_ref(), written.last());
    for (i, e) in written.iter().enumerate() {
        assert_eq!(store.get(i).as_ref(), Some(e), "event {i}");
    }
    assert_eq!(store.get(written.len()), None);
    let newest_first: Vec<Event> = written.iter().rev().cloned().collect();
    assert_eq!(store.iter_rev().collect::<Vec<_>>(), newest_first);
}

#[test]
fn a_long_run_reads_from_any_mark_and_costs_a_few_bytes_an_event() {
    let mut store = EventStore::new(1);
    let mut written = Vec::new();
    for i in 0..10_000u64 {
        let kind = match i % 3 {
            0 => EventKind::At {
                func: 1,
                pc: (i % 40) as u16,
            },
            1 => EventKind::State(State::Runnable),
            _ => EventKind::Touch {
                var: 2,
                obj: 17,
                elem: None,
                write: i % 2 == 0,
            },
        };
        let e = Event {
            run: 1,
            seq: i,
            at_ns: i * 35,
            who: Gid((i % 7) as u32),
            kind,
        };
        store.push(&e);
        written.push(e);
    }
    assert!(
        store.bytes() <= 8 * written.len(),
        "{} bytes",
        store.bytes()
    );
    for i in [0, 1023, 1024, 1025, 5000, 9999] {
        assert_eq!(store.get(i).as_ref(), Some(&written[i]), "event {i}");
        assert_eq!(store.iter_from(i).count(), written.len() - i);
    }
    assert!(store.iter_rev().eq(written.iter().rev().cloned()));
    let every_fifth = |e: &Event| e.seq.is_multiple_of(5);
    assert_eq!(store.rposition_before(5000, every_fifth), Some(4995));
    assert_eq!(store.rposition_before(1025, |e| e.seq == 3), Some(3));
    assert_eq!(store.rposition_before(3, |e| e.seq == 3), None);
    // Times 0, 35, 70...: 35 * 3000 is the 3001st event's.
    assert_eq!(store.count_until(35 * 3000), 3001);
    assert_eq!(store.count_until(35 * 3000 - 1), 3000);
    assert_eq!(store.count_until(u64::MAX), written.len());
}

#[test]
fn a_stream_that_skips_sequence_numbers_keeps_them() {
    let mut written = events(vec![EventKind::TimerWait; 4]);
    written[2].seq = 10;
    written[3].seq = 3;
    let mut store = EventStore::new(4);
    for e in &written {
        store.push(e);
    }
    assert_eq!(store.iter().collect::<Vec<_>>(), written);
}

#[test]
fn printed_megabytes_fill_chunks_and_read_back_across_them() {
    let line: Arc<str> = "x".repeat(999).into();
    let huge: Arc<str> = "y".repeat(3 << 20).into();
    let mut written = Vec::new();
    for i in 0..3000u64 {
        let text = if i == 1500 { &huge } else { &line };
        written.push(Event {
            run: 1,
            seq: i,
            at_ns: i,
            who: Gid(0),
            kind: EventKind::Output(text.clone()),
        });
    }
    let mut store = EventStore::new(1);
    for e in &written {
        store.push(e);
    }
    assert!(store.chunks.len() >= 3, "{} chunks", store.chunks.len());
    assert!(store.iter().eq(written.iter().cloned()));
    for i in [1023, 1024, 1499, 1500, 1501, 2048, 2999] {
        assert_eq!(store.get(i).as_ref(), Some(&written[i]), "event {i}");
    }
}

#[test]
fn a_clone_shares_what_was_written_and_each_side_goes_on_alone() {
    let written = events(kinds());
    let (before, after) = written.split_at(written.len() / 2);
    let mut store = EventStore::new(4);
    for e in before {
        store.push(e);
    }
    let mut kept = store.clone();
    assert!(Arc::ptr_eq(&store.chunks[0], &kept.chunks[0]), "shared");
    for e in after {
        store.push(e);
    }
    // The clone goes another way from the same point.
    let other = Event {
        kind: EventKind::Output("elsewhere\n".into()),
        ..after[0].clone()
    };
    kept.push(&other);
    assert_eq!(store.iter().collect::<Vec<_>>(), written);
    let mut theirs = before.to_vec();
    theirs.push(other);
    assert_eq!(kept.iter().collect::<Vec<_>>(), theirs);
}

//! The race detector's channel edges, from fixed event streams: a value passed over a channel
//! orders a write before a read; without it, the same accesses race.

use super::chan_tests::{chan, make, recv, run, send, v, wait_recv, wait_send};
use super::*;
use syncscope_program::event::ChanOp;

fn write(var: u16) -> EventKind {
    EventKind::Access { var, write: true }
}

fn read(var: u16) -> EventKind {
    EventKind::Access { var, write: false }
}

/// g1 writes variable 0, then passes a value to main, which reads it: `between` is the
/// passing, as events.
fn passed(between: Vec<(u64, u32, EventKind)>) -> Model {
    run(
        1,
        [
            vec![(1, 0, make(0, "done", 1)), (2, 1, write(0))],
            between,
            vec![(9, 0, read(0))],
        ]
        .concat(),
    )
}

#[test]
fn a_value_passed_over_a_channel_orders_a_write_before_a_read() {
    let buffered = passed(vec![
        (3, 1, chan(0, send("1", None))),
        (4, 0, chan(0, recv("1", None))),
    ]);
    assert!(buffered.races().is_empty(), "{:?}", buffered.races());
    let handed = passed(vec![
        (3, 0, EventKind::State(State::WaitingRecv)),
        (3, 0, chan(0, wait_recv(false))),
        (4, 1, chan(0, send("1", Some(0)))),
        (4, 0, chan(0, recv("1", Some(1)))),
    ]);
    assert!(handed.races().is_empty(), "{:?}", handed.races());
    let closed = passed(vec![
        (3, 1, chan(0, ChanOp::Close)),
        (
            4,
            0,
            chan(
                0,
                ChanOp::Recv {
                    value: v("0"),
                    ok: false,
                    from: None,
                },
            ),
        ),
    ]);
    assert!(closed.races().is_empty(), "{:?}", closed.races());
}

#[test]
fn without_the_channel_the_same_accesses_race() {
    let m = passed(vec![]);
    assert_eq!(m.races().len(), 1);
    assert_eq!((m.races()[0].who, m.races()[0].other), (Gid(0), Gid(1)));
    // A send the reader never receives orders nothing for it.
    let unreceived = passed(vec![(3, 1, chan(0, send("1", None)))]);
    assert_eq!(unreceived.races().len(), 1);
}

#[test]
fn a_receive_orders_what_came_before_it_before_the_send_it_lets_complete() {
    // Unbuffered: main receives from g1, then g1 reads what main wrote before.
    let m = run(
        1,
        vec![
            (1, 0, make(0, "ch", 0)),
            (2, 0, write(0)),
            (2, 0, EventKind::State(State::WaitingRecv)),
            (2, 0, chan(0, wait_recv(false))),
            (3, 1, chan(0, send("1", Some(0)))),
            (3, 0, chan(0, recv("1", Some(1)))),
            (4, 1, read(0)),
        ],
    );
    assert!(m.races().is_empty(), "{:?}", m.races());
    // Capacity 1: the first receive happens before the second send completes.
    let m = run(
        1,
        vec![
            (1, 0, make(0, "ch", 1)),
            (2, 1, chan(0, send("a", None))),
            (2, 1, EventKind::State(State::WaitingSend)),
            (2, 1, chan(0, wait_send("b", false))),
            (3, 0, write(0)),
            (4, 0, chan(0, recv("a", None))),
            (4, 1, chan(0, send("b", None))),
            (5, 1, read(0)),
        ],
    );
    assert!(m.races().is_empty(), "{:?}", m.races());
    // But a buffered send that had room is not after a later receive.
    let m = run(
        1,
        vec![
            (1, 0, make(0, "ch", 1)),
            (2, 0, write(0)),
            (3, 0, chan(0, recv("a", None))),
            (2, 1, chan(0, send("a", None))),
            (5, 1, read(0)),
        ],
    );
    assert_eq!(m.races().len(), 1);
}

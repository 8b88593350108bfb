//! Channels in the model, from fixed event streams: queues, buffers, hand-offs, and why a
//! deadlocked run waits.

use super::tests::{apply_all, info, stream};
use super::*;
use std::sync::Arc;
use syncscope_program::event::ChanOp;

pub(super) fn make(chan: u32, name: &str, cap: u32) -> EventKind {
    let name = name.into();
    EventKind::Chan {
        chan,
        op: ChanOp::Make { name, cap },
    }
}

pub(super) fn chan(chan: u32, op: ChanOp) -> EventKind {
    EventKind::Chan { chan, op }
}

pub(super) fn v(text: &str) -> Arc<str> {
    text.into()
}

pub(super) fn send(value: &str, to: Option<u32>) -> ChanOp {
    ChanOp::Send {
        value: v(value),
        to: to.map(Gid),
    }
}

pub(super) fn recv(value: &str, from: Option<u32>) -> ChanOp {
    ChanOp::Recv {
        value: v(value),
        ok: true,
        from: from.map(Gid),
    }
}

pub(super) fn wait_send(value: &str, select: bool) -> ChanOp {
    ChanOp::Wait {
        send: Some(v(value)),
        select,
    }
}

pub(super) fn wait_recv(select: bool) -> ChanOp {
    ChanOp::Wait { send: None, select }
}

fn start(workers: u32) -> Vec<(u64, u32, EventKind)> {
    let mut steps = vec![(0, 0, EventKind::RunStarted(Box::new(info(workers))))];
    for g in 1..=workers {
        steps.push((0, 0, EventKind::Go(Gid(g))));
    }
    steps
}

pub(super) fn run(workers: u32, steps: Vec<(u64, u32, EventKind)>) -> Model {
    apply_all(&stream([start(workers), steps].concat()))
}

#[test]
fn a_send_to_a_waiting_receiver_is_a_hand_off() {
    let m = run(
        1,
        vec![
            (1, 0, make(0, "jobs", 0)),
            (2, 1, EventKind::State(State::WaitingRecv)),
            (2, 1, chan(0, wait_recv(false))),
            (3, 0, chan(0, send("id2", Some(1)))),
            (3, 1, chan(0, recv("id2", Some(0)))),
        ],
    );
    let jobs = &m.chans.list[0];
    assert_eq!((&*jobs.name, jobs.cap), ("jobs", 0));
    assert!(jobs.receivers.is_empty() && jobs.buffer.is_empty());
    assert_eq!((jobs.sent, jobs.received), (1, 1));
    let h = &m.chans.handoffs[0];
    assert_eq!((h.at_ns, h.chan, h.from, h.to), (3000, 0, Gid(0), Gid(1)));
    assert_eq!(&*h.value, "id2");
}

#[test]
fn a_receive_from_a_full_buffer_lets_the_waiting_senders_value_in() {
    let m = run(
        1,
        vec![
            (1, 0, make(0, "results", 1)),
            (2, 0, chan(0, send("a", None))),
            (3, 0, EventKind::State(State::WaitingSend)),
            (3, 0, chan(0, wait_send("b", false))),
        ],
    );
    let results = &m.chans.list[0];
    assert_eq!(results.senders.len(), 1);
    assert_eq!(
        results.senders.first().and_then(|w| w.value.as_deref()),
        Some("b")
    );
    assert_eq!(results.buffer.len(), 1);
    let mut m = m;
    for e in stream(vec![
        (4, 1, chan(0, recv("a", None))),
        (4, 0, chan(0, send("b", None))),
    ]) {
        m.apply(&Event {
            seq: m.events.len() as u64,
            ..e
        });
    }
    let results = &m.chans.list[0];
    assert!(results.senders.is_empty());
    let held: Vec<(&str, Gid)> = results.buffer.iter().map(|s| (&*s.value, s.by)).collect();
    assert_eq!(held, [("b", Gid(0))]);
    assert_eq!((results.sent, results.received), (2, 1));
    assert!(
        m.chans.handoffs.is_empty(),
        "through the buffer, not handed"
    );
}

#[test]
fn a_select_that_goes_leaves_every_queue_and_a_timer_wake_too() {
    let m = run(
        2,
        vec![
            (1, 0, make(0, "jobs", 0)),
            (1, 0, make(1, "quit", 0)),
            (2, 1, EventKind::State(State::WaitingSelect)),
            (2, 1, chan(0, wait_recv(true))),
            (2, 1, chan(1, wait_recv(true))),
            (2, 2, EventKind::State(State::WaitingSelect)),
            (2, 2, chan(1, wait_recv(true))),
        ],
    );
    let waits: Vec<u32> = m.chans.waits_of(Gid(1)).iter().map(|(c, _)| *c).collect();
    assert_eq!(waits, [0, 1]);
    assert!(m.chans.list[0].receivers.first().is_some_and(|w| w.select));
    let mut m = m;
    let more = stream(vec![
        (3, 0, chan(0, send("x", Some(1)))),
        (3, 1, chan(0, recv("x", Some(0)))),
        // g2's select had a time.After case: it wakes with no channel event.
        (4, 2, EventKind::State(State::Running)),
    ]);
    for e in more {
        let seq = m.events.len() as u64;
        m.apply(&Event { seq, ..e });
    }
    assert!(m.chans.waits_of(Gid(1)).is_empty());
    assert!(m.chans.waits_of(Gid(2)).is_empty());
}

#[test]
fn close_wakes_the_receivers_and_says_who_closed() {
    let m = run(
        2,
        vec![
            (1, 0, make(0, "jobs", 2)),
            (2, 1, EventKind::State(State::WaitingRecv)),
            (2, 1, chan(0, wait_recv(false))),
            (2, 2, EventKind::State(State::WaitingRecv)),
            (2, 2, chan(0, wait_recv(false))),
            (3, 0, chan(0, ChanOp::Close)),
            (
                3,
                1,
                chan(
                    0,
                    ChanOp::Recv {
                        value: v("0"),
                        ok: false,
                        from: None,
                    },
                ),
            ),
        ],
    );
    let jobs = &m.chans.list[0];
    assert_eq!(jobs.closed, Some(Gid(0)));
    let left: Vec<Gid> = jobs.receivers.iter().map(|w| w.who).collect();
    assert_eq!(left, [Gid(2)], "g1 is out; g2's Recv is still to come");
    assert_eq!(
        jobs.received, 0,
        "a closed channel's zero value is no value received"
    );
}

#[test]
fn close_wakes_the_senders_to_panic_out_of_every_queue() {
    let m = run(
        1,
        vec![
            (1, 0, make(0, "jobs", 0)),
            (1, 0, make(1, "quit", 0)),
            (2, 1, EventKind::State(State::WaitingSelect)),
            (2, 1, chan(0, wait_send("x", true))),
            (2, 1, chan(1, wait_recv(true))),
            (3, 0, chan(0, ChanOp::Close)),
        ],
    );
    // The woken sender panics with no channel event of its own: the close takes g1 out.
    assert!(m.chans.list[0].senders.is_empty() && m.chans.list[1].receivers.is_empty());
}

#[test]
fn events_about_channels_never_made_are_ignored() {
    let m = run(
        1,
        vec![(1, 0, make(3, "far", 1)), (2, 0, chan(7, send("x", None)))],
    );
    assert!(m.chans.is_empty());
}

#[test]
fn a_deadlock_says_what_each_goroutine_waits_for_on_channels() {
    let m = run(
        4,
        vec![
            (1, 0, make(0, "jobs", 0)),
            (1, 0, make(1, "results", 1)),
            (1, 0, make(2, "quit", 0)),
            (2, 2, chan(1, send("id1", None))),
            (3, 2, EventKind::State(State::WaitingSend)),
            (3, 2, chan(1, wait_send("id2", false))),
            (4, 1, EventKind::State(State::WaitingSelect)),
            (4, 1, chan(0, wait_recv(true))),
            (4, 1, chan(2, wait_recv(true))),
            (5, 3, EventKind::State(State::WaitingRecv)),
            (6, 4, EventKind::State(State::WaitingSelect)),
            (7, 0, EventKind::State(State::WaitingRecv)),
            (7, 0, chan(0, wait_recv(false))),
            (8, 0, EventKind::End(Ending::Deadlock)),
        ],
    );
    assert_eq!(
        m.who_waits(),
        [
            "main [chan receive]: <-jobs, open, nobody sends",
            "g1 [select]: waits on jobs, quit",
            "g2 [chan send]: results <- \"id2\", buffer full (1 of 1)",
            "g3 [chan receive (nil chan)]: a receive from a nil channel blocks for ever",
            "g4 [select (no cases)]: blocks for ever",
        ]
    );
}

#[test]
fn values_are_quoted_unless_numbers_and_never_raw() {
    assert_eq!(shown_value("42"), "42");
    assert_eq!(shown_value("true"), "true");
    assert_eq!(shown_value("id 2"), "\"id 2\"");
    assert!(!shown_value("a\u{1b}[2J").contains('\u{1b}'));
}

//! How a select that returns leaves the queues it waited in.

use super::*;

fn chan() -> Chan<i64> {
    Chan {
        cap: 0,
        buf: VecDeque::new(),
        closed: false,
        zero: 0,
        recvq: VecDeque::new(),
        sendq: VecDeque::new(),
        left: 0,
    }
}

fn receiver(c: &mut Chan<i64>, g: u32) -> Arc<Slot<i64>> {
    let slot = Arc::new(Slot {
        outcome: Mutex::new(None),
    });
    c.recvq.push_back(Waiter {
        g: Gid(g),
        case: 0,
        slot: slot.clone(),
        value: None,
    });
    slot
}

#[test]
fn a_select_at_the_back_leaves_at_once() {
    let mut c = chan();
    receiver(&mut c, 1);
    let last = receiver(&mut c, 2);
    last.leave();
    c.leave(&last, 1);
    assert_eq!(c.recvq.len(), 1);
    assert_eq!(c.left, 0);
}

#[test]
fn selects_that_left_from_the_middle_are_never_served_and_are_swept() {
    let mut c = chan();
    let slots: Vec<_> = (0..100).map(|g| receiver(&mut c, g)).collect();
    // Every other one leaves (another case won); the last stays, so none is at the back.
    for s in slots.iter().take(99).step_by(2) {
        s.leave();
        c.leave(s, 1);
        assert!(c.recvq.len() <= 100);
    }
    assert!(c.left * 2 <= c.recvq.len(), "swept once half had left");
    // The first receiver served is the first that is still waiting: g1.
    let served = wake_first(&mut c.recvq, |w| Woke::Case(w.case, Some((7, true))));
    assert_eq!(served.map(|w| w.g), Some(Gid(1)));
}

#[test]
fn a_loop_of_selects_keeps_the_queue_small() {
    let mut c = chan();
    // g9 waits for good at the front; g1 queues behind it and leaves, a thousand times,
    // while g2's waiter sits behind g1's each time.
    receiver(&mut c, 9);
    for _ in 0..1000 {
        let mine = receiver(&mut c, 1);
        let other = receiver(&mut c, 2);
        mine.leave();
        c.leave(&mine, 1);
        other.leave();
        c.leave(&other, 1);
    }
    assert!(c.recvq.len() < 8, "{} waiters left behind", c.recvq.len());
}

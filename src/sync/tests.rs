//! The primitives' Go semantics, pinned with real threads. Orders are forced by waiting until
//! each thread is really blocked (seen through its probe), never by sleeping and hoping.

use super::*;
use crate::clock::{Clock, Pacing, Stop};
use crate::event::{Access, LockAction};
use crossbeam_channel::{Receiver, Sender, unbounded};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// Reports `(name, what)` for each step to the test.
struct Spy {
    name: &'static str,
    tx: Sender<(&'static str, String)>,
}

impl Probe for Spy {
    fn lock(&self, access: Access, action: LockAction) {
        let what = format!("{action:?}-{access:?}").to_lowercase();
        let _ = self.tx.send((self.name, what));
    }
    fn wait_group_blocks(&self) {
        let _ = self.tx.send((self.name, "wg-wait".into()));
    }
    fn wait_group_counter(&self, counter: i64) {
        let _ = self.tx.send((self.name, format!("wg={counter}")));
    }
}

fn clock() -> Arc<Clock> {
    let (tx, _rx) = crate::channel::channel();
    Arc::new(Clock::new(1, Pacing::RealTime, 1.0, tx))
}

fn expect(rx: &Receiver<(&'static str, String)>, name: &str, what: &str) {
    let got = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("a step within 10 s");
    assert_eq!((got.0, got.1.as_str()), (name, what));
}

#[test]
fn mutex_hands_off_in_fifo_order() {
    let clock = clock();
    let m = Arc::new(Mutex::new(clock.clone()));
    let (tx, rx) = unbounded();
    let main = Spy {
        name: "main",
        tx: tx.clone(),
    };
    m.lock(&main).unwrap();
    expect(&rx, "main", "acquire-write");
    let mut handles = Vec::new();
    for name in ["a", "b", "c"] {
        clock.spawned();
        let (m, tx) = (m.clone(), tx.clone());
        handles.push(thread::spawn(move || {
            let spy = Spy { name, tx };
            m.lock(&spy).unwrap();
            m.unlock(&spy).unwrap();
        }));
        // Each one really blocks before the next one arrives: the queue is a, b, c.
        expect(&rx, name, "wait-write");
    }
    m.unlock(&main).unwrap();
    expect(&rx, "main", "release-write");
    for name in ["a", "b", "c"] {
        expect(&rx, name, "acquire-write");
        expect(&rx, name, "release-write");
    }
    for h in handles {
        h.join().unwrap();
    }
}

#[test]
fn mutex_unlock_of_unlocked_is_gos_fatal_error() {
    let m = Mutex::new(clock());
    assert_eq!(
        m.unlock(&NoProbe),
        Err(Stop::Panic(
            "fatal error: sync: unlock of unlocked mutex".into()
        ))
    );
}

#[test]
fn readers_share_the_rwmutex() {
    let rw = RwMutex::new(clock());
    let (tx, rx) = unbounded();
    let (a, b) = (
        Spy {
            name: "a",
            tx: tx.clone(),
        },
        Spy { name: "b", tx },
    );
    rw.rlock(&a).unwrap();
    rw.rlock(&b).unwrap();
    expect(&rx, "a", "acquire-read");
    expect(&rx, "b", "acquire-read");
    rw.runlock(&a).unwrap();
    rw.runlock(&b).unwrap();
}

#[test]
fn waiting_writer_blocks_new_readers_and_readers_queued_during_a_write_go_first() {
    let clock = clock();
    let rw = Arc::new(RwMutex::new(clock.clone()));
    let (tx, rx) = unbounded();
    let r1 = Spy {
        name: "r1",
        tx: tx.clone(),
    };
    rw.rlock(&r1).unwrap();
    expect(&rx, "r1", "acquire-read");

    // w1 waits for r1 to leave; from then on newcomers queue behind it.
    let spawn = |name: &'static str, write: bool| {
        clock.spawned();
        let (rw, tx) = (rw.clone(), tx.clone());
        thread::spawn(move || {
            let spy = Spy { name, tx };
            if write {
                rw.lock(&spy).unwrap();
                rw.unlock(&spy).unwrap();
            } else {
                rw.rlock(&spy).unwrap();
                rw.runlock(&spy).unwrap();
            }
        })
    };
    let w1 = spawn("w1", true);
    expect(&rx, "w1", "wait-write");
    let r2 = spawn("r2", false);
    expect(&rx, "r2", "wait-read"); // a reader is free, but a writer waits: r2 must wait
    let w2 = spawn("w2", true);
    expect(&rx, "w2", "wait-write");

    rw.runlock(&r1).unwrap();
    expect(&rx, "r1", "release-read");
    expect(&rx, "w1", "acquire-write");
    expect(&rx, "w1", "release-write");
    // r2 queued during w1's turn, so it goes before w2, and w2 waits for it.
    expect(&rx, "r2", "acquire-read");
    expect(&rx, "r2", "release-read");
    expect(&rx, "w2", "acquire-write");
    expect(&rx, "w2", "release-write");
    for h in [w1, r2, w2] {
        h.join().unwrap();
    }
}

#[test]
fn rwmutex_misuse_is_gos_fatal_error() {
    let rw = RwMutex::new(clock());
    assert_eq!(
        rw.unlock(&NoProbe),
        Err(Stop::Panic(
            "fatal error: sync: Unlock of unlocked RWMutex".into()
        ))
    );
    assert_eq!(
        rw.runlock(&NoProbe),
        Err(Stop::Panic(
            "fatal error: sync: RUnlock of unlocked RWMutex".into()
        ))
    );
}

#[test]
fn wait_group_releases_waiters_at_zero() {
    let clock = clock();
    let wg = Arc::new(WaitGroup::new(clock.clone()));
    let (tx, rx) = unbounded();
    let main = Spy {
        name: "main",
        tx: tx.clone(),
    };
    wg.add(2, &main).unwrap();
    expect(&rx, "main", "wg=2");
    clock.spawned();
    let waiter = {
        let (wg, tx) = (wg.clone(), tx.clone());
        thread::spawn(move || {
            wg.wait(&Spy {
                name: "w",
                tx: tx.clone(),
            })
            .unwrap();
            let _ = tx.send(("w", "returned".into()));
        })
    };
    expect(&rx, "w", "wg-wait");
    wg.done(&main).unwrap();
    expect(&rx, "main", "wg=1");
    assert!(
        rx.recv_timeout(Duration::from_millis(50)).is_err(),
        "still waiting at 1"
    );
    wg.done(&main).unwrap();
    expect(&rx, "main", "wg=0");
    expect(&rx, "w", "returned");
    waiter.join().unwrap();
}

#[test]
fn negative_wait_group_counter_panics_with_gos_words() {
    let wg = WaitGroup::new(clock());
    wg.add(1, &NoProbe).unwrap();
    wg.done(&NoProbe).unwrap();
    assert_eq!(
        wg.done(&NoProbe),
        Err(Stop::Panic(
            "panic: sync: negative WaitGroup counter".into()
        ))
    );
}

#[test]
fn cancelling_wakes_a_blocked_locker() {
    let clock = clock();
    let m = Arc::new(Mutex::new(clock.clone()));
    m.lock(&NoProbe).unwrap();
    let (tx, rx) = unbounded();
    clock.spawned();
    let blocked = {
        let m = m.clone();
        thread::spawn(move || m.lock(&Spy { name: "b", tx }))
    };
    expect(&rx, "b", "wait-write");
    clock.cancel();
    m.interrupt();
    assert_eq!(blocked.join().unwrap(), Err(Stop::Cancelled));
}

#[test]
fn racing_appends_that_read_the_same_length_lose_one() {
    let s = RacySlice::with_capacity(2);
    let (a, b) = (s.begin_append(), s.begin_append());
    assert_eq!(s.finish_append(a, 1), None);
    assert_eq!(s.finish_append(b, 2), Some(1));
    assert_eq!(s.snapshot(), vec![2]);
}

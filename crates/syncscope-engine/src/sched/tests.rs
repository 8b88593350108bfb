use super::on_fiber::{Joined, on_fiber};
use super::*;
use crate::channel::{EventSource, channel};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::thread;
use std::time::Duration;

fn sched(pacing: Pacing) -> (Arc<Sched>, EventSource) {
    let (tx, rx) = channel();
    (Arc::new(Sched::new(1, pacing, 1.0, 1, tx)), rx)
}

/// Starts goroutine `g` from the running `main`: its fiber waits for its turn, runs `body`
/// and returns.
fn go(s: &Arc<Sched>, g: u32, body: impl FnOnce(&Sched, Gid) + Send + 'static) -> Joined<()> {
    let s2 = s.clone();
    let handle = on_fiber(s, Gid(g), move || {
        if s2.first_turn(Gid(g)).is_ok() {
            body(&s2, Gid(g));
        }
        s2.exit(Gid(g));
    });
    s.go(Gid(g));
    handle
}

fn who_reported(rx: &EventSource) -> Vec<(u64, u32)> {
    rx.try_iter()
        .flatten()
        .filter(|e| matches!(e.kind, EventKind::Read(_)))
        .map(|e| (e.at_us(), e.who.0))
        .collect()
}

#[test]
fn goroutines_started_together_run_last_first_then_in_order() {
    // Go's runnext: each `go` takes the slot, pushing the one before to the queue's back.
    let (s, rx) = sched(Pacing::Instant);
    let handles: Vec<_> = (1..=3)
        .map(|g| go(&s, g, |s, me| s.emit(me, EventKind::Read(0))))
        .collect();
    s.exit(Gid::MAIN);
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(who_reported(&rx), [(0, 3), (0, 1), (0, 2)]);
}

#[test]
fn timers_fire_in_time_order_and_each_wakes_into_runnext() {
    let (s, rx) = sched(Pacing::Instant);
    let handles: Vec<_> = [(1, 300), (2, 100), (3, 200), (4, 100)]
        .into_iter()
        .map(|(g, ms)| {
            go(&s, g, move |s, me| {
                s.sleep(me, ms * 1000).unwrap();
                s.emit(me, EventKind::Read(0));
            })
        })
        .collect();
    s.exit(Gid::MAIN);
    for h in handles {
        h.join().unwrap();
    }
    // g4 and g2 both wake at 100 ms. g4 started first (runnext) so it slept first and wakes
    // first, then g2 takes runnext and runs before it.
    assert_eq!(
        who_reported(&rx),
        [(100_000, 2), (100_000, 4), (200_000, 3), (300_000, 1)]
    );
}

#[test]
fn a_zero_sleep_returns_at_once_without_letting_anyone_run() {
    let (s, rx) = sched(Pacing::Instant);
    let h = go(&s, 1, |s, me| s.emit(me, EventKind::Read(1)));
    s.sleep(Gid::MAIN, 0).unwrap();
    s.emit(Gid::MAIN, EventKind::Read(0));
    s.exit(Gid::MAIN);
    h.join().unwrap();
    assert_eq!(who_reported(&rx), [(0, 0), (0, 1)]);
}

#[test]
fn nothing_runnable_and_nobody_sleeping_is_a_deadlock() {
    let (s, rx) = sched(Pacing::Instant);
    let waiter = {
        let s2 = s.clone();
        on_fiber(&s, Gid::MAIN, move || s2.block(Gid::MAIN))
    };
    let end = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(end[0].kind, EventKind::End(Ending::Deadlock));
    s.cancel();
    assert_eq!(waiter.join().unwrap(), Err(Stop::Cancelled));
}

#[test]
fn cancel_wakes_a_long_sleeper() {
    let (s, _rx) = sched(Pacing::RealTime);
    let sleeper = {
        let s2 = s.clone();
        on_fiber(&s, Gid::MAIN, move || s2.sleep(Gid::MAIN, 3_600_000_000))
    };
    thread::sleep(Duration::from_millis(20));
    s.cancel();
    assert_eq!(sleeper.join().unwrap(), Err(Stop::Cancelled));
}

#[test]
fn a_cancelled_run_reports_nothing_more() {
    let (s, rx) = sched(Pacing::Instant);
    s.emit(Gid::MAIN, EventKind::Read(0));
    s.cancel();
    s.emit(Gid(1), EventKind::Read(1));
    s.exit(Gid::MAIN);
    let kinds: Vec<EventKind> = rx.try_iter().flatten().map(|e| e.kind).collect();
    assert_eq!(kinds, vec![EventKind::Read(0)]);
}

#[test]
fn pause_holds_the_running_goroutine_at_its_next_step() {
    let (s, rx) = sched(Pacing::Instant);
    let h = go(&s, 1, |s, me| {
        s.emit(me, EventKind::Read(1));
        // The viewer presses space while g1 is between two steps.
        s.set_paused(true);
        s.step(me, EventKind::Read(2)).unwrap();
        s.emit(me, EventKind::Read(3));
    });
    let main = {
        let s2 = s.clone();
        on_fiber(&s, Gid::MAIN, move || s2.exit(Gid::MAIN))
    };
    main.join().unwrap();
    thread::sleep(Duration::from_millis(30));
    assert_eq!(
        who_reported(&rx),
        [(0, 1), (0, 1)],
        "g1 reported its next step and stopped there"
    );
    s.set_paused(false);
    h.join().unwrap();
    assert_eq!(who_reported(&rx), [(0, 1)]);
}

#[test]
fn a_break_point_pauses_the_run_at_its_event() {
    let (s, _rx) = sched(Pacing::Instant);
    s.set_breaks(Breaks {
        lost_update: true,
        lock_wait: false,
    });
    let lost = EventKind::Store {
        slot: 0,
        value: "id1".into(),
        overwrote: Some("id2".into()),
    };
    s.emit(
        Gid::MAIN,
        EventKind::State(syncscope_program::event::State::Running),
    );
    s.emit(Gid::MAIN, lost.clone());
    assert!(s.is_paused());
    // The viewer asks at each event whether the run stopped there: only at the lost update.
    assert_eq!(s.break_at(0), None);
    assert_eq!(s.break_at(1), Some(Break::LostUpdate));
    s.set_paused(false);
    s.emit(Gid::MAIN, lost);
    assert!(!s.is_paused(), "only the first lost update breaks");
    assert_eq!(s.break_at(2), None);
}

#[test]
fn real_time_stamps_what_instant_pacing_stamps() {
    let stamps = |pacing| {
        let (tx, rx) = channel();
        let s = Arc::new(Sched::new(1, pacing, 10.0, 1, tx));
        let handles: Vec<_> = [(1, 30), (2, 10)]
            .into_iter()
            .map(|(g, ms)| {
                go(&s, g, move |s, me| {
                    s.sleep(me, ms * 1000).unwrap();
                    s.emit(me, EventKind::Read(0));
                })
            })
            .collect();
        s.exit(Gid::MAIN);
        for h in handles {
            h.join().unwrap();
        }
        who_reported(&rx)
    };
    assert_eq!(stamps(Pacing::RealTime), stamps(Pacing::Instant));
}

#[test]
fn sequence_numbers_are_contiguous_and_a_long_burst_goes_out_in_full_batches() {
    let (s, rx) = sched(Pacing::Instant);
    for _ in 0..BATCH + 1 {
        s.emit(Gid::MAIN, EventKind::Read(0));
    }
    let sizes: Vec<usize> = rx.try_iter().map(|b| b.len()).collect();
    assert_eq!(
        sizes,
        vec![BATCH],
        "the rest waits for the goroutine to stop"
    );
    s.exit(Gid::MAIN);
    let seqs: Vec<u64> = rx.try_iter().flatten().map(|e| e.seq).collect();
    assert_eq!(seqs, vec![BATCH as u64]);
}

#[test]
fn a_hundred_thousand_goroutines_park_and_all_end_when_cancelled() {
    let (s, _rx) = sched(Pacing::Instant);
    let ended = Arc::new(AtomicUsize::new(0));
    let n = 100_000;
    let joined: Vec<_> = (1..=n)
        .map(|g| {
            let (s2, ended) = (s.clone(), ended.clone());
            on_fiber(&s, Gid(g), move || {
                let turn = s2.first_turn(Gid(g));
                ended.fetch_add(1, Ordering::SeqCst);
                turn
            })
        })
        .collect();
    // main never gives up its turn: every other goroutine is parked waiting for one.
    while s.parked_fibers() < n as usize {
        std::thread::yield_now();
    }
    assert_eq!(ended.load(Ordering::SeqCst), 0);
    s.cancel();
    for j in joined {
        assert!(j.join().unwrap().is_err(), "cancelled");
    }
    assert_eq!(ended.load(Ordering::SeqCst), n as usize);
}

#[test]
fn waiting_outside_a_fiber_is_refused_not_a_hang() {
    let (s, _rx) = sched(Pacing::Instant);
    let err = s.block(Gid::MAIN).expect_err("not a fiber");
    assert!(matches!(err, Stop::Panic(m) if m.contains("outside a fiber")));
}

use super::*;

#[test]
fn a_wake_up_before_the_park_is_kept_for_it() {
    let fibers = Arc::new(Fibers::default());
    fibers.wake(Gid(3));
    assert!(!fibers.enlist(Gid(3), None), "goes on at once");
    assert!(fibers.enlist(Gid(3), None), "the wake-up was used");
}

#[test]
fn a_parked_fiber_goes_on_when_woken_and_the_others_run_meanwhile() {
    let fibers = Arc::new(Fibers::default());
    let order = Arc::new(Mutex::new(Vec::new()));
    let (done_tx, done_rx) = crossbeam_channel::bounded(2);
    for g in [1, 2] {
        let (fibers2, order, done) = (fibers.clone(), order.clone(), done_tx.clone());
        let job: Job = Box::new(move || {
            order.lock().unwrap().push(format!("g{g} parks"));
            if fibers2.enlist(Gid(g), None) {
                park(true);
            }
            order.lock().unwrap().push(format!("g{g} woken"));
            done.send(()).unwrap();
        });
        fibers.spawn(Gid(g), job).unwrap();
    }
    while order.lock().unwrap().len() < 2 {
        std::thread::yield_now();
    }
    fibers.wake(Gid(2));
    done_rx.recv_timeout(Duration::from_secs(20)).unwrap();
    fibers.wake(Gid(1));
    done_rx.recv_timeout(Duration::from_secs(20)).unwrap();
    assert_eq!(
        *order.lock().unwrap(),
        ["g1 parks", "g2 parks", "g2 woken", "g1 woken"]
    );
}

#[test]
fn a_timed_park_ends_by_itself() {
    let fibers = Arc::new(Fibers::default());
    let (tx, rx) = crossbeam_channel::bounded(1);
    let f = fibers.clone();
    let job: Job = Box::new(move || {
        if f.enlist(Gid(1), Some(Duration::from_millis(5))) {
            park(true);
        }
        tx.send(()).unwrap();
    });
    fibers.spawn(Gid(1), job).unwrap();
    rx.recv_timeout(Duration::from_secs(20))
        .expect("woke by itself");
}

#[test]
fn locals_go_with_their_fiber() {
    // Each fiber's draws stay its own across parks, as a goroutine thread's did.
    let fibers = Arc::new(Fibers::default());
    let (tx, rx) = crossbeam_channel::bounded(2);
    for g in [1u32, 2] {
        let (f, tx) = (fibers.clone(), tx.clone());
        let job: Job = Box::new(move || {
            crate::cost::start(true, 7, g);
            let first = crate::cost::varied(1_000_000);
            if f.enlist(Gid(g), None) {
                park(true);
            }
            let second = crate::cost::varied(1_000_000);
            tx.send((g, first, second)).unwrap();
        });
        fibers.spawn(Gid(g), job).unwrap();
    }
    std::thread::sleep(Duration::from_millis(20));
    fibers.wake(Gid(2));
    fibers.wake(Gid(1));
    let mut got: Vec<_> = (0..2)
        .map(|_| rx.recv_timeout(Duration::from_secs(20)).unwrap())
        .collect();
    got.sort();
    // The same goroutine, alone on a thread, draws the same two.
    let alone = |g: u32| {
        std::thread::spawn(move || {
            crate::cost::start(true, 7, g);
            (
                g,
                crate::cost::varied(1_000_000),
                crate::cost::varied(1_000_000),
            )
        })
        .join()
        .unwrap()
    };
    assert_eq!(got, [alone(1), alone(2)]);
}

#[test]
fn a_goroutine_waiting_for_its_first_turn_starts_when_woken() {
    let fibers = Arc::new(Fibers::default());
    let (tx, rx) = crossbeam_channel::bounded(1);
    let job: Job = Box::new(move || tx.send(()).unwrap());
    fibers.spawn_unstarted(Gid(1), job).unwrap();
    assert!(
        rx.recv_timeout(Duration::from_millis(50)).is_err(),
        "not started: no fiber, no stack"
    );
    assert_eq!(fibers.board().unstarted.len(), 1);
    fibers.wake(Gid(1));
    rx.recv_timeout(Duration::from_secs(20))
        .expect("started once woken");
}

#[test]
fn after_a_cancel_nothing_waits_to_start_or_parks() {
    // A `go` the cancelled run's goroutine was in the middle of, or a park it was about to
    // make, must not leave a fiber nobody will wake: the run's machine would never end.
    let fibers = Arc::new(Fibers::default());
    fibers.wake_all();
    let (tx, rx) = crossbeam_channel::bounded(1);
    let job: Job = Box::new(move || tx.send(()).unwrap());
    fibers.spawn_unstarted(Gid(1), job).unwrap();
    rx.recv_timeout(Duration::from_secs(20))
        .expect("started at once");
    assert!(!fibers.enlist(Gid(2), None), "goes on at once");
}

/// Recurses `n` deep in frames of 2 KB, through stack segments once the fiber's stack is
/// short, and parks at the bottom; true if every frame finds its own bytes afterwards.
fn park_deep(n: u32, park_at_bottom: &dyn Fn()) -> bool {
    let pad = std::hint::black_box([n as u8; 2048]);
    let below = if n == 0 {
        park_at_bottom();
        true
    } else {
        crate::stack::grow(|| park_deep(n - 1, park_at_bottom))
    };
    below && pad.iter().all(|b| *b == n as u8)
}

/// Waits (a minute at most) until `n` fibers are parked.
fn wait_until_parked(fibers: &Fibers, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while fibers.parked() < n && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(fibers.parked(), n);
}

#[test]
fn past_a_few_thousand_fibers_parked_ones_are_packed_and_come_back_whole() {
    // Each fiber keeps a reference into its own stack across the park: its frames go back
    // to the same addresses, bytes and pointers as they were. One parks deep in stack
    // segments, which are not packed, and comes back whole too.
    let fibers = Arc::new(Fibers::default());
    let n = packed::PACK_PAST as u32 + 300;
    let (tx, rx) = crossbeam_channel::unbounded();
    for g in 0..n {
        let (f, tx) = (fibers.clone(), tx.clone());
        let job: Job = Box::new(move || {
            let mine: [u64; 64] = std::array::from_fn(|i| u64::from(g) << 16 | i as u64);
            let seen = std::hint::black_box(&mine);
            let park_here = || {
                if f.enlist(Gid(g), None) {
                    park(true);
                }
            };
            let deep_ok = if g == 7 {
                park_deep(200, &park_here)
            } else {
                park_here();
                true
            };
            let whole = seen
                .iter()
                .enumerate()
                .all(|(i, v)| *v == u64::from(g) << 16 | i as u64);
            tx.send((g, whole && deep_ok)).unwrap();
        });
        fibers.spawn(Gid(g), job).unwrap();
    }
    wait_until_parked(&fibers, n as usize);
    let packed = fibers.packed.load(std::sync::atomic::Ordering::Relaxed);
    assert!(
        packed >= 300 - 1,
        "the fibers parked past {} are packed: {packed}",
        packed::PACK_PAST
    );
    for g in (0..n).rev() {
        fibers.wake(Gid(g));
    }
    let mut broken: Vec<u32> = (0..n)
        .filter_map(|_| {
            let (g, whole) = rx.recv_timeout(Duration::from_secs(60)).unwrap();
            (!whole).then_some(g)
        })
        .collect();
    broken.sort();
    assert!(broken.is_empty(), "fibers whose frames changed: {broken:?}");
}

#[test]
fn a_suspension_is_measured_to_write_a_few_hundred_bytes_below_its_frame_at_most() {
    // Three registers at least (24 bytes); a debug build's frames take some 600.
    let below = packed::below().expect("measured");
    assert!((24..4096).contains(&below), "{below} bytes");
}

#[test]
fn fibers_that_wait_only_for_their_turn_are_not_packed() {
    // A preempted or yielding goroutine is back within a turn or two: packing it would cost
    // more than its pages.
    let fibers = Arc::new(Fibers::default());
    let n = packed::PACK_PAST as u32 + 50;
    let (tx, rx) = crossbeam_channel::unbounded();
    for g in 0..n {
        let (f, tx) = (fibers.clone(), tx.clone());
        let job: Job = Box::new(move || {
            if f.enlist(Gid(g), None) {
                park(false);
            }
            tx.send(g).unwrap();
        });
        fibers.spawn(Gid(g), job).unwrap();
    }
    wait_until_parked(&fibers, n as usize);
    assert_eq!(fibers.packed.load(std::sync::atomic::Ordering::Relaxed), 0);
    for g in 0..n {
        fibers.wake(Gid(g));
    }
    for _ in 0..n {
        rx.recv_timeout(Duration::from_secs(60)).unwrap();
    }
}

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
                park();
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
            park();
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
                park();
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

//! The cases: goroutine scripts in the words of `script.go`, one string per goroutine.

use syncscope::event::LockMode;

/// What syncscope runs for a case.
pub enum Side {
    /// A scenario made from the same scripts.
    Scripts,
    /// A built-in lesson, its delay and hold times divided by `scale`; the scripts say the
    /// same in Go.
    Lesson {
        name: &'static str,
        mode: LockMode,
        scale: u64,
    },
}

pub struct Case {
    pub name: &'static str,
    /// The locks are RWMutexes (else Mutexes).
    pub rw: bool,
    pub scripts: &'static [&'static str],
    pub side: Side,
    /// The `GOMAXPROCS` values Go runs it under: all must give the same order.
    pub procs: &'static [u32],
    /// How long `main` reads the results after `wg.Wait()` returns, in milliseconds.
    pub main_reads: u64,
}

/// The tutorials' `dbCall` at a fifth of the lesson's times: a 400 ms call, then 60 ms under
/// the lock to save and 60 ms to log.
const MUTEX_CALL: &str = "sleep:400 lock:mu append:60 unlock:mu lock:mu read:60 unlock:mu done";
const RW_CALL: &str = "sleep:400 lock:mu append:60 unlock:mu \
    rlock:mu read:60 runlock:mu rlock:mu read:60 runlock:mu rlock:mu read:60 runlock:mu done";
const MIXED_CALL: &str = "sleep:400 lock:mu append:60 unlock:mu rlock:mu read:60 runlock:mu done";
const READ_THRICE: &str = "sleep:400 rlock:mu read:40 runlock:mu rlock:mu read:40 runlock:mu rlock:mu read:40 runlock:mu done";
const WRITE_ONCE: &str = "sleep:100 lock:mu append:60 unlock:mu done";

const fn lesson(name: &'static str, mode: LockMode, scale: u64) -> Side {
    Side::Lesson { name, mode, scale }
}

pub static CASES: &[Case] = &[
    Case {
        name: "staggered-arrivals",
        rw: false,
        scripts: &[
            "lock:mu append:60 unlock:mu done",
            "sleep:20 lock:mu append:60 unlock:mu done",
            "sleep:40 lock:mu append:60 unlock:mu done",
            "sleep:60 lock:mu append:60 unlock:mu done",
            "sleep:80 lock:mu append:60 unlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1, 4],
        main_reads: 0,
    },
    // A running goroutine beats the waiter its Unlock woke; the loser, having waited over
    // 1 ms, turns the Mutex to starvation mode, and from then on it is first come first served.
    Case {
        name: "relock",
        rw: false,
        scripts: &[
            "lock:mu append:60 unlock:mu lock:mu append:60 unlock:mu done",
            "sleep:20 lock:mu append:60 unlock:mu lock:mu append:60 unlock:mu done",
            "sleep:30 lock:mu append:60 unlock:mu lock:mu append:60 unlock:mu done",
            "sleep:40 lock:mu append:60 unlock:mu lock:mu append:60 unlock:mu done",
            "sleep:50 lock:mu append:60 unlock:mu lock:mu append:60 unlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1, 4],
        main_reads: 0,
    },
    // A wait across a 1 ms sleep overruns 1 ms in Go, so the woken waiter that loses starts
    // starvation mode.
    Case {
        name: "starving-after-one-ms",
        rw: false,
        scripts: &[
            "lock:mu unlock:mu done",
            "lock:mu sleep:1 unlock:mu lock:mu sleep:1 unlock:mu lock:mu unlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    // More goroutines ready at once than Go's local run queue holds: the older half goes to
    // the global queue, which every 61st pick serves first. How many goroutines Go's runtime
    // has run before main.main differs from run to run (four most often, sometimes five), so
    // the global queue's turns fall one place apart.
    Case {
        name: "overflowing-the-run-queue",
        rw: false,
        scripts: &["lock:mu unlock:mu done"; 300],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-mutex",
        rw: false,
        scripts: &[MUTEX_CALL; 5],
        side: lesson("mutex", LockMode::Mutex, 5),
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-rwmutex",
        rw: true,
        scripts: &[RW_CALL; 5],
        side: lesson("rwmutex", LockMode::RwMutex, 5),
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-mutex-as-rwmutex",
        rw: true,
        scripts: &[MIXED_CALL; 5],
        side: lesson("mutex", LockMode::RwMutex, 5),
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-read-heavy",
        rw: true,
        scripts: &[
            WRITE_ONCE,
            WRITE_ONCE,
            READ_THRICE,
            READ_THRICE,
            READ_THRICE,
            READ_THRICE,
            READ_THRICE,
            READ_THRICE,
            READ_THRICE,
            READ_THRICE,
        ],
        side: lesson("read-heavy", LockMode::RwMutex, 5),
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-wide-lock",
        rw: false,
        scripts: &["lock:mu sleep:200 append:20 unlock:mu done"; 5],
        side: lesson("wide-lock", LockMode::Mutex, 5),
        procs: &[1],
        main_reads: 0,
    },
    // g2 waits on the writers' Mutex behind g1 and holds back nobody: g3, which asked to read
    // during g1's write, is let in by g1's Unlock first.
    Case {
        name: "writer-behind-writer",
        rw: true,
        scripts: &[
            "lock:mu append:100 unlock:mu done",
            "sleep:20 lock:mu append:40 unlock:mu done",
            "sleep:40 rlock:mu read:40 runlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1, 4],
        main_reads: 0,
    },
    Case {
        name: "readers-queued-during-a-write",
        rw: true,
        scripts: &[
            "lock:mu append:100 unlock:mu done",
            "sleep:20 rlock:mu read:50 runlock:mu done",
            "sleep:30 rlock:mu read:50 runlock:mu done",
            "sleep:40 lock:mu append:20 unlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    // g2 has announced itself and waits for g1 to stop reading; g3's RLock waits for g2.
    Case {
        name: "reader-while-a-writer-waits",
        rw: true,
        scripts: &[
            "rlock:mu read:100 runlock:mu done",
            "sleep:20 lock:mu append:20 unlock:mu done",
            "sleep:40 rlock:mu read:20 runlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1, 4],
        main_reads: 0,
    },
    Case {
        name: "unlock-then-rlock",
        rw: true,
        scripts: &[
            "lock:mu append:100 unlock:mu rlock:mu read:50 runlock:mu done",
            "sleep:20 lock:mu append:20 unlock:mu done",
        ],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "unlock-by-another-goroutine",
        rw: false,
        scripts: &["lock:mu done", "sleep:20 unlock:mu lock:mu unlock:mu done"],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-done-twice",
        rw: false,
        scripts: &[
            "sleep:300 lock:mu append:200 unlock:mu done done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
        ],
        side: lesson("done-twice", LockMode::Mutex, 1),
        procs: &[1],
        // main logs the results for 500 ms after Wait: long enough for the extra Done.
        main_reads: 500,
    },
    // The Done that lets main's Wait return, then an Add before Wait has returned.
    Case {
        name: "wait-group-reused",
        rw: false,
        scripts: &["sleep:20 done add:1"],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "unlock-of-unlocked",
        rw: false,
        scripts: &["lock:mu unlock:mu unlock:mu done"],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "runlock-of-unlocked",
        rw: true,
        scripts: &["rlock:mu runlock:mu runlock:mu done"],
        side: Side::Scripts,
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-forgot-done",
        rw: false,
        scripts: &[
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu",
        ],
        side: lesson("forgot-done", LockMode::Mutex, 1),
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-forgot-unlock",
        rw: false,
        // Its fixed 500 ms before the lock that is never unlocked must stay under the others'
        // delay, so this lesson runs at its own times.
        scripts: &[
            "sleep:500 lock:mu append:200 done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
            "sleep:1000 lock:mu append:200 unlock:mu done",
        ],
        side: lesson("forgot-unlock", LockMode::Mutex, 1),
        procs: &[1],
        main_reads: 0,
    },
    Case {
        name: "lesson-lock-order",
        rw: false,
        scripts: &[
            "lock:listA sleep:500 lock:listB append:40 unlock:listB unlock:listA done",
            "lock:listB sleep:500 lock:listA append:40 unlock:listA unlock:listB done",
        ],
        side: lesson("lock-order", LockMode::Mutex, 5),
        procs: &[1],
        main_reads: 0,
    },
];

//! Package `runtime`'s calls, `sync.Once` and `time.AfterFunc` as the views see them: the
//! states, locks and goroutines they report (what they print is compared with Go in
//! `against_go/programs/`).

use super::{go_info, run};
use syncscope::event::{Ending, EventKind, Gid, State};

#[test]
fn gosched_leaves_the_goroutine_runnable_until_its_turn_comes_back() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tgo fmt.Println(\"first\")\n\truntime.Gosched()\n\tfmt.Println(\"then main\")\n}\n";
    let m = run(go_info("yield.go", text, 1));
    assert_eq!(m.output.text, "first\nthen main\n");
    let states: Vec<State> = m.lanes[0].segments.iter().map(|s| s.state).collect();
    assert_eq!(
        states,
        [State::Running, State::Runnable, State::Running, State::Done]
    );
}

#[test]
fn gc_while_others_are_ready_to_run_is_not_acted_out_and_says_so() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\tgo fmt.Println(\"ready\")\n\truntime.GC()\n}\n";
    let m = run(go_info("gc.go", text, 1));
    let Some((Ending::Panic(message), _)) = &m.ending else {
        panic!("ends with {:?}", m.ending);
    };
    assert!(
        message.starts_with("syncscope does not run runtime.GC() while other goroutines"),
        "{message}"
    );
    let alone = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\truntime.GC()\n\tfmt.Println(runtime.NumGoroutine())\n}\n";
    let m = run(go_info("gc.go", alone, 1));
    assert_eq!(m.output.text, "1\n");
    assert_eq!(m.ending.map(|e| e.0), Some(Ending::Finished));
}

#[test]
fn a_once_is_a_lock_of_the_run_named_after_it_and_its_waiters_wait_on_it() {
    let text = "package main\n\nimport (\n\t\"sync\"\n\t\"time\"\n)\n\nvar once sync.Once\n\nfunc slow() { time.Sleep(20 * time.Millisecond) }\n\nfunc main() {\n\tgo once.Do(slow)\n\ttime.Sleep(time.Millisecond)\n\tonce.Do(slow)\n\tonce.Do(slow)\n}\n";
    let mut info = go_info("once.go", text, 1);
    // The sleeps' arithmetic alone (code taking time adds a few µs).
    info.cost = false;
    let m = run(info);
    assert_eq!(m.lock_names(), ["once.m"]);
    let main: Vec<State> = m.lanes[0].segments.iter().map(|s| s.state).collect();
    assert_eq!(
        main,
        [
            State::Running,
            State::Sleeping,
            State::Running,
            State::WaitingLock,
            State::Running,
            State::Done
        ]
    );
    assert_eq!(
        m.total_us(),
        Some(20_000),
        "main waited for g1's call to return"
    );
    assert_eq!(m.handoffs.len(), 1, "g1's unlock let main in");
}

#[test]
fn after_func_starts_its_goroutine_when_the_timer_fires_created_by_whoever_set_it() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tdone := make(chan bool)\n\ttime.AfterFunc(30*time.Millisecond, func() { done <- true })\n\tstopped := time.AfterFunc(time.Millisecond, func() { fmt.Println(\"never\") })\n\tfmt.Println(stopped.Stop())\n\t<-done\n}\n";
    let mut info = go_info("after.go", text, 1);
    // The timers' arithmetic alone (code taking time wakes the idle processor 50 µs late).
    info.cost = false;
    let m = run(info);
    assert_eq!(m.output.text, "true\n");
    assert_eq!(m.lanes.len(), 2, "the stopped timer started nobody");
    let started = m
        .events
        .iter()
        .find(|e| matches!(e.kind, EventKind::Go(_)))
        .expect("a goroutine started");
    assert_eq!((started.who, started.at_us()), (Gid::MAIN, 30_000));
    assert_eq!(m.lanes[1].created.map(|c| c.0), Some(Gid::MAIN));
    assert_eq!(m.total_us(), Some(30_000));
}

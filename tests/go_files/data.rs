//! Structs, maps and atomics in Go files: each construct prints what `go run` printed, a map
//! written by goroutines at once ends the run with Go's fatal error while its Mutex (a field,
//! a lock of the run's own) keeps it from happening, atomics never race, and Go's compile
//! errors for them come at Go's places.

use super::{HEAD, go_info, refused, run};
use std::sync::Arc;
use syncscope::event::{Ending, EventKind, LockAction, LockMode, RunInfo};
use syncscope::model::Model;

const STRUCTS: &str = include_str!("../against_go/programs/structs_methods.go");
const MAPS: &str = include_str!("../against_go/programs/maps.go");
const ATOMICS: &str = include_str!("../against_go/programs/atomics.go");
const STRUCT_SYNC: &str = include_str!("../against_go/programs/struct_sync.go");
const POINTERS: &str = include_str!("../against_go/programs/pointers.go");
const STRUCT_VALUES: &str = include_str!("../against_go/programs/struct_values.go");
const ATOMIC_FUNCS: &str = include_str!("../against_go/programs/atomic_funcs.go");

/// What `go run` printed for each (Go 1.19).
const STRUCTS_OUTPUT: &str = "6 3 2 1 3\nmap[ada:3 bob:2 cy:1]\n{1 7} {11 2} 1 2\n7 7 7\n9 1 {7 9}\n\
7 100\n{home {4 3}} 5\n{11 2} 11\n";
const MAPS_OUTPUT: &str = "map[al:40 mia:27 zoe:31] 3\nmap[al:41 bo:19 mia:27] 3 0\n27 true\n\
0 false\nbo is there\n87 7\n3\nmap[1:false 2:true 3:true] true false\nmap[a:3 b:1 c:1]\n\
map[pen:2] {map[pen:2]}\n0 0\n";
const ATOMICS_OUTPUT: &str = "10000 20000 40 level\n3 3\n";
const STRUCT_SYNC_OUTPUT: &str = "6 3 0 9\nmap[kim:6 lee:3]\n";
const POINTERS_OUTPUT: &str = "true\n6 true false true\n";
const STRUCT_VALUES_OUTPUT: &str = "[{5} {2}] map[a:{3}] {7}\n";
const ATOMIC_FUNCS_OUTPUT: &str = "480 1000 85\n-8 -3\n";

fn ending(m: &Model) -> Option<&Ending> {
    m.ending.as_ref().map(|(e, _)| e)
}

#[test]
fn structs_maps_and_atomics_print_what_go_printed() {
    for (name, text, want) in [
        ("structs_methods.go", STRUCTS, STRUCTS_OUTPUT),
        ("maps.go", MAPS, MAPS_OUTPUT),
        ("atomics.go", ATOMICS, ATOMICS_OUTPUT),
        ("atomic_funcs.go", ATOMIC_FUNCS, ATOMIC_FUNCS_OUTPUT),
        ("struct_sync.go", STRUCT_SYNC, STRUCT_SYNC_OUTPUT),
        ("pointers.go", POINTERS, POINTERS_OUTPUT),
        ("struct_values.go", STRUCT_VALUES, STRUCT_VALUES_OUTPUT),
    ] {
        for seed in [1, 2, 3] {
            let model = run(go_info(name, text, seed));
            assert_eq!(model.output.text, want, "{name} seed {seed}");
            assert_eq!(ending(&model), Some(&Ending::Finished), "{name}");
        }
    }
}

/// A counter whose map two goroutines and main write; `{lock}` and `{unlock}` are its lock
/// calls, or nothing.
fn counter(lock: &str, unlock: &str) -> String {
    format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Counter struct {{\n\tmu sync.Mutex\n\
         \tn  map[string]int\n}}\n\nfunc (c *Counter) Add(k string) {{\n{lock}\tc.n[k]++\n{unlock}}}\n\n\
         func main() {{\n\tc := Counter{{n: map[string]int{{}}}}\n\tvar wg sync.WaitGroup\n\
         \tfor i := 0; i < 2; i++ {{\n\t\twg.Add(1)\n\t\tgo func() {{\n\t\t\tc.Add(\"k\")\n\
         \t\t\twg.Done()\n\t\t}}()\n\t}}\n\twg.Wait()\n\tfmt.Println(c.n)\n}}\n"
    )
}

const LOCK: &str = "\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n";

#[test]
fn unlocked_map_writes_are_gos_fatal_error_in_every_run_with_a_write_window() {
    let text = counter("", "");
    for seed in 1..=5 {
        let mut info = go_info("unlocked.go", &text, seed);
        info.write_ms = 1;
        let model = run(info);
        assert_eq!(
            ending(&model),
            Some(&Ending::Panic("fatal error: concurrent map writes".into())),
            "seed {seed}"
        );
        assert_eq!(model.output.text, "", "the run ends before main prints");
        // The notes name the two goroutines and the line where they met.
        let scenario = syncscope::front::go::load("unlocked.go", &text).expect("loads");
        let program = RunInfo::new(Arc::new(scenario), 1).listing();
        let report = syncscope::race_report::map_fatal_report(&model, &program);
        assert_eq!(report.len(), 2, "{report:?}");
        assert!(
            report[0].contains("found the map being written"),
            "{report:?}"
        );
        assert!(report[1].contains("was writing it"), "{report:?}");
        assert!(
            report
                .iter()
                .all(|l| l.contains("main.(*Counter).Add() at main.go:14")),
            "{report:?}"
        );
    }
}

#[test]
fn a_field_mutex_is_a_lock_of_the_run_and_keeps_the_map_whole() {
    let text = counter(LOCK, "");
    for seed in 1..=5 {
        let mut info = go_info("locked.go", &text, seed);
        assert_eq!(info.mode, LockMode::Mutex, "as written");
        info.write_ms = 1;
        let model = run(info.clone());
        assert_eq!(model.output.text, "map[k:2]\n", "seed {seed}");
        assert_eq!(model.lock_names(), vec!["c.mu".to_string()]);
        let acquired = model
            .events
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EventKind::Lock {
                        lock: 0,
                        action: LockAction::Acquire,
                        ..
                    }
                )
            })
            .count();
        assert_eq!(acquired, 2, "each Add takes c.mu");
        assert!(
            model.race_detector.races.is_empty(),
            "{:?}",
            model.race_detector.races
        );
        // The lock mode that drops the lock calls drops the field's too.
        info.mode = LockMode::None;
        let model = run(info);
        assert_eq!(
            ending(&model),
            Some(&Ending::Panic("fatal error: concurrent map writes".into()))
        );
    }
}

#[test]
fn unlocked_map_accesses_race_and_a_read_during_a_write_is_gos_other_fatal_error() {
    // Without a window the writes do not meet, but the race detector sees them unordered.
    let model = run(go_info("unlocked.go", &counter("", ""), 1));
    assert_eq!(model.output.text, "map[k:2]\n");
    assert!(
        !model.race_detector.races.is_empty(),
        "the map's writes race"
    );
    // main reads while the goroutine's write holds the map (a window of 1 ms).
    let reader = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\
                  \tm := map[int]int{}\n\tgo func() {\n\t\tm[1] = 1\n\t}()\n\
                  \tfor i := 0; i < 3; i++ {\n\t\ttime.Sleep(300 * time.Microsecond)\n\
                  \t\t_ = m[1]\n\t}\n\tfmt.Println(len(m))\n}\n";
    let mut info = go_info("reader.go", reader, 1);
    info.write_ms = 1;
    let model = run(info);
    let want = "fatal error: concurrent map read and map write";
    assert_eq!(ending(&model), Some(&Ending::Panic(want.into())));
}

#[test]
fn an_rwmutex_and_a_waitgroup_in_a_struct_are_the_runs_own() {
    let info = go_info("struct_sync.go", STRUCT_SYNC, 1);
    assert_eq!(info.mode, LockMode::RwMutex, "as written");
    let model = run(info);
    assert_eq!(model.lock_names(), vec!["b.mu".to_string()]);
    let reads = model
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Lock {
                    access: syncscope::event::Access::Read,
                    action: LockAction::Acquire,
                    ..
                }
            )
        })
        .count();
    assert_eq!(reads, 3, "three Score calls take the read lock");
    assert_eq!(model.wait_group_peak, 3, "b.wg counts the three players");
    assert!(
        model.race_detector.races.is_empty(),
        "{:?}",
        model.race_detector.races
    );
}

#[test]
fn atomics_are_their_own_access_and_never_race() {
    let model = run(go_info("atomics.go", ATOMICS, 1));
    let atomics = model
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Atomic { .. }))
        .count();
    assert!(atomics >= 20_000, "{atomics} atomic events");
    assert!(model.race_detector.races.is_empty());
}

const ACCOUNTS: &str = include_str!("../against_go/programs/accounts.go");

#[test]
fn each_struct_made_has_its_own_mutex_and_a_second_busy_waitgroup_is_refused() {
    let model = run(go_info("accounts.go", ACCOUNTS, 1));
    assert_eq!(model.output.text, "80 70\n");
    let names = model.lock_names();
    assert_eq!(
        names,
        vec!["account.mu".to_string(), "account.mu (2)".to_string()]
    );
    for (lock, name) in names.iter().enumerate() {
        let acquired = model
            .events
            .iter()
            .filter(|e| {
                matches!(e.kind, EventKind::Lock { lock: l, action: LockAction::Acquire, .. } if l == lock)
            })
            .count();
        assert_eq!(acquired, 20, "{name}: each of the 20 moves takes it once");
    }
    assert!(
        model.race_detector.races.is_empty(),
        "{:?}",
        model.race_detector.races
    );
    // A WaitGroup made again where the first is idle is as a new one; made again while
    // the first still counts, it would be a second at once, which is refused.
    let head = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Job struct {\n\
                \twg sync.WaitGroup\n}\n\nfunc main() {\n\tvar jobs []*Job\n\
                \tfor i := 0; i < 2; i++ {\n\t\tj := &Job{}\n\t\tj.wg.Add(1)\n";
    let tail =
        "\t}\n\tfor _, j := range jobs {\n\t\tj.wg.Done()\n\t}\n\tfmt.Println(len(jobs))\n}\n";
    let one_at_a_time = format!("{head}\t\tj.wg.Done()\n{tail}");
    let model = run(go_info("jobs.go", &one_at_a_time, 1));
    assert_eq!(
        ending(&model),
        Some(&Ending::Finished),
        "{:?}",
        model.ending
    );
    let both_at_once = format!("{head}\t\tjobs = append(jobs, j)\n{tail}");
    let model = run(go_info("jobs.go", &both_at_once, 1));
    let Some(Ending::Panic(message)) = ending(&model) else {
        panic!("{:?}", model.ending);
    };
    assert!(
        message.contains("second WaitGroup made at the place"),
        "{message}"
    );
}

#[test]
fn gos_compile_errors_for_structs_and_maps_at_gos_places() {
    let t = "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n}\n\nfunc main() {\n";
    let cases = [
        (
            "field.go",
            "\tt := T{z: 1}\n\tfmt.Println(t)\n",
            "field.go:10:9: unknown field z in struct literal of type T",
        ),
        (
            "few.go",
            "\tt := T{1}\n\tfmt.Println(t)\n",
            "few.go:10:10: too few values in struct literal of type T",
        ),
        (
            "nofield.go",
            "\tt := &T{}\n\tfmt.Println(t.nope)\n",
            "nofield.go:11:16: t.nope undefined (type *T has no field or method nope)",
        ),
        (
            "nomethod.go",
            "\tt := T{}\n\tfmt.Println(t.Put())\n",
            "nomethod.go:11:16: t.Put undefined (type T has no field or method Put)",
        ),
    ];
    for (name, body, needle) in cases {
        refused(name, &format!("{t}{body}}}\n"), &[needle]);
    }
    let cases = [
        (
            "delete.go",
            "\tx := 1\n\tdelete(x, 1)\n\tfmt.Println(x)\n",
            "delete.go:7:9: invalid argument: x (variable of type int) is not a map",
        ),
        (
            "key.go",
            "\tm := map[string]int{}\n\tfmt.Println(m[1])\n",
            "key.go:7:16: cannot use 1 (untyped int constant) as string value in map index",
        ),
        (
            "deref.go",
            "\tx := 1\n\tfmt.Println(*x)\n",
            "deref.go:7:15: invalid operation: cannot indirect x (variable of type int)",
        ),
    ];
    for (name, body, needle) in cases {
        refused(name, &format!("{HEAD}{body}}}\n"), &[needle]);
    }
    refused(
        "sized.go",
        &format!("{HEAD}\tvar x int64 = 1\n\ty := 2\n\tfmt.Println(x + y)\n}}\n"),
        &["sized.go:8:14: invalid operation: x + y (mismatched types int64 and int)"],
    );
    let atomic = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\
                  \tx := 1\n\tatomic.AddInt64(&x, 1)\n\tfmt.Println(x)\n}\n";
    let load = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync/atomic\"\n)\n\nfunc main() {\n\
                \tvar n atomic.Int64\n\tvar x int = n.Load()\n\tfmt.Println(x)\n}\n";
    refused(
        "aload.go",
        load,
        &[
            "aload.go:10:14: cannot use n.Load() (value of type int64) as int value in variable declaration",
        ],
    );
    refused(
        "atype.go",
        atomic,
        &[
            "atype.go:10:18: cannot use &x (value of type *int) as *int64 value in argument to atomic.AddInt64",
        ],
    );
}

#[test]
fn what_syncscope_does_not_run_of_structs_is_named_at_its_place() {
    let t = "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta int\n}\n\n\
             func (t T) Get() int { return t.a }\n\nfunc main() {\n";
    let cases = [
        (
            "compare.go",
            "\tx, y := struct{ v any }{T{}}, struct{ v any }{T{}}\n\tfmt.Println(x == y)\n",
            "compare.go:13:14: syncscope does not run comparing struct{v any} values yet",
        ),
        (
            "tagged.go",
            "\tv := struct {\n\t\ta int `x`\n\t}{1}\n\tfmt.Println(v)\n",
            "tagged.go:13:9: syncscope does not run struct tags",
        ),
    ];
    for (name, body, needle) in cases {
        refused(name, &format!("{t}{body}}}\n"), &[needle]);
    }
}

#[test]
fn an_unlocked_field_update_races_at_its_line_and_loses_updates_in_its_window() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype Stats struct {\n\
                \thits int\n\tname string\n}\n\nfunc main() {\n\ts := &Stats{name: \"web\"}\n\
                \tvar wg sync.WaitGroup\n\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n\
                \t\tgo func() {\n\t\t\ts.hits++\n\t\t\twg.Done()\n\t\t}()\n\t}\n\
                \twg.Wait()\n\tfmt.Println(s.name, s.hits)\n}\n";
    let info = go_info("stats.go", text, 1);
    let program = info.listing();
    let model = run(info.clone());
    assert_eq!(model.output.text, "web 4\n", "no window, no lost update");
    let races = model.race_detector.races.clone();
    assert!(!races.is_empty());
    for race in &races {
        // `go run -race` reports the read and the write of `s.hits++` at line 19.
        assert_eq!(syncscope::race_report::race_lines(race, &program), [19, 19]);
    }
    let report = syncscope::race_report::race_report(&model, &program).join("\n");
    assert!(
        report.contains("s.hits"),
        "the race names the field: {report}"
    );
    let mut info = info;
    info.write_ms = 5;
    let model = run(info);
    assert_eq!(
        model.output.text, "web 1\n",
        "all four read 0 in the window"
    );
}

const LOCAL_SYNC: &str = include_str!("../against_go/programs/local_sync.go");

#[test]
fn locks_declared_in_a_function_are_named_for_their_variables() {
    let model = run(go_info("local_sync.go", LOCAL_SYNC, 1));
    assert_eq!(
        ending(&model),
        Some(&Ending::Finished),
        "{:?}",
        model.ending
    );
    let names = model.lock_names();
    assert!(names.iter().all(|n| !n.is_empty()), "{names:?}");
    for want in ["mu", "inv.mu"] {
        assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
    }
}

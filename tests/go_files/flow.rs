//! Issue 17's control flow and timers as syncscope runs them, without Go (the same programs
//! are compared with `go run` in `against_go/`): switch, several results, slicing, timers
//! and tickers on the virtual clock, a program that never ends, and the mistakes in Go's
//! words at Go's places.

use super::{HEAD, go_info, refused, run, scratch, syncscope};
use std::sync::Arc;
use syncscope::event::RunInfo;
use syncscope::front::go::{Lang, load_as};

fn printed(name: &str, text: &str) -> String {
    run(go_info(name, text, 1)).output.text
}

const PROGRAMS: &str = "../against_go/programs/";

#[test]
fn switch_takes_values_defaults_fallthrough_and_break_as_go_does() {
    let text = include_str!("../against_go/programs/switch.go");
    let want = "95 top\n60 pass\n10 retry\n0 zero low\n1 low\n2 low\n4 zero low\n5 low\n\
                switch left at 6\n7 high\ncount 3\n";
    assert_eq!(printed("switch.go", text), want, "{PROGRAMS}switch.go");
}

#[test]
fn several_results_and_assignments_evaluate_every_right_side_first() {
    let text = include_str!("../against_go/programs/multi_assign.go");
    let want = "3 2\n2 1 3 4 7 11 \nright left\nodd false\ntrue\n42\n";
    assert_eq!(printed("multi_assign.go", text), want);
}

#[test]
fn slices_and_strings_slice_and_their_halves_go_to_two_goroutines() {
    let text = include_str!("../against_go/programs/slicing.go");
    let want = "[4 1 5] [3 1 4] [2 6] 3\nsync scope ncsc\n31 true\n[4]\n";
    assert_eq!(printed("slicing.go", text), want);
}

#[test]
fn tickers_and_timers_fire_stop_and_reset_on_the_virtual_clock() {
    let ticker = include_str!("../against_go/programs/ticker_stop.go");
    let want = "beat 1 30ms\nbeat 2 60ms\nbeat 3 90ms\nquiet after Stop 190ms\n";
    assert_eq!(printed("ticker_stop.go", ticker), want);
    let timer = include_str!("../against_go/programs/timer_stop.go");
    let want = "stopped in time: true\nnever rang\nlate one at 470ms\nstop after firing: true 0\n";
    assert_eq!(printed("timer_stop.go", timer), want);
    let limit = include_str!("../against_go/programs/rate_limit.go");
    let want = "served a 80ms\nserved b 160ms\nserved c 240ms\nburst 1 240ms\nburst 2 240ms\n\
                burst 3 340ms\nburst 4 440ms\n";
    assert_eq!(printed("rate_limit.go", limit), want);
}

#[test]
fn a_slow_reader_of_a_ticker_loses_the_ticks_it_missed() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\
         \tstart := time.Now()\n\tt := time.NewTicker(10 * time.Millisecond)\n\
         \ttime.Sleep(35 * time.Millisecond)\n\tfor i := 0; i < 2; i++ {\n\
         \t\tn := len(t.C)\n\t\t<-t.C\n\t\tfmt.Println(n, time.Since(start))\n\t}\n}\n";
    // Ticks at 10, 20 and 30 ms: the reader gets the first and the others are lost. Go 1.22
    // kept it in the channel (len 1); from Go 1.23 the channel shows none. The ticker's
    // arithmetic alone: with code taking time the idle processor wakes 50 µs late.
    let timers_only = |mut info: RunInfo| {
        info.cost = false;
        run(info).output.text
    };
    assert_eq!(timers_only(go_info("slow.go", text, 1)), "0 35ms\n0 40ms\n");
    let old = load_as("slow.go", text, Lang(22)).unwrap_or_else(|e| panic!("{e}"));
    let old = timers_only(RunInfo::new(Arc::new(old), 1));
    assert_eq!(old, "1 35ms\n0 40ms\n");
}

#[test]
fn a_goroutine_just_started_runs_next_whatever_the_processors() {
    let text = format!(
        "{HEAD}\tc := make(chan int)\n\tgo func() {{ c <- 1 }}()\n\tgo func() {{ c <- 2 }}()\n\
         \tfmt.Println(<-c, <-c)\n}}\n"
    );
    let path = scratch("order.go", &text);
    for procs in ["1", "2", "4"] {
        let out = syncscope(&[path.to_str().expect("utf-8"), "--instant", "--procs", procs]);
        // The second one started is in its creator's runnext: it sends first.
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "2 1\n",
            "--procs {procs}"
        );
    }
}

#[test]
fn a_program_that_never_ends_stops_at_the_budget_and_says_it_would_go_on() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\
                \tfor range time.Tick(time.Second) {\n\t\tfmt.Println(\"tick\")\n\t}\n}\n";
    let path = scratch("forever.go", text);
    // A small budget: the default one would take minutes of ticks in a debug build.
    let out = syncscope(&[
        path.to_str().expect("utf-8"),
        "--instant",
        "--max-events",
        "200000",
    ]);
    assert_eq!(out.status.code(), Some(3), "stopped by syncscope");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("at its budget of 200000 events: the program would go on"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("tick\ntick\n"));
}

const TWO: &str = "package main\n\nimport \"fmt\"\n\nfunc two() (int, string) {\n\treturn 1, \"a\"\n}\n\nfunc main() {\n";

#[test]
fn mistakes_of_switch_slicing_and_results_are_go_s_words_at_go_s_places() {
    let cases = [
        (
            "\tswitch 1 {\n\tcase 1:\n\t\tfallthrough\n\t}\n",
            "12:3: cannot fallthrough final case in switch",
        ),
        (
            "\tswitch 1 {\n\tcase 1:\n\t\tfallthrough\n\t\tfmt.Println()\n\tcase 2:\n\t}\n",
            "12:3: fallthrough statement out of place",
        ),
        (
            "\tif true {\n\t\tfallthrough\n\t}\n",
            "11:3: fallthrough statement out of place",
        ),
        (
            "\tx := 3\n\tswitch x {\n\tcase \"a\":\n\t}\n",
            "12:7: cannot convert \"a\" (untyped string constant) to type int",
        ),
        (
            "\tx := 3\n\tswitch {\n\tcase x:\n\t}\n",
            "12:7: invalid case x in switch on true (mismatched types int and bool)",
        ),
        (
            "\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n",
            "12:3: continue is not in a loop",
        ),
        (
            "\tx := 3\n\tfmt.Println(x[1:])\n",
            "11:14: cannot slice x (variable of type int)",
        ),
        (
            "\tfmt.Println(two() + 1)\n",
            "10:14: multiple-value two() (value of type (int, string)) in single-value context",
        ),
        (
            "\tx := two()\n\tfmt.Println(x)\n",
            "10:7: assignment mismatch: 1 variable but two returns 2 values",
        ),
        (
            "\ta, b, c := two()\n\tfmt.Println(a, b, c)\n",
            "10:13: assignment mismatch: 3 variables but two returns 2 values",
        ),
        (
            "\tvar a, b int\n\ta, b = two()\n\tfmt.Println(a, b)\n",
            "11:9: cannot use two() (value of type string) as int value in assignment",
        ),
    ];
    for (i, (body, needle)) in cases.into_iter().enumerate() {
        refused(
            &format!("flow{i}.go"),
            &format!("{TWO}{body}\tfmt.Println()\n}}\n"),
            &[needle],
        );
    }
    let returns = "package main\n\nfunc two() (int, string) {\n\treturn 1\n}\n\n\
                   func three() (int, int) {\n\treturn 1, 2, 3\n}\n\nfunc main() {\n\ttwo()\n\tthree()\n}\n";
    refused("returns.go", returns, &["4:9: not enough return values"]);
    let too_many = "package main\n\nfunc three() (int, int) {\n\treturn 1, 2, 3\n}\n\nfunc main() {\n\tthree()\n}\n";
    refused("too_many.go", too_many, &["4:15: too many return values"]);
}

#[test]
fn slicing_past_the_end_panics_in_go_s_words() {
    let text = format!("{HEAD}\ts := []int{{1, 2}}\n\tn := 5\n\tfmt.Println(s[1:n])\n}}\n");
    let path = scratch("bounds.go", &text);
    let out = syncscope(&[path.to_str().expect("utf-8"), "--instant"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("panic: runtime error: slice bounds out of range [:5] with capacity 2"),
        "{stderr}"
    );
}

#[test]
fn printf_widths_precisions_and_sprint_print_as_go_prints_them() {
    let text = include_str!("../against_go/programs/printf_widths.go");
    let want = "[    go][go    ][   42][42   ][00042]\n[3.14][   2.718][1.5     ][ff]\n\
                [  1.5s][1m30s   ][toolong]\n[abc][\"hi\"][true][[1 2]]\n1.235s 1s 0s\n  7|7  |\n\
                a1 2b3.5x 3 true\n";
    assert_eq!(printed("printf_widths.go", text), want);
    let timer = format!("{HEAD}\tt := time.NewTimer(time.Second)\n\tfmt.Println(t)\n}}\n");
    let timer = timer.replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"time\"\n)");
    refused(
        "print_timer.go",
        &timer,
        &["print_timer.go:10:14: syncscope does not run printing a *time.Timer yet"],
    );
}

#[test]
fn mistakes_with_timers_are_go_s_words_at_go_s_places() {
    let head = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\
                \tt := time.NewTimer(time.Second)\n\tx := 3\n";
    let cases = [
        (
            "\tt.Reset(x)\n",
            "11:10: cannot use x (variable of type int) as time.Duration value in argument to t.Reset",
        ),
        (
            "\tt.Foo()\n",
            "11:4: t.Foo undefined (type *time.Timer has no field or method Foo)",
        ),
        (
            "\t_ = t.D\n",
            "11:8: t.D undefined (type *time.Timer has no field or method D)",
        ),
        (
            "\tk := time.NewTicker(time.Second)\n\tok := k.Stop()\n\t_ = ok\n",
            "12:8: k.Stop() (no value) used as value",
        ),
        (
            "\t_ = time.Tick(x)\n",
            "11:16: cannot use x (variable of type int) as time.Duration value in argument to time.Tick",
        ),
    ];
    for (i, (body, needle)) in cases.into_iter().enumerate() {
        let text = format!("{head}{body}\tfmt.Println(x, t.Stop())\n}}\n");
        refused(&format!("timer{i}.go"), &text, &[needle]);
    }
}

#[test]
fn named_results_start_at_zero_and_a_bare_return_gives_them() {
    let text = include_str!("../against_go/programs/named_results.go");
    assert_eq!(
        printed("named_results.go", text),
        "3 7\nnegative false\nnatural true 6\n"
    );
    // A deferred call sees and changes the named result after `return` set it.
    let deferred = "package main\n\nimport \"fmt\"\n\nfunc f() (n int) {\n\tdefer func() { n *= 10 }()\n\
                    \treturn 1\n}\n\nfunc main() {\n\tfmt.Println(f())\n}\n";
    assert_eq!(printed("deferred.go", deferred), "10\n");
    // A call's several results are the arguments of the call they are the one argument of.
    let spread = format!("{TWO}\tfmt.Println(two())\n}}\n");
    assert_eq!(printed("spread.go", &spread), "1 a\n");
    // Into a variadic function, as its slice.
    let variadic = format!(
        "{TWO}\tfmt.Println(count(two()))\n}}\n\nfunc count(xs ...any) int {{ return len(xs) }}\n"
    );
    assert_eq!(printed("variadic.go", &variadic), "2\n");
}

#[test]
fn a_deferred_stop_and_a_labelled_break_out_of_a_switch_run_as_go_runs_them() {
    let text = include_str!("../against_go/programs/heartbeat.go");
    let want = "beat 1\nbeat 2\nfizz 3\nbeat 4\nhalfway 200ms\nbeat 5\nfizz 6\n\
                stopped after 7 at 280ms\nreset fired at 310ms\nmany\n";
    assert_eq!(printed("heartbeat.go", text), want);
}

#[test]
fn duplicate_cases_defaults_and_constant_slice_bounds_are_caught_as_go_catches_them() {
    let head =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\tx := \"a\"\n";
    let cases = [
        (
            "\tswitch x {\n\tcase \"a\", \"b\":\n\tcase \"a\":\n\t}\n",
            "10:7: duplicate case \"a\" (constant of type string) in expression switch",
        ),
        (
            "\tswitch len(s) {\n\tcase 1, 2, 1:\n\t}\n",
            "9:13: duplicate case 1 (constant of type int) in expression switch",
        ),
        (
            "\tfmt.Println(s[:-2])\n",
            "8:17: invalid argument: index -2 (constant of type int) must not be negative",
        ),
        (
            "\tconst k = -1\n\tfmt.Println(s[k:])\n",
            "9:16: invalid argument: index k (constant -1 of type int) must not be negative",
        ),
        (
            "\tfmt.Println(s[2:1])\n",
            "8:18: invalid slice indices: 1 < 2",
        ),
        (
            "\tswitch {\n\tdefault:\n\tdefault:\n\t}\n",
            // Go names the first by its file, as it was given.
            "10:2: multiple defaults (first at ",
        ),
    ];
    for (i, (body, needle)) in cases.into_iter().enumerate() {
        let text = format!("{head}{body}\tfmt.Println(s, x)\n}}\n");
        let file = format!("dup{i}.go");
        let first = format!("{file}:9:2)");
        let needles: &[&str] = if i == 5 { &[needle, &first] } else { &[needle] };
        refused(&file, &text, needles);
    }
}

#[test]
fn receivers_sharing_a_ticker_each_get_a_tick_and_a_reset_wakes_its_waiter_in_time() {
    let text = include_str!("../against_go/programs/shared_limiter.go");
    let want = "served 1 50ms\nserved 2 100ms\nserved 3 150ms\nserved 4 200ms\nserved 5 250ms\n\
                served 6 300ms\nreset while waiting, fired at 350ms\n";
    assert_eq!(printed("shared_limiter.go", text), want);
}

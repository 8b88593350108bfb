//! Channels in Go files: each construct runs and prints what `go run` printed for the same
//! file, the code panel follows every channel statement to its line, make sites are named
//! after their variables, and Go's compile errors for channels come at Go's places.

use super::{HEAD, go_info, refused, run};
use std::collections::HashSet;
use syncscope::event::{ChanOp, Ending, EventKind};

const TOUR: &str = include_str!("../against_go/programs/channel_tour.go");

/// What `go run channel_tour.go` printed (Go 1.19).
const TOUR_OUTPUT: &str = "true 0 0\nsum 30 0 2\n0 false\n0 false false\n0 false\n2 3 a\nping\ncount 3\n\
sent 0\nsent 1\nsent 2\nresult 0 true\nresult 1 true\nresult 2 true\ndone\nopen false\n\
true true\n";

#[test]
fn each_channel_construct_prints_what_go_printed() {
    for seed in [1, 2, 3] {
        let model = run(go_info("channel_tour.go", TOUR, seed));
        assert_eq!(model.output.text, TOUR_OUTPUT, "seed {seed}");
        assert_eq!(model.ending.as_ref().map(|e| &e.0), Some(&Ending::Finished));
    }
}

#[test]
fn the_code_panel_follows_every_channel_statement_to_its_line() {
    let info = go_info("channel_tour.go", TOUR, 1);
    let source = info.listing();
    let model = run(info);
    let visited: HashSet<usize> = model
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::At { func, pc } => source.marks.get(&(func, pc)).copied(),
            _ => None,
        })
        .collect();
    // The timeout's case is never chosen: its line is only where the select waits.
    let channel_line = |l: &str| {
        !l.starts_with("func ")
            && l != "case <-time.After(time.Second):"
            && (l.contains("<-")
                || l.starts_with("close(")
                || l.starts_with("select")
                || l.starts_with("case ")
                || l.starts_with("for ") && l.contains("range"))
    };
    let lines: Vec<usize> = (0..source.lines.len())
        .filter(|&i| channel_line(source.lines[i].trim()))
        .collect();
    assert!(lines.len() > 20, "{lines:?}");
    for line in lines {
        let text = source.lines[line].trim();
        assert!(visited.contains(&line), "line {}: {text}", line + 1);
    }
}

#[test]
fn each_make_site_is_named_after_its_variable() {
    let model = run(go_info("channel_tour.go", TOUR, 1));
    let names: Vec<String> = model
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Chan {
                op: ChanOp::Make { name, .. },
                ..
            } => Some(name.to_string()),
            _ => None,
        })
        .collect();
    // `gen` makes a channel each call: its site numbers the second.
    assert_eq!(
        names,
        ["results", "squares", "out", "ping", "out#2", "done"]
    );
}

#[test]
fn a_goroutine_that_waits_for_ever_on_a_channel_is_gos_deadlock() {
    for body in [
        "\tselect {}\n",
        "\tch := make(chan int)\n\tch <- 1\n",
        "\tvar ch chan int\n\t<-ch\n",
        "\tch := make(chan int, 1)\n\tch <- 1\n\tch <- 2\n",
        "\tch := make(chan int)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n",
    ] {
        let text = format!("{HEAD}{body}\tfmt.Println(\"never\")\n}}\n");
        let model = run(go_info("stuck.go", &text, 1));
        assert_eq!(
            model.ending.as_ref().map(|e| &e.0),
            Some(&Ending::Deadlock),
            "{body}"
        );
        assert_eq!(model.output.text, "", "{body}");
    }
}

#[test]
fn a_channel_panic_is_in_gos_words() {
    for (body, words) in [
        (
            "\tch := make(chan int, 1)\n\tclose(ch)\n\tch <- 1\n",
            "panic: send on closed channel",
        ),
        (
            "\tch := make(chan int)\n\tclose(ch)\n\tclose(ch)\n",
            "panic: close of closed channel",
        ),
        (
            "\tvar ch chan int\n\tclose(ch)\n",
            "panic: close of nil channel",
        ),
    ] {
        let text = format!("{HEAD}{body}\tfmt.Println(\"never\")\n}}\n");
        let model = run(go_info("panics.go", &text, 1));
        match model.ending.as_ref().map(|e| &e.0) {
            Some(Ending::Panic(message)) => assert!(message.starts_with(words), "{message}"),
            other => panic!("{body}: ended {other:?}"),
        }
    }
}

/// Go 1.26's `go build` says each of these at this place (each is in
/// `against_go/mistakes.rs` too, where Go itself decides).
#[test]
fn channel_mistakes_are_refused_in_gos_words_at_gos_places() {
    let cases = [
        (
            "\tvar ch <-chan int\n\tch <- 1\n",
            "7:2: invalid operation: cannot send to receive-only channel <-chan int ch (variable of type <-chan int)",
        ),
        (
            "\tch := make(chan<- int, 1)\n\tfmt.Println(<-ch)\n",
            "7:16: invalid operation: cannot receive from send-only channel chan<- int ch (variable of type chan<- int)",
        ),
        (
            "\tch := make(chan<- int, 1)\n\tv, ok := <-ch\n\tfmt.Println(v, ok)\n",
            "7:13: invalid operation: cannot receive from send-only channel ch",
        ),
        (
            "\tch := make(<-chan int)\n\tclose(ch)\n",
            "7:8: invalid operation: cannot close receive-only channel ch (variable of type <-chan int)",
        ),
        (
            "\tch := make(chan int, 1)\n\tch <- \"hello\"\n",
            "7:8: cannot use \"hello\" (untyped string constant) as int value in send",
        ),
        (
            "\tch := make(chan int, 1)\n\ts := \"x\"\n\tch <- s\n",
            "8:8: cannot use s (variable of type string) as int value in send",
        ),
        (
            "\tch := make(chan string)\n\tvar n int = <-ch\n\tfmt.Println(n)\n",
            "7:14: cannot use <-ch (comma, ok expression of type string) as int value in variable declaration",
        ),
        (
            "\tch := make(chan<- int)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n",
            "7:17: cannot range over ch (variable of type chan<- int): receive from send-only channel chan<- int",
        ),
        (
            "\tch := make(chan int)\n\tfor i, v := range ch {\n\t\tfmt.Println(i, v)\n\t}\n",
            "7:9: range over ch (variable of type chan int) permits only one iteration variable",
        ),
        (
            "\tvar r <-chan int\n\tvar c chan int = r\n\tfmt.Println(c)\n",
            "7:19: cannot use r (variable of type <-chan int) as chan int value in variable declaration",
        ),
        (
            "\tx := 1\n\tclose(x)\n",
            "7:8: invalid operation: cannot close non-channel x (variable of type int)",
        ),
        (
            "\tx := 1\n\t<-x\n",
            "7:4: invalid operation: cannot receive from non-channel int x (variable of type int)",
        ),
        (
            "\tch := make(chan int, \"x\")\n\tfmt.Println(ch)\n",
            "6:23: cannot convert \"x\" (untyped string constant) to type int",
        ),
        (
            "\tvar c chan int\n\tvar d chan string\n\tfmt.Println(c == d)\n",
            "8:19: invalid operation: c == d (mismatched types chan int and chan string)",
        ),
        (
            "\tch := make(chan int)\n\tselect {\n\tcase v := <-ch:\n\t}\n",
            "8:7: declared and not used: v",
        ),
        (
            "\tch := make(chan int)\n\tselect {\n\tcase ch <- 1:\n\t\tcontinue\n\t}\n",
            "9:3: continue is not in a loop",
        ),
        (
            "\tch := make(chan int, 1)\n\tvar s, ok int\n\ts, ok = <-ch\n\tfmt.Println(s, ok)\n",
            "8:10: cannot use <-ch (untyped bool value) as int value in assignment",
        ),
        (
            "\tx := nil\n\tfmt.Println(x)\n",
            "6:7: use of untyped nil in assignment",
        ),
        (
            "loop:\n\tfor {\n\t\tbreak\n\t}\n",
            "6:1: label loop defined and not used",
        ),
        (
            "\tfor {\n\t\tbreak loop\n\t}\n",
            "7:9: break label not defined: loop",
        ),
        (
            "outer:\n\tfor {\n\t\tbreak outer\n\t}\n\tfor {\n\t\tcontinue outer\n\t}\n",
            "11:12: invalid continue label outer",
        ),
        (
            "\tch := make(chan int, -1)\n\tfmt.Println(ch)\n",
            "6:23: invalid argument: index -1 (constant of type int) must not be negative",
        ),
        (
            "\tch := make(chan int)\n\tclose(ch, ch)\n",
            "7:2: invalid operation: too many arguments for close(ch, ch) (expected 1, found 2)",
        ),
    ];
    for (body, needle) in cases {
        refused(
            "chan.go",
            &format!("{HEAD}{body}\tfmt.Println()\n}}\n"),
            &[&format!("chan.go:{needle}")],
        );
    }
}

#[test]
fn a_select_whose_every_case_returns_ends_a_function_and_one_with_break_does_not() {
    let text = "package main\n\nimport \"fmt\"\n\nfunc first(a, b <-chan int) int {\n\tselect {\n\tcase v := <-a:\n\t\treturn v\n\tcase v := <-b:\n\t\treturn v * 100\n\t}\n}\n\nfunc forever() int {\n\tselect {}\n}\n\nfunc main() {\n\tb := make(chan int, 1)\n\tb <- 3\n\tfmt.Println(first(nil, b))\n\tif false {\n\t\tforever()\n\t}\n}\n";
    assert_eq!(run(go_info("first.go", text, 1)).output.text, "300\n");
    let with_break = "package main\n\nfunc first(a <-chan int) int {\n\tselect {\n\tcase v := <-a:\n\t\tif v > 0 {\n\t\t\tbreak\n\t\t}\n\t\treturn v\n\t}\n}\n\nfunc main() {\n\t_ = first(nil)\n}\n";
    refused("break.go", with_break, &["break.go:11:1: missing return"]);
}

#[test]
fn a_chan_of_struct_signals_with_the_empty_value() {
    let text = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tstop := make(chan struct{}, 1)\n\tstop <- struct{}{}\n\t<-stop\n\tclose(stop)\n\tv, ok := <-stop\n\tvar e struct{}\n\tfmt.Println(v, ok, e)\n\tfmt.Printf(\"%T\\n\", e)\n}\n";
    // What `go run` printed.
    assert_eq!(
        run(go_info("stop.go", text, 1)).output.text,
        "{} false {}\nstruct {}\n"
    );
    refused(
        "fields.go",
        &format!("{HEAD}\tvar p struct{{ x int `t` }}\n\tfmt.Println(p)\n}}\n"),
        &["fields.go:6:22: syncscope does not run struct tags yet"],
    );
}

#[test]
fn channel_code_syncscope_does_not_run_yet_is_named_at_its_place() {
    let cases = [(
        "\tch := make(chan int)\nsel:\n\tselect {\n\tcase <-ch:\n\t\tbreak sel\n\t}\n",
        "10:1: syncscope does not run labels on anything but a for loop yet",
    )];
    for (body, needle) in cases {
        let text = format!(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {{\n{body}\tfmt.Println(time.Second)\n}}\n"
        );
        refused("later.go", &text, &[&format!("later.go:{needle}")]);
    }
}

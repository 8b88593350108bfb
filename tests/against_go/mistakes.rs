//! The mistakes beginners make, refused by syncscope as Go's compiler refuses them: each
//! program here is built by `go build` too, and syncscope's message must be at Go's line and
//! column and begin with Go's words (Go adds lines of its own, "have (...)", that syncscope
//! keeps on the one line).

use super::go;
use super::programs::build_dir;
use std::process::Command;

/// Name and program; each has one mistake, the first Go reports.
const MISTAKES: &[(&str, &str)] = &[
    (
        "misspelled",
        "package main\n\nimport \"fmt\"\n\nvar results = []string{}\n\nfunc main() {\n\tresults = append(resutls, \"x\")\n\tfmt.Println(results)\n}\n",
    ),
    (
        "unused_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tcount := 0\n\ttotal := 1\n\tfmt.Println(total)\n\tcount = 2\n}\n",
    ),
    (
        "unused_import",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
    ),
    (
        "too_few_arguments",
        "package main\n\nfunc add(a int, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\t_ = add(1)\n}\n",
    ),
    (
        "no_arguments",
        "package main\n\nfunc add(a int, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\t_ = add()\n}\n",
    ),
    (
        "too_many_arguments",
        "package main\n\nfunc greet(name string) {}\n\nfunc main() {\n\tgreet(\"ada\", 2)\n}\n",
    ),
    (
        "string_as_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar n int = \"hello\"\n\tfmt.Println(n)\n}\n",
    ),
    (
        "sleep_of_a_string",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\ttime.Sleep(\"1s\")\n}\n",
    ),
    (
        "mismatched_types",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := 2.5\n\tfmt.Println(x + y)\n}\n",
    ),
    (
        "float_delay_times_duration",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tvar delay float32 = 20\n\ttime.Sleep(delay * time.Millisecond)\n}\n",
    ),
    (
        "rlock_on_a_mutex",
        "package main\n\nimport \"sync\"\n\nvar mu sync.Mutex\n\nfunc main() {\n\tmu.RLock()\n}\n",
    ),
    (
        "wait_used_as_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar wg sync.WaitGroup\n\nfunc main() {\n\tfmt.Println(wg.Wait())\n}\n",
    ),
    (
        "missing_return",
        "package main\n\nfunc sign(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() {\n\t_ = sign(2)\n}\n",
    ),
    (
        "break_outside_a_loop",
        "package main\n\nfunc main() {\n\tbreak\n}\n",
    ),
    (
        "no_new_variables",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tx := 2\n\tfmt.Println(x)\n}\n",
    ),
    (
        "assignment_mismatch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b := 1\n\tfmt.Println(a, b)\n}\n",
    ),
    (
        "undefined_function",
        "package main\n\nfunc main() {\n\tstart()\n}\n",
    ),
    (
        "undefined_in_package",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Prinln(\"hi\")\n}\n",
    ),
    (
        "non_boolean_condition",
        "package main\n\nfunc main() {\n\tn := 1\n\tif n {\n\t}\n}\n",
    ),
    (
        "syntax_missing_paren",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
    ),
    (
        "send_to_receive_only",
        "package main\n\nfunc main() {\n\tvar ch <-chan int\n\tch <- 1\n}\n",
    ),
    (
        "receive_from_send_only",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan<- int, 1)\n\tfmt.Println(<-ch)\n}\n",
    ),
    (
        "close_of_receive_only",
        "package main\n\nfunc drain(ch <-chan int) {\n\tclose(ch)\n}\n\nfunc main() {\n\tdrain(make(chan int))\n}\n",
    ),
    (
        "send_of_the_wrong_type",
        "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- \"hello\"\n}\n",
    ),
    (
        "received_into_the_wrong_type",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tvar n int = <-ch\n\tfmt.Println(n)\n}\n",
    ),
    (
        "range_over_send_only",
        "package main\n\nimport \"fmt\"\n\nfunc show(ch chan<- int) {\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}\n}\n\nfunc main() {\n\tshow(nil)\n}\n",
    ),
    (
        "send_in_select_to_receive_only",
        "package main\n\nimport \"time\"\n\nfunc main() {\n\tselect {\n\tcase time.After(time.Second) <- time.Now():\n\t}\n}\n",
    ),
    (
        "case_variable_unused",
        "package main\n\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase v := <-ch:\n\t}\n}\n",
    ),
    (
        "label_unused",
        "package main\n\nfunc main() {\nloop:\n\tfor {\n\t\tbreak\n\t}\n}\n",
    ),
    (
        "break_label_undefined",
        "package main\n\nfunc main() {\n\tfor {\n\t\tbreak loop\n\t}\n}\n",
    ),
    (
        "continue_label_not_around",
        "package main\n\nfunc main() {\nouter:\n\tfor {\n\t\tbreak outer\n\t}\n\tfor {\n\t\tcontinue outer\n\t}\n}\n",
    ),
    (
        "negative_buffer",
        "package main\n\nfunc main() {\n\tconst n = -2\n\tch := make(chan int, n)\n\t_ = ch\n}\n",
    ),
    (
        "truncated_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar n int = 2.5\n\tfmt.Println(n)\n}\n",
    ),
];

/// Go's first error: `(line, col, message)` from `./main.go:8:19: undefined: resutls`.
fn go_first_error(name: &str, text: &str) -> (usize, usize, String) {
    let dir = build_dir(name, text);
    let out = Command::new("go")
        .args(["build", "-o", "prog", "."])
        .current_dir(&dir)
        .output()
        .expect("run go build");
    assert!(!out.status.success(), "{name}: Go built it");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|l| l.contains("main.go:"))
        .unwrap_or_else(|| panic!("{name}: no error line in {stderr}"));
    let after = &line[line.find("main.go:").expect("a place") + "main.go:".len()..];
    let mut parts = after.splitn(3, ':');
    let num = |p: Option<&str>| p.and_then(|p| p.trim().parse().ok()).expect("a number");
    let (l, c) = (num(parts.next()), num(parts.next()));
    (l, c, parts.next().unwrap_or("").trim().to_string())
}

#[test]
fn each_mistake_is_refused_at_gos_place_in_gos_words() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let mut failures = Vec::new();
    for (name, text) in MISTAKES {
        let (line, col, message) = go_first_error(name, text);
        let ours = match syncscope::front::go::load("main.go", text) {
            Ok(_) => {
                failures.push(format!("{name}: syncscope ran it; Go says {message}"));
                continue;
            }
            Err(e) => e,
        };
        let at_go = ours.line_col == Some((line, col));
        // Go words a syntax error by its own parser; syncscope's is tree-sitter's, so only
        // the kind of message and the line are Go's.
        let words = if message.starts_with("syntax error") {
            ours.message.starts_with("syntax error") && ours.line_col.map(|p| p.0) == Some(line)
        } else {
            at_go && ours.message.starts_with(&message)
        };
        if !words || (!at_go && !message.starts_with("syntax error")) {
            failures.push(format!(
                "{name}: Go says {line}:{col}: {message}\n    syncscope says {ours}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

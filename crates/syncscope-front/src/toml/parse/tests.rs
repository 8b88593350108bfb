use super::*;
use crate::text_of;
use crate::toml::BUILT_IN;

const GOOD: &str = r#"
name = "mine"
title = "Mine"
lesson = "text"
main = ["spawn", "wait"]

[[goroutine]]
func = "work"
count = 3
steps = [{ sleep = 10 }, { lock = "mu" }, { append = 5 }, { unlock = "mu" }, "done"]
"#;

fn error_of(text: &str) -> LoadError {
    parse("my.toml", text).expect_err("a mistake")
}

/// The text with `from` replaced, so each case states only what it breaks.
fn broken(from: &str, to: &str) -> String {
    assert!(GOOD.contains(from), "{from}");
    GOOD.replacen(from, to, 1)
}

#[test]
fn every_built_in_parses_under_its_own_name() {
    for (name, text) in BUILT_IN {
        let s = parse(name, text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.name, name);
        assert!(!s.lesson.is_empty() && !s.predict.is_empty(), "{name}");
        assert!(s.modes.contains(&s.mode), "{name}");
    }
}

#[test]
fn a_good_file_gives_numbered_steps_and_named_locks() {
    let s = parse("my.toml", GOOD).unwrap();
    assert_eq!(s.locks, vec!["mu".to_string()]);
    assert_eq!(s.timing.goroutines, 3);
    assert_eq!(s.modes, LockMode::ALL.to_vec());
    let pcs: Vec<u16> = s.groups[0].steps.iter().map(|s| s.pc).collect();
    assert_eq!(pcs, vec![0, 1, 2, 3, 4]);
    assert_eq!(s.groups[0].steps[2].op, Op::Append(Millis::Fixed(5)));
}

#[test]
fn nested_steps_are_numbered_in_writing_order() {
    let text = broken(
        r#"{ append = 5 },"#,
        r#"{ repeat = 2, steps = [{ append = 5 }, { read = "read" }] },"#,
    );
    let s = parse("my.toml", &text).unwrap();
    let Op::Repeat { times, body } = &s.groups[0].steps[2].op else {
        panic!("not a repeat");
    };
    assert_eq!(*times, Count::Fixed(2));
    assert_eq!(body.iter().map(|s| s.pc).collect::<Vec<_>>(), vec![3, 4]);
    assert_eq!(s.groups[0].steps[3].pc, 5);
}

#[test]
fn mistakes_name_file_line_and_column() {
    let cases = [
        (
            broken("{ lock = \"mu\" }", "{ lok = \"mu\" }"),
            10,
            "unknown step \"lok\"",
        ),
        (
            broken("\"done\"]", "\"finish\"]"),
            10,
            "unknown step \"finish\"",
        ),
        (
            broken("{ sleep = 10 }", "{ sleep = -10 }"),
            10,
            "must not be negative",
        ),
        (broken("count = 3", "count = 12001"), 9, "at most 12000"),
        (
            broken("count = 3", "count = 3\ncolour = 1"),
            10,
            "unknown field `colour`",
        ),
        (broken("title = \"Mine\"", "title = Mine"), 3, ""),
        (
            broken("main = [\"spawn\"", "main = [\"spawn\", \"call\""),
            5,
            "once",
        ),
        (broken("func = \"work\"", "func = \"main\""), 8, "taken"),
        (broken("func = \"work\"", "func = \"save\""), 8, "taken"),
        (
            broken("func = \"work\"", "func = \"mu\""),
            8,
            "both a function and a lock",
        ),
        (
            broken("{ lock = \"mu\" }", "{ lock = \"wg\" }"),
            10,
            "taken",
        ),
        (
            broken("lesson = \"text\"", "lesson = \"text\"\nmode = \"spin\""),
            5,
            "unknown mode",
        ),
    ];
    for (text, line, needle) in cases {
        let e = error_of(&text);
        let shown = e.to_string();
        assert_eq!(e.line_col.map(|(l, _)| l), Some(line), "{shown}");
        assert!(shown.starts_with("my.toml:"), "{shown}");
        assert!(shown.contains(needle), "{shown}");
        assert!(!shown.contains('\n'), "{shown}");
    }
}

#[test]
fn columns_point_at_the_step() {
    let e = error_of(&broken("{ lock = \"mu\" }", "{ lok = \"mu\" }"));
    let (line, col) = e.line_col.unwrap();
    let text_line = broken("{ lock = \"mu\" }", "{ lok = \"mu\" }")
        .lines()
        .nth(line - 1)
        .unwrap()
        .to_string();
    assert!(
        text_line[col - 1..].starts_with("{ lok"),
        "{text_line} at {col}"
    );
}

#[test]
fn counts_share_out_the_total() {
    let text = broken("count = 3\n", "")
        .replace("title = \"Mine\"", "title = \"Mine\"\ngoroutines = 6")
        + "\n[[goroutine]]\nfunc = \"two\"\ncount = 2\nsteps = [\"done\"]\n";
    let s = parse("my.toml", &text).unwrap();
    assert_eq!(s.counts(6), vec![4, 2]);
    assert_eq!(s.counts(10), vec![8, 2]);
    assert!(s.has_free_count());
    assert_eq!(s.fixed_goroutines(), 2);
}

#[test]
fn numbers_out_of_range_are_quoted_with_their_key() {
    for (text, line, needle) in [
        (
            broken("count = 3", "count = -3"),
            9,
            "count = -3: must not be negative",
        ),
        (
            broken("count = 3", "count = 99999999999999999999"),
            9,
            "count = 99999999999999999999: at most 12000 goroutines",
        ),
        (
            broken("{ sleep = 10 }", "{ sleep = 99999999999999999999 }"),
            10,
            "99999999999999999999 ms: a duration is at most 600000 ms",
        ),
        (
            broken("{ sleep = 10 }", "{ repeat = 1001, steps = [] }"),
            10,
            "repeat = 1001: must be 0..=1000 times",
        ),
        (
            broken("{ sleep = 10 }", "{ add = 12001 }"),
            10,
            "add = 12001: must be in -12000..=12000",
        ),
        (
            broken("count = 3", "count = \"three\""),
            9,
            "expected a whole number",
        ),
    ] {
        let e = error_of(&text);
        assert_eq!(e.line_col.map(|(l, _)| l), Some(line), "{e}");
        assert!(e.message.contains(needle), "{e}");
    }
}

#[test]
fn counts_over_the_cap_in_all_point_at_the_count_that_goes_over() {
    let text = broken("count = 3", "count = 7000")
        + "\n[[goroutine]]\nfunc = \"two\"\ncount = 7000\nsteps = [\"done\"]\n";
    let e = error_of(&text);
    assert_eq!(e.line_col.map(|(l, _)| l), Some(14), "{e}");
    assert!(e.message.contains("add up to 14000"), "{e}");
}

#[test]
fn bytes_that_are_not_utf8_have_a_place() {
    let e = text_of("my.toml", b"name = \"x\"\ntitle = \"caf\xe9\"".to_vec()).unwrap_err();
    assert_eq!(e.line_col, Some((2, 13)));
    assert!(e.message.contains("0xe9"), "{e}");
}

#[test]
fn an_empty_file_says_so() {
    let e = error_of(" \n");
    assert_eq!(e.line_col, Some((1, 1)));
    assert!(e.message.contains("empty"), "{e}");
}

#[test]
fn a_tab_in_a_title_or_lesson_flows_as_a_space() {
    let text = broken("title = \"", "title = \"a\\tb ");
    let s = parse("tab.toml", &text).expect("parses");
    assert!(s.title.starts_with("a b "), "{}", s.title);
}

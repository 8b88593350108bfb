use super::*;
use crate::toml::SelectComm;

const CHANS: &str = r#"
name = "mine"
title = "Mine"
lesson = "text"
channels = [{ name = "jobs", cap = 2 }, { name = "done" }]
main = ["go", { send = "jobs" }, { close = "jobs" }, { select = [{ recv = "done" }, { after = 5 }], default = ["done"] }]

[[goroutine]]
func = "work"
count = 1
steps = [{ range = "jobs", steps = [{ send = "done" }] }]
"#;

fn message(text: &str) -> String {
    parse("my.toml", text).expect_err("a mistake").to_string()
}

fn broken(from: &str, to: &str) -> String {
    assert!(CHANS.contains(from), "{from}");
    message(&CHANS.replacen(from, to, 1))
}

#[test]
fn channel_steps_parse_into_their_ops_with_every_case_numbered() {
    let s = parse("my.toml", CHANS).expect("parses");
    assert_eq!(
        s.chans,
        vec![("jobs".to_string(), 2), ("done".to_string(), 0)]
    );
    assert_eq!(s.main[1].op, Op::Send(0));
    assert_eq!(s.main[2].op, Op::Close(0));
    let Op::Select { cases, default } = &s.main[3].op else {
        panic!("{:?}", s.main[3].op);
    };
    assert_eq!(cases[0].comm, SelectComm::Recv(1));
    assert_eq!(cases[1].comm, SelectComm::After(Millis::Fixed(5)));
    // The select is step 3, its cases 4 and 5, the default's step 6.
    assert_eq!((s.main[3].pc, cases[0].pc, cases[1].pc), (3, 4, 5));
    assert_eq!(default.as_ref().map(|d| d[0].pc), Some(6));
    // A workload of its own channels has no channel mode.
    assert!(!s.modes.contains(&LockMode::Channel));
}

#[test]
fn channel_mistakes_are_one_line_at_their_place() {
    let cases = [
        (
            broken("{ send = \"jobs\" }", "{ send = \"job\" }"),
            "no channel named job",
        ),
        (
            broken("{ name = \"done\" }", "{ name = \"jobs\" }"),
            "a channel named jobs is already declared",
        ),
        (
            broken("{ name = \"done\" }", "{ name = \"out\" }"),
            "taken by Go or by the program",
        ),
        (
            broken("{ name = \"done\" }", "{ name = \"close\" }"),
            "taken by Go",
        ),
        (
            broken("{ name = \"done\" }", "{ name = \"job\" }"),
            "taken by Go or by the program",
        ),
        (
            broken("cap = 2", "cap = 20000"),
            "cap = 20000: at most 10000",
        ),
        (
            broken("{ after = 5 }", "{ after = 5, recv = \"done\" }"),
            "one of recv, send or after",
        ),
        (broken("{ after = 5 }", "{ }"), "one of recv, send or after"),
        (
            broken("{ close = \"jobs\" }", "{ default = [] }"),
            "a default belongs to a select",
        ),
        (
            broken("{ name = \"done\" }", "{ name = \"select\" }"),
            "taken by Go",
        ),
        (
            broken(
                "{ name = \"done\" }",
                "{ name = \"done\" }, { name = \"work\" }",
            ),
            "names both a function and a channel",
        ),
    ];
    for (got, want) in cases {
        assert!(got.contains(want), "{got:?} does not say {want:?}");
        assert!(got.starts_with("my.toml:"), "{got}");
        assert!(!got.contains('\n'), "{got}");
    }
}

#[test]
fn the_tutorials_workload_gets_the_channel_mode() {
    let mutex = crate::toml::built_in("mutex")
        .expect("built in")
        .expect("parses");
    assert!(mutex.modes.contains(&LockMode::Channel));
    let wide = crate::toml::built_in("wide-lock")
        .expect("built in")
        .expect("parses");
    assert!(
        !wide.modes.contains(&LockMode::Channel),
        "its modes are listed"
    );
}

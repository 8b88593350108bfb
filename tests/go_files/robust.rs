//! Programs that once took the front end or a goroutine's stack down: each is refused in one
//! line, or runs as Go runs it.

use super::{go_info, refused, run};
use syncscope::event::Ending;

#[test]
fn a_struct_that_holds_itself_is_gos_invalid_recursive_type() {
    refused(
        "self.go",
        "package main\n\ntype T struct {\n\tn int\n\tnext T\n}\n\nfunc main() {\n\tvar t T\n\t_ = t\n}\n",
        &["self.go:3:6: invalid recursive type: T refers to itself"],
    );
    refused(
        "mutual.go",
        "package main\n\ntype A struct{ b B }\ntype B struct{ a A }\n\nfunc main() {\n\tvar a A\n\t_ = a\n}\n",
        &["mutual.go:3:6: invalid recursive type A"],
    );
}

#[test]
fn types_and_literals_nested_past_the_bound_are_refused_not_a_crash() {
    let deep_type = format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tvar x {}int\n\tfmt.Println(len(x))\n}}\n",
        "map[int]".repeat(5000)
    );
    refused("deep_type.go", &deep_type, &["nested more than 100 deep"]);
    let inner = (0..250).fold("2".to_string(), |v, _| format!("{{1: {v}}}"));
    let deep_literal = format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tm := {}int{}\n\tfmt.Println(len(m))\n}}\n",
        "map[int]".repeat(251),
        inner
    );
    refused(
        "deep_literal.go",
        &deep_literal,
        &["nested more than 100 deep"],
    );
    let ifs = format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tx := 1\n{}fmt.Println(x)\n{}}}\n",
        "if x == 1 {\n".repeat(120),
        "}\n".repeat(120)
    );
    refused("deep_ifs.go", &ifs, &["nested more than 100 deep"]);
}

#[test]
fn resetting_a_ticker_to_zero_is_gos_panic() {
    let text = "package main\n\nimport \"time\"\n\nfunc main() {\n\tt := time.NewTicker(time.Millisecond)\n\tt.Reset(0)\n}\n";
    let model = run(go_info("reset.go", text, 1));
    assert_eq!(
        model.ending.map(|(e, _)| e),
        Some(Ending::Panic(
            "panic: non-positive interval for Ticker.Reset".into()
        ))
    );
}

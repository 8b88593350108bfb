//! What syncscope does not run of `text/template` is only known when the template's text is
//! read or run: the run ends there in one line naming it, after what the program printed
//! before, never with a Go-style error Go would not give.

use super::{go_info, run};
use syncscope::event::Ending;

/// A program that prints, then executes `text` on `data` (Go source for a value).
fn program(decls: &str, text: &str, data: &str) -> String {
    format!(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"text/template\"\n)\n\n{decls}\n\n\
         func main() {{\n\tfmt.Println(\"before\")\n\tt := template.Must(template.New(\"t\").Parse({text:?}))\n\
         \tfmt.Println(t.Execute(os.Stdout, {data}))\n}}\n"
    )
}

#[test]
fn what_a_template_does_not_run_ends_the_run_naming_it() {
    let stringer = "type Temp float64\n\nfunc (t Temp) String() string { return \"warm\" }";
    let method =
        "type User struct{ Name string }\n\nfunc (u User) Upper() string { return u.Name }";
    let cases = [
        (
            "",
            "{{define \"x\"}}a{{end}}",
            "1",
            "text/template's {{define}}",
        ),
        (
            "",
            "{{template \"x\"}}",
            "1",
            "text/template's {{template}}",
        ),
        (
            "",
            "{{block \"x\" .}}a{{end}}",
            "1",
            "text/template's {{block}}",
        ),
        (
            "",
            "{{range .}}{{break}}{{end}}",
            "[]int{1}",
            "text/template's {{break}}",
        ),
        (
            method,
            "{{.Upper}}",
            "User{\"ann\"}",
            "calling the method Upper from a template",
        ),
        (
            stringer,
            "{{.}}",
            "Temp(3)",
            "printing a main.Temp (its String or Error method)",
        ),
        (
            stringer,
            "{{printf \"%v\" .}}",
            "[]Temp{1}",
            "printing a main.Temp",
        ),
        ("", "{{call .}}", "1", "the template function call"),
        ("", "{{html .}}", "\"<a>\"", "the template function html"),
        (
            "",
            "{{range .}}{{.}}{{end}}",
            "make(chan int)",
            "range over a channel",
        ),
        (
            "",
            "{{range 100000000}}0123456789{{end}}",
            "1",
            "a template writing more than 64 MiB",
        ),
    ];
    for (decls, text, data, words) in cases {
        let src = program(decls, text, data);
        let model = run(go_info("t.go", &src, 1));
        assert_eq!(model.output.text, "before\n", "{text}");
        match model.ending.as_ref().map(|(e, _)| e) {
            Some(Ending::Panic(why)) => {
                assert!(why.starts_with("syncscope does not run "), "{text}: {why}");
                assert!(why.ends_with(" yet"), "{text}: {why}");
                assert!(why.contains(words), "{text}: {why} does not name {words}");
                assert_eq!(why.lines().count(), 1, "{text}: {why}");
            }
            other => panic!("{text}: ends {other:?}"),
        }
    }
}

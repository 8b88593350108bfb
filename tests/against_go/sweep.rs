//! No false compile errors from declared types: a program per declared type of each kind
//! (`type tint int`, `type tm map[string]int`, `type tfn func(int) int`, ...) doing each
//! operation of `sweep_ops` with a value of it, read by syncscope and built and run by Go.
//! syncscope must run every one and print what Go prints. A sweep of this shape found 16
//! compile errors Go does not give and 100 refusals of valid Go that no corpus had hit.

use super::go;
use super::programs::{agrees, build, run_ours_with};
use super::sweep_ops::{ALONE, Declared, OPS, Op, TYPES};

/// The packages a template may use, by the name it is called by.
const PACKAGES: &[(&str, &str)] = &[
    ("fmt", "fmt"),
    ("math", "math"),
    ("maps", "maps"),
    ("slices", "slices"),
    ("sort", "sort"),
    ("strconv", "strconv"),
    ("strings", "strings"),
    ("sync", "sync"),
    ("atomic", "sync/atomic"),
    ("time", "time"),
    ("json", "encoding/json"),
    ("context", "context"),
    ("errors", "errors"),
];

/// Whether `op` applies to a type of `kind`.
fn applies(op: &Op, kind: &str) -> bool {
    match op.kinds.strip_prefix('*') {
        Some(but) => !but.split('!').any(|k| k == kind),
        None => op.kinds.split(' ').any(|k| k == kind),
    }
}

fn filled(template: &str, t: &Declared) -> String {
    let under = if t.under.starts_with("struct") || t.under.starts_with("func") {
        format!("({})", t.under)
    } else {
        t.under.to_string()
    };
    template
        .replace("$T", t.name)
        .replace("$U", &under)
        .replace("$B", t.base())
        .replace("$V", t.value)
}

/// Whether `text` calls into package `name` (`name.` not part of a longer name).
fn calls_into(text: &str, name: &str) -> bool {
    text.match_indices(&format!("{name}."))
        .any(|(i, _)| !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// The program doing each of `ops` with a value of `t`, each in a function of its own that
/// prints its name first.
fn program(t: &Declared, ops: &[&Op]) -> String {
    let declared = match t.under {
        "tint" => "type tint int\n\ntype tnamed tint\n".to_string(),
        under => format!("type {} {under}\n", t.name),
    };
    let mut tops = String::new();
    let mut funcs = String::new();
    let mut calls = String::new();
    for op in ops {
        if !op.top.is_empty() {
            tops += &format!("{}\n\n", filled(op.top, t));
        }
        funcs += &format!("func op_{}() {{\n\t{}\n}}\n\n", op.name, filled(op.body, t));
        calls += &format!("\tfmt.Println(\"-- {}\")\n\top_{}()\n", op.name, op.name);
    }
    let body = format!("{declared}\n{tops}{funcs}func main() {{\n{calls}}}\n");
    let imports: String = PACKAGES
        .iter()
        .filter(|(name, _)| calls_into(&body, name))
        .map(|(_, path)| format!("\t\"{path}\"\n"))
        .collect();
    format!("package main\n\nimport (\n{imports})\n\n{body}")
}

/// Every program of the sweep: its name and text.
fn programs() -> Vec<(String, String)> {
    let mut all = Vec::new();
    for t in TYPES {
        let ops: Vec<&Op> = OPS.iter().filter(|op| applies(op, t.kind)).collect();
        all.push((t.name.to_string(), program(t, &ops)));
        for op in ALONE.iter().filter(|op| applies(op, t.kind)) {
            all.push((format!("{}_{}", t.name, op.name), program(t, &[op])));
        }
    }
    all
}

#[test]
fn every_declared_type_in_every_operation_runs_as_go_runs_it() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let programs = programs();
    assert!(programs.len() >= TYPES.len(), "a program per type");
    let mut failures = Vec::new();
    for (name, text) in &programs {
        if let Err(e) = syncscope::front::go::load("main.go", text) {
            failures.push(format!("{name}: syncscope says {e}\n{text}"));
            continue;
        }
        let binary = build(&format!("sweep-{name}"), text);
        let ours = run_ours_with("main.go", text, &[]);
        if let Err(e) = agrees(&binary, &ours) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_sweep_fills_its_templates_and_imports_what_they_use() {
    let t = &TYPES[0];
    let text = program(t, &[&OPS[0]]);
    assert!(text.contains("type tint int\n"), "{text}");
    assert!(text.contains("var x tint = 3\n"), "{text}");
    assert!(
        text.contains("\t\"fmt\"\n") && !text.contains("\"time\""),
        "{text}"
    );
    assert!(calls_into("x := time.Now()", "time"));
    assert!(!calls_into("x := overtime.Now()", "time"));
    let star_but = Op {
        name: "n",
        kinds: "*!iface",
        body: "",
        top: "",
    };
    assert!(applies(&star_but, "int") && !applies(&star_but, "iface"));
}

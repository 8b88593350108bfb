//! The layers are a compile error to cross: these tests keep it so. The crates' dependency
//! graph comes from `cargo metadata`; the modules' imports within each crate are read from the
//! sources, and may not go round in circles.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Each of our crates and the crates it depends on to build (not its tests), by name.
fn normal_deps() -> HashMap<String, Vec<String>> {
    // For this machine's platform only: cargo fetches no other platform's crates (Windows
    // consoles' among them), and offline it could not.
    let host = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc -vV runs");
    let host = String::from_utf8_lossy(&host.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_string))
        .expect("rustc names its host");
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(["--filter-platform", &host])
        .arg("--manifest-path")
        .arg(Path::new(ROOT).join("Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    let names: HashMap<&str, &str> = doc["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let mut deps = HashMap::new();
    for node in doc["resolve"]["nodes"]
        .as_array()
        .expect("a resolved graph")
    {
        let name = names[node["id"].as_str().unwrap()].to_string();
        let normal: Vec<String> = node["deps"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["dep_kinds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|k| k["kind"].is_null())
            })
            .map(|d| names[d["pkg"].as_str().unwrap()].to_string())
            .collect();
        deps.insert(name, normal);
    }
    deps
}

/// Everything `krate` needs to build, however far down.
fn closure(deps: &HashMap<String, Vec<String>>, krate: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![krate.to_string()];
    while let Some(k) = todo.pop() {
        for d in deps.get(&k).into_iter().flatten() {
            if seen.insert(d.clone()) {
                todo.push(d.clone());
            }
        }
    }
    seen
}

#[test]
fn the_lower_crates_know_nothing_above_them() {
    let deps = normal_deps();
    let forbidden: [(&str, &[&str]); 4] = [
        (
            "syncscope-program",
            &[
                "syncscope-engine",
                "syncscope-model",
                "syncscope-front",
                "ratatui",
                "crossterm",
            ],
        ),
        (
            "syncscope-engine",
            &["syncscope-front", "syncscope-model", "ratatui", "crossterm"],
        ),
        (
            "syncscope-model",
            &[
                "syncscope-front",
                "syncscope-engine",
                "ratatui",
                "crossterm",
            ],
        ),
        (
            "syncscope-front",
            &[
                "syncscope-engine",
                "syncscope-model",
                "ratatui",
                "crossterm",
            ],
        ),
    ];
    for (krate, never) in forbidden {
        assert!(deps.contains_key(krate), "{krate} is in the workspace");
        let below = closure(&deps, krate);
        for n in never {
            assert!(!below.contains(*n), "{krate} depends on {n}: {below:?}");
        }
    }
    // The app stands on all four.
    let app = closure(&deps, "syncscope");
    for k in [
        "syncscope-program",
        "syncscope-engine",
        "syncscope-model",
        "syncscope-front",
    ] {
        assert!(app.contains(k), "the app uses {k}");
    }
}

/// A crate's top-level modules ("rooms") and the rooms each imports, from its non-test code.
fn rooms(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut rooms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let top: BTreeSet<String> = std::fs::read_dir(src)
        .expect("a source folder")
        .map(|e| e.expect("an entry").path())
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .filter(|n| n != "lib" && n != "main")
        .collect();
    for file in sources(src) {
        let rel = file.strip_prefix(src).expect("under src");
        let name = rel.to_string_lossy();
        if is_test_file(&name) {
            continue;
        }
        let room = rel
            .components()
            .next()
            .and_then(|c| Path::new(c.as_os_str()).file_stem())
            .map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&file).expect("readable");
        // Inline test modules sit at the end of a file.
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        let imports = rooms.entry(room.clone()).or_default();
        // From a file at the top (or a top folder's mod.rs), `super::` is the crate root too.
        let depth = rel.components().count();
        let top_file = depth == 1 || (depth == 2 && rel.ends_with("mod.rs"));
        let paths = code.match_indices("crate::").map(|(i, m)| i + m.len());
        let supers = code
            .match_indices("super::")
            .filter(|_| top_file)
            .map(|(i, m)| i + m.len());
        for i in paths.chain(supers) {
            let after = &code[i..];
            let target: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `crate::{a, b}` names several.
            let targets: Vec<String> = if after.starts_with('{') {
                let list = &after[1..after.find('}').unwrap_or(1)];
                list.split(',')
                    .map(|t| t.trim().split("::").next().unwrap_or("").trim().to_string())
                    .collect()
            } else {
                vec![target]
            };
            for t in targets {
                if t != room && top.contains(&t) && !matches!(room.as_str(), "lib" | "main") {
                    imports.insert(t);
                }
            }
        }
    }
    rooms.remove("lib");
    rooms.remove("main");
    rooms
}

fn is_test_file(name: &str) -> bool {
    name.ends_with("tests.rs") || name.contains("tests/")
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The groups of rooms that import each other round in a circle (Tarjan's components of more
/// than one room).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: HashMap<&'a str, usize>,
        low: HashMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(w);
                    group.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_crate_has_modules_that_import_each_other_round_in_a_circle() {
    let crates = [
        "src",
        "crates/syncscope-program/src",
        "crates/syncscope-engine/src",
        "crates/syncscope-model/src",
        "crates/syncscope-front/src",
    ];
    let mut report = String::new();
    for src in crates {
        let graph = rooms(&Path::new(ROOT).join(src));
        assert!(graph.len() > 2, "{src}: rooms found {graph:?}");
        // `--nocapture` shows the measure.
        let arrows: usize = graph.values().map(BTreeSet::len).sum();
        println!("{src}: {} rooms, {arrows} arrows", graph.len());
        for (room, imports) in &graph {
            println!("  {room} -> {imports:?}");
        }
        for circle in circles(&graph) {
            report += &format!("{src}: {}\n", circle.join(" <-> "));
        }
    }
    assert!(report.is_empty(), "circles of imports:\n{report}");
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let edge = |g: &mut BTreeMap<String, BTreeSet<String>>, a: &str, b: &str| {
        g.entry(a.into()).or_default().insert(b.into());
    };
    edge(&mut g, "ui", "app");
    edge(&mut g, "app", "model");
    assert!(circles(&g).is_empty());
    edge(&mut g, "model", "ui");
    assert_eq!(circles(&g).len(), 1);
}

/// Only the TOML front end knows a scenario's steps.
#[test]
fn no_file_outside_the_toml_front_end_names_its_scenario_types() {
    let mut found = Vec::new();
    for dir in ["src", "crates"] {
        for file in sources(&Path::new(ROOT).join(dir)) {
            let name = file.to_string_lossy().into_owned();
            if name.contains("syncscope-front/src/toml") {
                continue;
            }
            let text = std::fs::read_to_string(&file).expect("readable");
            for needle in ["toml::Scenario", "toml::Op", "toml::Step", "Scenario {"] {
                if text.contains(needle) {
                    found.push(format!("{name}: {needle}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn neither_front_end_imports_the_other() {
    let front = Path::new(ROOT).join("crates/syncscope-front/src");
    for (dir, other) in [("go", "crate::toml"), ("toml", "crate::go")] {
        for file in sources(&front.join(dir)) {
            let text = std::fs::read_to_string(&file).expect("readable");
            assert!(!text.contains(other), "{} names {other}", file.display());
        }
    }
}

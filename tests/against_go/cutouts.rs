//! No false compile errors: every Go program of ours, with one statement cut out at a time,
//! read by syncscope and built by Go. Where syncscope refuses a cut program in Go's words (not
//! as a construct it does not run yet), Go must refuse it with the same words at the same
//! place; a use inside something syncscope stops reading is still a use.

use super::go;
use super::programs::sources;
use std::collections::{BTreeMap, HashSet};

/// The folders of Go programs the differential layer holds.
const FOLDERS: [&str; 3] = ["programs", "deadlock_programs", "race_programs"];

/// The program with its line `cut` (0-based) taken out, if that line is a statement of its
/// own: inside a function, neither opening nor closing a block.
fn cut(text: &str, cut: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let line = lines.get(cut)?;
    let code = line.trim();
    let simple = line.starts_with('\t')
        && !code.is_empty()
        && !code.starts_with("//")
        && !code.ends_with('{')
        && !code.starts_with('}')
        && !code.ends_with(':')
        && !code.ends_with(',')
        && !code.ends_with('(');
    if !simple {
        return None;
    }
    let kept: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != cut)
        .map(|(_, l)| *l)
        .collect();
    Some(kept.join("\n") + "\n")
}

#[test]
fn a_cut_program_is_refused_in_go_s_words_only_where_go_refuses_it() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    // Each cut program syncscope refuses in Go's words, with what it said.
    let mut ours: BTreeMap<String, (String, (usize, usize, String))> = BTreeMap::new();
    let mut seen = HashSet::new();
    for folder in FOLDERS {
        for (name, text) in sources(folder) {
            for line in 0..text.lines().count() {
                let Some(variant) = cut(&text, line) else {
                    continue;
                };
                if !seen.insert(variant.clone()) {
                    continue;
                }
                let Err(e) = syncscope::front::go::load("main.go", &variant) else {
                    continue;
                };
                let own_words = e.message.contains("syncscope does not run")
                    || e.message.starts_with("syntax error");
                if own_words {
                    continue;
                }
                let (l, c) = e.line_col.unwrap_or_default();
                let key = format!("{folder}_{name}_{}", line + 1).replace('-', "_");
                ours.insert(key, (variant, (l, c, e.message)));
            }
        }
    }
    assert!(ours.len() > 50, "few cut programs refused: {}", ours.len());
    let files: Vec<(String, String)> = ours
        .iter()
        .map(|(k, (text, _))| (k.clone(), text.clone()))
        .collect();
    let theirs = go::first_errors("cutouts", &files);
    let mut failures = Vec::new();
    for (key, (_, said)) in &ours {
        match theirs.get(key) {
            Some(go_said) if go_said == said => {}
            Some((l, c, m)) => failures.push(format!(
                "{key}: Go says {l}:{c}: {m}\n    syncscope says {}:{}: {}",
                said.0, said.1, said.2
            )),
            None => failures.push(format!(
                "{key}: Go builds it; syncscope says {}:{}: {}",
                said.0, said.1, said.2
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cut programs:\n{}",
        failures.len(),
        ours.len(),
        failures.join("\n")
    );
}

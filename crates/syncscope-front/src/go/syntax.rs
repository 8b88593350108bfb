//! Parsing: tree-sitter's Go grammar, syntax errors from its error nodes, and a snippet (no
//! `package` clause) completed as goimports would, with `package main` and the imports of
//! the packages it uses.

use super::GoError;
use tree_sitter::{Node, Parser, Tree};

/// The packages a snippet may use without importing them, by the name it calls them.
const KNOWN: [(&str, &str); 5] = [
    ("fmt", "fmt"),
    ("os", "os"),
    ("rand", "math/rand"),
    ("sync", "sync"),
    ("time", "time"),
];

pub(super) struct Parsed {
    /// The text parsed: the file's, or the snippet completed.
    pub(crate) text: String,
    pub(crate) tree: Tree,
    /// Lines put in front of the file's own.
    pub(crate) added_lines: usize,
}

fn parse_text(text: &str) -> Result<Tree, GoError> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_go::LANGUAGE.into())
        .map_err(|e| GoError::at(1, 1, format!("syncscope cannot load Go's grammar: {e}")))?;
    parser
        .parse(text, None)
        .ok_or_else(|| GoError::at(1, 1, "the Go parser gave up on this file".into()))
}

pub(crate) fn parse(text: &str) -> Result<Parsed, GoError> {
    refuse_pasted_spaces(text)?;
    let tree = parse_text(text)?;
    let root = tree.root_node();
    let has_package = children(root).any(|n| n.kind() == "package_clause");
    let mut parsed = if has_package {
        Parsed {
            text: text.to_string(),
            tree,
            added_lines: 0,
        }
    } else {
        complete(text, root)?
    };
    if parsed.tree.root_node().has_error() {
        parsed.tree =
            super::new_values::reparsed(&parsed.text, parsed.tree, |t| parse_text(t).ok());
    }
    first_syntax_error(parsed.tree.root_node(), &parsed.text, parsed.added_lines)?;
    Ok(parsed)
}

/// A snippet as goimports would complete it: `package main`, then an import block for the
/// known packages it uses and does not import.
fn complete(text: &str, root: Node) -> Result<Parsed, GoError> {
    let imported = children(root).any(|n| n.kind() == "import_declaration");
    let mut head = String::from("package main\n\n");
    if !imported {
        let used: Vec<&str> = KNOWN
            .iter()
            .filter(|(name, _)| uses_package(root, text, name))
            .map(|(_, path)| *path)
            .collect();
        if !used.is_empty() {
            head.push_str("import (\n");
            for path in used {
                head.push_str(&format!("\t\"{path}\"\n"));
            }
            head.push_str(")\n\n");
        }
    }
    let added_lines = head.matches('\n').count();
    let full = format!("{head}{text}");
    let tree = parse_text(&full)?;
    Ok(Parsed {
        text: full,
        tree,
        added_lines,
    })
}

fn uses_package(root: Node, text: &str, name: &str) -> bool {
    descendants(root).any(|node| {
        let operand = match node.kind() {
            "selector_expression" => node.child_by_field_name("operand"),
            "qualified_type" => node.child_by_field_name("package"),
            _ => None,
        };
        operand.is_some_and(|n| &text[n.byte_range()] == name)
    })
}

/// Every node under `root`, in source order, without recursion: a file may nest deeper than
/// a stack goes.
pub(crate) fn descendants(root: Node) -> impl Iterator<Item = Node> {
    let mut cursor = root.walk();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let node = cursor.node();
        if !cursor.goto_first_child() {
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() || cursor.node() == root {
                    done = true;
                    break;
                }
            }
        }
        Some(node)
    })
}

/// Web pages paste indentation as U+00A0, which Go refuses; the message says what it is.
/// Go's words depend on who finds it: the reader of a file's imports, before the first
/// declaration, or the compiler's scanner after.
fn refuse_pasted_spaces(text: &str) -> Result<(), GoError> {
    let mut in_header = true;
    for (i, line) in text.lines().enumerate() {
        let word = line.trim_start_matches([' ', '\t', '\u{a0}']);
        if ["func", "var", "const", "type"]
            .iter()
            .any(|d| word.starts_with(d))
        {
            in_header = false;
        }
        if let Some(at) = line.find('\u{a0}') {
            let go_says = if in_header {
                "illegal character U+00A0"
            } else {
                "invalid character U+00A0 in identifier"
            };
            return Err(GoError::at(
                i + 1,
                at + 1,
                format!(
                    "{go_says} (a non-breaking space, as a web page pastes it: replace it \
                     with a space)"
                ),
            ));
        }
    }
    Ok(())
}

fn first_syntax_error(root: Node, text: &str, added: usize) -> Result<(), GoError> {
    if !root.has_error() {
        return Ok(());
    }
    let Some(bad) = find_error(root) else {
        return Ok(());
    };
    let start = bad.start_position();
    let what = if bad.is_missing() {
        format!("missing {}", bad.kind())
    } else {
        let first = first_leaf(bad);
        let token = &text[first.byte_range()];
        let token = token.lines().next().unwrap_or("");
        if token.trim().is_empty() {
            "unexpected newline".to_string()
        } else {
            format!(
                "unexpected {}",
                syncscope_program::safe_text::one_line(token, 40)
            )
        }
    };
    Err(GoError::at(
        (start.row + 1).saturating_sub(added).max(1),
        start.column + 1,
        format!("syntax error: {what}"),
    ))
}

fn find_error(root: Node) -> Option<Node> {
    descendants(root).find(|n| n.is_error() || n.is_missing())
}

fn first_leaf(node: Node) -> Node {
    let mut n = node;
    while let Some(c) = n.child(0) {
        n = c;
    }
    n
}

pub(crate) fn children(node: Node) -> impl Iterator<Item = Node> {
    (0..node.child_count()).filter_map(move |i| node.child(i))
}

/// The named children that are code: a comment between a literal's elements or a call's
/// arguments is not one of them.
pub(crate) fn elements(node: Node) -> impl Iterator<Item = Node> {
    children(node).filter(|c| c.is_named() && c.kind() != "comment")
}

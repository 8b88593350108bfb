//! Go 1.26's `new(v)` of a value that is not a name (`new(42)`, `new(x + 1)`, `new(f())`):
//! tree-sitter's Go grammar reads `new`'s first argument as a type only, so such a call is
//! an error node. The call is parsed again with `new` spelt as a plain identifier of the same
//! length, so every byte offset holds and the lowering, which reads names from the file's own
//! text, still sees `new`.

use tree_sitter::{Node, Tree};

/// A `new` that gets the ordinary call grammar: any identifier but a keyword, three bytes.
const PLAIN: &str = "neW";
/// Enough rounds for every `new(v)` of a file; a file with more keeps its syntax error.
const ROUNDS: usize = 256;

/// The tree of `text` with each `new(v)` whose argument is no type parsed as a call.
pub(super) fn reparsed(text: &str, tree: Tree, parse: impl Fn(&str) -> Option<Tree>) -> Tree {
    let mut tree = tree;
    let mut patched = text.to_string();
    for _ in 0..ROUNDS {
        let Some(error) = first_error(tree.root_node()) else {
            break;
        };
        let Some(at) = enclosing_new(&patched, error) else {
            break;
        };
        patched.replace_range(at..at + 3, PLAIN);
        let Some(again) = parse(&patched) else {
            break;
        };
        let moved_on = first_error(again.root_node()).is_none_or(|e| e > error);
        if !moved_on {
            break;
        }
        tree = again;
    }
    tree
}

fn first_error(root: Node) -> Option<usize> {
    super::syntax::descendants(root)
        .find(|n| n.is_error() || n.is_missing())
        .map(|n| n.start_byte())
}

/// Where the `new` starts whose parenthesis is still open at byte `error`, or that starts
/// there (the grammar may give up at the `new` itself).
fn enclosing_new(text: &str, error: usize) -> Option<usize> {
    if text[error..].starts_with("new") && text[error + 3..].trim_start().starts_with('(') {
        return Some(error);
    }
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = error.min(bytes.len());
    while i > 0 {
        i -= 1;
        match bytes[i] {
            b')' => depth += 1,
            b'(' if depth > 0 => depth -= 1,
            b'(' => {
                let before = text[..i].trim_end();
                let is_new = before.ends_with("new")
                    && !before[..before.len() - 3]
                        .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
                return is_new.then(|| before.len() - 3);
            }
            _ => {}
        }
    }
    None
}

//! Go files as programs: parsed with tree-sitter's Go grammar, checked for the mistakes Go's
//! compiler would refuse (with its words and positions), and lowered into the program form.

use crate::program::Program;
use std::collections::HashMap;

/// A Go file, read: the program it runs, and what the code panel shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoSource {
    pub program: Program,
    /// The file's lines as shown, completed with `package main` and imports when it was a
    /// snippet.
    pub lines: Vec<String>,
    /// `(func, pc)` of each statement to its 0-based line in `lines`.
    pub marks: HashMap<(u16, u16), usize>,
    /// Lines added in front of the user's text (a snippet completed as goimports would).
    pub added_lines: usize,
}

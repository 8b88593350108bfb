//! The code a run shows: the Go program's lines, which line each statement is on, and the
//! names that events give by number. A front end writes it with the program; the code panel,
//! the race report and `--go` read it.

use super::Access;
use std::collections::HashMap;

/// Which access of a shared variable: of the results slice as the helpers of a workload's
/// program spell them out (in a Go file, the statement itself), or of another variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Site {
    /// `n := len(results)` in `save`.
    SaveLen,
    /// `results = append(results[:n], v)` in `save`.
    SaveStore,
    /// `len(results)` in `show`.
    Show,
    /// A shared variable read (`false`) or written (`true`) by the statement.
    Var(bool),
}

impl Site {
    pub fn access(self) -> Access {
        match self {
            Site::SaveStore | Site::Var(true) => Access::Write,
            Site::SaveLen | Site::Show | Site::Var(false) => Access::Read,
        }
    }
}

/// The variable the results slice's events are about.
pub const RESULTS: u16 = u16::MAX;

/// What a lock mode does to a line of a program as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// No lock (`n`): the call is not made.
    Removed,
    /// Mutex (`m`): an `RLock` or `RUnlock` runs as `Lock` or `Unlock`.
    AsLock,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    /// The file's name, as the code panel titles it.
    pub file: String,
    pub lines: Vec<String>,
    /// (function, step) to 0-based line; function 0 is `main`.
    pub marks: HashMap<(u16, u16), usize>,
    /// The 0-based lines of the helpers' accesses to `results`.
    pub sites: HashMap<Site, usize>,
    /// Each function's name, by its number in marks.
    pub funcs: Vec<String>,
    /// The shared variables' names, by their number in accesses.
    pub vars: Vec<String>,
    /// What the results slice is called.
    pub results: String,
    /// Lines shown in front of the file's own (a snippet's completion).
    pub added: usize,
    /// The line that starts a workload's goroutines, where their `go` has no place of its own.
    pub spawn_line: Option<usize>,
    /// Lines of a program as written that the run's lock mode removes or runs otherwise.
    pub changed: Vec<(usize, Change)>,
}

impl Listing {
    pub fn line_of(&self, func: u16, pc: u16) -> Option<usize> {
        self.marks.get(&(func, pc)).copied()
    }

    /// Function `func`'s name in the program.
    pub fn func_name(&self, func: u16) -> String {
        self.funcs
            .get(usize::from(func))
            .cloned()
            .unwrap_or_else(|| "?".into())
    }

    /// The 1-based line in the file of 0-based line `shown` of the program shown.
    pub fn file_line(&self, shown: usize) -> usize {
        (shown + 1).saturating_sub(self.added).max(1)
    }

    /// Whether 0-based line `shown` was added in front of the file's own (a snippet's
    /// completion).
    pub fn is_added(&self, shown: usize) -> bool {
        shown < self.added
    }

    /// The name of shared variable `var` (`RESULTS` for the results slice).
    pub fn var_name(&self, var: u16) -> &str {
        match self.vars.get(usize::from(var)) {
            Some(name) if var != RESULTS => name,
            _ => &self.results,
        }
    }

    /// The line of the helper that makes an access to `results`.
    pub fn site_line(&self, site: Site) -> Option<usize> {
        self.sites.get(&site).copied()
    }

    pub fn text(&self) -> String {
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

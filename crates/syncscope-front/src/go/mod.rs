//! Go files as programs: parsed with tree-sitter's Go grammar, checked for the mistakes Go's
//! compiler would refuse (with its words and positions), and lowered into the program form.

pub(crate) mod lang;
mod leading;
mod lower;
mod new_values;
mod syntax;
mod types;

pub use lang::Lang;

use super::LoadError;
use std::collections::HashMap;
use std::sync::Arc;
use syncscope_program::event::{Access, LockMode, RunInfo};
use syncscope_program::{
    Build, Change, Knobs, Lesson, Listing, Outline, Program, Source, Uses, limits,
};

/// A Go file, read: the program it runs, and what the code panel shows of it.
#[derive(Debug, Clone, PartialEq)]
struct GoSource {
    /// The file's name, as the code panel titles it.
    file: String,
    program: Program,
    /// The file's lines as shown, completed with `package main` and imports when it was a
    /// snippet.
    lines: Vec<String>,
    /// `(func, pc)` of each statement to its 0-based line in `lines`.
    marks: HashMap<(u16, u16), usize>,
    /// Lines added in front of the user's text (a snippet completed as goimports would).
    added_lines: usize,
}

/// A Go program runs as written: the same program, the same lines, whatever the run; only the
/// lock-mode pass changes it.
impl Build for GoSource {
    fn program(&self, _: &RunInfo) -> Program {
        self.program.clone()
    }

    fn listing(&self, run: &RunInfo) -> Listing {
        let program = &self.program;
        Listing {
            file: self.file.clone(),
            lines: self.lines.clone(),
            marks: self.marks.clone(),
            sites: HashMap::new(),
            funcs: program.funcs.iter().map(|f| f.name.clone()).collect(),
            vars: program.globals.iter().map(|g| g.name.clone()).collect(),
            results: program
                .results
                .and_then(|g| program.globals.get(g))
                .map_or("results".into(), |g| g.name.clone()),
            added: self.added_lines,
            spawn_line: None,
            changed: self.changed_lines(run.mode),
        }
    }

    fn outline(&self, _: &RunInfo) -> Outline {
        // Goroutines get their lanes as they start: any number, up to the cap.
        Outline {
            lanes: 1,
            most_goroutines: limits::MAX_STARTED,
            expected_results: None,
            span_us: 0,
            dones: None,
        }
    }
}

impl GoSource {
    /// The lines that the mode removes or runs otherwise than written.
    fn changed_lines(&self, mode: LockMode) -> Vec<(usize, Change)> {
        self.program
            .lock_marks()
            .into_iter()
            .filter_map(|(func, pc, access)| {
                let change = match (mode, access) {
                    (LockMode::None, _) => Change::Removed,
                    (LockMode::Mutex, Access::Read) => Change::AsLock,
                    _ => return None,
                };
                Some((*self.marks.get(&(func, pc))?, change))
            })
            .collect()
    }
}

/// A mistake in a Go file, at Go's line and column (1-based, columns in bytes as Go counts).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GoError {
    pub(crate) line: usize,
    pub(crate) col: usize,
    pub(crate) message: String,
}

impl GoError {
    pub(crate) fn at(line: usize, col: usize, message: String) -> GoError {
        GoError { line, col, message }
    }
}

/// Whether `--scenario`'s argument names a Go file.
pub(crate) fn is_go_path(path: &str) -> bool {
    path.ends_with(".go")
}

/// Reads a Go file's text into a lesson as the newest Go; `origin` names the file in errors,
/// as `main.go:27:19: undefined: resutls`.
pub fn load(origin: &str, text: &str) -> Result<Lesson, LoadError> {
    load_as(origin, text, lang::NEWEST)
}

/// Reads a Go file's text as Go `lang` reads it.
pub fn load_as(origin: &str, text: &str, lang: Lang) -> Result<Lesson, LoadError> {
    let place = |e: GoError| LoadError {
        origin: origin.to_string(),
        line_col: Some((e.line, e.col)),
        message: e.message,
    };
    let parsed = syntax::parse(text).map_err(place)?;
    let root = parsed.tree.root_node();
    let lowered =
        lower::lower(origin, &parsed.text, root, parsed.added_lines, lang).map_err(place)?;
    let (title, lesson, predict) = leading::leading_comment(text, origin).map_err(place)?;
    let program = lowered.program;
    let has_locks = !program.locks.is_empty();
    let modes = match (has_locks, lowered.uses_rwmutex) {
        (false, _) => vec![LockMode::None],
        (true, false) => vec![LockMode::None, LockMode::Mutex],
        (true, true) => LockMode::LOCKS.to_vec(),
    };
    let mode = *modes.last().unwrap_or(&LockMode::None);
    let name = std::path::Path::new(origin)
        .file_stem()
        .map_or("main".into(), |s| s.to_string_lossy().into_owned());
    let not_offered = match modes.as_slice() {
        [LockMode::None, LockMode::Mutex] => vec![(
            LockMode::RwMutex,
            format!(
                "{name}.go is written with sync.Mutex: there is no RLock to keep, nothing to \
                 switch (m runs it as written)"
            ),
        )],
        _ => Vec::new(),
    };
    // A file without words of its own still says what the screen shows and the keys do.
    let lesson = if lesson.is_empty() {
        default_words(&modes)
    } else {
        lesson
    };
    let uses = Uses {
        workload: None,
        processors: program.uses_processors(),
        sets_procs: program.sets_procs(),
        chans: !program.chans.is_empty(),
        conds: program.uses_conds(),
        wait_groups: program.wait_groups(),
        locks: !program.lock_marks().is_empty() || program.uses_once(),
        own_output: true,
        results: program.results.is_some(),
    };
    Ok(Lesson {
        title,
        text: lesson,
        predict,
        mode,
        modes,
        not_offered,
        locks: program.locks.clone(),
        knobs: Knobs {
            goroutines: 0,
            delay_ms: 0,
            random_delay: false,
            seed: None,
            write_ms: 0,
            read_ms: 0,
            reads: 1,
            procs: None,
            cost: true,
            args: Vec::new(),
        },
        uses,
        source: Source {
            kind: lang.kind(),
            text: text.to_string(),
        },
        build: Arc::new(GoSource {
            file: format!("{name}.go"),
            lines: parsed.text.lines().map(shown_line).collect(),
            marks: lowered.marks,
            added_lines: parsed.added_lines,
            program,
        }),
        name,
    })
}

fn default_words(modes: &[LockMode]) -> String {
    let keys = match modes {
        [LockMode::None] => "",
        [LockMode::None, LockMode::Mutex] => {
            ", and n and m to run it without its locks or as written"
        }
        _ => ", and n, m and r to run it without its locks, with Mutexes only, or as written",
    };
    format!("Your program, run by syncscope: a lane per goroutine, its output below{keys}.")
}

/// A line of the file as the code panel shows it: its indentation kept (the panel draws
/// tabs), other tabs as spaces, and any control character spelled out, so the file cannot
/// drive the terminal.
fn shown_line(line: &str) -> String {
    let body = line.trim_start_matches('\t');
    let indent = &line[..line.len() - body.len()];
    let body = syncscope_program::safe_text::output(body).replace('\t', "    ");
    format!("{indent}{body}")
}

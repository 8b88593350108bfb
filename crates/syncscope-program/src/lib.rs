//! The one program form every front end produces and the engine runs: functions of statements
//! and expressions, over the run's shared variables, locks and WaitGroups. A front end hands
//! over a [`Lesson`], whose [`Build`] makes the program for each run (a workload's with the
//! run's numbers, a program file's as written). Statements carry the marks the code panel and
//! the race report follow: `(func, pc)`, the same pair the `At` event reports.
//!
//! Beside it, the vocabulary every layer shares: a run's [`event`]s, and [`safe_text`] for
//! whatever text from a file may reach a terminal. This crate depends on no other of ours.

#![warn(unreachable_pub)]

pub mod calendar;
pub mod event;
mod expr;
pub mod files;
pub mod iface;
pub mod json;
mod lesson;
pub mod library;
pub mod limits;
mod listing;
pub mod passes;
mod run;
pub mod safe_text;
mod slices;
pub mod slog;
mod stmt;
pub mod template;
pub mod textlib;
pub mod unicode;
pub mod urls;
pub mod xml;

pub use expr::{AtomicOp, BinOp, BufioOp, Capture, Expr, Lit, PoolOp, Ty, UnOp};
pub use lesson::{Build, DoneTable, Knobs, Lesson, Outline, Source, Uses, WorkloadCounts};
pub use library::{Digest, HeapOp, InPlace, Lib, LogOp, LogSite, RandDraw, SyncMapOp, TimePart};
pub use listing::{Change, Listing, RESULTS, Site};
pub use run::{Access, LockMode, RunInfo};
pub use slices::{Grow, SlicesOp};
pub use stmt::{
    Block, Comm, CondCall, Place, PrintKind, SelectCase, SliceAt, Stmt, StmtKind, Target,
    visit as visit_block,
};

pub type FuncId = usize;
/// A local variable of a function's frame.
pub type Slot = usize;
pub type GlobalId = usize;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// The locks, in order: `GlobalKind::Lock` indexes them.
    pub locks: Vec<String>,
    /// Whether each lock is declared an RWMutex (under the mutex mode it runs as a Mutex).
    pub rw_locks: Vec<bool>,
    /// The names of the program's `make(chan ...)` sites: the variable each is made for.
    pub chans: Vec<String>,
    /// The shared slice the results panel follows: its appends are counted and overwrites
    /// shown.
    pub results: Option<GlobalId>,
    /// Where the program starts.
    pub main: FuncId,
    /// The `func init`s, run in order before `main`, after the package variables are set.
    pub inits: Vec<FuncId>,
    /// The dynamic types of the values that go into interfaces (`iface`).
    pub types: Vec<iface::RtType>,
    /// What `encoding/json` knows of the program's types.
    pub json: json::Shapes,
    /// What `encoding/xml` knows of the program's types: shapes as `json`'s, with each
    /// struct's `xml` fields.
    pub xml: json::Shapes,
    /// The local variables goroutines may share, for the race detector.
    pub followed: Followed,
}

/// Local variables that goroutines may share, and the shared variables (their names) their
/// accesses are reported as, so that goroutines sharing a local race as Go's do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Followed {
    /// Per closure, per captured variable (`u16::MAX`: not followed).
    pub captures: std::collections::BTreeMap<FuncId, Vec<u16>>,
    /// Per function (by mark) and slot: a local whose address `&x` is taken.
    pub addressed: std::collections::BTreeMap<(u16, Slot), u16>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Global {
    pub name: String,
    pub kind: GlobalKind,
    /// Some goroutine writes it: its reads are reported for the race detector.
    pub written: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum GlobalKind {
    /// A variable with its initial value.
    Value(Expr),
    /// A slice, shared between goroutines, with its initial value (a literal, `make`, nil).
    Slice(Expr),
    WaitGroup,
    /// A Mutex or RWMutex: its index in `Program::locks`.
    Lock(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Func {
    pub name: String,
    /// The function's number in `At` events and code marks.
    pub mark: u16,
    /// Parameters are the first slots.
    pub params: usize,
    pub slots: usize,
    /// Slots that a closure captures: kept in cells that the closure shares, as Go shares a
    /// captured variable.
    pub boxed: Vec<bool>,
    /// For a closure: how many variables it captured (read with `Expr::Captured`).
    pub captures: usize,
    pub body: Block,
    /// What it returns when a deferred call recovers from a panic in it: its result's zero
    /// value (none without a result).
    pub recovered: Option<Expr>,
}

impl Program {
    pub fn func(&self, id: FuncId) -> Option<&Func> {
        self.funcs.get(id)
    }

    /// The global that holds lock `lock`.
    pub fn lock_global(&self, lock: usize) -> Option<GlobalId> {
        self.globals
            .iter()
            .position(|g| g.kind == GlobalKind::Lock(lock))
    }

    /// Whether the program does CPU work or sets its processors: then they matter.
    pub fn uses_processors(&self) -> bool {
        let mut found = false;
        for f in &self.funcs {
            stmt::visit(&f.body, &mut |s| {
                found |= matches!(s.kind, StmtKind::Compute(_) | StmtKind::SetProcs(_));
            });
        }
        found
    }

    /// The WaitGroups, by global and name, if the program calls a WaitGroup's methods (then
    /// their gauges have something to show).
    pub fn wait_groups(&self) -> Vec<(u32, String)> {
        let mut found = false;
        for f in &self.funcs {
            stmt::visit(&f.body, &mut |s| {
                found |= matches!(
                    s.kind,
                    StmtKind::WgAdd(..) | StmtKind::WgDone(_) | StmtKind::WgWait(_)
                );
            });
        }
        if !found {
            return Vec::new();
        }
        self.globals
            .iter()
            .enumerate()
            .filter(|(_, g)| g.kind == GlobalKind::WaitGroup)
            .map(|(i, g)| (i as u32, g.name.clone()))
            .collect()
    }

    /// Whether the program calls a Once's `Do` (`sync.OnceFunc` and the like call it too):
    /// the Once's Mutex is a lock of the run.
    pub fn uses_once(&self) -> bool {
        let mut found = false;
        for f in &self.funcs {
            stmt::visit(&f.body, &mut |s| {
                found |= matches!(&s.kind, StmtKind::Expr(Expr::OnceDo { .. }));
            });
        }
        found
    }

    /// Whether the program waits on a `sync.Cond`.
    pub fn uses_conds(&self) -> bool {
        let mut found = false;
        for f in &self.funcs {
            stmt::visit(&f.body, &mut |s| {
                found |= matches!(s.kind, StmtKind::Cond(_, CondCall::Wait))
            });
        }
        found
    }

    /// Whether the program sets its own processors (`runtime.GOMAXPROCS`).
    pub fn sets_procs(&self) -> bool {
        let mut found = false;
        for f in &self.funcs {
            stmt::visit(&f.body, &mut |s| {
                found |= matches!(s.kind, StmtKind::SetProcs(_))
            });
        }
        found
    }

    /// The lock statements of every function, with their marks: what a lock mode changes.
    pub fn lock_marks(&self) -> Vec<(u16, u16, Access)> {
        let mut out = Vec::new();
        for f in &self.funcs {
            stmt::visit(&f.body, &mut |s| {
                let (StmtKind::Lock { access, .. } | StmtKind::Unlock { access, .. }) = &s.kind
                else {
                    return;
                };
                if let Some(pc) = s.pc {
                    out.push((f.mark, pc, *access));
                }
            });
        }
        out
    }
}

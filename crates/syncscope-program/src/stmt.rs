use super::{Access, Expr, GlobalId, Slot};

pub type Block = Vec<Stmt>;

/// One statement, and its step number when the code panel follows it (`At { func, pc }`).
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub pc: Option<u16>,
}

/// What an assignment writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Local(Slot),
    Captured(usize),
    Global(GlobalId),
}

/// The slice a sort changes in place.
#[derive(Debug, Clone, PartialEq)]
pub enum SliceAt {
    /// A variable: written with the sorted slice, as the race detector sees a sort.
    Var(Place),
    /// The slice a field, an element or a call gives: sorted in its backing array, which
    /// every slice of that array shares.
    Value(Expr),
}

/// Where a received value (or its `ok`) goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A new variable (`v, ok := <-ch`).
    Declare(Slot),
    Store(Place),
    /// `_`.
    Discard,
}

/// What one case of a `select` does.
#[derive(Debug, Clone, PartialEq)]
pub enum Comm {
    /// `ch <- v`.
    Send(super::Expr, super::Expr),
    /// `<-ch`, `v := <-ch`, `v, ok = <-ch`: the value's and `ok`'s targets, as many as written.
    Recv(super::Expr, Vec<Target>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SelectCase {
    pub comm: Comm,
    pub body: Block,
    /// The case's line, for the code panel when it is chosen.
    pub pc: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintKind {
    Println,
    Print,
    Printf,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// A new variable (`:=`, `var`): a fresh one each time the statement runs.
    Let(Slot, Expr),
    Assign(Place, Expr),
    /// `x op= e` and `x++`: read, compute, write, and on a shared variable a window between
    /// (the run's write time) in which another goroutine can do the same.
    Update(Place, super::BinOp, Expr),
    If(Expr, Block, Block),
    /// `for cond { body; post }`; no condition runs for ever. `fresh` are the variables
    /// the loop declares, each round's its own (Go 1.22): declared anew with their values
    /// before the post statement, so a closure keeps the round it was made in.
    For {
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
        fresh: Vec<Slot>,
    },
    /// `ch <- v`.
    Send(Expr, Expr),
    /// A receive whose value (and `ok`) go to these targets; none for a plain `<-ch`.
    Recv {
        chan: Expr,
        into: Vec<Target>,
    },
    Close(Expr),
    /// `select`: its cases, and `default` if it has one.
    Select {
        cases: Vec<SelectCase>,
        default: Option<Block>,
    },
    /// `for i, v := range slice`; over a channel, `index` takes each value received until
    /// it is closed. `fresh`: each round's variables are its own (Go 1.22), else one pair is
    /// shared by every round (Go 1.21 and before).
    Range {
        over: Expr,
        index: Option<Slot>,
        value: Option<Slot>,
        body: Block,
        fresh: bool,
    },
    /// A body run a number of times (a workload's `repeat`).
    Repeat(Expr, Block),
    /// `go f(args)`: a call expression, its arguments evaluated here.
    Go(Expr),
    /// `defer f(args)`: run when the function returns, the last deferred first.
    Defer(Expr),
    Return(Option<Expr>),
    /// `time.Sleep(d)`, `d` in nanoseconds.
    Sleep(Expr),
    /// CPU work for `d` nanoseconds, on a processor.
    Compute(Expr),
    /// `runtime.GOMAXPROCS(n)`: the processors from now on (n < 1 leaves them as they are).
    SetProcs(Expr),
    /// `mu.Lock()` (`access` write) or `mu.RLock()` (read) of the lock the place `lock`
    /// gives, whatever holds it: `Expr::Global` for a package variable's, a field for a
    /// struct's; any expression that evaluates to the lock will do.
    Lock {
        lock: Expr,
        access: Access,
    },
    /// `mu.Unlock()` or `mu.RUnlock()`, the lock given as for `Lock`.
    Unlock {
        lock: Expr,
        access: Access,
    },
    /// `wg.Add(n)` of the WaitGroup the first operand gives, whatever holds it (as for
    /// `Lock`).
    WgAdd(Expr, Expr),
    WgDone(Expr),
    WgWait(Expr),
    /// `c.Wait()`, `c.Signal()` or `c.Broadcast()` of the Cond the operand gives.
    Cond(Expr, CondCall),
    /// `s = append(s, v)` on a shared slice: read the length, hold the window, store the
    /// slot, store the length.
    Append {
        slice: GlobalId,
        value: Expr,
        hold: Expr,
        /// How the slice grows when it is full, as Go's `append` grows it.
        grow: super::Grow,
    },
    /// A read of the results slice that holds it this long (a workload's `show`).
    Show {
        hold: Expr,
    },
    Print(PrintKind, Vec<Expr>),
    /// Leaves the innermost loop or select.
    Break,
    /// Goes on to the innermost loop's next round.
    Continue,
    /// A `switch`, its cases lowered into `If`s: a `break` in it leaves it.
    Switch(Block),
    /// `x.f = v`: field `i` of the struct (or pointed-to struct) the first operand gives
    /// (`x.f op= v` is `x.f = x.f op v`).
    SetField(Expr, usize, Expr),
    /// `m[k] = v`: a map write, flagged for its window as Go's runtime flags it.
    MapSet(Expr, Expr, Expr),
    /// `delete(m, k)`.
    MapDelete(Expr, Expr),
    /// `v, ok := m[k]`: the value (or `zero`) and whether it was there.
    MapLookup {
        map: Expr,
        key: Expr,
        zero: Expr,
        into: Vec<Target>,
    },
    /// `x.f op= v` and `x.f++`: a read, the run's write window, a write, as on a package
    /// variable, so two goroutines at it at once lose an update.
    UpdateField(Expr, usize, super::BinOp, Expr),
    /// `*p = v`, `*p op= v` and `*p++` (`op`) of a pointer to a basic value: as a store to
    /// the variable it points to.
    Store {
        ptr: Expr,
        op: Option<super::BinOp>,
        value: Expr,
    },
    /// `s[i] = v` of a slice's or an array's element (`s[i] op= v` and `s[i]++` too, as
    /// `op`): the container as its place gives it, so that an array changes where it lives.
    SetIndex {
        of: Expr,
        index: Expr,
        op: Option<super::BinOp>,
        value: Expr,
    },
    /// A library call that changes a slice in place (a sort).
    InPlace(SliceAt, super::InPlace),
    /// A `log` call; the first operand is the logger.
    Log {
        op: super::LogOp,
        site: super::LogSite,
        args: Vec<Expr>,
    },
    /// `fmt.Fprintln(os.Stderr, ...)` and its kin: the first operand is the stream.
    Fprint(PrintKind, Vec<Expr>),
    /// `m[k] op= v` and `m[k]++`: one write, the old value (or `zero`) read inside it, so
    /// two goroutines at it at once meet as two writers, as Go's runtime reports them.
    MapUpdate {
        map: Expr,
        key: Expr,
        op: super::BinOp,
        value: Expr,
        zero: Expr,
    },
    /// `runtime.Gosched()`: the goroutine lets the others ready to run go first.
    Gosched,
    /// `runtime.GC()`.
    Gc,
    /// `runtime.Goexit()`: the goroutine ends, its deferred calls run on the way out.
    Goexit,
    /// `clear(m)`: every entry of the map gone, in one write.
    MapClear(Expr),
}

impl Stmt {
    pub fn new(kind: StmtKind, pc: Option<u16>) -> Stmt {
        Stmt { kind, pc }
    }
}

/// Calls `f` on every statement of `block`, nested ones included.
pub fn visit(block: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in block {
        f(s);
        match &s.kind {
            StmtKind::If(_, a, b) => {
                visit(a, f);
                visit(b, f);
            }
            StmtKind::For { body, post, .. } => {
                visit(body, f);
                if let Some(post) = post {
                    visit(std::slice::from_ref(post), f);
                }
            }
            StmtKind::Range { body, .. } | StmtKind::Repeat(_, body) | StmtKind::Switch(body) => {
                visit(body, f)
            }
            StmtKind::Select { cases, default } => {
                for c in cases {
                    visit(&c.body, f);
                }
                if let Some(d) = default {
                    visit(d, f);
                }
            }
            _ => {}
        }
    }
}

/// A method of `sync.Cond` that a statement calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CondCall {
    Wait,
    Signal,
    Broadcast,
}

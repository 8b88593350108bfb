//! A TOML scenario as the program form, with one run's numbers: the same program its Go shows
//! (`go_code`), statement for statement, so the engine has one way to run everything.

mod chans;

use chans::depth;
pub(super) use chans::{range_binds, sends_here};

use super::workload::Workload;
use super::{LockRef, Millis, Op, Step};
use syncscope_program::{
    BinOp, Expr, Func, Global, GlobalKind, Grow, Lit, Program, Stmt, StmtKind,
};

/// Globals every scenario has: the results slice and the WaitGroup, then its locks.
const RESULTS: usize = 0;
pub(crate) const WG: usize = 1;
const FIRST_LOCK: usize = 2;

/// The package variable that holds a lock step's lock.
fn lock_global(r: LockRef) -> Expr {
    Expr::Global(FIRST_LOCK + r.lock)
}

/// How `results`, a `[]string`, grows as Go's `append` grows it.
fn results_grow() -> Grow {
    Grow {
        size: 16,
        pointers: true,
        zero: Expr::str(""),
        stack: None,
    }
}

pub(crate) fn lower(info: &Workload) -> Program {
    let scenario = info.scenario;
    let mut globals = vec![
        Global {
            name: "results".into(),
            kind: GlobalKind::Slice(Expr::SliceLit(Vec::new())),
            written: true,
        },
        Global {
            name: "wg".into(),
            kind: GlobalKind::WaitGroup,
            written: false,
        },
    ];
    globals.extend(scenario.locks.iter().enumerate().map(|(i, name)| Global {
        name: name.clone(),
        kind: GlobalKind::Lock(i),
        written: false,
    }));
    let chans = info.chans();
    let first_chan = globals.len();
    globals.extend(chans.iter().enumerate().map(|(site, (name, cap))| Global {
        name: name.clone(),
        kind: GlobalKind::Value(Expr::MakeChan {
            site,
            cap: Box::new(Expr::int(i64::from(*cap))),
            zero: Box::new(Expr::str("")),
        }),
        written: false,
    }));
    // Drawn delays are a table the goroutines look their own up in, as the Go shown does;
    // goroutines past the run's count (fixed counts above it) take the delay itself.
    let delays = (info.random_delay && info.delay_ms > 0).then(|| {
        let mut drawn = info.delays_us();
        let goroutines: u32 = info.counts().iter().sum();
        drawn.resize(drawn.len().max(goroutines as usize), info.delay_ms * 1000);
        globals.push(Global {
            name: "delays".into(),
            kind: GlobalKind::Slice(Expr::SliceLit(
                drawn.into_iter().map(Expr::micros).collect(),
            )),
            written: false,
        });
        globals.len() - 1
    });
    let lowering = Lowering {
        info,
        first_chan,
        delays,
    };
    let main_body = lowering.function(&scenario.main, 0);
    let mut funcs = vec![Func {
        name: "main".into(),
        mark: 0,
        params: 0,
        slots: main_body.slots,
        boxed: vec![false; main_body.slots],
        captures: 0,
        body: main_body.body,
        recovered: None,
    }];
    for (k, group) in scenario.groups.iter().enumerate() {
        let mark = k as u16 + 1;
        let lowered = lowering.function(&group.steps, mark);
        funcs.push(Func {
            name: group.func.clone(),
            mark,
            params: 1,
            slots: lowered.slots,
            boxed: vec![false; lowered.slots],
            captures: 0,
            body: lowered.body,
            recovered: None,
        });
    }
    debug_assert!(
        FIRST_LOCK + scenario.locks.len() + chans.len() + usize::from(delays.is_some())
            == globals.len()
    );
    Program {
        funcs,
        globals,
        locks: scenario.locks.clone(),
        // The mode decides what a scenario's locks are.
        rw_locks: vec![true; scenario.locks.len()],
        results: Some(RESULTS),
        chans: chans.into_iter().map(|(name, _)| name).collect(),
        main: 0,
        inits: Vec::new(),
        types: Vec::new(),
        json: Default::default(),
        xml: Default::default(),
        followed: Default::default(),
    }
}

struct Lowering<'a> {
    info: &'a Workload<'a>,
    /// The global of the run's first channel.
    first_chan: usize,
    /// The global of the drawn delays, `g1`'s first.
    delays: Option<usize>,
}

/// A function's statements and the local variables they need.
struct Lowered {
    body: Vec<Stmt>,
    slots: usize,
}

/// The parameter `i` of a goroutine's function, and the loop variable in `main`.
const I: usize = 0;
/// From here, two slots per depth of nesting: a repeat's round counter and a received value
/// (`v`, which an inner `v` shadows as in Go).
const FIRST_NESTED: usize = 1;

/// Where a step is: what a send in it sends.
#[derive(Debug, Clone, Copy, Default)]
struct Place {
    func: u16,
    /// The slot of the `v` in scope: a value received by a range or a select case.
    value: Option<usize>,
    /// The slot counting the innermost repeat's rounds, if it counts them.
    round: Option<usize>,
    depth: usize,
}

impl Lowering<'_> {
    fn function(&self, steps: &[Step], func: u16) -> Lowered {
        let place = Place {
            func,
            ..Place::default()
        };
        let body = self.steps(steps, place);
        Lowered {
            body,
            slots: FIRST_NESTED + 2 * (depth(steps) + 1),
        }
    }

    fn steps(&self, steps: &[Step], place: Place) -> Vec<Stmt> {
        // Lock steps stay as written: the engine applies the run's mode to every program.
        let mode = self.info.mode;
        let out = self.info.out_chan();
        steps
            .iter()
            .filter_map(|step| Some((step.op.under(mode, out)?, step.pc)))
            .flat_map(|(op, pc)| self.op(&op, pc, place))
            .collect()
    }

    fn duration(&self, ms: Millis, func: u16) -> Expr {
        let info = self.info;
        match ms {
            Millis::Fixed(ms) => Expr::micros(ms * 1000),
            Millis::Write => Expr::micros(info.write_ms * 1000),
            Millis::Read => Expr::micros(info.read_ms * 1000),
            Millis::Delay => match self.delays {
                Some(table) if func != 0 => Expr::Index(
                    Box::new(Expr::Global(table)),
                    Box::new(Expr::Binary(
                        BinOp::Sub,
                        Box::new(Expr::Local(I)),
                        Box::new(Expr::int(1)),
                    )),
                ),
                _ => Expr::micros(info.delay_ms * 1000),
            },
        }
    }

    fn op(&self, op: &Op, pc: u16, place: Place) -> Vec<Stmt> {
        let func = place.func;
        let at = Some(pc);
        let kind = match op {
            Op::Sleep(ms) => StmtKind::Sleep(self.duration(*ms, func)),
            Op::Compute(ms) => StmtKind::Compute(self.duration(*ms, func)),
            Op::Lock(r) => StmtKind::Lock {
                lock: lock_global(*r),
                access: r.access,
            },
            Op::Unlock(r) => StmtKind::Unlock {
                lock: lock_global(*r),
                access: r.access,
            },
            Op::Append(ms) => StmtKind::Append {
                slice: RESULTS,
                value: if func == 0 {
                    Expr::str("main")
                } else {
                    Expr::Sprintf(vec![Expr::str("id%d"), Expr::Local(I)])
                },
                hold: self.duration(*ms, func),
                grow: results_grow(),
            },
            Op::Read(ms) => StmtKind::Show {
                hold: self.duration(*ms, func),
            },
            Op::Done => StmtKind::WgDone(Expr::Global(WG)),
            Op::Add(n) => StmtKind::WgAdd(Expr::Global(WG), Expr::int(*n)),
            Op::Wait => StmtKind::WgWait(Expr::Global(WG)),
            Op::Repeat { times, body } => {
                let n = self.info.times(*times);
                return self.repeat(n, body, pc, place);
            }
            Op::Spawn { add } => return self.start_all(pc, Some(*add)),
            Op::Call => return self.start_all(pc, None),
            Op::Send(_)
            | Op::Recv(_)
            | Op::Close(_)
            | Op::Range { .. }
            | Op::Select { .. }
            | Op::Print(_)
            | Op::Collect => return self.chan_op(op, pc, place),
        };
        vec![Stmt::new(kind, at)]
    }

    /// One loop per group over its goroutines' ids: `wg.Add(1)` when `add`, then `go f(i)`;
    /// or `f(i)` for a call. Only the first loop carries the step's mark, as in the Go shown.
    fn start_all(&self, pc: u16, spawn: Option<bool>) -> Vec<Stmt> {
        let mut out = Vec::new();
        let mut first = 1i64;
        for (k, count) in self.info.counts().into_iter().enumerate() {
            if count == 0 {
                continue;
            }
            let last = first + i64::from(count) - 1;
            let call = Expr::Call(k + 1, vec![Expr::Local(I)]);
            let mut body = Vec::new();
            if spawn == Some(true) {
                body.push(Stmt::new(
                    StmtKind::WgAdd(Expr::Global(WG), Expr::int(1)),
                    None,
                ));
            }
            body.push(Stmt::new(
                match spawn {
                    Some(_) => StmtKind::Go(call),
                    None => StmtKind::Expr(call),
                },
                None,
            ));
            let next = Stmt::new(
                StmtKind::Update(syncscope_program::Place::Local(I), BinOp::Add, Expr::int(1)),
                None,
            );
            out.push(Stmt::new(StmtKind::Let(I, Expr::int(first)), None));
            out.push(Stmt::new(
                StmtKind::For {
                    fresh: Vec::new(),
                    cond: Some(Expr::Binary(
                        BinOp::Le,
                        Box::new(Expr::Local(I)),
                        Box::new(Expr::Lit(Lit::Int(last))),
                    )),
                    post: Some(Box::new(next)),
                    body,
                },
                (first == 1).then_some(pc),
            ));
            first = last + 1;
        }
        out
    }
}

//! A TOML scenario as the program form, with one run's numbers: the same program its Go shows
//! (`go_code`), statement for statement, so the engine has one way to run everything.

use super::{Count, Millis, Op, Step};
use crate::event::RunInfo;
use crate::program::{BinOp, Expr, Func, Global, GlobalKind, Lit, Program, Stmt, StmtKind};

/// Globals every scenario has: the results slice and the WaitGroup, then its locks.
const RESULTS: usize = 0;
const WG: usize = 1;
const FIRST_LOCK: usize = 2;

pub fn lower(info: &RunInfo) -> Program {
    let scenario = &info.scenario;
    let mut globals = vec![
        Global {
            name: "results".into(),
            kind: GlobalKind::Slice(Vec::new()),
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
    let lowering = Lowering { info };
    let mut funcs = vec![Func {
        name: "main".into(),
        mark: 0,
        params: 0,
        // The loop variable of `spawn` and `call`.
        slots: 1,
        boxed: vec![false],
        captures: 0,
        body: lowering.steps(&scenario.main, 0),
    }];
    for (k, group) in scenario.groups.iter().enumerate() {
        let mark = k as u16 + 1;
        funcs.push(Func {
            name: group.func.clone(),
            mark,
            params: 1,
            slots: 1,
            boxed: vec![false],
            captures: 0,
            body: lowering.steps(&group.steps, mark),
        });
    }
    debug_assert!(FIRST_LOCK + scenario.locks.len() == globals.len());
    Program {
        funcs,
        globals,
        locks: scenario.locks.clone(),
        // The mode decides what a scenario's locks are.
        rw_locks: vec![true; scenario.locks.len()],
        chans: Vec::new(),
        results: Some(RESULTS),
        main: 0,
    }
}

struct Lowering<'a> {
    info: &'a RunInfo,
}

/// The parameter `i` of a goroutine's function, and the loop variable in `main`.
const I: usize = 0;

impl Lowering<'_> {
    fn steps(&self, steps: &[Step], func: u16) -> Vec<Stmt> {
        // Lock steps stay as written: the engine applies the run's mode to every program.
        steps
            .iter()
            .flat_map(|step| self.op(&step.op, step.pc, func))
            .collect()
    }

    fn duration(&self, ms: Millis, func: u16) -> Expr {
        let info = self.info;
        match ms {
            Millis::Fixed(ms) => Expr::micros(ms * 1000),
            Millis::Write => Expr::micros(info.write_ms * 1000),
            Millis::Read => Expr::micros(info.read_ms * 1000),
            Millis::Delay if func == 0 => Expr::micros(info.delay_ms * 1000),
            Millis::Delay => Expr::DelayOf(Box::new(Expr::Local(I))),
        }
    }

    fn op(&self, op: &Op, pc: u16, func: u16) -> Vec<Stmt> {
        let at = Some(pc);
        let kind = match op {
            Op::Sleep(ms) => StmtKind::Sleep(self.duration(*ms, func)),
            Op::Compute(ms) => StmtKind::Compute(self.duration(*ms, func)),
            Op::Lock(r) => StmtKind::Lock(*r),
            Op::Unlock(r) => StmtKind::Unlock(*r),
            Op::Append(ms) => StmtKind::Append {
                slice: RESULTS,
                value: if func == 0 {
                    Expr::str("main")
                } else {
                    Expr::Sprintf(vec![Expr::str("id%d"), Expr::Local(I)])
                },
                hold: self.duration(*ms, func),
            },
            Op::Read(ms) => StmtKind::Show {
                hold: self.duration(*ms, func),
            },
            Op::Done => StmtKind::WgDone(WG),
            Op::Add(n) => StmtKind::WgAdd(WG, Expr::int(*n)),
            Op::Wait => StmtKind::WgWait(WG),
            Op::Repeat { times, body } => {
                let n = match times {
                    Count::Fixed(n) => *n,
                    Count::Reads => self.info.reads,
                };
                StmtKind::Repeat(Expr::int(n.into()), self.steps(body, func))
            }
            Op::Spawn { add } => return self.start_all(pc, Some(*add)),
            Op::Call => return self.start_all(pc, None),
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
                body.push(Stmt::new(StmtKind::WgAdd(WG, Expr::int(1)), None));
            }
            body.push(Stmt::new(
                match spawn {
                    Some(_) => StmtKind::Go(call),
                    None => StmtKind::Expr(call),
                },
                None,
            ));
            let next = Stmt::new(
                StmtKind::Update(crate::program::Place::Local(I), BinOp::Add, Expr::int(1)),
                None,
            );
            out.push(Stmt::new(StmtKind::Let(I, Expr::int(first)), None));
            out.push(Stmt::new(
                StmtKind::For {
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

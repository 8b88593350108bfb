//! Runs with channels by the real engine, for the tests: no front end makes channels yet, so
//! the programs are written in the program form.

use crate::engine::{self, RunConfig};
use crate::event::RunInfo;
use crate::model::Model;
use crate::program::{Block, Expr, Func, GlobalKind, Program, Stmt, StmtKind, Target};
use crate::sched::Pacing;
use std::sync::Arc;

fn stmt(kind: StmtKind) -> Stmt {
    Stmt { kind, pc: None }
}

fn func(name: &str, mark: u16, params: usize, slots: usize, body: Block) -> Func {
    Func {
        name: name.into(),
        mark,
        params,
        slots,
        boxed: vec![false; slots],
        captures: 0,
        body,
        recovered: None,
    }
}

fn make(site: usize, cap: i64) -> Expr {
    Expr::MakeChan {
        site,
        cap: Box::new(Expr::int(cap)),
        zero: Box::new(Expr::str("")),
    }
}

/// `main` makes `jobs` (unbuffered) and `results` (cap 1); a worker receives a job, writes
/// the shared `n`, sends two results (the second waits for room), and main reads `n`, either
/// after receiving them (`ordered`: the channel orders the write before the read) or before.
/// Then main waits on `jobs`, which nobody sends on: deadlock.
pub(crate) fn pipeline(ordered: bool) -> Program {
    use StmtKind as K;
    let local = Expr::Local;
    let worker = func(
        "worker",
        1,
        2,
        3,
        vec![
            stmt(K::Recv {
                chan: local(0),
                into: vec![Target::Declare(2)],
            }),
            stmt(K::Assign(crate::program::Place::Global(0), Expr::int(1))),
            stmt(K::Send(local(1), local(2))),
            stmt(K::Send(local(1), Expr::str("done"))),
        ],
    );
    let recv = |chan| {
        let into = Vec::new();
        stmt(K::Recv {
            chan: local(chan),
            into,
        })
    };
    let mut body = vec![
        stmt(K::Let(0, make(0, 0))),
        stmt(K::Let(1, make(1, 1))),
        stmt(K::Go(Expr::Call(1, vec![local(0), local(1)]))),
        stmt(K::Send(local(0), Expr::str("id1"))),
        stmt(K::Sleep(Expr::micros(1000))),
    ];
    let read = stmt(K::Let(2, Expr::Global(0)));
    if ordered {
        body.extend([recv(1), recv(1), read]);
    } else {
        body.extend([read, recv(1), recv(1)]);
    }
    body.push(recv(0));
    let main = func("main", 0, 0, 3, body);
    Program {
        funcs: vec![main, worker],
        globals: vec![crate::program::Global {
            name: "n".into(),
            kind: GlobalKind::Value(Expr::int(0)),
            written: true,
        }],
        locks: Vec::new(),
        rw_locks: Vec::new(),
        chans: vec!["jobs".into(), "results".into()],
        results: None,
        main: 0,
        inits: Vec::new(),
        types: Vec::new(),
        json: Default::default(),
        xml: Default::default(),
        followed: Default::default(),
    }
}

/// A Go file with the program's shared variable, to stand in for it as its source.
const STAND_IN: &str = "package main\n\nvar n int\n\nfunc main() {\n\tn = 1\n}\n";

/// `program` run by the engine, as if a Go file of it had been loaded.
pub(crate) fn run(program: Program) -> Model {
    let lesson = crate::front::go::load("chans.go", STAND_IN).expect("the stand-in loads");
    let mut info = RunInfo::new(Arc::new(lesson), 1);
    info.procs = 1;
    let config = RunConfig::new(1, info, Pacing::Instant, 1.0);
    let (sink, source) = crate::channel::channel();
    let handle = engine::run_program(Arc::new(program), config, sink);
    let mut model = Model::new(1);
    'run: for batch in source.iter() {
        for event in &batch {
            model.apply(event);
            if model.is_finished() {
                break 'run;
            }
        }
    }
    handle.cancel();
    model
}

//! A scenario's channel steps, and repeats, as the program form: the statements `go_code`
//! shows for them, line for line.

use super::super::{Op, SelectComm, Step};
use super::{FIRST_ROUND, I, Lowering, Place, RESULTS, V, WG};
use crate::program::{
    BinOp, Comm, Expr, Place as Var, PrintKind, SelectCase, Stmt, StmtKind, Target,
};

/// How deep repeats, ranges and selects nest in `steps`: the round counters a function needs.
pub(super) fn depth(steps: &[Step]) -> usize {
    steps
        .iter()
        .map(|s| {
            let inner = s.op.nested().map(depth).max();
            inner.map_or(0, |d| d + 1)
        })
        .max()
        .unwrap_or(0)
}

/// Whether `body` sends at its own level (not in a loop inside it).
fn sends(body: &[Step]) -> bool {
    body.iter().any(|s| matches!(s.op, Op::Send(_)))
}

/// Whether a range's body uses the value it receives: it sends it on.
pub fn range_binds(body: &[Step]) -> bool {
    crate::scenario::any_op(body, &|op| matches!(op, Op::Send(_)))
}

impl Lowering<'_> {
    fn chan(&self, k: usize) -> Expr {
        Expr::Global(self.first_chan + k)
    }

    /// What a send step sends where it is.
    fn sent(&self, place: Place) -> Expr {
        if place.in_range {
            return Expr::Local(V);
        }
        let round = |r| Expr::Binary(BinOp::Add, Box::new(Expr::Local(r)), Box::new(Expr::int(1)));
        match (place.func, place.round) {
            (0, Some(r)) => Expr::Sprintf(vec![Expr::str("job%d"), round(r)]),
            (0, None) => Expr::str("main"),
            (_, Some(r)) => Expr::Sprintf(vec![Expr::str("id%d.%d"), Expr::Local(I), round(r)]),
            (_, None) => Expr::Sprintf(vec![Expr::str("id%d"), Expr::Local(I)]),
        }
    }

    /// Main keeps what it receives: saved into `results`, which only main touches.
    fn saved(&self, value: Expr) -> StmtKind {
        StmtKind::Append {
            slice: RESULTS,
            value,
            hold: Expr::WriteWindow,
        }
    }

    fn inner(&self, place: Place) -> Place {
        Place {
            depth: place.depth + 1,
            ..place
        }
    }

    /// A repeat; one that sends counts its rounds so each send says which.
    pub(super) fn repeat(&self, n: u32, body: &[Step], pc: u16, place: Place) -> Vec<Stmt> {
        let times = Expr::int(n.into());
        if !sends(body) || place.in_range {
            let body = self.steps(body, self.inner(place));
            return vec![Stmt::new(StmtKind::Repeat(times, body), Some(pc))];
        }
        let r = FIRST_ROUND + place.depth;
        let inner = Place {
            round: Some(r),
            ..self.inner(place)
        };
        let next = StmtKind::Update(Var::Local(r), BinOp::Add, Expr::int(1));
        vec![
            Stmt::new(StmtKind::Let(r, Expr::int(0)), None),
            Stmt::new(
                StmtKind::For {
                    cond: Some(Expr::Binary(
                        BinOp::Lt,
                        Box::new(Expr::Local(r)),
                        Box::new(times),
                    )),
                    post: Some(Box::new(Stmt::new(next, None))),
                    body: self.steps(body, inner),
                },
                Some(pc),
            ),
        ]
    }

    pub(super) fn chan_op(&self, op: &Op, pc: u16, place: Place) -> Vec<Stmt> {
        let at = Some(pc);
        let kind = match op {
            Op::Send(k) => StmtKind::Send(self.chan(*k), self.sent(place)),
            Op::Recv(k) if place.func == 0 => self.saved(Expr::Recv(Box::new(self.chan(*k)))),
            Op::Recv(k) => StmtKind::Recv {
                chan: self.chan(*k),
                into: Vec::new(),
            },
            Op::Close(k) => StmtKind::Close(self.chan(*k)),
            Op::Print(text) => StmtKind::Print(PrintKind::Println, vec![Expr::str(text)]),
            Op::Range { chan, body } => {
                let binds = range_binds(body) || place.func == 0;
                let inner = Place {
                    in_range: binds,
                    ..self.inner(place)
                };
                let mut stmts = Vec::new();
                if place.func == 0 {
                    stmts.push(Stmt::new(self.saved(Expr::Local(V)), None));
                }
                stmts.extend(self.steps(body, inner));
                StmtKind::Range {
                    over: self.chan(*chan),
                    index: binds.then_some(V),
                    value: None,
                    body: stmts,
                }
            }
            Op::Select { cases, default } => {
                let inner = self.inner(place);
                StmtKind::Select {
                    cases: cases
                        .iter()
                        .map(|c| self.case(c.pc, c.comm, &c.body, place, inner))
                        .collect(),
                    default: default.as_ref().map(|d| self.steps(d, inner)),
                }
            }
            Op::Collect => {
                // `save(<-out, write)` for each result the goroutines send, then `wg.Wait()`.
                let n = self.info.expected() as i64;
                let r = FIRST_ROUND + place.depth;
                let next = StmtKind::Update(Var::Local(r), BinOp::Add, Expr::int(1));
                let out = self.chan(self.info.out_chan());
                return vec![
                    Stmt::new(StmtKind::Let(r, Expr::int(0)), None),
                    Stmt::new(
                        StmtKind::For {
                            cond: Some(Expr::Binary(
                                BinOp::Lt,
                                Box::new(Expr::Local(r)),
                                Box::new(Expr::int(n)),
                            )),
                            post: Some(Box::new(Stmt::new(next, None))),
                            body: vec![Stmt::new(self.saved(Expr::Recv(Box::new(out))), None)],
                        },
                        at,
                    ),
                    Stmt::new(StmtKind::WgWait(WG), None),
                ];
            }
            _ => return Vec::new(),
        };
        vec![Stmt::new(kind, at)]
    }

    fn case(
        &self,
        pc: u16,
        comm: SelectComm,
        body: &[Step],
        place: Place,
        inner: Place,
    ) -> SelectCase {
        let mut stmts = Vec::new();
        let comm = match comm {
            SelectComm::Send(k) => Comm::Send(self.chan(k), self.sent(place)),
            SelectComm::Recv(k) if place.func == 0 => {
                stmts.push(Stmt::new(self.saved(Expr::Local(V)), None));
                Comm::Recv(self.chan(k), vec![Target::Declare(V)])
            }
            SelectComm::Recv(k) => Comm::Recv(self.chan(k), Vec::new()),
            SelectComm::After(ms) => {
                let d = self.duration(ms, place.func);
                Comm::Recv(Expr::After(Box::new(d)), Vec::new())
            }
        };
        stmts.extend(self.steps(body, inner));
        SelectCase {
            comm,
            body: stmts,
            pc: Some(pc),
        }
    }
}

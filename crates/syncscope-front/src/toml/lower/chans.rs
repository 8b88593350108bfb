//! A scenario's channel steps, and repeats, as the program form: the statements `go_code`
//! shows for them, line for line. The rules of what a send sends are shared with `go_code`
//! (`sends_here`, `range_binds`), so the two cannot drift apart.

use super::super::{Op, SelectComm, Step};
use super::{FIRST_NESTED, I, Lowering, Place, RESULTS, WG};
use syncscope_program::{
    BinOp, Comm, Expr, Place as Var, PrintKind, SelectCase, Stmt, StmtKind, Target,
};

/// How deep repeats, ranges and selects nest in `steps`.
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

/// Whether `body` sends at its own level: a send step, or a select's send case.
pub(crate) fn sends_here(body: &[Step]) -> bool {
    body.iter().any(|s| match &s.op {
        Op::Send(_) => true,
        Op::Select { cases, .. } => cases.iter().any(|c| matches!(c.comm, SelectComm::Send(_))),
        _ => false,
    })
}

/// Whether a range's `v` is used: something in its body sends, other than inside a range of
/// its own (which sends its own `v`).
pub(crate) fn range_binds(body: &[Step]) -> bool {
    sends_here(body)
        || body.iter().any(|s| match &s.op {
            Op::Range { .. } => false,
            op => op.nested().any(range_binds),
        })
}

/// The slots of depth `d`: its round counter and its received value.
fn round_slot(d: usize) -> usize {
    FIRST_NESTED + 2 * d
}

fn value_slot(d: usize) -> usize {
    FIRST_NESTED + 2 * d + 1
}

impl Lowering<'_> {
    fn chan(&self, k: usize) -> Expr {
        Expr::Global(self.first_chan + k)
    }

    /// What a send step sends where it is.
    fn sent(&self, place: Place) -> Expr {
        if let Some(v) = place.value {
            return Expr::Local(v);
        }
        let round = |r| Expr::Binary(BinOp::Add, Box::new(Expr::Local(r)), Box::new(Expr::int(1)));
        match (place.func, place.round) {
            (0, Some(r)) => Expr::Sprintf(vec![Expr::str("job%d"), round(r)]),
            (0, None) => Expr::str("main"),
            (_, Some(r)) => Expr::Sprintf(vec![Expr::str("id%d.%d"), Expr::Local(I), round(r)]),
            (_, None) => Expr::Sprintf(vec![Expr::str("id%d"), Expr::Local(I)]),
        }
    }

    /// Main keeps what it receives: appended to `results`, which only main touches, with no
    /// window (the Go shown has none).
    fn saved(&self, value: Expr) -> StmtKind {
        StmtKind::Append {
            slice: RESULTS,
            value,
            hold: Expr::micros(0),
            grow: super::results_grow(),
        }
    }

    fn inner(&self, place: Place) -> Place {
        Place {
            depth: place.depth + 1,
            ..place
        }
    }

    /// `for r := 0; r < n; r++` in slot `r`, around `body`.
    fn counted(&self, r: usize, n: Expr, body: Vec<Stmt>, pc: Option<u16>) -> Vec<Stmt> {
        let next = StmtKind::Update(Var::Local(r), BinOp::Add, Expr::int(1));
        let cond = Expr::Binary(BinOp::Lt, Box::new(Expr::Local(r)), Box::new(n));
        vec![
            Stmt::new(StmtKind::Let(r, Expr::int(0)), None),
            Stmt::new(
                StmtKind::For {
                    fresh: Vec::new(),
                    cond: Some(cond),
                    post: Some(Box::new(Stmt::new(next, None))),
                    body,
                },
                pc,
            ),
        ]
    }

    /// A repeat; one whose own level sends, with no `v` in scope, counts its rounds so each
    /// send says which.
    pub(super) fn repeat(&self, n: u32, body: &[Step], pc: u16, place: Place) -> Vec<Stmt> {
        let times = Expr::int(n.into());
        if !sends_here(body) || place.value.is_some() {
            let body = self.steps(body, self.inner(place));
            return vec![Stmt::new(StmtKind::Repeat(times, body), Some(pc))];
        }
        let r = round_slot(place.depth);
        let inner = Place {
            round: Some(r),
            ..self.inner(place)
        };
        self.counted(r, times, self.steps(body, inner), Some(pc))
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
                let binds = place.func == 0 || range_binds(body);
                let v = value_slot(place.depth);
                let inner = Place {
                    value: if binds { Some(v) } else { place.value },
                    ..self.inner(place)
                };
                let mut stmts = Vec::new();
                if place.func == 0 {
                    stmts.push(Stmt::new(self.saved(Expr::Local(v)), None));
                }
                stmts.extend(self.steps(body, inner));
                StmtKind::Range {
                    fresh: false,
                    over: self.chan(*chan),
                    index: binds.then_some(v),
                    value: None,
                    body: stmts,
                }
            }
            Op::Select { cases, default } => {
                let inner = self.inner(place);
                StmtKind::Select {
                    cases: cases
                        .iter()
                        .map(|c| self.case(c.pc, c.comm, &c.body, place))
                        .collect(),
                    default: default.as_ref().map(|d| self.steps(d, inner)),
                }
            }
            Op::Collect => {
                // `save(<-out, write)` for each result the goroutines send, then `wg.Wait()`.
                let n = Expr::int(self.info.expected() as i64);
                let out = self.chan(self.info.out_chan());
                let save = StmtKind::Append {
                    slice: RESULTS,
                    value: Expr::Recv(Box::new(out)),
                    hold: self.duration(crate::toml::Millis::Write, place.func),
                    grow: super::results_grow(),
                };
                let r = round_slot(place.depth);
                let mut stmts = self.counted(r, n, vec![Stmt::new(save, None)], at);
                stmts.push(Stmt::new(StmtKind::WgWait(Expr::Global(WG)), None));
                return stmts;
            }
            _ => return Vec::new(),
        };
        vec![Stmt::new(kind, at)]
    }

    fn case(&self, pc: u16, comm: SelectComm, body: &[Step], place: Place) -> SelectCase {
        let mut inner = self.inner(place);
        let mut stmts = Vec::new();
        let comm = match comm {
            SelectComm::Send(k) => Comm::Send(self.chan(k), self.sent(place)),
            SelectComm::Recv(k) if place.func == 0 => {
                // `case v := <-ch:` declares a `v` of the case's own.
                let v = value_slot(inner.depth);
                inner.value = Some(v);
                stmts.push(Stmt::new(self.saved(Expr::Local(v)), None));
                Comm::Recv(self.chan(k), vec![Target::Declare(v)])
            }
            SelectComm::Recv(k) => Comm::Recv(self.chan(k), Vec::new()),
            SelectComm::After(ms) => {
                let d = self.duration(ms, place.func);
                // A lesson is the newest Go's: its timers' channels are Go 1.23's.
                let after = Expr::After {
                    d: Box::new(d),
                    sync: true,
                };
                Comm::Recv(after, Vec::new())
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

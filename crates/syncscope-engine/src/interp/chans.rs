//! Channel statements and expressions: each a `select` of the run's channel hub, reported
//! through the goroutine as its probe.

use super::value::{ChanRef, Value};
use super::{Flow, Frame, Goroutine, format};
use crate::sched::Stop;
use crate::sched::{Claim, Claimed};
use crate::sync::channel::{Case, ChanId, ChanProbe, Chosen, Stamp, Timer, WaitKind};
use rand::seq::SliceRandom;
use std::sync::Arc;
use syncscope_program::event::{ChanOp, EventKind, Gid, State};
use syncscope_program::{Block, Comm, Expr, Func, Program, SelectCase, Stmt, Target};

impl ChanProbe<Value> for Goroutine {
    fn me(&self) -> Gid {
        self.gid()
    }

    fn sent(&self, chan: ChanId, who: Gid, value: &Value, to: Option<Gid>) {
        let value = format::value(value).into();
        let op = ChanOp::Send { value, to };
        self.shared.sched.emit(who, EventKind::Chan { chan, op });
    }

    fn received(&self, chan: ChanId, who: Gid, value: &Value, ok: bool, from: Option<Gid>) {
        let value = format::value(value).into();
        let op = ChanOp::Recv { value, ok, from };
        self.shared.sched.emit(who, EventKind::Chan { chan, op });
    }

    fn queued(&self, chan: Option<ChanId>, value: Option<&Value>, kind: WaitKind) {
        self.state(match kind {
            WaitKind::Send => State::WaitingSend,
            WaitKind::Recv => State::WaitingRecv,
            WaitKind::Select => State::WaitingSelect,
        });
        if let Some(chan) = chan {
            let op = ChanOp::Wait {
                send: value.map(|v| format::value(v).into()),
                select: kind == WaitKind::Select,
            };
            self.emit(EventKind::Chan { chan, op });
        }
    }

    fn queued_timer(&self, kind: WaitKind) {
        self.queued(None, None, kind);
        self.emit(EventKind::TimerWait);
    }

    fn closed(&self, chan: ChanId) {
        self.emit(EventKind::Chan {
            chan,
            op: ChanOp::Close,
        });
    }
}

/// A case as the program gives it, its channel and values evaluated.
enum Ready {
    Send(Option<ChanRef>, Value),
    Recv(Option<ChanRef>),
}

impl Goroutine {
    /// `make(chan T, cap)` at make site `site`.
    pub(super) fn make_chan(&self, site: usize, cap: i64, zero: Value) -> Result<Value, Stop> {
        let Ok(cap) = usize::try_from(cap) else {
            return Err(Stop::Panic(
                "panic: runtime error: makechan: size out of range".into(),
            ));
        };
        let id = self.shared.chans.make(cap, zero);
        let base = self
            .shared
            .program
            .chans
            .get(site)
            .map_or("chan", String::as_str);
        let made = {
            let mut counts = self
                .shared
                .chan_sites
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if counts.len() <= site {
                counts.resize(site + 1, 0);
            }
            counts[site] += 1;
            counts[site]
        };
        // A site that makes several channels (in a loop, a function called again) numbers them.
        let name: Arc<str> = if made == 1 {
            base.into()
        } else {
            format!("{base}#{made}").into()
        };
        self.emit(EventKind::Chan {
            chan: id,
            op: ChanOp::Make {
                name,
                cap: u32::try_from(cap).unwrap_or(u32::MAX),
            },
        });
        Ok(Value::Chan(Some(ChanRef::Chan(id))))
    }

    /// `time.After(d)`; `sync`: Go 1.23's channel.
    pub(super) fn after(&self, ns: i64, sync: bool) -> Value {
        let now = self.shared.sched.stamp();
        let due = now.us.saturating_add((ns.max(0) as u64).div_ceil(1000));
        self.one_shot(now, due, sync)
    }

    /// A timer that fires once at `due`. Go 1.22's keeps the run from counting as stuck
    /// until then (or until a `Reset` time), as Go's deadlock check waits for it.
    pub(super) fn one_shot(&self, now: Stamp, due: u64, sync: bool) -> Value {
        let t = Arc::new(Timer::new(now, due, sync));
        if t.keeps_run() {
            self.keep(&t, due);
        }
        Value::Chan(Some(ChanRef::Timer(t)))
    }

    /// The run is not stuck while `t` is to fire at `due`, or later if it is reset.
    pub(super) fn keep(&self, t: &Arc<Timer>, due: u64) {
        let seen = t.clone();
        let still: Claim = Arc::new(move |at| match seen.next_due() {
            Some(next) if next > at => Claimed::Later(next),
            _ => Claimed::Lost,
        });
        self.shared.sched.keep_alive(due, still);
    }

    fn chan_of(&self, v: Value) -> Result<Option<ChanRef>, Stop> {
        match v {
            Value::Chan(c) => Ok(c),
            // AfterFunc's timer has a nil channel.
            Value::FuncTimer(_) => Ok(None),
            other => Err(self.bug(format!("a channel operation on {other:?}"))),
        }
    }

    fn case(&self, ready: Ready) -> Case<Value> {
        match ready {
            Ready::Send(Some(ChanRef::Chan(id)), v) => Case::Send(Some(id), v),
            // Nobody can send to a timer's channel (Go's compiler refuses it): it never goes.
            Ready::Send(_, v) => Case::Send(None, v),
            Ready::Recv(Some(ChanRef::Chan(id))) => Case::Recv(Some(id)),
            Ready::Recv(Some(ChanRef::Timer(t))) => {
                Case::Timer(t, |at_us| Value::Time(at_us as i64 * 1000))
            }
            Ready::Recv(None) => Case::Recv(None),
        }
    }

    /// Runs a select of `cases` (in Go's random order, from the run's seed); `None` is the
    /// default.
    fn choose(
        &self,
        cases: Vec<Ready>,
        default: bool,
    ) -> Result<Option<(usize, Value, bool)>, Stop> {
        let mut order: Vec<usize> = (0..cases.len()).collect();
        if order.len() > 1 {
            order.shuffle(&mut *self.rng());
        }
        let cases = cases.into_iter().map(|r| self.case(r)).collect();
        let chosen = self.shared.chans.select(cases, &order, default, self);
        self.state(State::Running);
        Ok(match chosen? {
            Chosen::Default => None,
            Chosen::Case(i, got) => {
                let (v, ok) = got.unwrap_or((Value::Unit, true));
                // A closed channel's zero value is the channel's one: each receiver its copy.
                let v = if ok {
                    v
                } else {
                    super::objects::copy_value(&v)
                };
                Some((i, v, ok))
            }
        })
    }

    pub(super) fn send(&self, frame: &mut Frame, chan: &Expr, value: &Expr) -> Result<(), Stop> {
        let ch = self.chan_of(self.eval(frame, chan)?)?;
        let v = self.eval(frame, value)?;
        self.choose(vec![Ready::Send(ch, v)], false)?;
        Ok(())
    }

    /// `<-ch`: the value and `ok`.
    pub(super) fn recv(&self, frame: &mut Frame, chan: &Expr) -> Result<(Value, bool), Stop> {
        let ch = self.chan_of(self.eval(frame, chan)?)?;
        let (_, v, ok) = self
            .choose(vec![Ready::Recv(ch)], false)?
            .ok_or_else(|| self.bug("a receive took a default".into()))?;
        Ok((v, ok))
    }

    pub(super) fn close(&self, frame: &mut Frame, chan: &Expr) -> Result<(), Stop> {
        match self.chan_of(self.eval(frame, chan)?)? {
            Some(ChanRef::Chan(id)) => self.shared.chans.close(Some(id), self),
            Some(ChanRef::Timer(_)) => Err(self.bug("close of a timer's channel".into())),
            None => self.shared.chans.close(None, self),
        }
    }

    pub(super) fn chan_len(&self, v: &Value) -> usize {
        match v {
            Value::Chan(Some(ChanRef::Chan(id))) => self.shared.chans.len(*id),
            Value::Chan(Some(ChanRef::Timer(t))) => t.len(self.shared.sched.stamp()),
            other => other.len(),
        }
    }

    pub(super) fn chan_cap(&self, v: &Value) -> usize {
        match v {
            Value::Chan(Some(ChanRef::Chan(id))) => self.shared.chans.cap(*id),
            Value::Chan(Some(ChanRef::Timer(t))) => t.cap(),
            _ => 0,
        }
    }

    /// Puts a received value and its `ok` where the program wants them.
    pub(super) fn deliver(
        &self,
        frame: &mut Frame,
        into: &[Target],
        v: Value,
        ok: bool,
    ) -> Result<(), Stop> {
        for (target, got) in into.iter().zip([v, Value::Bool(ok)]) {
            match *target {
                Target::Declare(slot) => frame.declare(slot, got),
                Target::Store(place) => self.store(frame, place, got)?,
                Target::Discard => {}
            }
        }
        Ok(())
    }

    pub(super) fn select(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        cases: &[SelectCase],
        default: Option<&Block>,
    ) -> Result<Flow, Stop> {
        // Go evaluates every case's channel and sent value first, in source order.
        let mut ready = Vec::with_capacity(cases.len());
        for c in cases {
            ready.push(match &c.comm {
                Comm::Send(ch, v) => {
                    let ch = self.chan_of(self.eval(frame, ch)?)?;
                    Ready::Send(ch, self.eval(frame, v)?)
                }
                Comm::Recv(ch, _) => Ready::Recv(self.chan_of(self.eval(frame, ch)?)?),
            });
        }
        let Some((i, v, ok)) = self.choose(ready, default.is_some())? else {
            return match default {
                Some(body) => self.block(p, f, frame, body).map(left_select),
                None => Ok(Flow::Next),
            };
        };
        let Some(case) = cases.get(i) else {
            return Err(self.bug(format!("select chose case {i} of {}", cases.len())));
        };
        if let Some(pc) = case.pc {
            let at = EventKind::At { func: f.mark, pc };
            self.shared.sched.step(self.gid(), at)?;
        }
        if let Comm::Recv(_, into) = &case.comm {
            self.deliver(frame, into, v, ok)?;
        }
        self.block(p, f, frame, &case.body).map(left_select)
    }

    /// `for v := range ch`: receives until the channel is closed and empty.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_chan(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        s: &Stmt,
        ch: Option<ChanRef>,
        vars: super::loops::LoopVars,
        body: &Block,
    ) -> Result<Flow, Stop> {
        let mut first = true;
        loop {
            if !first && let Some(pc) = s.pc {
                let at = EventKind::At { func: f.mark, pc };
                self.shared.sched.step(self.gid(), at)?;
            }
            first = false;
            let Some((_, v, ok)) = self.choose(vec![Ready::Recv(ch.clone())], false)? else {
                return Ok(Flow::Next);
            };
            if !ok {
                return Ok(Flow::Next);
            }
            vars.bind(frame, vars.index, v);
            if let Some(flow) = self.round(p, f, frame, body)? {
                return Ok(flow);
            }
        }
    }
}

/// `break` in a select's case leaves the select, not the loop around it.
fn left_select(flow: Flow) -> Flow {
    match flow {
        Flow::Break => Flow::Next,
        other => other,
    }
}

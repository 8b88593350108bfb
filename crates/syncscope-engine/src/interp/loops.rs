//! Loops, and how deep calls may go.

use super::{Flow, Frame, Goroutine, Value};
use crate::sched::Stop;
use syncscope_program::event::EventKind;
use syncscope_program::{Block, Func, Program, Slot, Stmt, StmtKind};

/// A `range` loop's variables, and whether each round has its own (Go 1.22).
#[derive(Clone, Copy)]
pub(super) struct LoopVars {
    pub(super) index: Option<Slot>,
    pub(super) value: Option<Slot>,
    pub(super) fresh: bool,
}

impl LoopVars {
    /// Gives a loop variable this round's value: a new variable if rounds have their own, so
    /// a closure made in an earlier round keeps its own.
    pub(super) fn bind(self, frame: &mut Frame, slot: Option<Slot>, value: Value) {
        match slot {
            Some(slot) if self.fresh => frame.declare(slot, value),
            Some(slot) => frame.set(slot, value),
            None => {}
        }
    }
}

/// Go calls nested at most this deep. Go's own limit is a 1 GB stack, millions of small
/// frames; syncscope's frames are larger, so its limit is its own.
pub(crate) const MAX_CALL_DEPTH: u32 = 10_000;

#[cold]
pub(super) fn too_deep() -> Stop {
    Stop::Panic(format!(
        "fatal error: stack overflow (syncscope stops calls nested {MAX_CALL_DEPTH} deep)"
    ))
}

/// Goes on in a new stack segment if this one is nearly used up: goroutine stacks grow, as
/// Go's do, and the thread's own stays small.
#[inline(always)]
pub(super) fn grow<R>(f: impl FnOnce() -> R) -> R {
    crate::stack::grow(f)
}

impl Goroutine {
    /// One round of a loop's body: `None` to go round again, or how the loop ends (`Next`
    /// after a `break`).
    pub(super) fn round(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        body: &Block,
    ) -> Result<Option<Flow>, Stop> {
        Ok(match self.block(p, f, frame, body)? {
            Flow::Next | Flow::Continue => None,
            Flow::Break => Some(Flow::Next),
            ret @ Flow::Return(_) => Some(ret),
        })
    }

    /// `for cond { body; post }`. Every round after the first steps at the loop's line
    /// again, so a loop is seen going round, and one that does nothing else still counts
    /// towards the run's event budget instead of spinning unseen.
    pub(super) fn for_loop(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        s: &Stmt,
    ) -> Result<Flow, Stop> {
        let StmtKind::For {
            cond,
            post,
            body,
            fresh,
        } = &s.kind
        else {
            return Err(self.bug("a for loop that is not one".into()));
        };
        let mut first = true;
        loop {
            if !first && let Some(pc) = s.pc {
                self.shared
                    .sched
                    .step(self.gid(), EventKind::At { func: f.mark, pc })?;
            }
            first = false;
            if let Some(cond) = cond.as_ref()
                && !self.eval(frame, cond)?.truthy()
            {
                return Ok(Flow::Next);
            }
            if let Some(flow) = self.round(p, f, frame, body)? {
                return Ok(flow);
            }
            // Go 1.22: the next round's variables are new ones, with this round's values.
            for &slot in fresh {
                let v = frame.get(slot);
                frame.declare(slot, v);
            }
            if let Some(post) = post {
                self.stmt(p, f, frame, post)?;
            }
        }
    }

    /// `for i, v := range slice`: the slice is evaluated once, before the first round.
    pub(super) fn range(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        s: &Stmt,
    ) -> Result<Flow, Stop> {
        let StmtKind::Range {
            over,
            index,
            value,
            body,
            fresh,
        } = &s.kind
        else {
            return Err(self.bug("a range loop that is not one".into()));
        };
        let vars = LoopVars {
            index: *index,
            value: *value,
            fresh: *fresh,
        };
        // The length is taken once; each element is read as its round comes, so a store
        // into a later one is seen, as in Go.
        let over = self.eval(frame, over)?;
        let len = match &over {
            Value::Slice(_) | Value::Array(_) => over.len(),
            Value::Chan(ch) => return self.range_chan(p, f, frame, s, ch.clone(), vars, body),
            Value::Map(m) => return self.range_map(p, f, frame, s, m, vars, body),
            Value::Str(text) => return self.range_string(p, f, frame, s, text, vars, body),
            _ => return Ok(Flow::Next),
        };
        for i in 0..len {
            let item = self.element(&over, i as i64)?;
            if i > 0
                && let Some(pc) = s.pc
            {
                self.shared
                    .sched
                    .step(self.gid(), EventKind::At { func: f.mark, pc })?;
            }
            vars.bind(frame, vars.index, Value::Int(i as i64));
            vars.bind(frame, vars.value, super::objects::copy_value(&item));
            if let Some(flow) = self.round(p, f, frame, body)? {
                return Ok(flow);
            }
        }
        Ok(Flow::Next)
    }

    /// `for i, r := range s`: each rune of the string and the byte it starts at.
    #[allow(clippy::too_many_arguments)]
    fn range_string(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        s: &Stmt,
        text: &str,
        vars: LoopVars,
        body: &Block,
    ) -> Result<Flow, Stop> {
        for (round, (i, r)) in super::runes::runes_at(text).into_iter().enumerate() {
            if round > 0
                && let Some(pc) = s.pc
            {
                self.shared
                    .sched
                    .step(self.gid(), EventKind::At { func: f.mark, pc })?;
            }
            vars.bind(frame, vars.index, Value::Int(i as i64));
            vars.bind(frame, vars.value, r);
            if let Some(flow) = self.round(p, f, frame, body)? {
                return Ok(flow);
            }
        }
        Ok(Flow::Next)
    }
}

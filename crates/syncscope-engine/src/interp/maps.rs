//! Maps as Go's runtime keeps them: a write sets the map's "writing" flag for its window
//! (the run's `--write-ms`), and any other access that finds the flag set ends the run with
//! Go's fatal error. Every access is reported to the race detector.

use super::objects::{MapKey, MapRef};
use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use rand::seq::SliceRandom;
use std::sync::atomic::Ordering;
use syncscope_program::event::{EventKind, State};
use syncscope_program::{Block, Func, Program, Stmt};

const WRITES: &str = "fatal error: concurrent map writes";
const READ_AND_WRITE: &str = "fatal error: concurrent map read and map write";

impl Goroutine {
    /// A read: `None` when the key is missing or the map is nil.
    pub(super) fn map_get(&self, m: &Value, k: &Value) -> Result<Option<Value>, Stop> {
        crate::cost::charge(crate::cost::price::MAP);
        let Value::Map(m) = m else {
            return Ok(None);
        };
        self.map_read(m)?;
        Ok(m.entries().get(&MapKey::of(k)).cloned())
    }

    pub(super) fn map_read(&self, m: &MapRef) -> Result<(), Stop> {
        if m.0.writing.load(Ordering::SeqCst) {
            return Err(Stop::Panic(READ_AND_WRITE.into()));
        }
        self.touch(m.0.var, &m.0.id, false);
        Ok(())
    }

    /// A write of `m[k]`: `new` makes the new value (none deletes it) from the old one; an
    /// update (`reads`) is reported as Go's race detector sees it, a read and then a write.
    pub(super) fn map_write(
        &self,
        m: &Value,
        k: Value,
        reads: bool,
        new: impl FnOnce(Option<Value>) -> Result<Option<Value>, Stop>,
    ) -> Result<(), Stop> {
        let Value::Map(m) = m else {
            return Err(Stop::Panic("panic: assignment to entry in nil map".into()));
        };
        // The write begins when the other processors have caught up, and takes its time
        // with the map marked as being written, as Go's does: a writer on another processor
        // meanwhile is Go's fatal error.
        self.shared.sched.interleave(self.gid())?;
        if m.0.writing.swap(true, Ordering::SeqCst) {
            return Err(Stop::Panic(WRITES.into()));
        }
        crate::cost::charge(crate::cost::price::MAP);
        if reads {
            self.touch(m.0.var, &m.0.id, false);
        }
        self.touch(m.0.var, &m.0.id, true);
        let window = self.shared.info.write_ms as i64 * 1_000_000;
        if window > 0 {
            self.state(State::Writing);
            self.sleep(State::Writing, window)?;
        }
        self.write_pending()?;
        let key = MapKey::of(&k);
        let old = m.entries().get(&key).cloned();
        match new(old)? {
            Some(v) => m.entries().insert(key, v),
            None => m.entries().remove(&key),
        };
        m.0.writing.store(false, Ordering::SeqCst);
        if window > 0 {
            self.state(State::Running);
        }
        Ok(())
    }

    pub(super) fn map_len(&self, m: &MapRef) -> usize {
        m.entries().len()
    }

    /// `for k, v := range m`, in an order drawn from the run's seed: Go's is random too.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_map(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        s: &Stmt,
        m: &MapRef,
        vars: super::loops::LoopVars,
        body: &Block,
    ) -> Result<super::Flow, Stop> {
        self.map_read(m)?;
        let mut entries: Vec<(MapKey, Value)> = m
            .entries()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        entries.shuffle(&mut *self.rng());
        for (i, (k, v)) in entries.into_iter().enumerate() {
            if i > 0
                && let Some(pc) = s.pc
            {
                self.shared
                    .sched
                    .step(self.gid(), EventKind::At { func: f.mark, pc })?;
            }
            vars.bind(frame, vars.index, k.value());
            vars.bind(frame, vars.value, super::objects::copy_value(&v));
            if let Some(flow) = self.round(p, f, frame, body)? {
                return Ok(flow);
            }
        }
        Ok(super::Flow::Next)
    }
}

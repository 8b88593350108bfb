//! WaitGroups: the `WgAdd`, `WgDone` and `WgWait` statements, of whatever WaitGroup their
//! place gives (a package variable's, a field's), reported through the goroutine as its
//! probe.

use super::value::Value;
use super::{Frame, Goroutine};
use crate::GlobalCell;
use crate::sched::Stop;
use crate::sync::{Probe, WaitGroup};
use syncscope_program::event::{Access, EventKind, Gid, LockAction, State, WgCount};
use syncscope_program::{GlobalId, StmtKind};

/// The goroutine's own probe reports its WaitGroups; locks report through their own.
impl Probe for Goroutine {
    fn me(&self) -> Gid {
        self.gid()
    }

    fn lock(&self, _: Access, _: LockAction) {}

    fn woken(&self, _: Gid, _: Access) {}

    fn starving(&self, _: bool) {}

    fn wait_group_blocks(&self) {
        self.state(State::WaitingWg);
    }

    fn wait_group_counter(&self, group: u32, counter: i64) {
        self.emit(EventKind::WaitGroup(WgCount::new(group, counter)));
    }

    fn wait_returned(&self) {
        self.emit(EventKind::WaitReturned);
    }
}

impl Goroutine {
    /// `WgAdd`, `WgDone` and `WgWait`: the place first (which reports nothing), then the
    /// call.
    pub(super) fn wait_group_stmt(&self, frame: &mut Frame, kind: &StmtKind) -> Result<(), Stop> {
        let (StmtKind::WgAdd(wg, _) | StmtKind::WgDone(wg) | StmtKind::WgWait(wg)) = kind else {
            return Err(self.bug("not a WaitGroup statement".into()));
        };
        let Value::WaitGroup(g) = self.eval(frame, wg)? else {
            return Err(self.bug("a WaitGroup call of something not a WaitGroup".into()));
        };
        match kind {
            StmtKind::WgAdd(_, n) => {
                let n = self.eval(frame, n)?.as_int();
                self.wait_group(g)?.add(n, self)?;
            }
            StmtKind::WgDone(_) => self.wait_group(g)?.done(self)?,
            _ => {
                self.wait_group(g)?.wait(self)?;
                self.state(State::Running);
            }
        }
        Ok(())
    }

    pub(super) fn wait_group(&self, g: GlobalId) -> Result<&WaitGroup, Stop> {
        match self.cell(g)? {
            GlobalCell::WaitGroup(wg) => Ok(wg),
            _ => Err(self.bug(format!("{g} is not a WaitGroup"))),
        }
    }
}

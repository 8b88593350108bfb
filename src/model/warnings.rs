//! Plain-language warnings, raised the moment the events show the problem.

use super::Model;
use crate::event::{Gid, LockAction, State};

#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub at_us: u64,
    pub kind: WarningKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    LostUpdate,
    LockAcrossSleep,
    ReadersHeldBack,
    CounterStuck,
}

impl Model {
    fn warn(&mut self, at_us: u64, kind: WarningKind, text: String) {
        self.warnings.push(Warning { at_us, kind, text });
    }

    fn warned(&self, kind: WarningKind) -> bool {
        self.warnings.iter().any(|w| w.kind == kind)
    }

    pub(super) fn check_overwrite(&mut self, at: u64, by: Gid, slot: usize, lost: &str) {
        let text = format!(
            "{by}'s append overwrote {lost} in results[{slot}]: both read len {slot}, \
             so {lost} is lost"
        );
        self.warn(at, WarningKind::LostUpdate, text);
    }

    /// A sleep while holding a lock: the slow call serializes everyone who needs the lock.
    /// Said once per run: the lanes show the rest.
    pub(super) fn check_sleep(&mut self, at: u64, who: Gid) {
        if self.warned(WarningKind::LockAcrossSleep) {
            return;
        }
        let Some(lock) = self.locks.iter().find(|l| l.is_held_by(who)) else {
            return;
        };
        let text = format!(
            "{who} sleeps while holding {}: everyone who needs {} waits until it wakes",
            lock.name, lock.name
        );
        self.warn(at, WarningKind::LockAcrossSleep, text);
    }

    /// An RLock that blocks only because a writer is queued, as Go's RWMutex does on purpose.
    pub(super) fn check_rlock_wait(&mut self, at: u64, who: Gid, lock: usize, action: LockAction) {
        let Some(view) = self.locks.get(lock) else {
            return;
        };
        // Once per run: after that the lanes show it.
        if self.warned(WarningKind::ReadersHeldBack) {
            return;
        }
        if action != LockAction::Wait || view.writer.is_some() || view.readers.is_empty() {
            return;
        }
        let Some(writer) = view.writer_waiting() else {
            return;
        };
        let readers: Vec<String> = view.readers.iter().map(Gid::to_string).collect();
        let text = format!(
            "{who}'s RLock waits although only {} read {}: {writer} is queued to write, and a \
             waiting writer holds back new readers",
            readers.join(", "),
            view.name
        );
        self.warn(at, WarningKind::ReadersHeldBack, text);
    }

    /// The WaitGroup counter is above what every goroutine still running can take off it.
    pub(super) fn check_counter(&mut self, at: u64) {
        if self.warned(WarningKind::CounterStuck) || self.wait_group <= 0 || self.wg_waiters == 0 {
            return;
        }
        let Some(can_still) = self.done_budget.can_still() else {
            return;
        };
        if can_still >= self.wait_group as u64 {
            return;
        }
        // Said when someone depends on it: a goroutine blocked in wg.Wait().
        let waiter = self
            .lanes
            .iter()
            .position(|l| l.current() == Some(State::WaitingWg))
            .unwrap_or(0);
        let text = format!(
            "the WaitGroup counter is {} but the goroutines left can call Done only {} more \
             time(s): wg.Wait() in {} will never return",
            self.wait_group,
            can_still,
            Gid(waiter as u32)
        );
        self.warn(at, WarningKind::CounterStuck, text);
    }
}

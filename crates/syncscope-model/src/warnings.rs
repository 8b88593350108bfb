//! Plain-language warnings, raised the moment the events show the problem.

use super::Model;
use syncscope_program::event::{Gid, LockAction, State};

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
    /// A running goroutine took a Mutex before the waiter its unlock woke.
    Barging,
    /// A Mutex entered starvation mode, or left it.
    Starving,
    /// A Cond's Signal or Broadcast found nobody waiting: it is not kept.
    LostSignal,
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

    /// An RLock that blocks only because a writer has announced itself, as Go's RWMutex does
    /// on purpose so that writers are not starved.
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
        let Some(writer) = view.claimed else {
            return;
        };
        let readers: Vec<String> = view.readers.iter().map(Gid::to_string).collect();
        let text = format!(
            "{who}'s RLock waits although only {} read {}: {writer} has the writers' turn \
             and waits for them, and from then on new readers wait for its Unlock",
            readers.join(", "),
            view.name
        );
        self.warn(at, WarningKind::ReadersHeldBack, text);
    }

    /// A goroutine that did not wait takes a Mutex whose unlock has just woken a waiter: Go's
    /// normal mode, where the running goroutine wins. Said once per run.
    pub(super) fn check_barging(&mut self, at: u64, who: Gid, lock: usize) {
        let Some(view) = self.locks.get(lock) else {
            return;
        };
        if self.warned(WarningKind::Barging) || view.waiting.iter().any(|(g, _)| *g == who) {
            return;
        }
        let Some(woken) = view.woken_waiter() else {
            return;
        };
        let text = format!(
            "{who} took {name} before {woken}, whom the unlock had woken: in normal mode Unlock \
             only wakes a waiter, and a goroutine already running gets the lock first; \
             {woken} goes back to the front of the queue",
            name = view.name
        );
        self.warn(at, WarningKind::Barging, text);
    }

    /// The Mutex changes mode: once per run each way.
    pub(super) fn check_starving(&mut self, at: u64, who: Gid, lock: usize, on: bool) {
        let Some(view) = self.locks.get(lock) else {
            return;
        };
        let name = view.name.clone();
        let said = |text: &str| self.warnings.iter().any(|w| w.text.contains(text));
        let text = if on {
            if said("starvation mode:") {
                return;
            }
            format!(
                "{name} is in starvation mode: {who} waited over 1 ms and still lost it, so \
                 from now on each Unlock hands {name} straight to the first in the queue, and \
                 newcomers queue at the back"
            )
        } else {
            if said("back in normal mode") {
                return;
            }
            let why = if view.waiting.len() <= 1 {
                "as the last one waiting"
            } else {
                "after waiting under 1 ms"
            };
            format!("{name} is back in normal mode: {who} got it {why}")
        };
        self.warn(at, WarningKind::Starving, text);
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

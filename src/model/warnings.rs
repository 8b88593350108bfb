//! Plain-language warnings, raised the moment the events show the problem.

use super::Model;
use crate::event::{Gid, LockAction, State};
use crate::scenario::{Op, dones_from, find};

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
        if self.warned(WarningKind::CounterStuck) || self.wait_group <= 0 {
            return;
        }
        // Said when someone depends on it: a goroutine blocked in wg.Wait().
        let Some(waiter) = self
            .lanes
            .iter()
            .position(|l| l.current() == Some(State::WaitingWg))
        else {
            return;
        };
        let Some(info) = self.info.as_ref() else {
            return;
        };
        let scenario = &info.scenario;
        let adds = |steps: &[crate::scenario::Step]| steps.iter().any(|s| has_add(&s.op));
        if scenario.groups.iter().any(|g| adds(&g.steps)) || adds(&scenario.main) {
            return;
        }
        let times = |c| info.times(c);
        let mut can_still = 0;
        for (i, lane) in self.lanes.iter().enumerate() {
            if self.pending_done.get(i).copied().unwrap_or(false) {
                can_still += 1;
            }
            if lane.is_finished() {
                continue;
            }
            can_still += match lane.at {
                Some((func, pc)) => dones_from(scenario.function(func), pc + 1, &times),
                // Not started yet: its whole function.
                None if i > 0 => {
                    let group = info.goroutines().nth(i - 1).map_or(0, |(_, g)| g);
                    dones_from(&scenario.groups[group].steps, 0, &times)
                }
                None => 0,
            };
        }
        if can_still >= self.wait_group as u64 {
            return;
        }
        let text = format!(
            "the WaitGroup counter is {} but the goroutines left can call Done only {} more \
             time(s): wg.Wait() in {} will never return",
            self.wait_group,
            can_still,
            Gid(waiter as u32)
        );
        self.warn(at, WarningKind::CounterStuck, text);
    }

    /// Notes a goroutine reaching a `Done` step, until its counter change arrives.
    pub(super) fn note_step(&mut self, who: Gid, func: u16, pc: u16) {
        let Some(info) = self.info.as_ref() else {
            return;
        };
        let is_done = matches!(find(info.scenario.function(func), pc), Some(Op::Done));
        if let Some(pending) = self.pending_done.get_mut(who.index()) {
            *pending = is_done;
        }
    }
}

fn has_add(op: &Op) -> bool {
    match op {
        Op::Add(_) => true,
        Op::Repeat { body, .. } => body.iter().any(|s| has_add(&s.op)),
        _ => false,
    }
}

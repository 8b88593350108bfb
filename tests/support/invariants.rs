//! The rules every run keeps, checked from its event stream alone. Nothing here asks the engine,
//! the primitives or the model, so a bug in any of them shows up as a broken rule.
//!
//! - The stream is whole: one run, seqs from 0 with no gap, time never going back,
//!   `RunStarted` (with the run's own info) first and `End` last.
//! - Lock events fit the mode: none under `none`, only write locks under Mutex.
//! - Per lock: a writer never holds it together with anyone, readers only with readers, and
//!   only a holder releases it.
//! - A reader never gets a lock during a writer's turn unless it queued before the turn began.
//!   A turn begins when the writer has the writers' Mutex `rw.w` (its Claim, or its Acquire
//!   when no reader is in) and ends at its Release; one writer's turn at a time. A writer
//!   still queued on `rw.w` holds back nobody, and Go's `RWMutex.Unlock` wakes the readers
//!   blocked during its write before it unlocks `rw.w`, so those readers go first.
//! - Only a waiter is woken or queued again.
//! - While a Mutex (an RWMutex's writers' Mutex) is in starvation mode, it goes to the first
//!   writer in its queue, in the order Go keeps it (newcomers at the back, a woken waiter that
//!   lost at the front), and never to a goroutine that did not wait.
//! - The WaitGroup counter goes negative only in `done-twice`, and then the run ends in Go's
//!   panic.
//! - Under a lock no update is lost: no store overwrites another, and no completed append is
//!   missing from `results` at the end.
//!
//! "When" is the order of `seq`, never `at_us`: instant pacing stamps a whole burst with one
//! time, so ties are everywhere. Seq order is trustworthy because only the goroutine that has the
//! scheduler's turn runs and reports, and `Sched::emit` stamps and queues each event under the
//! scheduler's lock: Acquire after taking the lock, Release before letting it go. So the events
//! of one lock come in the order of that lock's state changes, and the WaitGroup's counters in
//! the order of its changes.

// Each test crate compiles its own copy of this module and may use only part of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use syncscope::event::{
    Access, Ending, Event, EventKind, Gid, LockAction, LockMode, RunInfo, WgCount,
};

/// Go's words when `Done` takes the counter below zero.
const NEGATIVE_COUNTER: &str = "panic: sync: negative WaitGroup counter";
/// The one built-in lesson whose counter is meant to go below zero.
const DONE_TWICE: &str = "done-twice";

/// What a run that kept every rule did, for checks across many runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Completed appends missing from `results`: overwritten by a racing append, or cut off
    /// when one stored a shorter length. Only `none` may have any.
    pub lost_updates: usize,
    /// The most goroutines holding one lock for reading at once.
    pub max_readers: usize,
    /// Readers let in while a writer waited, each queued before that writer's turn (legal, as
    /// in Go): counted so a test can show the RWMutex rule was really put to work.
    pub readers_ahead_of_writer: usize,
    /// Acquires of a Mutex in starvation mode: counted so a test can show that rule ran too.
    pub starving_handoffs: usize,
    /// What the channel rules saw.
    pub chans: super::chan_rules::ChanCounts,
}

/// Checks a whole run: `RunStarted` with `info` first, `End` last, and every rule in between.
pub fn check(info: &RunInfo, events: &[Event]) -> Result<Summary, String> {
    check_stream(info, events, true)
}

/// Checks what there is of a run that may have been cancelled part way (a restart): the same
/// rules against the stream's own `RunStarted`, with no `End` needed.
pub fn check_prefix(events: &[Event]) -> Result<Summary, String> {
    match events.first().map(|e| &e.kind) {
        Some(EventKind::RunStarted(info)) => check_stream(info, events, false),
        _ => Err("the stream does not start with RunStarted".into()),
    }
}

fn check_stream(info: &RunInfo, events: &[Event], whole: bool) -> Result<Summary, String> {
    let first = events.first().ok_or("the stream is empty: no RunStarted")?;
    let mut run = Run {
        info,
        run: first.run,
        last_ns: 0,
        locks: vec![LockState::default(); info.lesson.locks.len()],
        counter_went_negative: false,
        appends_done: 0,
        len: 0,
        ending: None,
        summary: Summary::default(),
        chans: super::chan_rules::Chans::default(),
    };
    for (i, event) in events.iter().enumerate() {
        run.event(i as u64, event).map_err(|why| {
            let (who, at, kind) = (event.who, event.at_ns, &event.kind);
            format!("event {i} ({who} at {at} ns, {kind:?}): {why}")
        })?;
    }
    run.finish(whole)
}

struct Run<'a> {
    info: &'a RunInfo,
    run: u32,
    last_ns: u64,
    locks: Vec<LockState>,
    counter_went_negative: bool,
    /// `Len` events: each marks an append that completed.
    appends_done: usize,
    len: usize,
    ending: Option<Ending>,
    summary: Summary,
    chans: super::chan_rules::Chans,
}

/// One lock as its events describe it.
#[derive(Debug, Clone, Default)]
struct LockState {
    writer: Option<Gid>,
    /// A goroutine may hold a read lock more than once, so this is a multiset.
    readers: Vec<Gid>,
    /// Who is blocked on it, for which access, since which event.
    waiting: BTreeMap<Gid, (Access, u64)>,
    /// The writer whose turn is on (it owns Go's `rw.w`, so new readers must wait), and
    /// since which event: from its Claim or Acquire until its Release.
    turn: Option<(Gid, u64)>,
    /// The writers queued on the Mutex (Go's `rw.w` for an RWMutex), first to be woken first.
    writers: std::collections::VecDeque<Gid>,
    starving: bool,
    starving_handoffs: usize,
}

impl LockState {
    /// `who` gets the Mutex (`rw.w`): by Go's starvation mode only as the first writer queued.
    fn take_mutex(&mut self, who: Gid, name: &str) -> Result<(), String> {
        let first = self.writers.front() == Some(&who);
        let queued = self.writers.contains(&who);
        if self.starving && first {
            self.starving_handoffs += 1;
        }
        if self.starving && !first {
            return Err(if queued {
                format!(
                    "{who} got {name} in starvation mode ahead of {:?}",
                    self.writers[0]
                )
            } else {
                format!("{who} got {name} in starvation mode without waiting")
            });
        }
        self.writers.retain(|&w| w != who);
        Ok(())
    }
}

impl Run<'_> {
    fn event(&mut self, i: u64, e: &Event) -> Result<(), String> {
        if e.run != self.run {
            return Err(format!("belongs to run {}, not {}", e.run, self.run));
        }
        if e.seq != i {
            return Err(format!(
                "seq {} where {i} was due: an event is missing",
                e.seq
            ));
        }
        if e.at_ns < self.last_ns {
            return Err(format!("time went back from {} ns", self.last_ns));
        }
        self.last_ns = e.at_ns;
        if self.ending.is_some() {
            return Err("comes after the run's End".into());
        }
        if e.who.0 > self.info.workers {
            return Err(format!("the run has only {} goroutines", self.info.workers));
        }
        if (i == 0) != matches!(e.kind, EventKind::RunStarted(_)) {
            return Err("a run has one RunStarted, and it comes first".into());
        }
        self.chans.event(e)?;
        match &e.kind {
            EventKind::RunStarted(started) if **started != *self.info => {
                Err("RunStarted carries another RunInfo than the one checked against".into())
            }
            &EventKind::Lock {
                lock,
                access,
                action,
            } => self.lock(i, e.who, lock, access, action),
            &EventKind::Starving { lock, on } => {
                let l = self.locks.get_mut(lock).ok_or("a mode change of no lock")?;
                l.starving = on;
                Ok(())
            }
            &EventKind::WaitGroup(WgCount { counter, .. }) => {
                self.counter_went_negative |= counter < 0;
                if counter < 0 && self.info.lesson.name != DONE_TWICE {
                    return Err(format!(
                        "the WaitGroup counter went to {counter} outside {DONE_TWICE}"
                    ));
                }
                Ok(())
            }
            EventKind::Store {
                slot,
                overwrote: Some(lost),
                ..
            } if self.info.mode != LockMode::None => Err(format!(
                "a lost update under {}: the append overwrote {lost} in results[{slot}]",
                self.info.mode.title()
            )),
            &EventKind::Len(len) => {
                self.appends_done += 1;
                self.len = len;
                Ok(())
            }
            EventKind::End(ending) => {
                self.ending = Some(ending.clone());
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn lock(
        &mut self,
        i: u64,
        who: Gid,
        lock: usize,
        access: Access,
        action: LockAction,
    ) -> Result<(), String> {
        let mode = self.info.mode;
        let name = self.info.lesson.locks.get(lock).ok_or(format!(
            "lock {lock} does not exist: the scenario has {}",
            self.info.lesson.locks.len()
        ))?;
        // These make sure the rules below see the primitive the mode promises.
        if matches!(mode, LockMode::None | LockMode::Channel) {
            return Err(format!(
                "a lock event under {}, which drops every lock step",
                mode.key()
            ));
        }
        if mode == LockMode::Mutex && access == Access::Read {
            return Err("a read lock under Mutex, which makes every lock a Lock".into());
        }
        let l = &mut self.locks[lock];
        match action {
            LockAction::Wait => {
                if l.waiting.insert(who, (access, i)).is_some() {
                    return Err(format!("{who} waits for {name} twice"));
                }
                // A writer whose turn it is waits for the readers, not in the writers' queue.
                if access == Access::Write && l.turn.is_none_or(|(w, _)| w != who) {
                    l.writers.push_back(who);
                }
            }
            LockAction::Woken => {
                if !l.waiting.contains_key(&who) {
                    return Err(format!("{who} is woken on {name} unqueued"));
                }
            }
            LockAction::Requeue { front } => {
                if !l.waiting.contains_key(&who) {
                    return Err(format!("{who} is queued again on {name} unqueued"));
                }
                if access == Access::Write {
                    l.writers.retain(|&w| w != who);
                    if front {
                        l.writers.push_front(who);
                    } else {
                        l.writers.push_back(who);
                    }
                }
            }
            LockAction::Claim => {
                if access != Access::Write {
                    return Err(format!("{who} claims {name} for reading"));
                }
                if let Some((writer, _)) = l.turn.filter(|(w, _)| *w != who) {
                    return Err(format!(
                        "{who} claims the writers' turn of {name} during {writer}'s"
                    ));
                }
                l.take_mutex(who, name)?;
                l.turn = Some((who, i));
            }
            LockAction::Acquire => {
                let queued = match l.waiting.remove(&who) {
                    None => i,
                    Some((waited, since)) if waited == access => since,
                    Some((waited, _)) => {
                        return Err(format!("{who} waited for {waited:?} but got {access:?}"));
                    }
                };
                if let Some(writer) = l.writer {
                    return Err(format!(
                        "{who} got {name} while {writer} holds it for writing"
                    ));
                }
                match access {
                    Access::Write if !l.readers.is_empty() => {
                        return Err(format!(
                            "{who} got {name} for writing while readers {:?} hold it",
                            l.readers
                        ));
                    }
                    Access::Write => {
                        if let Some((writer, _)) = l.turn.filter(|(w, _)| *w != who) {
                            return Err(format!(
                                "{who} got {name} for writing during {writer}'s turn"
                            ));
                        }
                        // A writer that claimed its turn already has the writers' Mutex.
                        if l.turn.is_none() {
                            l.take_mutex(who, name)?;
                        }
                        l.writer = Some(who);
                        l.turn.get_or_insert((who, i));
                    }
                    Access::Read => {
                        // A writer holding it was ruled out above: a writer in its turn waits.
                        if let Some((writer, turn)) = l.turn {
                            if queued > turn {
                                return Err(format!(
                                    "{who} got {name} for reading during {writer}'s turn \
                                     (since event {turn}), though {who} queued at event \
                                     {queued}, after the turn began"
                                ));
                            }
                            self.summary.readers_ahead_of_writer += 1;
                        }
                        l.readers.push(who);
                        self.summary.max_readers = self.summary.max_readers.max(l.readers.len());
                    }
                }
            }
            LockAction::Release => {
                let held = match access {
                    Access::Write => l.writer.take_if(|w| *w == who).is_some(),
                    Access::Read => {
                        let at = l.readers.iter().position(|&r| r == who);
                        at.map(|at| l.readers.remove(at)).is_some()
                    }
                };
                if !held {
                    return Err(format!(
                        "{who} released {name} ({access:?}) without holding it"
                    ));
                }
                if access == Access::Write {
                    l.turn = None;
                }
            }
        }
        Ok(())
    }

    fn finish(self, whole: bool) -> Result<Summary, String> {
        if whole && self.ending.is_none() {
            return Err("the stream ends without End: events are missing at the end".into());
        }
        if self.counter_went_negative
            && let Some(ending) = &self.ending
            && *ending != Ending::Panic(NEGATIVE_COUNTER.into())
        {
            return Err(format!(
                "the WaitGroup counter went negative, but the run ended {ending:?}, not in Go's panic"
            ));
        }
        let lost_updates = self.appends_done.saturating_sub(self.len);
        if lost_updates > 0 && self.info.mode != LockMode::None {
            return Err(format!(
                "{lost_updates} of {} completed appends are missing from results under {}",
                self.appends_done,
                self.info.mode.title()
            ));
        }
        Ok(Summary {
            lost_updates,
            starving_handoffs: self.locks.iter().map(|l| l.starving_handoffs).sum(),
            chans: self.chans.counts,
            ..self.summary
        })
    }
}

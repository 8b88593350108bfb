//! Pure state derived from one run's events: no I/O, no clock. Every consumer (TUI, headless
//! report, JSON) reads this; `describe` puts events in words and `race_report` puts the races
//! found in the shape of Go's `-race` report.

#![warn(unreachable_pub)]

mod chan_queue;
mod chan_waits;
mod channels;
mod chunked;
mod conds;
mod contexts;
mod deadlock;
pub mod describe;
mod done_budget;
mod happens_before;
mod history;
mod lane_summary;
mod lanes;
mod locks;
mod mark_blocks;
mod outcome;
mod output;
mod procs;
pub mod race_report;
mod results;
mod stats;
mod stopped;
mod store;
mod vclock;
mod wait_groups;
mod warnings;

pub use chan_queue::{WaitQueue, Waiter};
pub use channels::{ChanHandoff, ChanView, Channels, Sent, shown_value};
pub use chunked::{ChunkedVec, Iter as ChunkedIter};
pub use conds::{CondView, Conds, cond_op};
pub use contexts::{Cancellation, Contexts};
pub use happens_before::{HappensBefore, MAX_GOROUTINES as RACE_MAX_GOROUTINES};
pub use happens_before::{Place, Point, RESULTS, Race, Site};
pub use history::{CHECK_EVERY, HISTORY_BUDGET};
pub use lane_summary::{BLOCK as SUMMARY_BLOCK, SegmentSummary};
pub use lanes::{Lane, Segment};
pub use locks::{Handoff, LockView};
pub use mark_blocks::{BLOCK as MARK_BLOCK, MarkBlock};
pub use outcome::Outcome;
pub use output::{Line as OutputLine, Output, Stream};
pub use procs::{Procs, Slice};
pub use results::{Overwrite, Results};
pub use stats::{StateStats, TimeSplit};
pub use stopped::Reached;
pub use store::{EventStore, Iter as EventIter};
pub use wait_groups::{WaitGroupView, WaitGroups};
pub use warnings::{Warning, WarningKind};

use std::sync::Arc;
use syncscope_program::Outline;
use syncscope_program::event::{
    Access, Ending, Event, EventKind, Gid, LockAction, MAX_EVENTS, RunInfo, State,
};

/// What events name by number, borrowed from the model so that a line per event costs no
/// copies: the program's locks, and the run's channels as made so far.
#[derive(Debug, Clone, Copy)]
pub struct Names<'a> {
    pub(crate) locks: &'a [LockView],
    pub(crate) chans: &'a Channels,
    pub(crate) conds: &'a Conds,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    pub run: u32,
    pub info: Option<RunInfo>,
    /// The run's shape as its lesson saw it at the start.
    outline: Option<Arc<Outline>>,
    /// Index 0 is `main`, then `g1`..`gN`.
    pub lanes: Vec<Lane>,
    /// The segments of every lane together, kept as they are added: adding them up would walk
    /// every lane, and a run may have a million.
    lane_segments: usize,
    pub wait_group: i64,
    /// The highest the counter has been: the gauge's full scale.
    pub wait_group_peak: i64,
    /// Each WaitGroup of the program on its own (`wait_group` is the one changed last).
    pub wait_groups: WaitGroups,
    pub results: Results,
    pub(crate) writers_now: usize,
    pub(crate) readers_now: usize,
    pub max_writers: usize,
    pub max_readers: usize,
    /// The program's locks, in its order.
    pub locks: Vec<LockView>,
    /// Every unlock that let a waiter in, in order.
    pub handoffs: ChunkedVec<Handoff>,
    /// One for each full block of `handoffs`.
    pub handoff_blocks: ChunkedVec<MarkBlock>,
    /// The run's channels, by number, and the values handed straight over.
    pub chans: Channels,
    /// The run's Conds, by number, with who waits on each.
    pub conds: Conds,
    /// Every `context` cancelled, by whom and why.
    pub contexts: Contexts,
    /// Per lane: how many locks it holds now, since when, and the time held so far.
    holds: Vec<(usize, u64, u64)>,
    pub warnings: Vec<Warning>,
    pub race_detector: HappensBefore,
    /// The Done calls the goroutines still going can make.
    done_budget: done_budget::DoneBudget,
    /// Goroutines blocked in `wg.Wait()` now.
    wg_waiters: usize,
    /// What the program printed.
    pub output: Output,
    /// Who computed on which processor when.
    pub procs: Procs,
    /// Time of the latest event, in nanoseconds.
    pub last_ns: u64,
    /// How the run ended, and when (nanoseconds).
    pub ending: Option<(Ending, u64)>,
    /// The run's events for time travel and traces: all of them, since the engine stops a run
    /// at `MAX_EVENTS` (a longer recording is refused before it gets here).
    pub events: EventStore,
    /// Every event applied, kept or not.
    pub event_count: u64,
}

impl Model {
    pub fn new(run: u32) -> Model {
        Model {
            run,
            events: EventStore::new(run),
            ..Model::default()
        }
    }

    /// Applies one event; events of other runs are ignored, so a cancelled run's stragglers
    /// cannot leak into the new one.
    pub fn apply(&mut self, event: &Event) {
        if event.run != self.run {
            return;
        }
        // Lanes, hand-offs and processors keep nanoseconds, so they zoom below a
        // microsecond; notes and warnings speak in microseconds.
        let at_ns = event.at_ns;
        let at = event.at_us();
        self.last_ns = self.last_ns.max(at_ns);
        match &event.kind {
            EventKind::Chan { chan, op } => {
                self.race_detector.chan(event.who, *chan, op);
                self.chans.apply(at_ns, event.who, *chan, op);
            }
            EventKind::RunStarted(info) => {
                let outline = info.outline();
                self.info = Some(RunInfo::clone(info));
                self.lanes = vec![Lane::default(); outline.lanes];
                self.lane_segments = 0;
                self.done_budget = done_budget::DoneBudget::new(&outline);
                self.locks = info
                    .lesson
                    .locks
                    .iter()
                    .map(|n| LockView::named(n))
                    .collect();
                self.race_detector = HappensBefore::new(outline.lanes, self.locks.len());
                self.outline = Some(Arc::new(outline));
                self.procs = Procs::new(info.procs);
                self.wait_groups = WaitGroups::named(&info.lesson.uses.wait_groups);
            }
            EventKind::Go(child) => {
                let from = self.lanes.get(event.who.index()).and_then(|l| l.at);
                self.enter(*child, State::Running, at_ns);
                if let Some(lane) = self.lanes.get_mut(child.index()) {
                    lane.created = Some((event.who, from));
                }
                self.race_detector.go(event.who, *child);
            }
            EventKind::State(state) => {
                // Woken by a timer, or gone: out of every channel's queue.
                if !state.on_channel() {
                    self.chans.leave(event.who);
                }
                self.enter(event.who, *state, at_ns);
                if state.is_final() {
                    self.done_budget.finished(event.who);
                }
                if state.is_final() || *state == State::WaitingWg {
                    self.check_counter(at);
                }
            }
            EventKind::At { func, pc } => {
                if let Some(lane) = self.lanes.get_mut(event.who.index()) {
                    lane.at = Some((*func, *pc));
                }
                self.done_budget.at(event.who, *func, *pc);
            }
            EventKind::Lock {
                lock,
                access,
                action,
            } => {
                if *access == Access::Read {
                    self.check_rlock_wait(at, event.who, *lock, *action);
                }
                if *action == LockAction::Acquire {
                    self.check_barging(at, event.who, *lock);
                }
                if let Some(view) = self.locks.get_mut(*lock)
                    && let Some((from, direct)) = view.apply(event.who, *access, *action)
                {
                    self.handoffs.push(Handoff {
                        at_ns,
                        lock: *lock,
                        from,
                        to: event.who,
                        direct,
                    });
                    mark_blocks::on_push(&self.handoffs, &mut self.handoff_blocks, |h| {
                        (h.to, h.at_ns)
                    });
                }
                match action {
                    LockAction::Acquire => self.race_detector.acquire(event.who, *lock, *access),
                    LockAction::Release => self.race_detector.release(event.who, *lock, *access),
                    _ => {}
                }
                self.count_hold(event.who, *action, at);
            }
            EventKind::Starving { lock, on } => {
                if let Some(view) = self.locks.get_mut(*lock) {
                    view.starving = *on;
                }
                self.check_starving(at, event.who, *lock, *on);
            }
            EventKind::Read(_) => self.access(at, event.who, Site::Show),
            EventKind::Access { var, write } => self.access_var(at, event.who, *var, *write),
            EventKind::Touch {
                var,
                obj,
                elem,
                write,
            } => self.point_of(at, event.who, (*var, *obj, *elem), Site::Var(*write)),
            EventKind::Atomic { var, .. } => self.race_detector.atomic(event.who, *var),
            EventKind::TimerWait => self.chans.waits_on_timer(event.who),
            EventKind::Cancel(cancel) => {
                self.race_detector.ctx_cancel(event.who, cancel.id);
                self.contexts.cancelled(at_ns, event.who, cancel);
            }
            EventKind::SawCancel { id, .. } => self.race_detector.ctx_err(event.who, *id),
            EventKind::Cond { cond, op } => {
                self.check_lost_signal(at, event.who, *cond, op);
                self.conds.apply(event.who, *cond, op);
            }
            // A lock made as the run goes comes after every lock made before it.
            EventKind::LockMade { lock, name } if *lock == self.locks.len() => {
                self.locks.push(LockView::named(name));
                self.race_detector.add_lock();
            }
            EventKind::LockMade { .. } => {}
            EventKind::Output(text) => self.output.print(event.who, text),
            EventKind::Stderr(text) => self.output.write(event.who, Stream::Stderr, text),
            EventKind::SetProcs(n) => self.procs.set(*n),
            EventKind::Proc { p, on: true } => self.procs.on(*p, event.who, at_ns),
            EventKind::Proc { p, on: false } => self.procs.off(*p, at_ns),
            EventKind::LoadLen(_) => self.access(at, event.who, Site::SaveLen),
            EventKind::WaitReturned => self.race_detector.wait_returned(event.who),
            EventKind::WaitGroup(count) => {
                let counter = count.counter;
                if counter < self.wait_group {
                    self.race_detector.done(event.who);
                }
                self.wait_group = counter;
                self.wait_group_peak = self.wait_group_peak.max(counter);
                self.wait_groups.set(*count);
                self.done_budget.counted(event.who);
                self.check_counter(at);
            }
            EventKind::Store {
                slot,
                value,
                overwrote,
            } => {
                self.access(at, event.who, Site::SaveStore);
                self.results
                    .store(at_ns, event.who, *slot, value, overwrote.as_deref());
                if let Some(lost) = overwrote {
                    self.check_overwrite(at, event.who, *slot, lost);
                }
            }
            EventKind::Len(len) => self.results.set_len(*len),
            EventKind::End(ending) => self.end(ending.clone(), at_ns),
        }
        self.event_count += 1;
        if self.events.len() < MAX_EVENTS {
            self.events.push(event);
        }
    }

    fn enter(&mut self, who: Gid, state: State, at_ns: u64) {
        let index = who.index();
        if self.lanes.len() <= index {
            self.lanes.resize(index + 1, Lane::default());
        }
        let Some(previous) = self.lanes[index].enter(state, at_ns) else {
            return;
        };
        self.lane_segments += 1;
        match previous {
            Some(State::Writing) => self.writers_now -= 1,
            Some(State::Reading) => self.readers_now -= 1,
            Some(State::WaitingWg) => self.wg_waiters -= 1,
            _ => {}
        }
        match state {
            State::Writing => self.writers_now += 1,
            State::Reading => self.readers_now += 1,
            State::Sleeping => self.check_sleep(at_ns / 1000, who),
            State::WaitingWg => self.wg_waiters += 1,
            _ => {}
        }
        self.max_writers = self.max_writers.max(self.writers_now);
        self.max_readers = self.max_readers.max(self.readers_now);
    }

    /// An access to `results` by `who` at the step it is at.
    fn access(&mut self, at: u64, who: Gid, site: Site) {
        self.point(at, who, RESULTS, site);
    }

    /// An access to shared variable `var` (not the results slice) by `who`.
    fn access_var(&mut self, at: u64, who: Gid, var: u16, write: bool) {
        self.point(at, who, var, Site::Var(write));
    }

    fn point(&mut self, at: u64, who: Gid, var: u16, site: Site) {
        self.point_of(at, who, (var, 0, None), site);
    }

    /// An access of variable `var` of object `obj` (0: a package variable), or of its
    /// element `elem`.
    fn point_of(&mut self, at: u64, who: Gid, id: (u16, u32, Option<u32>), site: Site) {
        let (var, obj, elem) = id;
        let place = self.lanes.get(who.index()).and_then(|l| l.at);
        let point = Point {
            var,
            obj,
            elem,
            place,
            site,
        };
        self.race_detector.access(at, who, point);
    }

    /// Lanes still going when the run ends are blocked forever (deadlock) or cut off.
    fn end(&mut self, ending: Ending, at_ns: u64) {
        let fate = match ending {
            Ending::Deadlock => State::Deadlocked,
            Ending::Finished | Ending::Panic(_) | Ending::Budget | Ending::Exit(_) => {
                State::Abandoned
            }
        };
        for id in 0..self.lanes.len() {
            if !self.lanes[id].is_finished() && !self.lanes[id].segments.is_empty() {
                self.enter(Gid(id as u32), fate, at_ns);
            }
        }
        self.ending = Some((ending, at_ns));
    }

    pub fn is_finished(&self) -> bool {
        self.ending.is_some()
    }

    /// The run's length so far, or in total once it ended.
    pub fn total_us(&self) -> Option<u64> {
        self.total_ns().map(|ns| ns / 1000)
    }

    /// The run's length in nanoseconds, once it ended.
    pub fn total_ns(&self) -> Option<u64> {
        self.ending.as_ref().map(|(_, at)| *at)
    }

    /// Time of the latest event, in microseconds.
    pub fn last_us(&self) -> u64 {
        self.last_ns / 1000
    }

    /// How many values a correct run leaves in `results`: a workload knows it from its steps;
    /// a program's is every append it made, each of which a correct run keeps.
    pub fn expected(&self) -> usize {
        match &self.outline {
            Some(outline) => outline
                .expected_results
                .unwrap_or_else(|| self.results.appended()),
            None => 0,
        }
    }

    /// What the run was expected to look like when it started.
    pub fn outline(&self) -> Option<&Outline> {
        self.outline.as_deref()
    }

    /// The program's lock names, for describing lock events.
    pub fn lock_names(&self) -> Vec<String> {
        self.locks.iter().map(|l| l.name.clone()).collect()
    }

    /// What events name by number: the locks and the channels made so far.
    pub fn names(&self) -> Names<'_> {
        Names {
            locks: &self.locks,
            chans: &self.chans,
            conds: &self.conds,
        }
    }

    /// Whether the log holds the whole run, so that it can be replayed.
    pub fn log_is_complete(&self) -> bool {
        self.event_count == self.events.len() as u64
    }

    /// Data races found so far.
    pub fn races(&self) -> &[Race] {
        &self.race_detector.races
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod chan_tests;

#[cfg(test)]
mod chan_race_tests;

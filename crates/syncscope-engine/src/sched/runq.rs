//! Go's run queues for one processor (src/runtime/proc.go): the `runnext` slot, a local queue
//! of 256, and the global queue that takes half of the local one when it overflows. Every 61st
//! goroutine the processor runs from its queues, the global queue goes first, so nothing waits
//! there for ever.

use std::collections::VecDeque;
use syncscope_program::event::Gid;

/// Go's local run queue length.
const LOCAL: usize = 256;
/// How often the global queue goes first.
const FAIRNESS: u32 = 61;
/// The processor's count of goroutines run from its queues when `main.main` starts: Go's
/// runtime has run four of its own by then (measured with Go 1.19: it reproduces the order in
/// which 257 to 600 goroutines started together run).
const TICKS_AT_MAIN: u32 = 4;

/// What a queue holds: a goroutine of the run, or Go's finalizer goroutine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    G(Gid),
    /// Made ready when package `os` sets its first finalizer, before `main.main`, it sits in
    /// the local queue until it first runs, then parks for good.
    Finalizer,
}

#[derive(Debug)]
pub(super) struct RunQueue {
    runnext: Option<Gid>,
    local: VecDeque<Entry>,
    global: VecDeque<Entry>,
    /// Go's `schedtick`: goroutines run that did not inherit the time slice.
    ticks: u32,
}

impl RunQueue {
    /// The queues as a Go program finds them when `main.main` starts.
    pub(crate) fn at_main() -> RunQueue {
        RunQueue {
            runnext: None,
            local: VecDeque::from([Entry::Finalizer]),
            global: VecDeque::new(),
            ticks: TICKS_AT_MAIN,
        }
    }

    /// Go's `ready` and `go`: `g` takes `runnext`, whoever had it goes to the back.
    pub(crate) fn ready(&mut self, g: Gid) {
        if let Some(bumped) = self.runnext.replace(g) {
            self.push_back(Entry::G(bumped));
        }
    }

    /// Go's `runqput` without `next`, as a yield does.
    pub(crate) fn push(&mut self, g: Gid) {
        self.push_back(Entry::G(g));
    }

    /// Go's preemption: to the back of the global queue.
    pub(crate) fn preempt(&mut self, g: Gid) {
        self.global.push_back(Entry::G(g));
    }

    /// The run's goroutines that are ready, `runnext` first.
    pub(crate) fn goroutines(&self) -> impl Iterator<Item = Gid> + '_ {
        let queued = self
            .local
            .iter()
            .chain(&self.global)
            .filter_map(|e| match e {
                Entry::G(g) => Some(*g),
                Entry::Finalizer => None,
            });
        self.runnext.into_iter().chain(queued)
    }

    fn push_back(&mut self, entry: Entry) {
        if self.local.len() < LOCAL {
            self.local.push_back(entry);
            return;
        }
        // Full: the older half goes to the global queue, and the newcomer after it.
        self.global.extend(self.local.drain(..LOCAL / 2));
        self.global.push_back(entry);
    }

    /// Go's `findRunnable` with nothing stolen and no timer due: the goroutine to run next.
    pub(crate) fn next(&mut self) -> Option<Gid> {
        loop {
            let entry = if self.ticks.is_multiple_of(FAIRNESS) && !self.global.is_empty() {
                self.global.pop_front()
            } else if let Some(g) = self.runnext.take() {
                // It inherits the time slice: no tick.
                return Some(g);
            } else if let Some(entry) = self.local.pop_front() {
                Some(entry)
            } else {
                self.take_global()
            }?;
            self.ticks = self.ticks.wrapping_add(1);
            match entry {
                Entry::G(g) => return Some(g),
                Entry::Finalizer => continue,
            }
        }
    }

    /// Go's `globrunqget` with one processor: up to half a local queue moves over, the
    /// first of them to run.
    fn take_global(&mut self) -> Option<Entry> {
        let n = self.global.len().min(LOCAL / 2);
        let first = self.global.pop_front()?;
        for _ in 1..n {
            if let Some(entry) = self.global.pop_front() {
                self.push_back(entry);
            }
        }
        Some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn started_together(k: u32) -> Vec<u32> {
        let mut q = RunQueue::at_main();
        for g in 1..=k {
            q.ready(Gid(g));
        }
        std::iter::from_fn(|| q.next()).map(|g| g.0).collect()
    }

    #[test]
    fn the_last_started_runs_first_then_the_rest_in_order() {
        assert_eq!(started_together(4), [4, 1, 2, 3]);
        let order = started_together(256);
        assert_eq!(order[..3], [256, 1, 2]);
        assert_eq!(order.len(), 256);
    }

    #[test]
    fn an_overflow_sends_the_older_half_to_the_global_queue() {
        // Go 1.19, GOMAXPROCS=1: 257 goroutines started in a loop run 257, 128, 129, ...;
        // g1 to g127 and g256 wait in the global queue, and every 61st pick takes one early.
        let order = started_together(257);
        assert_eq!(order[..4], [257, 128, 129, 130]);
        assert_eq!(order.len(), 257);
        let global = order.iter().position(|&g| g == 1).expect("g1 runs");
        assert!(
            global < 129,
            "the fairness tick pulled g1 ahead of g255 ({global})"
        );
        assert_eq!(order.last(), Some(&256));
    }
}

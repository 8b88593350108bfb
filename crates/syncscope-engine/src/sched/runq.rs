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
/// runtime has run four of its own by then (measured with Go 1.19 and Go 1.26: it reproduces
/// the order in which 256 to 1,500 goroutines started together run).
const TICKS_AT_MAIN: u32 = 4;

/// What a queue holds: a goroutine of the run, or one of Go's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    G(Gid),
    /// One of the runtime's goroutines made ready before `main.main`: when it first runs it
    /// parks for good, so all it does is take a place in the queue (and a tick).
    Runtime,
}

#[derive(Debug)]
pub(super) struct RunQueue {
    runnext: Option<Entry>,
    local: VecDeque<Entry>,
    global: VecDeque<Entry>,
    /// Go's `schedtick`: goroutines run that did not inherit the time slice.
    ticks: u32,
}

impl RunQueue {
    /// The queues as a Go program finds them when `main.main` starts. Since Go 1.25
    /// `runtime.main` starts, before any package's `init`, a goroutine that follows the CPU
    /// limit for `GOMAXPROCS`; then package `os` sets its first finalizer, which starts the
    /// finalizer goroutine: that one takes `runnext` and pushes the other to the local queue.
    /// (A module that declares a Go before 1.25 has no such goroutine: Go's
    /// `updatemaxprocs=0`.)
    pub(crate) fn at_main() -> RunQueue {
        RunQueue {
            runnext: Some(Entry::Runtime),
            local: VecDeque::from([Entry::Runtime]),
            global: VecDeque::new(),
            ticks: TICKS_AT_MAIN,
        }
    }

    /// Go's `ready` and `go`: `g` takes `runnext`, whoever had it goes to the back.
    pub(crate) fn ready(&mut self, g: Gid) {
        if let Some(bumped) = self.runnext.replace(Entry::G(g)) {
            self.push_back(bumped);
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
        let queued = self.local.iter().chain(&self.global);
        self.runnext.iter().chain(queued).filter_map(|e| match e {
            Entry::G(g) => Some(*g),
            Entry::Runtime => None,
        })
    }

    /// Go's `runqsteal` by an idle processor: the oldest ready goroutine, from the front
    /// of the local queue, then the global one; `runnext` only when nothing else is there.
    /// The runtime's own goroutines it finds there park at once, so they are passed over.
    pub(crate) fn steal(&mut self) -> Option<Gid> {
        let queued =
            std::iter::from_fn(|| self.local.pop_front().or_else(|| self.global.pop_front()));
        let mut found = None;
        for entry in queued {
            if let Entry::G(g) = entry {
                found = Some(g);
                break;
            }
        }
        found.or_else(|| match self.runnext.take()? {
            Entry::G(g) => Some(g),
            Entry::Runtime => None,
        })
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
            } else if let Some(entry) = self.runnext.take() {
                // It inherits the time slice: no tick.
                match entry {
                    Entry::G(g) => return Some(g),
                    Entry::Runtime => continue,
                }
            } else if let Some(entry) = self.local.pop_front() {
                Some(entry)
            } else {
                self.take_global()
            }?;
            self.ticks = self.ticks.wrapping_add(1);
            match entry {
                Entry::G(g) => return Some(g),
                Entry::Runtime => continue,
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

    /// The order in which goroutines 1 to `n`, started in a loop onto queues as `q` has them,
    /// run.
    fn started(mut q: RunQueue, n: u32) -> Vec<u32> {
        for g in 1..=n {
            q.ready(Gid(g));
        }
        std::iter::from_fn(|| q.next()).map(|g| g.0).collect()
    }

    /// `[(a, b), ...]` as a, a + 1, ..., b, ...
    fn spans(spans: &[(u32, u32)]) -> Vec<u32> {
        spans.iter().flat_map(|&(a, b)| a..=b).collect()
    }

    // The orders below are Go 1.26's, GOMAXPROCS=1, each goroutine locking a Mutex as it runs
    // (tests/against_go/script.go).

    #[test]
    fn the_last_started_runs_first_then_the_rest_in_order() {
        assert_eq!(started(RunQueue::at_main(), 4), [4, 1, 2, 3]);
        assert_eq!(
            started(RunQueue::at_main(), 255),
            spans(&[(255, 255), (1, 254)])
        );
    }

    #[test]
    fn an_overflow_sends_the_older_half_to_the_global_queue() {
        // The runtime's two goroutines and g1 to g254 fill the local queue; g255, bumped from
        // runnext, overflows it: they, g1 to g126 and g255 go to the global queue.
        assert_eq!(
            started(RunQueue::at_main(), 256),
            spans(&[(256, 256), (127, 254), (1, 126), (255, 255)])
        );
        assert_eq!(
            started(RunQueue::at_main(), 300),
            spans(&[(300, 300), (127, 254), (256, 299), (1, 126), (255, 255)])
        );
    }

    #[test]
    fn every_61st_pick_serves_the_global_queue_first() {
        let order = spans(&[
            (400, 400),
            (256, 383),
            (385, 399),
            (1, 34),
            (128, 128),
            (35, 94),
            (129, 129),
            (95, 126),
            (255, 255),
            (127, 127),
            (130, 254),
            (384, 384),
        ]);
        assert_eq!(started(RunQueue::at_main(), 400), order);
    }

    #[test]
    fn a_main_that_blocks_first_lets_the_runtimes_goroutines_run() {
        // main sleeps before its loop: the finalizer goroutine runs from runnext (no tick),
        // the other from the local queue (a tick), and the loop finds the queues empty.
        let mut q = RunQueue::at_main();
        assert_eq!(q.next(), None);
        let order = spans(&[
            (300, 300),
            (129, 184),
            (1, 1),
            (185, 244),
            (2, 2),
            (245, 256),
            (258, 299),
            (3, 128),
            (257, 257),
        ]);
        assert_eq!(started(q, 300), order);
    }
}

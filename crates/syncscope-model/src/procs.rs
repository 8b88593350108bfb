//! The processors (Go's Ps) over time: who computed on each, from when to when. Go's
//! `go tool trace` shows the same as its PROCS view.

use crate::ChunkedVec;
use syncscope_program::event::Gid;

/// A goroutine's stretch of CPU work on one processor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slice {
    pub who: Gid,
    pub start_ns: u64,
    /// `None` while it computes.
    pub end_ns: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Procs {
    /// One lane per processor, in order of their numbers.
    pub lanes: Vec<ChunkedVec<Slice>>,
    /// CPU time spent in finished slices.
    pub cpu_ns: u64,
    /// Processors now (the program can change them with `runtime.GOMAXPROCS`).
    pub count: u32,
}

impl Procs {
    pub fn new(procs: u32) -> Procs {
        Procs {
            lanes: vec![ChunkedVec::new(); procs as usize],
            cpu_ns: 0,
            count: procs,
        }
    }

    /// `runtime.GOMAXPROCS(n)`: lanes for the new processors; the old ones keep their past.
    pub(crate) fn set(&mut self, n: u32) {
        self.count = n;
        if self.lanes.len() < n as usize {
            self.lanes.resize(n as usize, ChunkedVec::new());
        }
    }

    pub fn on(&mut self, p: u16, who: Gid, at_ns: u64) {
        if let Some(lane) = self.lanes.get_mut(usize::from(p)) {
            lane.push(Slice {
                who,
                start_ns: at_ns,
                end_ns: None,
            });
        }
    }

    pub fn off(&mut self, p: u16, at_ns: u64) {
        let Some(slice) = self
            .lanes
            .get_mut(usize::from(p))
            .and_then(|lane| lane.last_mut())
            .filter(|s| s.end_ns.is_none())
        else {
            return;
        };
        slice.end_ns = Some(at_ns);
        self.cpu_ns += at_ns.saturating_sub(slice.start_ns);
    }

    /// Processors computing now.
    pub fn busy(&self) -> usize {
        self.lanes
            .iter()
            .filter(|lane| lane.last().is_some_and(|s| s.end_ns.is_none()))
            .count()
    }

    /// CPU time up to `now_ns`, slices still running included.
    pub fn cpu_ns_at(&self, now_ns: u64) -> u64 {
        let running: u64 = self
            .lanes
            .iter()
            .filter_map(|lane| lane.last())
            .filter(|s| s.end_ns.is_none())
            .map(|s| now_ns.saturating_sub(s.start_ns))
            .sum();
        self.cpu_ns + running
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_add_up_to_the_cpu_time() {
        let mut procs = Procs::new(2);
        procs.on(0, Gid(1), 0);
        procs.on(1, Gid(2), 0);
        procs.off(0, 10_000);
        assert_eq!(procs.busy(), 1);
        assert_eq!(procs.cpu_ns_at(15_000), 10_000 + 15_000);
        procs.off(1, 20_000);
        procs.off(1, 30_000);
        assert_eq!(procs.cpu_ns, 30_000, "a second off changes nothing");
        assert_eq!(procs.busy(), 0);
    }
}

//! Data races on `results`, found as Go's `-race` finds them: by happens-before, not by
//! overlap in time. Each goroutine carries a vector clock (as in ThreadSanitizer); `go`, an
//! Unlock followed by a Lock, an RUnlock followed by a Lock, an Unlock followed by an RLock,
//! `wg.Done` followed by the return of `wg.Wait`, and channel operations (see `chans`) order
//! what came before them. Two accesses to the slice, one of them a write, with neither ordered
//! before the other, race: reported once per pair of places in the program, however far apart
//! in time they ran.
//!
//! As in FastTrack, each place keeps one epoch per goroutine and an epoch known to follow all
//! of them, so that in a well-locked run every check is one comparison.

use super::vclock::VClock;
use std::collections::{BTreeMap, HashMap, HashSet};
use syncscope_program::event::{Access, Gid};
pub use syncscope_program::{RESULTS, Site};

/// The most goroutines the detector follows. Its clocks grow with the goroutines a lock has
/// passed through; Go's own detector refuses more than 8,128 goroutines alive at once.
pub const MAX_GOROUTINES: usize = 2000;

/// Where a goroutine was in its program: function (0 is `main`) and step.
pub type Place = Option<(u16, u16)>;

/// One access in the program: which variable, the step that made it, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Point {
    pub(crate) var: u16,
    /// Which object of the variable's (0: the package variable itself).
    pub(crate) obj: u32,
    /// Which element of a slice, if it is one.
    pub elem: Option<u32>,
    pub(crate) place: Place,
    pub site: Site,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Race {
    pub(crate) at_us: u64,
    pub who: Gid,
    pub point: Point,
    /// The goroutine of the earlier access that this one is not ordered after.
    pub other: Gid,
    pub other_point: Point,
}

/// Every goroutine's latest access at one point, and an epoch that follows them all if known.
#[derive(Debug, Clone, PartialEq)]
struct History {
    point: Point,
    /// Goroutine id to (its clock at the access, time of the access).
    last: BTreeMap<u32, (u32, u64)>,
    cover: Option<(u32, u32)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct HappensBefore {
    /// Set when the run has more goroutines than the detector follows.
    off: bool,
    clocks: Vec<VClock>,
    /// Per lock: what its write unlocks released, and what its read unlocks released.
    locks: Vec<(VClock, VClock)>,
    wait_group: VClock,
    /// Per channel, by number.
    chans: Vec<chans::ChanClocks>,
    /// Per atomic variable: what its operations released.
    atomics: std::collections::HashMap<u16, VClock>,
    /// Per variable and object, its points.
    points: HashMap<(u16, u32, Option<u32>), Vec<History>>,
    /// Per cancelled context, by number: what its cancel released.
    contexts: std::collections::HashMap<u32, VClock>,
    reported: HashSet<(Point, Point)>,
    pub races: Vec<Race>,
}

impl HappensBefore {
    pub(crate) fn new(goroutines: usize, locks: usize) -> HappensBefore {
        HappensBefore {
            off: goroutines > MAX_GOROUTINES,
            locks: vec![Default::default(); locks],
            ..HappensBefore::default()
        }
    }

    /// Whether the run is too big to follow.
    pub fn is_off(&self) -> bool {
        self.off
    }

    fn clock(&mut self, g: Gid) -> &mut VClock {
        let i = g.index();
        if self.clocks.len() <= i {
            let next = self.clocks.len() as u32;
            self.clocks.extend((next..=g.0).map(VClock::start));
        }
        &mut self.clocks[i]
    }

    /// `go`: the child starts knowing everything its parent did before the statement.
    pub(crate) fn go(&mut self, parent: Gid, child: Gid) {
        // A Go program's goroutines are counted as they start: past the cap, stop following.
        if child.index() > MAX_GOROUTINES {
            self.off = true;
        }
        if self.off {
            return;
        }
        let mut inherited = self.clock(parent).clone();
        inherited.tick(child.0);
        *self.clock(child) = inherited;
        self.clock(parent).tick(parent.0);
    }

    pub(crate) fn acquire(&mut self, g: Gid, lock: usize, access: Access) {
        if self.off || lock >= self.locks.len() {
            return;
        }
        self.clock(g);
        let (clock, (written, read)) = (&mut self.clocks[g.index()], &self.locks[lock]);
        clock.join(written);
        if access == Access::Write {
            clock.join(read);
        }
    }

    pub(crate) fn release(&mut self, g: Gid, lock: usize, access: Access) {
        if self.off || lock >= self.locks.len() {
            return;
        }
        self.clock(g);
        let (clock, (written, read)) = (&mut self.clocks[g.index()], &mut self.locks[lock]);
        match access {
            Access::Write => written.join(clock),
            Access::Read => read.join(clock),
        }
        clock.tick(g.0);
    }

    /// `wg.Done()` (an Add that lowers the counter) releases into the WaitGroup.
    pub(crate) fn done(&mut self, g: Gid) {
        if self.off {
            return;
        }
        self.clock(g);
        let clock = &mut self.clocks[g.index()];
        self.wait_group.join(clock);
        clock.tick(g.0);
    }

    /// `wg.Wait()` returning acquires everything the Done calls released.
    pub(crate) fn wait_returned(&mut self, g: Gid) {
        if self.off {
            return;
        }
        self.clock(g);
        self.clocks[g.index()].join(&self.wait_group);
    }

    /// `who` accesses a variable at `point`: checked against every conflicting access of the
    /// same object so far.
    pub(crate) fn access(&mut self, at_us: u64, who: Gid, point: Point) {
        if self.off {
            return;
        }
        let g = who.0;
        self.clock(who);
        let clock = &self.clocks[who.index()];
        let mine = clock.get(g);
        let writes = point.site.access() == Access::Write;
        let mut found = Vec::new();
        let points = self
            .points
            .entry((point.var, point.obj, point.elem))
            .or_default();
        for h in points.iter_mut() {
            if !writes && h.point.site.access() == Access::Read {
                continue;
            }
            let pair = ordered(point, h.point);
            if self.reported.contains(&pair) {
                continue;
            }
            if h.cover.is_some_and(|(u, c)| clock.get(u) >= c) {
                continue;
            }
            let racing = h
                .last
                .iter()
                .filter(|&(&u, &(c, _))| u != g && clock.get(u) < c)
                .max_by_key(|&(_, &(_, at))| at);
            match racing {
                Some((&u, _)) => found.push((pair, Gid(u), h.point)),
                None => h.cover = Some((g, mine)),
            }
        }
        for (pair, other, other_point) in found {
            if self.reported.insert(pair) {
                self.races.push(Race {
                    at_us,
                    who,
                    point,
                    other,
                    other_point,
                });
            }
        }
        let at = match points.iter().position(|h| h.point == point) {
            Some(at) => at,
            None => {
                points.push(History {
                    point,
                    last: BTreeMap::new(),
                    cover: None,
                });
                points.len() - 1
            }
        };
        let h = &mut points[at];
        h.last.insert(g, (mine, at_us));
        h.cover = match h.cover {
            Some((u, c)) if clock.get(u) >= c => Some((g, mine)),
            None if h.last.len() == 1 => Some((g, mine)),
            _ => None,
        };
    }
}

/// A pair of places, reported once, as Go's `-race` reports a pair of its program counters
/// once: two objects made at one place, or two elements, race at the same lines.
fn ordered(a: Point, b: Point) -> (Point, Point) {
    let any = |p: Point| Point {
        obj: 0,
        elem: None,
        ..p
    };
    let (a, b) = (any(a), any(b));
    if a <= b { (a, b) } else { (b, a) }
}

mod atomics;
mod chans;
mod contexts;

#[cfg(test)]
mod tests;

//! How many more `Done` calls the goroutines still going can make, kept up to date event by
//! event so that checking "can the WaitGroup still reach zero?" costs nothing at any scale.

use crate::event::{Gid, RunInfo};
use crate::scenario::{Op, Step, dones_from, find};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DoneBudget {
    /// Per lane: Done calls still ahead, and whether one is under way (its counter change has
    /// not arrived yet).
    lanes: Vec<(u64, bool)>,
    total: u64,
    /// `Add` steps, `main` calling the functions itself, or a Go program: the future cannot be
    /// bounded.
    unbounded: bool,
}

impl DoneBudget {
    pub fn new(info: &RunInfo) -> DoneBudget {
        let scenario = &info.scenario;
        let times = |c| info.times(c);
        let adds = |steps: &[Step]| steps.iter().any(|s| has_add(&s.op));
        // A Go program's future is its code's: not bounded from its steps.
        let unbounded = scenario.go.is_some()
            || adds(&scenario.main)
            || scenario.groups.iter().any(|g| adds(&g.steps))
            || scenario.main.iter().any(|s| s.op == Op::Call);
        let mut lanes = vec![(dones_from(&scenario.main, 0, &times), false)];
        if info.spawns() {
            let per_group: Vec<u64> = scenario
                .groups
                .iter()
                .map(|g| dones_from(&g.steps, 0, &times))
                .collect();
            lanes.extend(info.goroutines().map(|(_, g)| (per_group[g], false)));
        }
        let total = lanes.iter().map(|(n, _)| n).sum();
        DoneBudget {
            lanes,
            total,
            unbounded,
        }
    }

    /// The most the counter can still drop, or `None` when that cannot be known.
    pub fn can_still(&self) -> Option<u64> {
        (!self.unbounded).then_some(self.total)
    }

    fn set(&mut self, who: Gid, ahead: Option<u64>, pending: Option<bool>) {
        let Some(lane) = self.lanes.get_mut(who.index()) else {
            return;
        };
        let before = lane.0 + u64::from(lane.1);
        if let Some(a) = ahead {
            lane.0 = a;
        }
        if let Some(p) = pending {
            lane.1 = p;
        }
        self.total = self.total - before + lane.0 + u64::from(lane.1);
    }

    /// `who` starts step `pc` of function `func`.
    pub fn at(&mut self, info: &RunInfo, who: Gid, func: u16, pc: u16) {
        let steps = info.scenario.function(func);
        let ahead = dones_from(steps, pc.saturating_add(1), &|c| info.times(c));
        let doing_done = matches!(find(steps, pc), Some(Op::Done));
        self.set(who, Some(ahead), Some(doing_done));
    }

    /// `who`'s lane ended: nothing more ahead of it.
    pub fn finished(&mut self, who: Gid) {
        self.set(who, Some(0), None);
    }

    /// `who` changed the counter: its Done, if one was under way, has landed.
    pub fn counted(&mut self, who: Gid) {
        self.set(who, None, Some(false));
    }
}

fn has_add(op: &Op) -> bool {
    match op {
        Op::Add(_) => true,
        Op::Repeat { body, .. } => body.iter().any(|s| has_add(&s.op)),
        _ => false,
    }
}

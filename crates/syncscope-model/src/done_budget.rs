//! How many more `Done` calls the goroutines still going can make, kept up to date event by
//! event so that checking "can the WaitGroup still reach zero?" costs nothing at any scale.

use std::sync::Arc;
use syncscope_program::event::Gid;
use syncscope_program::{DoneTable, Outline};

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct DoneBudget {
    /// Per lane: Done calls still ahead, and whether one is under way (its counter change has
    /// not arrived yet).
    lanes: Vec<(u64, bool)>,
    total: u64,
    /// The calls ahead of each step; none when the program does not bound its future.
    table: Option<Arc<DoneTable>>,
}

impl DoneBudget {
    pub(crate) fn new(outline: &Outline) -> DoneBudget {
        let table = outline.dones.clone().map(Arc::new);
        let lanes: Vec<(u64, bool)> = table
            .as_ref()
            .map_or(vec![0], |t| t.lanes.clone())
            .into_iter()
            .map(|n| (n, false))
            .collect();
        let total = lanes.iter().map(|(n, _)| n).sum();
        DoneBudget {
            lanes,
            total,
            table,
        }
    }

    /// The most the counter can still drop, or `None` when that cannot be known.
    pub(crate) fn can_still(&self) -> Option<u64> {
        self.table.as_ref().map(|_| self.total)
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
    pub(crate) fn at(&mut self, who: Gid, func: u16, pc: u16) {
        let Some(table) = &self.table else {
            return;
        };
        let (ahead, doing_done) = table.steps.get(&(func, pc)).copied().unwrap_or_default();
        self.set(who, Some(ahead), Some(doing_done));
    }

    /// `who`'s lane ended: nothing more ahead of it.
    pub(crate) fn finished(&mut self, who: Gid) {
        self.set(who, Some(0), None);
    }

    /// `who` changed the counter: its Done, if one was under way, has landed.
    pub(crate) fn counted(&mut self, who: Gid) {
        self.set(who, None, Some(false));
    }
}

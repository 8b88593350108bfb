//! A channel's queue of senders or receivers, in the order they queued: a goroutine that
//! leaves from the middle (a `select` woken by another case or a timer) goes in O(log n),
//! so thousands of waiters on one channel cost no scan each.

use std::collections::BTreeMap;
use std::sync::Arc;
use syncscope_program::event::Gid;

/// A goroutine queued on a channel: a sender with its value, or a receiver.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiter {
    pub who: Gid,
    pub value: Option<Arc<str>>,
    /// It waits in a `select`, on other cases too.
    pub select: bool,
    /// When it queued, over all channels: a select's cases in their order.
    pub(crate) queued: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitQueue {
    /// By when each queued, over all channels: the order they are served in.
    by_turn: BTreeMap<u64, Waiter>,
}

impl WaitQueue {
    pub(crate) fn push(&mut self, w: Waiter) {
        self.by_turn.insert(w.queued, w);
    }

    /// Takes out the waiter that queued at `queued`, if it is still here.
    pub(crate) fn remove(&mut self, queued: u64) {
        self.by_turn.remove(&queued);
    }

    /// The waiter that queued at `queued`, if it is still here.
    pub(crate) fn get(&self, queued: u64) -> Option<&Waiter> {
        self.by_turn.get(&queued)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Waiter> {
        self.by_turn.values()
    }

    pub fn len(&self) -> usize {
        self.by_turn.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_turn.is_empty()
    }

    /// The next to be served.
    pub fn first(&self) -> Option<&Waiter> {
        self.by_turn.values().next()
    }
}

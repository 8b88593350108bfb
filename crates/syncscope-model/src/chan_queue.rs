//! A channel's queue of senders or receivers, in the order they queued: a goroutine that
//! leaves from the middle (a `select` woken by another case or a timer) goes in O(log n),
//! so thousands of waiters on one channel cost no scan each. Most channels have one waiter
//! or none (a daisy chain's 100,000 each have one), so a short queue is a plain vector:
//! a tree's first node would cost ten times the waiter.

use std::collections::BTreeMap;
use std::sync::Arc;
use syncscope_program::event::Gid;

/// Waiters a queue keeps in a vector before it becomes a tree.
const FEW: usize = 8;

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

#[derive(Debug, Clone, PartialEq)]
pub struct WaitQueue(Queue);

/// The waiters by when each queued, over all channels: the order they are served in.
#[derive(Debug, Clone, PartialEq)]
enum Queue {
    /// At most `FEW`, in the order they queued.
    Few(Vec<Waiter>),
    Many(BTreeMap<u64, Waiter>),
}

impl Default for WaitQueue {
    fn default() -> Self {
        WaitQueue(Queue::Few(Vec::new()))
    }
}

impl WaitQueue {
    pub(crate) fn push(&mut self, w: Waiter) {
        match &mut self.0 {
            Queue::Few(few) if few.len() < FEW => {
                // Turns only grow, so this is almost always the end.
                let at = few.partition_point(|x| x.queued < w.queued);
                few.insert(at, w);
            }
            Queue::Few(few) => {
                let mut many: BTreeMap<u64, Waiter> =
                    few.drain(..).map(|x| (x.queued, x)).collect();
                many.insert(w.queued, w);
                self.0 = Queue::Many(many);
            }
            Queue::Many(many) => {
                many.insert(w.queued, w);
            }
        }
    }

    /// Takes out the waiter that queued at `queued`, if it is still here.
    pub(crate) fn remove(&mut self, queued: u64) {
        match &mut self.0 {
            Queue::Few(few) => {
                if let Ok(at) = few.binary_search_by_key(&queued, |x| x.queued) {
                    few.remove(at);
                }
            }
            Queue::Many(many) => {
                many.remove(&queued);
                if many.is_empty() {
                    *self = WaitQueue::default();
                }
            }
        }
    }

    /// The waiter that queued at `queued`, if it is still here.
    pub(crate) fn get(&self, queued: u64) -> Option<&Waiter> {
        match &self.0 {
            Queue::Few(few) => few
                .binary_search_by_key(&queued, |x| x.queued)
                .ok()
                .map(|at| &few[at]),
            Queue::Many(many) => many.get(&queued),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Waiter> {
        let (few, many) = match &self.0 {
            Queue::Few(few) => (few.as_slice(), None),
            Queue::Many(many) => (&[][..], Some(many.values())),
        };
        few.iter().chain(many.into_iter().flatten())
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Queue::Few(few) => few.len(),
            Queue::Many(many) => many.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The next to be served.
    pub fn first(&self) -> Option<&Waiter> {
        match &self.0 {
            Queue::Few(few) => few.first(),
            Queue::Many(many) => many.values().next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waiter(queued: u64) -> Waiter {
        Waiter {
            who: Gid(queued as u32),
            value: None,
            select: false,
            queued,
        }
    }

    #[test]
    fn waiters_keep_their_turns_as_the_queue_grows_past_a_few_and_shrinks() {
        let mut q = WaitQueue::default();
        for t in (0..20).map(|i| i * 3) {
            q.push(waiter(t));
        }
        q.push(waiter(4));
        for gone in [0, 4, 30, 57, 99] {
            q.remove(gone);
        }
        let turns: Vec<u64> = q.iter().map(|w| w.queued).collect();
        let want: Vec<u64> = (0..20)
            .map(|i| i * 3)
            .filter(|t| ![0, 30, 57].contains(t))
            .collect();
        assert_eq!(turns, want);
        assert_eq!(q.first().map(|w| w.queued), Some(3));
        assert_eq!(q.get(33).map(|w| w.who), Some(Gid(33)));
        assert!(q.get(30).is_none());
        for t in want {
            q.remove(t);
        }
        assert!(q.is_empty());
        q.push(waiter(100));
        q.push(waiter(101));
        assert_eq!(q.len(), 2);
        assert_eq!(q.first().map(|w| w.who), Some(Gid(100)));
    }
}

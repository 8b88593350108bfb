use super::lock;
use crate::sched::{Sched, Stop};
use std::collections::VecDeque;
use std::sync::MutexGuard;
use syncscope_program::event::Gid;

/// Go's runtime semaphore (src/runtime/sema.go), which every `sync` primitive sleeps on: a
/// count, and a queue of goroutines waiting for it. The primitive that owns it keeps it under
/// its own lock; blocking and waking go through the scheduler.
#[derive(Debug, Default)]
pub(super) struct Sema {
    count: u32,
    queue: VecDeque<Gid>,
    /// Waiters handed a unit directly by `release(handoff)`: they own it when they wake.
    granted: Vec<Gid>,
}

impl Sema {
    /// Go's `cansemacquire`: takes a unit if there is one.
    pub(crate) fn try_take(&mut self) -> bool {
        let free = self.count > 0;
        if free {
            self.count -= 1;
        }
        free
    }

    /// Queues a waiter: at the back, or at the front for one that already waited (`lifo`).
    pub(crate) fn enqueue(&mut self, g: Gid, lifo: bool) {
        if lifo {
            self.queue.push_front(g);
        } else {
            self.queue.push_back(g);
        }
    }

    /// After waking: whether `g` now owns a unit, handed over or free to take.
    pub(crate) fn woke_with_unit(&mut self, g: Gid) -> bool {
        if let Some(at) = self.granted.iter().position(|&w| w == g) {
            self.granted.swap_remove(at);
            return true;
        }
        self.try_take()
    }

    /// Go's `semrelease`: adds a unit and dequeues the first waiter, if any, for the caller to
    /// make ready. With `handoff` the unit goes straight to that waiter (true in the returned
    /// pair), and the caller should yield to it.
    pub(crate) fn release(&mut self, handoff: bool) -> Option<(Gid, bool)> {
        self.count += 1;
        let g = self.queue.pop_front()?;
        let handed = handoff && self.try_take();
        if handed {
            self.granted.push(g);
        }
        Some((g, handed))
    }
}

/// Go's `semacquire` for a primitive whose state `st` (from `cell`) holds `sema`: takes a unit,
/// or queues `me` and blocks until it can. `parking` reports each time it really blocks.
pub(super) fn semacquire<'a, T>(
    sched: &Sched,
    cell: &'a std::sync::Mutex<T>,
    mut st: MutexGuard<'a, T>,
    sema: impl Fn(&mut T) -> &mut Sema,
    me: Gid,
    lifo: bool,
    mut parking: impl FnMut(),
) -> Result<MutexGuard<'a, T>, Stop> {
    if sema(&mut st).try_take() {
        return Ok(st);
    }
    loop {
        sema(&mut st).enqueue(me, lifo);
        parking();
        drop(st);
        sched.block(me)?;
        st = lock(cell);
        if sema(&mut st).woke_with_unit(me) {
            return Ok(st);
        }
    }
}

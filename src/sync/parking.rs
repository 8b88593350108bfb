use std::collections::HashMap;
use std::sync::{Arc, Condvar};

/// The blocked callers of one primitive, each on a condvar of its own, so that a hand-off wakes
/// exactly the threads it admits. One shared condvar would wake every waiter on every unlock:
/// quadratic work, minutes for a few thousand goroutines.
#[derive(Default)]
pub(super) struct Parking {
    waiting: HashMap<u64, Arc<Condvar>>,
}

impl Parking {
    /// Registers `ticket`; the caller waits on the returned condvar with the primitive's lock.
    pub fn add(&mut self, ticket: u64) -> Arc<Condvar> {
        let cv = Arc::new(Condvar::new());
        self.waiting.insert(ticket, cv.clone());
        cv
    }

    pub fn remove(&mut self, ticket: u64) {
        self.waiting.remove(&ticket);
    }

    pub fn wake(&self, ticket: u64) {
        if let Some(cv) = self.waiting.get(&ticket) {
            cv.notify_one();
        }
    }

    pub fn wake_all(&self) {
        for cv in self.waiting.values() {
            cv.notify_one();
        }
    }
}

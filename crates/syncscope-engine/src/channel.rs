//! The event channel between a run's threads and whoever shows the run. Events travel in
//! batches, and emptied batches travel back to be filled again: a busy run then reuses the
//! same few buffers instead of asking the allocator (and the kernel) for fresh ones.
//!
//! The channel itself never blocks a sender: batches are sent under the scheduler's lock,
//! which the viewer takes too. Instead the running goroutine, once it holds no lock, waits
//! for room (`wait_for_room`) while the viewer is behind by more than `BACKLOG` batches, so
//! a run that makes events faster than they can be shown cannot queue millions of them.

use crossbeam_channel::{Receiver, Sender, bounded, unbounded};
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use syncscope_program::event::Event;

pub type Batch = Vec<Event>;

/// Events per batch at most.
pub(crate) const BATCH: usize = 64;
/// Emptied batches kept for reuse; more are simply dropped.
const SPARES: usize = 64;
/// Batches the viewer may be behind before the run waits for it: about 65,000 events, a few
/// megabytes.
pub const BACKLOG: usize = 1024;
/// A wait for room looks at the run's cancel this often.
const RECHECK: Duration = Duration::from_millis(20);
/// A viewer that has taken nothing back for this long is not reading as it goes (a test
/// that reads the run at its end): the run stops waiting for it until it takes one.
const STALLED: Duration = Duration::from_secs(1);

/// The viewer's side of the wait: it says when it has taken a batch.
#[derive(Default)]
struct Room {
    lock: Mutex<()>,
    freed: Condvar,
    stalled: AtomicBool,
}

/// The engine's end: send batches, take spare buffers.
#[derive(Clone)]
pub struct EventSink {
    tx: Sender<Batch>,
    spares: Receiver<Batch>,
    room: Arc<Room>,
}

/// The consumer's end: receive batches (it derefs to the receiver), give them back emptied.
pub struct EventSource {
    rx: Receiver<Batch>,
    spares: Sender<Batch>,
    room: Arc<Room>,
}

pub fn channel() -> (EventSink, EventSource) {
    let (tx, rx) = unbounded();
    let (spare_tx, spare_rx) = bounded(SPARES);
    let room = Arc::new(Room::default());
    (
        EventSink {
            tx,
            spares: spare_rx,
            room: room.clone(),
        },
        EventSource {
            rx,
            spares: spare_tx,
            room,
        },
    )
}

impl EventSink {
    /// Never blocks; a consumer that hung up has stopped caring about the run.
    pub fn send(&self, batch: Batch) {
        let _ = self.tx.send(batch);
    }

    /// An empty buffer for the next batch: a returned one when there is one.
    pub(crate) fn spare(&self) -> Batch {
        self.spares
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(BATCH))
    }

    /// Waits while the viewer is more than `BACKLOG` batches behind, unless the run is
    /// cancelled or the viewer has stopped taking batches back. Call it holding no lock the
    /// viewer might want.
    pub(crate) fn wait_for_room(&self, cancelled: impl Fn() -> bool) {
        if self.tx.len() <= BACKLOG {
            self.room.stalled.store(false, Ordering::Relaxed);
            return;
        }
        if self.room.stalled.load(Ordering::Relaxed) {
            return;
        }
        let mut taken_at = Instant::now();
        let mut behind = self.tx.len();
        let mut guard = self.room.lock.lock().unwrap_or_else(|e| e.into_inner());
        while self.tx.len() > BACKLOG && !cancelled() {
            if taken_at.elapsed() >= STALLED {
                self.room.stalled.store(true, Ordering::Relaxed);
                return;
            }
            guard = self
                .room
                .freed
                .wait_timeout(guard, RECHECK)
                .unwrap_or_else(|e| e.into_inner())
                .0;
            // Batches taken, whether or not the viewer gives them back to say so.
            let now_behind = self.tx.len();
            if now_behind < behind {
                taken_at = Instant::now();
            }
            behind = now_behind;
        }
    }

    /// Batches sent and not taken yet.
    pub fn backlog(&self) -> usize {
        self.tx.len()
    }
}

impl EventSource {
    /// Hands a processed batch back for reuse, and wakes a run waiting for room.
    pub fn recycle(&self, mut batch: Batch) {
        batch.clear();
        let _ = self.spares.try_send(batch);
        let _held = self.room.lock.lock().unwrap_or_else(|e| e.into_inner());
        self.room.freed.notify_all();
    }
}

impl Deref for EventSource {
    type Target = Receiver<Batch>;

    fn deref(&self) -> &Receiver<Batch> {
        &self.rx
    }
}

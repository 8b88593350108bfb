//! The event channel between a run's threads and whoever shows the run. Events travel in
//! batches, and emptied batches travel back to be filled again: a busy run then reuses the
//! same few buffers instead of asking the allocator (and the kernel) for fresh ones.

use crossbeam_channel::{Receiver, Sender, bounded, unbounded};
use std::ops::Deref;
use syncscope_program::event::Event;

pub type Batch = Vec<Event>;

/// Events per batch at most.
pub(crate) const BATCH: usize = 64;
/// Emptied batches kept for reuse; more are simply dropped.
const SPARES: usize = 64;

/// The engine's end: send batches, take spare buffers.
#[derive(Clone)]
pub struct EventSink {
    tx: Sender<Batch>,
    spares: Receiver<Batch>,
}

/// The consumer's end: receive batches (it derefs to the receiver), give them back emptied.
pub struct EventSource {
    rx: Receiver<Batch>,
    spares: Sender<Batch>,
}

pub fn channel() -> (EventSink, EventSource) {
    let (tx, rx) = unbounded();
    let (spare_tx, spare_rx) = bounded(SPARES);
    (
        EventSink {
            tx,
            spares: spare_rx,
        },
        EventSource {
            rx,
            spares: spare_tx,
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
}

impl EventSource {
    /// Hands a processed batch back for reuse.
    pub fn recycle(&self, mut batch: Batch) {
        batch.clear();
        let _ = self.spares.try_send(batch);
    }
}

impl Deref for EventSource {
    type Target = Receiver<Batch>;

    fn deref(&self) -> &Receiver<Batch> {
        &self.rx
    }
}

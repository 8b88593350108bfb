use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// Go's `results = append(results, x)` acted out step by step on atomics: read the length,
/// (hold the window open), store the slot, store length + 1. No compare-and-swap, so two real
/// threads that read the same length really overwrite each other, with no undefined behaviour.
pub struct RacySlice {
    /// 0 is an empty slot; values are 1-based ids.
    slots: Vec<AtomicU32>,
    len: AtomicUsize,
}

impl RacySlice {
    pub fn with_capacity(capacity: usize) -> RacySlice {
        RacySlice {
            slots: (0..capacity).map(|_| AtomicU32::new(0)).collect(),
            len: AtomicUsize::new(0),
        }
    }

    /// The first half of `append`: where this append will write.
    pub fn begin_append(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    /// The second half: store at the slot read earlier. Returns the id that was overwritten,
    /// if a racing append had already filled that slot.
    pub fn finish_append(&self, slot: usize, id: u32) -> Option<u32> {
        let old = self.slots.get(slot)?.swap(id, Ordering::SeqCst);
        self.len.store(slot + 1, Ordering::SeqCst);
        (old != 0).then_some(old)
    }

    pub fn len(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// What a reader sees: the first `len` slots.
    pub fn snapshot(&self) -> Vec<u32> {
        let len = self.len().min(self.slots.len());
        self.slots[..len]
            .iter()
            .map(|s| s.load(Ordering::SeqCst))
            .collect()
    }
}

use std::sync::atomic::{AtomicUsize, Ordering};

/// Go's `s = append(s, x)` on a shared slice, acted out step by step: read the length, (hold
/// the window open), store the slot, store length + 1. Nothing makes the three one step, so
/// two real threads that read the same length really overwrite each other.
pub struct RacySlice<T> {
    slots: std::sync::Mutex<Vec<Option<T>>>,
    len: AtomicUsize,
}

impl<T: Clone> RacySlice<T> {
    pub(crate) fn new(initial: Vec<T>) -> RacySlice<T> {
        RacySlice {
            len: AtomicUsize::new(initial.len()),
            slots: std::sync::Mutex::new(initial.into_iter().map(Some).collect()),
        }
    }

    fn slots(&self) -> std::sync::MutexGuard<'_, Vec<Option<T>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The first half of `append`: where this append will write.
    pub(crate) fn begin_append(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    /// The second half: store at the slot read earlier. Returns what was there, if a racing
    /// append had already filled that slot.
    pub(crate) fn finish_append(&self, slot: usize, value: T) -> Option<T> {
        let mut slots = self.slots();
        if slots.len() <= slot {
            slots.resize(slot + 1, None);
        }
        let old = slots[slot].replace(value);
        self.len.store(slot + 1, Ordering::SeqCst);
        old
    }

    /// The whole slice assigned at once (`s = t`, and its initial value).
    pub(crate) fn replace(&self, items: Vec<T>) {
        let mut slots = self.slots();
        self.len.store(items.len(), Ordering::SeqCst);
        *slots = items.into_iter().map(Some).collect();
    }

    pub(crate) fn len(&self) -> usize {
        self.len.load(Ordering::SeqCst)
    }

    /// What a reader sees: the first `len` slots.
    pub(crate) fn snapshot(&self) -> Vec<T> {
        let len = self.len();
        self.slots().iter().take(len).flatten().cloned().collect()
    }

    /// Element `i` set (`s[i] = v`), if the slice has it.
    pub(crate) fn set(&self, i: usize, value: T) -> bool {
        if i >= self.len() {
            return false;
        }
        match self.slots().get_mut(i) {
            Some(slot) => {
                *slot = Some(value);
                true
            }
            None => false,
        }
    }

    pub(crate) fn get(&self, i: usize) -> Option<T> {
        (i < self.len()).then(|| self.slots().get(i).cloned().flatten())?
    }
}

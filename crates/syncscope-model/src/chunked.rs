//! An append-only vector kept in shared chunks, for the model's histories (a lane's segments,
//! a processor's slices, hand-offs) as the event store keeps its bytes: a clone of the model
//! (a checkpoint, a time-travel view) shares their past and copies at most each one's last
//! chunk, and only when either side writes to it.

use std::sync::Arc;

/// What a chunk holds, in bytes: a checkpoint copies at most this much of each history.
const CHUNK_BYTES: usize = 64 << 10;

/// The items in order (and backwards).
pub type Iter<'a, T> = std::iter::FlatMap<
    std::slice::Iter<'a, Arc<Vec<T>>>,
    std::slice::Iter<'a, T>,
    fn(&'a Arc<Vec<T>>) -> std::slice::Iter<'a, T>,
>;

#[derive(Clone)]
pub struct ChunkedVec<T> {
    /// Every chunk but the last holds exactly `Self::PER_CHUNK` items.
    chunks: Vec<Arc<Vec<T>>>,
    len: usize,
}

impl<T> Default for ChunkedVec<T> {
    fn default() -> ChunkedVec<T> {
        ChunkedVec {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T> ChunkedVec<T> {
    /// Items a chunk holds; at least one, whatever their size.
    const PER_CHUNK: usize = {
        let size = std::mem::size_of::<T>();
        if size == 0 || size >= CHUNK_BYTES {
            1
        } else {
            CHUNK_BYTES / size
        }
    };

    pub fn new() -> ChunkedVec<T> {
        ChunkedVec::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.chunks
            .get(i / Self::PER_CHUNK)
            .and_then(|c| c.get(i % Self::PER_CHUNK))
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        self.chunks.last().and_then(|c| c.last())
    }

    pub fn iter<'a>(&'a self) -> Iter<'a, T> {
        let items: fn(&'a Arc<Vec<T>>) -> std::slice::Iter<'a, T> = |c| c.iter();
        self.chunks.iter().flat_map(items)
    }

    /// The items from the `i`th on, found without walking those before.
    pub fn iter_from<'a>(&'a self, i: usize) -> std::iter::Skip<Iter<'a, T>> {
        let items: fn(&'a Arc<Vec<T>>) -> std::slice::Iter<'a, T> = |c| c.iter();
        let chunk = (i / Self::PER_CHUNK).min(self.chunks.len());
        let skip = i - chunk * Self::PER_CHUNK;
        self.chunks[chunk..].iter().flat_map(items).skip(skip)
    }

    /// The index of the first item for which `pred` is false, the items being those it holds
    /// for and then those it does not (a history in time order): a binary search.
    pub fn partition_point(&self, mut pred: impl FnMut(&T) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.get(mid) {
                Some(item) if pred(item) => lo = mid + 1,
                _ => hi = mid,
            }
        }
        lo
    }

    /// The bytes the items take, shared or not (the length, not the room reserved).
    pub fn bytes(&self) -> usize {
        self.len * std::mem::size_of::<T>()
    }

    /// The bytes a clone costs once either side writes on: its last chunk, copied.
    pub fn tail_bytes(&self) -> usize {
        self.chunks
            .last()
            .map_or(0, |c| std::mem::size_of_val(c.as_slice()))
    }
}

impl<T: Clone> ChunkedVec<T> {
    pub fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < Self::PER_CHUNK => Arc::make_mut(last).push(item),
            // The last chunk, if any, is full: it is never written again, so stays shared.
            _ => self.chunks.push(Arc::new(vec![item])),
        }
        self.len += 1;
    }

    /// The last item, to change it: its chunk is copied first if a clone shares it.
    pub fn last_mut(&mut self) -> Option<&mut T> {
        self.chunks
            .last_mut()
            .and_then(|c| Arc::make_mut(c).last_mut())
    }

    /// Item `i`, to change it: its chunk is copied first if a clone shares it.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        self.chunks
            .get_mut(i / Self::PER_CHUNK)
            .and_then(|c| Arc::make_mut(c).get_mut(i % Self::PER_CHUNK))
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for ChunkedVec<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq> PartialEq for ChunkedVec<T> {
    fn eq(&self, other: &ChunkedVec<T>) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl<T> std::ops::Index<usize> for ChunkedVec<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        match self.get(i) {
            Some(item) => item,
            None => panic!("index {i} out of {} items", self.len),
        }
    }
}

impl<'a, T> IntoIterator for &'a ChunkedVec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T: Clone> FromIterator<T> for ChunkedVec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> ChunkedVec<T> {
        let mut v = ChunkedVec::new();
        for item in items {
            v.push(item);
        }
        v
    }
}

#[cfg(test)]
mod tests;

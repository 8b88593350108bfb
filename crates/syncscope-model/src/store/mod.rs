//! A run's events, kept for time travel, traces and pictures in a few bytes each rather than
//! as `Event` values (72 bytes and a heap string or two): a long run's history costs what its
//! information is, and a mark every `MARK_EVERY` events lets a reader start anywhere.

mod codec;

use std::sync::Arc;
use syncscope_program::event::{Event, EventKind};

/// A mark every this many events: reading event `i` decodes at most this many.
const MARK_EVERY: usize = 1024;

/// The bytes go in chunks of this size (or one event's, if larger), so the store never moves
/// what it holds to grow: one growing vector would need twice its size while it doubles.
/// Chunks are shared: a clone of the store (a model kept for time travel) copies at most the
/// last one, and only when either side writes to it.
const CHUNK: usize = 1 << 20;

/// Where event `k * MARK_EVERY` starts, and what the deltas before it added up to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Mark {
    chunk: usize,
    offset: usize,
    /// The time and sequence number of the event before it.
    ns: u64,
    seq: u64,
    /// Its own time.
    first_ns: u64,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventStore {
    run: u32,
    chunks: Vec<Arc<Vec<u8>>>,
    /// One event's bytes on their way into a chunk.
    scratch: Vec<u8>,
    /// Kinds too rare to encode (a run's start and end, cancels...), as they are.
    rare: Vec<EventKind>,
    marks: Vec<Mark>,
    len: usize,
    /// The last event's time, and the sequence number expected next.
    last_ns: u64,
    next_seq: u64,
}

impl EventStore {
    pub fn new(run: u32) -> EventStore {
        EventStore {
            run,
            ..EventStore::default()
        }
    }

    pub fn push(&mut self, event: &Event) {
        let (ns, seq) = (self.last_ns, self.next_seq);
        // Sequence numbers count on from the event before: a zero byte, unless a stream
        // skipped some.
        let skipped = event.seq.wrapping_sub(seq);
        self.scratch.clear();
        codec::encode(event, ns, skipped, &mut self.scratch, &mut self.rare);
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.len() + self.scratch.len() <= CHUNK);
        if !fits {
            self.chunks
                .push(Arc::new(Vec::with_capacity(CHUNK.max(self.scratch.len()))));
        }
        let chunk = self.chunks.len() - 1;
        let bytes = Arc::make_mut(&mut self.chunks[chunk]);
        if self.len.is_multiple_of(MARK_EVERY) {
            self.marks.push(Mark {
                chunk,
                offset: bytes.len(),
                ns,
                seq,
                first_ns: event.at_ns,
            });
        }
        bytes.extend_from_slice(&self.scratch);
        self.len += 1;
        self.last_ns = event.at_ns;
        self.next_seq = event.seq.wrapping_add(1);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes the events take, rare kinds counted at their in-memory size.
    pub fn bytes(&self) -> usize {
        let bytes: usize = self.chunks.iter().map(|c| c.len()).sum();
        bytes + self.rare.len() * std::mem::size_of::<EventKind>()
    }

    /// What a clone holds of its own once either side pushes on: the last chunk (copied), and
    /// the marks and rare kinds (copied whole, a few bytes per thousand events).
    pub fn tail_bytes(&self) -> usize {
        self.chunks.last().map_or(0, |c| c.len())
            + std::mem::size_of_val(self.marks.as_slice())
            + self.rare.len() * std::mem::size_of::<EventKind>()
    }

    /// The last event's time (0 for none), without decoding it.
    pub fn last_ns(&self) -> u64 {
        self.last_ns
    }

    pub fn last(&self) -> Option<Event> {
        self.get(self.len.checked_sub(1)?)
    }

    /// Event `i`, decoded from the mark before it.
    pub fn get(&self, i: usize) -> Option<Event> {
        self.iter_from(i).next()
    }

    pub fn iter(&self) -> Iter<'_> {
        self.iter_from(0)
    }

    /// The events from the `i`th on.
    pub fn iter_from(&self, i: usize) -> Iter<'_> {
        let Some(mark) = self.marks.get(i / MARK_EVERY).copied() else {
            return Iter {
                store: self,
                chunk: self.chunks.len(),
                offset: 0,
                ns: 0,
                seq: 0,
                index: self.len,
            };
        };
        let mut iter = Iter {
            store: self,
            chunk: mark.chunk,
            offset: mark.offset,
            ns: mark.ns,
            seq: mark.seq,
            index: i - i % MARK_EVERY,
        };
        while iter.index < i && iter.next().is_some() {}
        iter
    }

    /// The events newest first: one mark's stretch decoded at a time, for views that show
    /// the latest few.
    pub fn iter_rev(&self) -> impl Iterator<Item = Event> + '_ {
        let blocks = self.len.div_ceil(MARK_EVERY);
        (0..blocks).rev().flat_map(move |b| {
            let block: Vec<Event> = self.iter_from(b * MARK_EVERY).take(MARK_EVERY).collect();
            block.into_iter().rev()
        })
    }

    /// The last event before the `end`th that `pred` holds for, by its index: read back one
    /// mark's stretch at a time.
    pub fn rposition_before(&self, end: usize, pred: impl Fn(&Event) -> bool) -> Option<usize> {
        let mut end = end.min(self.len);
        while end > 0 {
            let start = (end - 1) / MARK_EVERY * MARK_EVERY;
            let found = self
                .iter_from(start)
                .take(end - start)
                .enumerate()
                .filter(|(_, e)| pred(e))
                .last();
            if let Some((i, _)) = found {
                return Some(start + i);
            }
            end = start;
        }
        None
    }

    /// How many events happened at or before `at_ns` (events come in time order).
    pub fn count_until(&self, at_ns: u64) -> usize {
        // From the last mark whose event is not after `at_ns`, one event at a time.
        let marks = self.marks.partition_point(|m| m.first_ns <= at_ns);
        let from = marks.saturating_sub(1) * MARK_EVERY;
        from + self
            .iter_from(from)
            .take_while(|e| e.at_ns <= at_ns)
            .count()
    }
}

pub struct Iter<'a> {
    store: &'a EventStore,
    chunk: usize,
    offset: usize,
    ns: u64,
    seq: u64,
    index: usize,
}

impl Iterator for Iter<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        if self.index >= self.store.len {
            return None;
        }
        let s = self.store;
        if s.chunks.get(self.chunk)?.len() == self.offset {
            self.chunk += 1;
            self.offset = 0;
        }
        let bytes = s.chunks.get(self.chunk)?;
        let (skipped, at_ns, who, kind) = codec::decode(bytes, &mut self.offset, self.ns, &s.rare)?;
        let seq = self.seq.wrapping_add(skipped);
        self.ns = at_ns;
        self.seq = seq + 1;
        self.index += 1;
        Some(Event {
            run: s.run,
            seq,
            at_ns,
            who,
            kind,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.store.len - self.index;
        (left, Some(left))
    }
}

impl<'a> IntoIterator for &'a EventStore {
    type Item = Event;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

#[cfg(test)]
mod tests;

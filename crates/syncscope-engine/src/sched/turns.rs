//! Where each goroutine's thread waits for its turn: a condition variable per goroutine
//! number, made a chunk at a time as the numbers are reached, since a run may start a million
//! goroutines and most start a few.

use std::sync::{Condvar, OnceLock};

const CHUNK: usize = 1024;

pub(super) struct Turns {
    goroutines: usize,
    chunks: Box<[OnceLock<Box<[Condvar]>>]>,
}

impl Turns {
    /// Room for goroutine numbers `0..goroutines`.
    pub(super) fn new(goroutines: usize) -> Turns {
        let goroutines = goroutines.max(1);
        Turns {
            goroutines,
            chunks: (0..goroutines.div_ceil(CHUNK))
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// How many goroutine numbers the run has room for.
    pub(super) fn len(&self) -> usize {
        self.goroutines
    }

    /// Goroutine `index`'s, none past the run's numbers.
    pub(super) fn get(&self, index: usize) -> Option<&Condvar> {
        if index >= self.goroutines {
            return None;
        }
        let chunk =
            self.chunks[index / CHUNK].get_or_init(|| (0..CHUNK).map(|_| Condvar::new()).collect());
        chunk.get(index % CHUNK)
    }

    /// Those made so far: every thread that ever waited made its own.
    pub(super) fn made(&self) -> impl Iterator<Item = &Condvar> {
        self.chunks
            .iter()
            .filter_map(OnceLock::get)
            .flat_map(|chunk| chunk.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_is_made_when_one_of_its_numbers_is_reached() {
        let turns = Turns::new(3 * CHUNK + 5);
        assert_eq!(turns.made().count(), 0);
        assert!(turns.get(2 * CHUNK + 7).is_some());
        assert_eq!(turns.made().count(), CHUNK);
        assert!(turns.get(3 * CHUNK + 4).is_some());
        assert!(turns.get(3 * CHUNK + 5).is_none(), "past the run's numbers");
        assert_eq!(turns.made().count(), 2 * CHUNK);
    }
}

//! What each full block of hand-offs comes to: the time it spans and whose lanes it marks, so
//! a view showing a long run whole marks a block inside one column once, not item by item.

use crate::ChunkedVec;
use syncscope_program::event::Gid;

/// Hand-offs in a block.
pub const BLOCK: usize = 256;

/// The most lanes a block names; one that marks more is walked item by item.
const MOST: usize = 4;

/// A full block of hand-offs: their earliest and latest times and the lanes they go to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkBlock {
    pub first_ns: u64,
    pub last_ns: u64,
    targets: [Gid; MOST],
    /// How many of `targets` are used; `None` for a block marking more lanes than that.
    count: Option<u8>,
}

impl MarkBlock {
    /// The lanes the block's hand-offs go to, each once; `None` if too many to keep.
    pub fn targets(&self) -> Option<&[Gid]> {
        self.count.map(|n| &self.targets[..usize::from(n)])
    }

    fn of(items: impl Iterator<Item = (Gid, u64)>) -> MarkBlock {
        let mut block = MarkBlock {
            first_ns: u64::MAX,
            last_ns: 0,
            targets: [Gid::MAIN; MOST],
            count: Some(0),
        };
        for (to, at) in items {
            block.first_ns = block.first_ns.min(at);
            block.last_ns = block.last_ns.max(at);
            let Some(n) = block.count else { continue };
            let n = usize::from(n);
            if block.targets[..n].contains(&to) {
                continue;
            }
            if n == MOST {
                block.count = None;
            } else {
                block.targets[n] = to;
                block.count = Some(n as u8 + 1);
            }
        }
        block
    }
}

/// Adds the block `items` has just filled, if it has; `key` gives an item's lane and time.
pub(crate) fn on_push<T>(
    items: &ChunkedVec<T>,
    blocks: &mut ChunkedVec<MarkBlock>,
    key: impl Fn(&T) -> (Gid, u64),
) {
    let full = blocks.len() + 1;
    if items.len() != full * BLOCK {
        return;
    }
    let block = items.iter_from((full - 1) * BLOCK).map(key);
    blocks.push(MarkBlock::of(block));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_keeps_its_span_and_its_few_lanes() {
        let items: ChunkedVec<(Gid, u64)> = (0..2 * BLOCK as u64 + 9)
            .map(|i| (Gid((i % 2) as u32 + 1), 100 - (i % 7)))
            .collect();
        let mut blocks = ChunkedVec::new();
        let mut grown = ChunkedVec::new();
        for item in items.iter() {
            grown.push(*item);
            on_push(&grown, &mut blocks, |x: &(Gid, u64)| *x);
        }
        assert_eq!(blocks.len(), 2);
        let first = blocks.get(0).copied().expect("a block");
        assert_eq!((first.first_ns, first.last_ns), (94, 100));
        assert_eq!(first.targets(), Some(&[Gid(1), Gid(2)][..]));
        let many: Vec<(Gid, u64)> = (0..9).map(|i| (Gid(i), 5)).collect();
        assert_eq!(MarkBlock::of(many.into_iter()).targets(), None);
    }
}

//! Hand-offs marked on the lanes: a long run has millions, so a full block of them that falls
//! in one column is marked from its summary (the lanes it goes to), not item by item.

use crate::event::Gid;
use crate::model::{ChunkedVec, MARK_BLOCK, MarkBlock};

/// Calls `put` with each item's lane and time, or once per lane for a block whose span
/// `one_column` says lies in one column (at the block's first time, in that column too).
pub(super) fn each_mark<T>(
    (items, blocks): (&ChunkedVec<T>, &ChunkedVec<MarkBlock>),
    key: impl Fn(&T) -> (Gid, u64),
    one_column: impl Fn(u64, u64) -> bool,
    mut put: impl FnMut(Gid, u64),
) {
    let mut i = 0;
    while i < items.len() {
        if i.is_multiple_of(MARK_BLOCK)
            && let Some(block) = blocks.get(i / MARK_BLOCK)
            && let Some(targets) = block.targets()
            && one_column(block.first_ns, block.last_ns)
        {
            for &to in targets {
                put(to, block.first_ns);
            }
            i += MARK_BLOCK;
            continue;
        }
        for item in items.iter_from(i).take(MARK_BLOCK - i % MARK_BLOCK) {
            let (to, at) = key(item);
            put(to, at);
        }
        i += MARK_BLOCK - i % MARK_BLOCK;
    }
}

//! Parked fibers packed off their pages, as Go keeps a parked goroutine in a stack of a few
//! kilobytes: a run of many goroutines keeps each parked one's live frames compressed on
//! the heap, and its stack's pages go back to the system until it is resumed.
//!
//! A parked daisy-chain goroutine has some 6 KB of frames on two or three touched pages;
//! packed, about 1.8 KB. Packing costs a compression, an `madvise` and, on resuming, the
//! page faults and a decompression: microseconds, paid only past `PACK_PAST` fibers, where
//! a program's goroutines would otherwise cost more memory than its values.

use super::stacks::{Place, SIZE};
use std::collections::HashMap;

/// Fibers a machine holds before those that park are packed.
pub(super) const PACK_PAST: usize = 2048;
/// How far below a parking fiber's last frame (`park`'s) the switch away from it may still
/// write: its own frame and the registers it saves, a few hundred bytes.
const BELOW_PARK: usize = 256;

/// A parked fiber's live frames, compressed, and where they go back to.
pub(super) struct Packed {
    low: usize,
    lz4: Box<[u8]>,
}

/// A machine's packing: its buffers, and the frames every fiber is compressed against.
///
/// Goroutines parked at the same place have the same frames but for the values in them
/// and the addresses of their own stack, so the first fiber packed with frames of a
/// length is kept, raw, as the dictionary for the rest of that length (the same place,
/// most likely); and every word that points into its own stack is swapped with one at the
/// same offset in `ELSEWHERE`, so that those addresses read alike too.
#[derive(Default)]
pub(super) struct Packer {
    raw: Vec<u8>,
    out: Vec<u8>,
    references: HashMap<usize, Box<[u8]>>,
}

/// Dictionaries a machine keeps, for as many places goroutines park at.
const REFERENCES: usize = 64;

/// Where a stack's own addresses go while it is packed: low memory no stack is mapped at.
/// The swap is its own inverse, so any word there comes back as it was.
const ELSEWHERE: usize = 0x1_0000;

impl Packer {
    /// Packs the frames of a fiber parked on `stack`, whose `park` frame was at `sp`, and
    /// gives the stack's pages back; none if `sp` is not on the stack (it parked in a
    /// segment, see `stack::grow`), where it stays as it is. Only what is packed is
    /// allocated: a buffer of the most it could take, shrunk, would leave a hole behind.
    ///
    /// # Safety
    /// The fiber is suspended and nothing touches its stack until `unpack`.
    pub(super) unsafe fn pack(&mut self, stack: Place, sp: usize) -> Option<Packed> {
        let range = stack.range();
        if !range.contains(&sp) {
            return None;
        }
        let low = sp.saturating_sub(BELOW_PARK).max(stack.lowest()) & !15;
        // SAFETY: `low..range.end` is mapped and read-write, and nothing writes it
        // meanwhile (the caller's promise).
        let live = unsafe { std::slice::from_raw_parts(low as *const u8, range.end - low) };
        self.raw.clear();
        self.raw.extend_from_slice(live);
        swap_own_addresses(&mut self.raw, range.start);
        if self.references.len() < REFERENCES && !self.references.contains_key(&live.len()) {
            let raw = self.raw.clone().into_boxed_slice();
            self.references.insert(live.len(), raw);
        }
        let reference = self.references.get(&live.len()).map_or(&[][..], |r| &r[..]);
        self.out
            .resize(lz4_flex::block::get_maximum_output_size(live.len()), 0);
        let n =
            lz4_flex::block::compress_into_with_dict(&self.raw, &mut self.out, reference).ok()?;
        let lz4 = Box::from(&self.out[..n]);
        stack.release_pages();
        Some(Packed { low, lz4 })
    }

    /// Puts a packed fiber's frames back where they were, and arms its canary again.
    ///
    /// # Safety
    /// `packed` came from `pack` of this same stack by this packer, untouched since.
    pub(super) unsafe fn unpack(&self, stack: Place, packed: Packed) {
        let range = stack.range();
        // SAFETY: `low..end` is the stack's own, mapped read-write; its fiber is suspended.
        let live = unsafe {
            std::slice::from_raw_parts_mut(packed.low as *mut u8, range.end - packed.low)
        };
        let reference = self.references.get(&live.len()).map_or(&[][..], |r| &r[..]);
        let unpacked = lz4_flex::block::decompress_into_with_dict(&packed.lz4, live, reference);
        if !matches!(unpacked, Ok(n) if n == live.len()) {
            eprintln!("fatal error: syncscope: a parked goroutine's stack did not unpack whole");
            std::process::abort();
        }
        swap_own_addresses(live, range.start);
        stack.canary().arm();
    }
}

/// Swaps every word that is an address in the stack at `bottom` with the one at the same
/// offset from `ELSEWHERE`, and back.
fn swap_own_addresses(frames: &mut [u8], bottom: usize) {
    let (own, elsewhere) = (bottom as u64, ELSEWHERE as u64);
    let size = SIZE as u64;
    if own < elsewhere + size {
        return;
    }
    for word in frames.chunks_exact_mut(8) {
        let w = u64::from_ne_bytes([
            word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7],
        ]);
        let swapped = if w.wrapping_sub(own) < size {
            w - own + elsewhere
        } else if w.wrapping_sub(elsewhere) < size {
            w - elsewhere + own
        } else {
            continue;
        };
        word.copy_from_slice(&swapped.to_ne_bytes());
    }
}

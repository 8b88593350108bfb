//! Parked fibers packed off their pages, as Go keeps a parked goroutine in a stack of a few
//! kilobytes: a run of many goroutines keeps each parked one's live frames compressed on
//! the heap, and its stack's pages go back to the system until it is resumed.
//!
//! A parked daisy-chain goroutine has some 6 KB of frames on two or three touched pages;
//! packed, about 1.1 KB. What is live is known exactly: from the deepest a suspension
//! writes below `suspend_marked`'s frame, measured once (`below`), to the stack's top.
//! Packing costs a compression, an `madvise` and, on resuming, the
//! page faults and a decompression: microseconds, paid only past `PACK_PAST` fibers, where
//! a program's goroutines would otherwise cost more memory than its values.

use super::stacks::{FiberStack, Place, SIZE};
use corosensei::{Coroutine, CoroutineResult};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Fibers a machine holds before those that park are packed.
pub(super) const PACK_PAST: usize = 2048;
/// Bytes a stack keeps below the deepest a suspension was measured to write, in case a
/// frame's layout moves by an alignment.
const SPARE: usize = 64;
/// Patterns a measuring stack is filled with, in turn: a byte the suspension wrote by
/// chance with the one is caught by the other.
const PATTERNS: [u8; 2] = [0xa5, 0x5a];

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
    raw: Vec<u64>,
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
        let low = sp.saturating_sub(below()?).max(stack.lowest()) & !15;
        let len = range.end - low;
        // SAFETY: `low..range.end` is mapped and read-write, its ends 16-aligned and
        // page-aligned, and nothing writes it meanwhile (the caller's promise).
        let live = unsafe { std::slice::from_raw_parts(low as *const u64, len / 8) };
        self.raw.clear();
        self.raw.extend_from_slice(live);
        swap_own_addresses(&mut self.raw, range.start);
        let raw = bytes(&self.raw);
        if self.references.len() < REFERENCES && !self.references.contains_key(&len) {
            self.references.insert(len, Box::from(raw));
        }
        let reference = self.references.get(&len).map_or(&[][..], |r| &r[..]);
        self.out
            .resize(lz4_flex::block::get_maximum_output_size(len), 0);
        let n = lz4_flex::block::compress_into_with_dict(raw, &mut self.out, reference).ok()?;
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
        let len = range.end - packed.low;
        // SAFETY: `low..end` is the stack's own, mapped read-write, 16- and page-aligned;
        // its fiber is suspended.
        let live = unsafe { std::slice::from_raw_parts_mut(packed.low as *mut u64, len / 8) };
        let reference = self.references.get(&len).map_or(&[][..], |r| &r[..]);
        let unpacked =
            lz4_flex::block::decompress_into_with_dict(&packed.lz4, bytes_mut(live), reference);
        if !matches!(unpacked, Ok(n) if n == len) {
            eprintln!("fatal error: syncscope: a parked goroutine's stack did not unpack whole");
            std::process::abort();
        }
        swap_own_addresses(live, range.start);
        stack.canary().arm();
    }
}

/// How far below `suspend_marked`'s marker the frames of a suspended fiber reach, measured
/// once a process for the code it runs (a debug build's frames are larger than a release
/// build's); none if it could not be measured, and then nothing is packed.
pub(super) fn below() -> Option<usize> {
    static BELOW: OnceLock<Option<usize>> = OnceLock::new();
    *BELOW.get_or_init(|| {
        let reach = PATTERNS.iter().map(|&p| reach(p)).max()??;
        Some(reach + SPARE)
    })
}

/// A fiber on a stack filled with `pattern` suspends through `suspend_marked`: the lowest
/// byte it changed, under the marker.
fn reach(pattern: u8) -> Option<usize> {
    let stack = FiberStack::take()?;
    let place = stack.place();
    let (lowest, top) = (place.lowest(), place.range().end);
    // SAFETY: the stack's usable bytes, mapped read-write; no fiber runs on it yet.
    unsafe { std::ptr::write_bytes(lowest as *mut u8, pattern, top - lowest) };
    let mut fiber = Coroutine::<(), (), (), FiberStack>::with_stack(stack, |yielder, ()| {
        super::suspend_marked(yielder)
    });
    let suspended = matches!(fiber.resume(()), CoroutineResult::Yield(()));
    let marker = super::PARKED_AT.get();
    // SAFETY: as above; the fiber is suspended, so nothing writes it meanwhile.
    let bytes = unsafe { std::slice::from_raw_parts(lowest as *const u8, top - lowest) };
    let written = bytes
        .iter()
        .position(|b| *b != pattern)
        .map(|at| lowest + at);
    let returned = matches!(fiber.resume(()), CoroutineResult::Return(()));
    fiber.into_stack().give_back();
    match (suspended && returned, written) {
        (true, Some(at)) if at <= marker => Some(marker - at),
        _ => None,
    }
}

/// Swaps every word that is an address in the stack at `bottom` with the one at the same
/// offset from `ELSEWHERE`, and back.
fn swap_own_addresses(frames: &mut [u64], bottom: usize) {
    let (own, elsewhere, size) = (bottom as u64, ELSEWHERE as u64, SIZE as u64);
    if own < elsewhere + size {
        return;
    }
    for w in frames {
        if w.wrapping_sub(own) < size {
            *w = *w - own + elsewhere;
        } else if w.wrapping_sub(elsewhere) < size {
            *w = *w - elsewhere + own;
        }
    }
}

fn bytes(words: &[u64]) -> &[u8] {
    // SAFETY: the same memory, read as bytes, which have no alignment or invalid values.
    unsafe { std::slice::from_raw_parts(words.as_ptr().cast(), std::mem::size_of_val(words)) }
}

fn bytes_mut(words: &mut [u64]) -> &mut [u8] {
    // SAFETY: as in `bytes`; any bytes written make valid words.
    unsafe {
        std::slice::from_raw_parts_mut(words.as_mut_ptr().cast(), std::mem::size_of_val(words))
    }
}

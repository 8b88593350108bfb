//! The fibers' stacks, carved from large mappings and kept for reuse.
//!
//! A stack of its own per mapping, with a guard page, would take two of the kernel's memory
//! maps (`vm.max_map_count`, 65,530 by default): 100,000 goroutines could not have theirs.
//! So the stacks of a slab share one mapping and have no guard page between them. What
//! keeps a fiber inside its stack is what keeps a Go goroutine inside its own: the check at
//! every call (`stack::grow`), which goes on in a guarded segment of its own while
//! `RED_ZONE` is still left. A canary at each stack's bottom is looked at whenever its fiber
//! stops; if the code ever went past, the process ends there rather than run on corrupt.

use corosensei::stack::{Stack, StackPointer};
use std::sync::Mutex;

/// A fiber's stack: as a goroutine thread's was, small but for the pages touched, with
/// room above `stack::RED_ZONE` for the frames between two checks.
pub(super) const SIZE: usize = 256 * 1024;
/// Stacks a mapping holds: 16 MiB of address space, taken a slab at a time.
const PER_SLAB: usize = 64;
/// Returned stacks kept as they are; past these, their pages go back to the system.
const WARM: usize = 256;
const CANARY: u64 = 0x5ca1_ab1e_f1be_75ac;

/// The stacks no fiber uses now.
static FREE: Mutex<Vec<FiberStack>> = Mutex::new(Vec::new());

/// One fiber's stack: `SIZE` bytes of a slab, the canary in its lowest word.
pub(super) struct FiberStack {
    bottom: usize,
}

// SAFETY: a stack is plain memory that no other fiber uses while it is held; it moves
// between threads only while no fiber runs on it.
unsafe impl Send for FiberStack {}

impl FiberStack {
    /// A stack from the free list, or from a new slab; none if the system has no memory left.
    pub(super) fn take() -> Option<FiberStack> {
        let mut free = FREE.lock().unwrap_or_else(|e| e.into_inner());
        let stack = match free.pop() {
            Some(stack) => stack,
            None => {
                let mut slab = map_slab()?;
                let first = slab.pop()?;
                free.extend(slab);
                first
            }
        };
        drop(free);
        // SAFETY: the lowest word of a stack this fiber alone holds, mapped read-write.
        unsafe { (stack.bottom as *mut u64).write(CANARY) };
        Some(stack)
    }

    /// The lowest address code may reach before it needs a segment of its own.
    pub(super) fn bottom(&self) -> usize {
        self.bottom + std::mem::size_of::<u64>()
    }

    /// Where its canary is, to be looked at while a fiber holds the stack.
    pub(super) fn canary(&self) -> Canary {
        Canary(self.bottom)
    }

    /// Back to the free list once its fiber has returned.
    pub(super) fn give_back(self) {
        let mut free = FREE.lock().unwrap_or_else(|e| e.into_inner());
        if free.len() >= WARM {
            // SAFETY: the stack's own pages, unused now; they read as zeros if used again.
            unsafe {
                libc::madvise(self.bottom as *mut libc::c_void, SIZE, libc::MADV_DONTNEED);
            }
        }
        free.push(self);
    }
}

/// The canary of a stack a fiber holds.
#[derive(Clone, Copy)]
pub(super) struct Canary(usize);

impl Canary {
    /// Whether the code on the stack has stayed above its bottom.
    pub(super) fn intact(self) -> bool {
        // SAFETY: the lowest word of a stack, mapped read-write for the process's life.
        unsafe { (self.0 as *const u64).read_volatile() == CANARY }
    }
}

/// The stacks of a new slab. Slabs are never unmapped: their stacks go round the free list.
fn map_slab() -> Option<Vec<FiberStack>> {
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing; pages are
    // only reserved as they are touched.
    let base = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            SIZE * PER_SLAB,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANON | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if base == libc::MAP_FAILED {
        return None;
    }
    let base = base as usize;
    Some(
        (0..PER_SLAB)
            .map(|i| FiberStack {
                bottom: base + i * SIZE,
            })
            .collect(),
    )
}

// SAFETY: `base..limit` is `SIZE` bytes mapped read-write, aligned to pages. It has no guard
// page: the interpreter's checks (`stack::grow`) keep its code `RED_ZONE` above the limit,
// as Go's function prologues keep a goroutine inside its stack, and the canary tells if
// they ever failed (see the module's comment).
unsafe impl Stack for FiberStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.bottom + SIZE).unwrap_or(StackPointer::MIN)
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.bottom).unwrap_or(StackPointer::MIN)
    }
}

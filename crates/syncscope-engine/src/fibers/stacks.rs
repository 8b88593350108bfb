//! The fibers' stacks, kept for reuse.
//!
//! A stack with a guard page below it takes two of the kernel's memory maps
//! (`vm.max_map_count`, 65,530 by default), so only the first `GUARDED` stacks have one:
//! every program of fewer goroutines alive at once than that. The stacks past them, for
//! programs of more (a daisy chain of 100,000), are carved from slabs that share one mapping
//! without guard pages. There what keeps a fiber inside its stack is what keeps a Go
//! goroutine inside its own: the check at every call (`stack::grow`), which goes on in a
//! guarded segment while `RED_ZONE` is still left; and Rust's own recursion is kept out of
//! them (a chain of structs is freed in a loop, `Obj`'s `Drop`). A canary at each stack's
//! bottom is looked at whenever its fiber stops: if code ever went past, the process ends
//! there rather than run on corrupt.

use corosensei::stack::{Stack, StackPointer};
use std::sync::Mutex;

/// A fiber's stack: as a goroutine thread's was, small but for the pages touched, with
/// room above `stack::RED_ZONE` for the frames between two checks.
pub(super) const SIZE: usize = 256 * 1024;
/// Stacks made with a guard page of their own: 32,768 memory maps, half the kernel's default.
const GUARDED: usize = 16_384;
/// Stacks a slab holds past those: 16 MiB of address space, taken a slab at a time.
const PER_SLAB: usize = 64;
/// Returned stacks kept as they are; past these, their pages go back to the system.
const WARM: usize = 256;
const CANARY: u64 = 0x5ca1_ab1e_f1be_75ac;

/// The stacks no fiber uses now, and how many with guard pages were made.
static FREE: Mutex<Free> = Mutex::new(Free {
    stacks: Vec::new(),
    guarded: 0,
});

struct Free {
    stacks: Vec<FiberStack>,
    guarded: usize,
}

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
        let stack = match free.stacks.pop() {
            Some(stack) => stack,
            None if free.guarded < GUARDED => {
                let stack = map_guarded()?;
                free.guarded += 1;
                stack
            }
            None => {
                let mut slab = map_slab()?;
                let first = slab.pop()?;
                free.stacks.extend(slab);
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
        if free.stacks.len() >= WARM {
            // SAFETY: the stack's own pages, unused now; they read as zeros if used again.
            unsafe {
                libc::madvise(self.bottom as *mut libc::c_void, SIZE, libc::MADV_DONTNEED);
            }
        }
        free.stacks.push(self);
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

/// A stack with a guard page below it. Never unmapped: it goes round the free list.
fn map_guarded() -> Option<FiberStack> {
    // SAFETY: sysconf with a valid name has no preconditions.
    let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
        n if n > 0 => n as usize,
        _ => 4096,
    };
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing, whose
    // lowest page is then made the guard.
    unsafe {
        let base = libc::mmap(
            std::ptr::null_mut(),
            page + SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANON | libc::MAP_NORESERVE,
            -1,
            0,
        );
        if base == libc::MAP_FAILED {
            return None;
        }
        if libc::mprotect(base, page, libc::PROT_NONE) != 0 {
            libc::munmap(base, page + SIZE);
            return None;
        }
        Some(FiberStack {
            bottom: base as usize + page,
        })
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

// SAFETY: `limit..base` is `SIZE` bytes mapped read-write, aligned to pages. The first
// `GUARDED` stacks have a guard page below; the rest rely on the interpreter's checks
// (`stack::grow`) keeping code `RED_ZONE` above the limit, as Go's function prologues keep a
// goroutine inside its stack, with the canary to tell if they ever failed (see the module's
// comment): a weaker promise than corosensei asks of a stack, made for programs of more
// goroutines than the kernel has memory maps for guards.
unsafe impl Stack for FiberStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.bottom + SIZE).expect("a mapped stack is not at address 0")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.bottom).expect("a mapped stack is not at address 0")
    }
}

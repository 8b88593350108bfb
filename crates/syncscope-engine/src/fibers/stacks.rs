//! The fibers' stacks, kept for reuse.
//!
//! A stack with a guard page below it takes two of the kernel's memory maps
//! (`vm.max_map_count`, 65,530 by default), so only the first `GUARDED` stacks have one:
//! every program of fewer goroutines alive at once than that. The stacks past them, for
//! programs of more (a daisy chain of 100,000), are carved from slabs that share one mapping
//! without guard pages. There what keeps a fiber inside its stack is what keeps a Go
//! goroutine inside its own: the check at every call (`stack::grow`), which goes on in a
//! guarded segment while `RED_ZONE` is still left; and Rust's own recursion is kept out of
//! them (a chain of structs is freed in a loop, `Obj`'s `Drop`). A canary just below each
//! such stack is looked at whenever its fiber stops: if code ever went past, the process
//! ends there rather than run on corrupt.
//!
//! The canary is the stack's own lowest word, which its code never reaches (`stack::grow`
//! stays far above). Its page costs memory only while the fiber runs or is parked as it
//! is: a parked fiber packed away (`packed`) gives all its pages back, and the canary is
//! armed again when it is unpacked.

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
/// What the bottom of each slab stack keeps for its canary: no code reaches it.
const CANARY_ROOM: usize = 16;
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

/// One fiber's stack, owned: it goes back to the free list when its fiber returns.
pub(super) struct FiberStack(Place);

/// Where a stack is: `SIZE` bytes, above a guard page or starting with its canary. What
/// the machine knows of a fiber's stack while the fiber owns it.
#[derive(Clone, Copy)]
pub(super) struct Place {
    bottom: usize,
    guarded: bool,
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
        stack.0.canary().arm();
        Some(stack)
    }

    pub(super) fn place(&self) -> Place {
        self.0
    }

    /// Back to the free list once its fiber has returned.
    pub(super) fn give_back(self) {
        let mut free = FREE.lock().unwrap_or_else(|e| e.into_inner());
        if free.stacks.len() >= WARM {
            self.0.release_pages();
        }
        free.stacks.push(self);
    }
}

impl Place {
    /// The lowest address code may reach before it needs a segment of its own.
    pub(super) fn lowest(&self) -> usize {
        if self.guarded {
            self.bottom
        } else {
            self.bottom + CANARY_ROOM
        }
    }

    /// The stack's extent, lowest address first: its fiber's frames are at the top end.
    pub(super) fn range(&self) -> std::ops::Range<usize> {
        self.bottom..self.bottom + SIZE
    }

    /// Where its canary is, to be looked at while a fiber holds the stack: none for a stack
    /// with a guard page, where an overrun faults.
    pub(super) fn canary(&self) -> Canary {
        Canary((!self.guarded).then_some(self.bottom))
    }

    /// Its pages back to the system; they read as zeros when touched again.
    pub(super) fn release_pages(self) {
        // SAFETY: the stack's own pages, which no code uses while this is called: its fiber
        // has returned or is parked and packed away.
        unsafe {
            libc::madvise(self.bottom as *mut libc::c_void, SIZE, libc::MADV_DONTNEED);
        }
    }
}

/// The canary of a stack a fiber holds, if it has one.
#[derive(Clone, Copy)]
pub(super) struct Canary(Option<usize>);

impl Canary {
    pub(super) fn arm(self) {
        if let Some(at) = self.0 {
            // SAFETY: the lowest word of a slab stack, in its `CANARY_ROOM`, which no code
            // uses and only this stack's canary writes.
            unsafe { (at as *mut u64).write(CANARY) };
        }
    }

    /// Whether the code on the stack has stayed above its bottom.
    pub(super) fn intact(self) -> bool {
        // SAFETY: a word in `CANARY_ROOM` of a slab, mapped read-write for the process's life.
        self.0
            .is_none_or(|at| unsafe { (at as *const u64).read_volatile() } == CANARY)
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf with a valid name has no preconditions.
    match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
        n if n > 0 => n as usize,
        _ => 4096,
    }
}

/// A stack with a guard page below it. Never unmapped: it goes round the free list.
fn map_guarded() -> Option<FiberStack> {
    let page = page_size();
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
        Some(FiberStack(Place {
            bottom: base as usize + page,
            guarded: true,
        }))
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
    let first = base as usize;
    Some(
        (0..PER_SLAB)
            .map(|i| {
                FiberStack(Place {
                    bottom: first + i * SIZE,
                    guarded: false,
                })
            })
            .collect(),
    )
}

// SAFETY: `limit..base` is mapped read-write, its ends aligned to 16 bytes. The first
// `GUARDED` stacks have a guard page below; the rest rely on the interpreter's checks
// (`stack::grow`) keeping code `RED_ZONE` above the limit, as Go's function prologues keep a
// goroutine inside its stack, with the canary to tell if they ever failed (see the module's
// comment): a weaker promise than corosensei asks of a stack, made for programs of more
// goroutines than the kernel has memory maps for guards.
unsafe impl Stack for FiberStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.0.range().end).expect("a mapped stack is not at address 0")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.0.lowest()).expect("a mapped stack is not at address 0")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slab_stacks_canary_is_below_what_its_code_may_use_and_tells_an_overrun() {
        let slab = map_slab().expect("a slab maps");
        let stack = slab[1].place();
        let canary = stack.canary();
        canary.arm();
        assert!(canary.intact());
        let at = canary.0.expect("a slab stack has a canary");
        assert!(stack.range().start <= at && at + 8 <= slab[1].limit().get());
        // SAFETY: the lowest word of `stack`, mapped read-write: what an overrun reaches.
        unsafe { (at as *mut u64).write(0) };
        assert!(!canary.intact());
    }

    #[test]
    fn a_guarded_stack_needs_no_canary() {
        let stack = map_guarded().expect("a stack maps").place();
        assert!(stack.canary().intact());
        assert!(stack.canary().0.is_none());
    }
}

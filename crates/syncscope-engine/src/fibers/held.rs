//! The fibers a machine holds, started and not yet returned, and how it runs one.

use super::packed::{PACK_PAST, Packed, Packer};
use super::stacks::{FiberStack, Place};
use super::{CURRENT, Job, PARKED_AT, PARKED_BLOCKED, locals};
use corosensei::{Coroutine, CoroutineResult};
use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use syncscope_program::event::Gid;

type Fiber = Coroutine<(), (), (), FiberStack>;

#[derive(Default)]
pub(super) struct Held {
    fibers: HashMap<Gid, (Fiber, Place)>,
    /// The parked ones packed away, by goroutine.
    packed: HashMap<Gid, Packed>,
    packer: Packer,
}

impl Held {
    /// Goroutine `g`'s fiber, on a stack of its own, ready for its first `run`.
    pub(super) fn start(&mut self, g: Gid, job: Job) {
        let Some(stack) = FiberStack::take() else {
            eprintln!("fatal error: runtime: cannot allocate memory for a goroutine stack");
            std::process::abort();
        };
        let place = stack.place();
        let lowest = place.lowest();
        let fiber = Fiber::with_stack(stack, move |yielder, ()| {
            CURRENT.set(yielder);
            locals::begin(lowest);
            job();
        });
        self.fibers.insert(g, (fiber, place));
    }

    #[cfg(test)]
    pub(super) fn packed(&self) -> usize {
        self.packed.len()
    }

    /// Runs `g`'s fiber until it parks or returns: true if it returned (or was not held).
    pub(super) fn run(&mut self, g: Gid) -> bool {
        let many = self.fibers.len() > PACK_PAST;
        let Some((fiber, place)) = self.fibers.get_mut(&g) else {
            return true;
        };
        if let Some(packed) = self.packed.remove(&g) {
            // SAFETY: packed from this fiber's stack when it parked; it has not run since.
            unsafe { self.packer.unpack(*place, packed) };
        }
        let result = panic::catch_unwind(AssertUnwindSafe(|| fiber.resume(())));
        CURRENT.set(std::ptr::null());
        if !place.canary().intact() {
            eprintln!("fatal error: syncscope: goroutine {g} overran its stack");
            std::process::abort();
        }
        if matches!(result, Ok(CoroutineResult::Yield(()))) {
            if many && PARKED_BLOCKED.get() {
                // SAFETY: the fiber is suspended in `park`, and only `run` resumes it,
                // unpacking it first.
                if let Some(packed) = unsafe { self.packer.pack(*place, PARKED_AT.get()) } {
                    self.packed.insert(g, packed);
                }
            }
            return false;
        }
        if let Some((fiber, _)) = self.fibers.remove(&g) {
            // A fiber that panicked has unwound; one that returned has nothing left on it.
            if fiber.done() {
                fiber.into_stack().give_back();
            }
        }
        true
    }
}

impl Drop for Held {
    /// A fiber dropped before it returned is unwound on its stack: its frames go back first.
    fn drop(&mut self) {
        for (g, packed) in self.packed.drain() {
            if let Some((_, place)) = self.fibers.get(&g) {
                // SAFETY: as in `run`.
                unsafe { self.packer.unpack(*place, packed) };
            }
        }
    }
}

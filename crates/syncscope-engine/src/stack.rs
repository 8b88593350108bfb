//! Goroutine stacks that grow in segments, as Go's stacks grow: when a call, block or
//! expression finds little stack left it goes on in a new segment, so a goroutine's fiber
//! starts small and deep recursion still has room.
//!
//! A segment the code has returned from is kept for the thread's next crossing. A recursion
//! that goes back and forth over a segment's edge (fib's calls do, thousands of times) would
//! otherwise map, guard and unmap a fresh one each time: 16,000 times in fib(30).

/// Stack left below which the code goes on in a new segment: more than any stretch of the
/// interpreter between two checks uses.
const RED_ZONE: usize = 64 * 1024;
/// A segment's size; only the pages touched take memory.
const SEGMENT: usize = 1024 * 1024;

/// Runs `f` where there is at least `RED_ZONE` of stack, in a new segment if need be.
#[inline(always)]
pub(crate) fn grow<R>(f: impl FnOnce() -> R) -> R {
    segments::grow(f)
}

/// The lowest address the running code may reach before it goes on in a segment: a
/// fiber's own, saved when it parks (see `fibers`); 0 for the thread's stack.
pub(crate) fn limit() -> usize {
    segments::limit()
}

/// The code that runs from now on is on a stack whose lowest usable address is `limit`.
pub(crate) fn set_limit(limit: usize) {
    segments::set_limit(limit);
}

/// Unmaps the segments this thread kept: its run's goroutines returned, and the next run's
/// may never go deep.
pub(crate) fn release_kept() {
    segments::release_kept();
}

psm::psm_stack_manipulation! {
    yes {
        #[cfg(unix)]
        mod segments {
            use super::{RED_ZONE, SEGMENT};
            use std::cell::{Cell, RefCell};
            use std::panic::{self, AssertUnwindSafe};

            /// Segments a thread keeps after the code returns from them: one for each of the
            /// two edges a recursion can go back and forth over at once.
            const KEPT: usize = 2;

            thread_local! {
                /// The lowest address the code may reach before it needs a new segment; 0
                /// until the thread first asks.
                static LIMIT: Cell<usize> = const { Cell::new(0) };
                static KEPT_SEGMENTS: RefCell<Vec<Segment>> = const { RefCell::new(Vec::new()) };
            }

            #[inline(always)]
            pub(super) fn grow<R>(f: impl FnOnce() -> R) -> R {
                let marker = 0u8;
                let here = std::hint::black_box(&marker) as *const u8 as usize;
                let limit = match LIMIT.get() {
                    0 => thread_limit(here),
                    limit => limit,
                };
                if here.saturating_sub(limit) >= RED_ZONE {
                    f()
                } else {
                    on_a_segment(f)
                }
            }

            /// The thread's own stack limit, as the operating system made it.
            #[cold]
            fn thread_limit(here: usize) -> usize {
                let limit = match stacker::remaining_stack() {
                    Some(left) => here.saturating_sub(left),
                    // Not known: every check finds the thread's stack short and moves on.
                    None => usize::MAX,
                };
                LIMIT.set(limit);
                limit
            }

            #[cold]
            #[inline(never)]
            fn on_a_segment<R>(f: impl FnOnce() -> R) -> R {
                let Some(segment) = KEPT_SEGMENTS
                    .with_borrow_mut(Vec::pop)
                    .or_else(Segment::map)
                else {
                    // No memory for a segment of our own: stacker's way, which says so.
                    return stacker::grow(SEGMENT, f);
                };
                let outer = LIMIT.replace(segment.bottom as usize);
                // SAFETY: `bottom..bottom + SEGMENT` is mapped read-write, page-aligned, with a
                // guard page below it, and nothing else uses it while `f` runs; the callback
                // does not unwind, as its panic is caught and carried out.
                let result = unsafe {
                    psm::on_stack(segment.bottom, SEGMENT, move || {
                        panic::catch_unwind(AssertUnwindSafe(f))
                    })
                };
                LIMIT.set(outer);
                KEPT_SEGMENTS.with_borrow_mut(|kept| {
                    if kept.len() < KEPT {
                        kept.push(segment);
                    }
                });
                result.unwrap_or_else(|p| panic::resume_unwind(p))
            }

            pub(super) fn limit() -> usize {
                LIMIT.get()
            }

            pub(super) fn set_limit(limit: usize) {
                LIMIT.set(limit);
            }

            pub(super) fn release_kept() {
                let kept = KEPT_SEGMENTS.with_borrow_mut(std::mem::take);
                drop(kept);
            }

            /// A mapped segment: a guard page, then `SEGMENT` bytes of stack above it.
            struct Segment {
                mapping: *mut libc::c_void,
                bottom: *mut u8,
            }

            fn page() -> usize {
                // SAFETY: sysconf with a valid name has no preconditions.
                match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
                    n if n > 0 => n as usize,
                    _ => 4096,
                }
            }

            impl Segment {
                fn map() -> Option<Segment> {
                    let guard = page();
                    // SAFETY: an anonymous private mapping at an address of the kernel's
                    // choosing; the guard page is inside it.
                    unsafe {
                        let mapping = libc::mmap(
                            std::ptr::null_mut(),
                            guard + SEGMENT,
                            libc::PROT_READ | libc::PROT_WRITE,
                            libc::MAP_PRIVATE | libc::MAP_ANON,
                            -1,
                            0,
                        );
                        if mapping == libc::MAP_FAILED {
                            return None;
                        }
                        let segment = Segment {
                            mapping,
                            bottom: mapping.cast::<u8>().add(guard),
                        };
                        (libc::mprotect(mapping, guard, libc::PROT_NONE) == 0).then_some(segment)
                    }
                }
            }

            impl Drop for Segment {
                fn drop(&mut self) {
                    // SAFETY: the mapping made in `map`, no longer in use as a stack.
                    unsafe {
                        libc::munmap(self.mapping, page() + SEGMENT);
                    }
                }
            }
        }

        #[cfg(not(unix))]
        mod segments {
            pub(super) fn grow<R>(f: impl FnOnce() -> R) -> R {
                stacker::maybe_grow(super::RED_ZONE, super::SEGMENT, f)
            }

            pub(super) fn release_kept() {}

            pub(super) fn limit() -> usize {
                0
            }

            pub(super) fn set_limit(_: usize) {}
        }
    }

    no {
        mod segments {
            pub(super) fn grow<R>(f: impl FnOnce() -> R) -> R {
                stacker::maybe_grow(super::RED_ZONE, super::SEGMENT, f)
            }

            pub(super) fn release_kept() {}

            pub(super) fn limit() -> usize {
                0
            }

            pub(super) fn set_limit(_: usize) {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(n: u32) -> u32 {
        // A frame that takes room, so the recursion crosses segment edges.
        let pad = std::hint::black_box([n as u8; 2048]);
        if n == 0 {
            return u32::from(pad[0]);
        }
        grow(|| depth(n - 1)) + 1
    }

    #[test]
    fn recursion_deeper_than_the_thread_stack_goes_on_in_segments() {
        let deep = std::thread::Builder::new()
            .stack_size(128 * 1024)
            .spawn(|| {
                let first = depth(5_000);
                let again = depth(5_000);
                release_kept();
                (first, again)
            })
            .expect("thread")
            .join()
            .expect("no overflow");
        assert_eq!(deep, (5_000, 5_000));
    }

    #[test]
    fn a_panic_in_a_segment_reaches_the_caller() {
        let caught = std::thread::Builder::new()
            .stack_size(128 * 1024)
            .spawn(|| {
                std::panic::catch_unwind(|| {
                    fn down(n: u32) -> u32 {
                        let pad = std::hint::black_box([1u8; 2048]);
                        if n == 0 {
                            panic!("bottom");
                        }
                        grow(|| down(n - 1)) + u32::from(pad[0])
                    }
                    down(1_000)
                })
                .is_err()
            })
            .expect("thread")
            .join()
            .expect("the panic is caught, not an abort");
        assert!(caught);
        // The thread's limit is back where it was: a shallow call needs no segment.
        assert_eq!(grow(|| 7), 7);
    }
}

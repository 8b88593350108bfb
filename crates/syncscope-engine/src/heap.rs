//! A run's memory budget. Every allocation of the process is counted as it is made and given
//! back as it is freed (a counting global allocator: strings, backing arrays, maps, structs
//! and channel buffers are all Rust allocations), and a run may hold at most its budget
//! beyond what the process held when it began. The interpreter asks before each allocation
//! whose size a program decides (`s + s`, `append`, `make`, `strings.Repeat`), so the one
//! that would go past the budget is never attempted: the run ends with Go's fatal error.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicU64, Ordering};

/// What Go's runtime says when the heap cannot grow (`runtime/mcache.go`'s `allocLarge`:
/// `throw("out of memory")`, after a line of its own numbers), a fatal error `recover` cannot
/// stop.
pub const OUT_OF_MEMORY: &str = "fatal error: out of memory";

/// The budget when none is asked for: 1 GiB.
pub const DEFAULT_MAX_MEMORY: u64 = 1 << 30;

/// The bytes the process holds, less what threads have counted and not yet added.
static LIVE: AtomicI64 = AtomicI64::new(0);

/// The bytes the process has allocated, freed or not, less what threads have not yet added.
static MADE: AtomicI64 = AtomicI64::new(0);

/// The budget runs started from now on get (`--max-memory`).
static MAX_MEMORY: AtomicU64 = AtomicU64::new(DEFAULT_MAX_MEMORY);

/// A thread adds what it allocated and freed to `LIVE` once the sum passes this many bytes,
/// so that goroutines on several threads do not all write one counter at each allocation.
const BATCH: i64 = 32 << 10;

thread_local! {
    /// This thread's counts not yet in `LIVE` and `MADE`.
    static PENDING: Cell<(i64, i64)> = const { Cell::new((0, 0)) };
    /// The budget of the run whose goroutine this thread is running, if any.
    static BUDGET: RefCell<Option<Arc<Budget>>> = const { RefCell::new(None) };
    /// The most the process may hold while this thread's run goes on (its baseline plus its
    /// limit), asked at every statement: kept apart from `BUDGET` for a quick look.
    static CEILING: Cell<i64> = const { Cell::new(i64::MAX) };
}

fn count(delta: i64) {
    let added = PENDING.try_with(|pending| {
        let (sum, made) = pending.get();
        let (sum, made) = (sum + delta, made + delta.max(0));
        if sum.abs() >= BATCH || made >= BATCH {
            LIVE.fetch_add(sum, Ordering::Relaxed);
            MADE.fetch_add(made, Ordering::Relaxed);
            pending.set((0, 0));
        } else {
            pending.set((sum, made));
        }
    });
    if added.is_err() {
        LIVE.fetch_add(delta, Ordering::Relaxed);
        MADE.fetch_add(delta.max(0), Ordering::Relaxed);
    }
}

/// The bytes the process holds, as far as this thread knows.
fn live() -> i64 {
    LIVE.load(Ordering::Relaxed) + PENDING.try_with(|p| p.get().0).unwrap_or(0)
}

/// The bytes the process has allocated, as far as this thread knows.
fn made() -> i64 {
    MADE.load(Ordering::Relaxed) + PENDING.try_with(|p| p.get().1).unwrap_or(0)
}

/// The system's allocator, counting. The engine installs it for every program that runs
/// Go with it.
pub struct Counting;

// SAFETY: every call goes to the system allocator as made; counting only adds to atomics
// and to a thread-local without a destructor, neither of which allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as i64);
        // SAFETY: the caller's layout, passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as i64);
        // SAFETY: the caller's layout, passed on.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as i64));
        // SAFETY: the caller's pointer and layout, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as i64 - layout.size() as i64);
        // SAFETY: the caller's pointer, layout and size, passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Sets the budget of the runs started from now on, in bytes.
pub fn set_max_memory(bytes: u64) {
    MAX_MEMORY.store(bytes, Ordering::Relaxed);
}

/// One run's budget: what it may hold beyond what the process held when it began.
#[derive(Debug)]
pub(crate) struct Budget {
    limit: i64,
    baseline: i64,
    /// What the process had allocated when the run began.
    made_before: i64,
    /// The run's `runtime.GC()` calls.
    collections: AtomicU32,
}

impl Budget {
    /// A budget for a run starting now.
    pub(crate) fn new() -> Arc<Budget> {
        let limit = MAX_MEMORY.load(Ordering::Relaxed);
        Arc::new(Budget {
            limit: i64::try_from(limit).unwrap_or(i64::MAX),
            baseline: live(),
            made_before: made(),
            collections: AtomicU32::new(0),
        })
    }

    /// Makes `self` the budget of what this thread runs from now on (a goroutine of its run).
    pub(crate) fn enter(self: &Arc<Budget>) {
        let _ = BUDGET.try_with(|b| *b.borrow_mut() = Some(self.clone()));
        let _ = CEILING.try_with(|c| c.set(self.baseline.saturating_add(self.limit)));
    }
}

/// Whether the running goroutine's run may allocate `bytes` more: Go's fatal error if not.
/// A thread that runs no goroutine has no budget.
pub(crate) fn reserve(bytes: usize) -> Result<(), String> {
    let ceiling = CEILING.try_with(Cell::get).unwrap_or(i64::MAX);
    let over = ceiling != i64::MAX
        && live().saturating_add(i64::try_from(bytes).unwrap_or(i64::MAX)) > ceiling;
    if over {
        Err(OUT_OF_MEMORY.to_string())
    } else {
        Ok(())
    }
}

/// What `runtime.ReadMemStats` tells of the running goroutine's run: the bytes it holds, the
/// bytes it has allocated, freed or not, its budget, and its `runtime.GC()` calls.
pub(crate) fn mem_stats() -> (u64, u64, u64, u32) {
    BUDGET
        .try_with(|b| {
            b.borrow().as_ref().map(|budget| {
                let held = live().saturating_sub(budget.baseline).max(0);
                let made = made().saturating_sub(budget.made_before).max(0);
                let gcs = budget.collections.load(Ordering::Relaxed);
                (held as u64, made as u64, budget.limit as u64, gcs)
            })
        })
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// A `runtime.GC()` call of the running goroutine's run.
pub(crate) fn collected() {
    let _ = BUDGET.try_with(|b| {
        if let Some(budget) = b.borrow().as_ref() {
            budget.collections.fetch_add(1, Ordering::Relaxed);
        }
    });
}

/// `n` values of `T`'s size: what a backing array of `n` of them takes.
pub(crate) fn bytes_of<T>(n: usize) -> usize {
    n.saturating_mul(std::mem::size_of::<T>())
}

/// `x + y` of strings. The text is built once and then copied into the shared string, so it
/// takes twice its length while it is made: the budget is asked for both.
pub(crate) fn concat(x: &str, y: &str) -> Result<Arc<str>, String> {
    let len = x.len().saturating_add(y.len());
    reserve(len.saturating_mul(2))?;
    let mut text = String::with_capacity(len);
    text.push_str(x);
    text.push_str(y);
    Ok(text.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The process's count is shared: the tests that hold megabytes take turns.
    fn alone() -> std::sync::MutexGuard<'static, ()> {
        static ALONE: std::sync::Mutex<()> = std::sync::Mutex::new(());
        ALONE.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A budget of `limit` bytes for this thread, as a goroutine's.
    fn enter(limit: i64) {
        Arc::new(Budget {
            limit,
            baseline: live(),
            made_before: made(),
            collections: AtomicU32::new(0),
        })
        .enter();
    }

    #[test]
    fn a_reservation_past_the_budget_is_go_s_fatal_error() {
        enter(64 << 20);
        assert_eq!(reserve(1 << 20), Ok(()));
        assert_eq!(reserve(65 << 20), Err(OUT_OF_MEMORY.to_string()));
        assert_eq!(reserve(usize::MAX), Err(OUT_OF_MEMORY.to_string()));
    }

    #[test]
    fn what_is_held_counts_and_what_is_freed_is_given_back() {
        let _alone = alone();
        enter(64 << 20);
        let held = vec![1u8; 48 << 20];
        assert!(reserve(32 << 20).is_err(), "48 MiB held, 32 more");
        drop(held);
        assert_eq!(reserve(32 << 20), Ok(()));
    }

    #[test]
    fn a_thread_that_runs_no_goroutine_has_no_budget() {
        let free = std::thread::spawn(|| reserve(usize::MAX)).join();
        assert!(matches!(free, Ok(Ok(()))));
    }

    #[test]
    fn a_concatenation_is_weighed_before_it_is_made() {
        let _alone = alone();
        enter(16 << 20);
        assert_eq!(concat("ab", "c").as_deref(), Ok("abc"));
        let half = "x".repeat(5 << 20);
        assert!(
            concat(&half, &half).is_err(),
            "5 MiB held, 20 more to make 10"
        );
    }
}

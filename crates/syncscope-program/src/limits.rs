//! The bounds every front end and the engine share: how much a run may ask for.

/// The most goroutines a scenario may have, and workers a command line may ask for: each is
/// a lane to draw.
pub const MAX_GOROUTINES: u32 = 12_000;
/// The most goroutines of a Go program alive at once. Each that has run holds a fiber's
/// stack, two pages (8 KB) touched while it is blocked, which the memory budget does not
/// count: this bounds them to a few gigabytes.
pub const MAX_ALIVE: u32 = 250_000;
/// The most goroutines a run may start in all: a returned goroutine's stack serves the next,
/// so this bounds only the numbers and lanes a run keeps (Go's sync.Pool lessons start a
/// million short ones).
pub const MAX_STARTED: u32 = 2_000_000;
/// The longest one step may wait, in milliseconds.
pub const MAX_MS: u64 = 600_000;
/// The latest moment of a run, in µs: Go's longest duration (about 292 years), so a sleep
/// of any length a program can write is reached, and no clock arithmetic overflows.
pub const MAX_AT_US: u64 = i64::MAX as u64 / 1000;
/// The most processors a run may have (Go allows more; this many lanes is plenty to show).
pub const MAX_PROCS: u32 = 256;
/// The most times a repeat runs, and so the most `reads`.
pub const MAX_REPEAT: u32 = 1000;

/// Go's default `GOMAXPROCS`: the CPUs the process may use.
pub(crate) fn machine_procs() -> u32 {
    std::thread::available_parallelism()
        .map_or(1, |n| u32::try_from(n.get()).unwrap_or(MAX_PROCS))
        .min(MAX_PROCS)
}

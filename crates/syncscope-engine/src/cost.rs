//! What running code costs in virtual time: every statement, expression, call and library
//! operation the interpreter performs adds its price, from a table calibrated against Go 1.26
//! on the machine the project is built on (`benches/cost_model.rs` runs Go's own measurement,
//! `benches/support/calibrate.go`, beside these prices and the totals of CPU-bound programs).
//!
//! The running goroutine keeps what it has spent on the thread that plays it (its fiber takes
//! it along when it parks, see `fibers`): a charge is an add to a thread-local, and the scheduler turns it into virtual time when the goroutine next touches
//! shared state (see `sched`), so the interpreter's hot path takes no lock.

use std::cell::Cell;
use syncscope_program::event::EventKind;

/// Prices in picoseconds: Go does the cheapest operations in a fraction of a nanosecond.
pub(crate) mod price {
    /// Starting a statement: Go's loop of `s += i` runs at 0.5 ns an iteration.
    pub(crate) const STMT: u64 = 200;
    /// Evaluating one node of an expression (a name, a constant, an operator).
    pub(crate) const EXPR: u64 = 80;
    /// A call and its return: 2.3 ns in Go for a call the compiler does not inline.
    pub(crate) const CALL: u64 = 2_000;
    /// Reaching a variable that other goroutines write: the cache line it is on moves
    /// between cores, tens of nanoseconds, more or less each time (drawn from the run's seed,
    /// so that goroutines running the same loop do not march in step).
    pub(crate) const SHARED_READ: u64 = 40_000;
    /// The window between reading such a variable and writing it back (`counter++` is a
    /// load, an add and a store): a store of another core landing in it is a lost update.
    pub(crate) const SHARED_WRITE: u64 = 1_000;
    /// A map read or write (Go: 16 ns and 20 ns).
    pub(crate) const MAP: u64 = 18_000;
    /// An append (Go: 8 ns, growing included).
    pub(crate) const APPEND: u64 = 8_000;
    /// An uncontended Lock or Unlock (Go: 5 ns the pair).
    pub(crate) const LOCK: u64 = 2_500;
    /// A channel operation that does not block; a hand-off that does costs two of them and
    /// the switch (Go: 295 ns for a hand-off between goroutines).
    pub(crate) const CHAN: u64 = 40_000;
    /// The `go` statement: a goroutine made and queued (Go: about 1.5 µs with its
    /// WaitGroup's Add and Done).
    pub(crate) const GO: u64 = 1_000_000;
    /// A line printed (Go's `fmt.Println` of two values: 165 ns formatting, and the write).
    pub(crate) const PRINT: u64 = 1_000_000;
}

/// What the operation an event reports costs beyond its statement's price.
pub(crate) fn price_of(kind: &EventKind) -> u64 {
    match kind {
        EventKind::Output(_) | EventKind::Stderr(_) => price::PRINT,
        EventKind::Chan { .. } => price::CHAN,
        EventKind::Lock { .. } => price::LOCK,
        EventKind::Go(_) => price::GO,
        _ => 0,
    }
}

#[derive(Clone, Copy, Default)]
struct Spent {
    /// Picoseconds spent since the scheduler last turned them into time.
    debt: u64,
    /// Picoseconds spent since the goroutine's turn began: Go preempts at 10 ms.
    turn: u64,
}

thread_local! {
    /// Whether the goroutine on this thread pays for its code (`RunInfo::cost`).
    static PRICED: Cell<bool> = const { Cell::new(false) };
    /// The goroutine's own draws for prices that vary (xorshift, seeded per goroutine).
    static DRAWS: Cell<u64> = const { Cell::new(1) };
    static SPENT: Cell<Spent> = const { Cell::new(Spent { debt: 0, turn: 0 }) };
}

/// A goroutine's prices, draws and spending while its fiber is parked (see `fibers`).
#[derive(Clone, Copy)]
pub(crate) struct Saved {
    priced: bool,
    draws: u64,
    spent: Spent,
}

impl Saved {
    /// A goroutine that pays nothing and has spent nothing.
    pub(crate) const NOTHING: Saved = Saved {
        priced: false,
        draws: 1,
        spent: Spent { debt: 0, turn: 0 },
    };
}

/// The calling thread's, for a fiber that parks; a goroutine that pays nothing in its place.
pub(crate) fn save() -> Saved {
    let saved = Saved {
        priced: PRICED.get(),
        draws: DRAWS.get(),
        spent: SPENT.get(),
    };
    restore(Saved::NOTHING);
    saved
}

/// A fiber's back on the thread that plays it.
pub(crate) fn restore(saved: Saved) {
    PRICED.set(saved.priced);
    DRAWS.set(saved.draws);
    SPENT.set(saved.spent);
}

/// The running goroutine spends `ps` picoseconds.
#[inline]
pub(crate) fn charge(ps: u64) {
    if !PRICED.with(Cell::get) {
        return;
    }
    SPENT.with(|s| {
        let mut v = s.get();
        v.debt = v.debt.saturating_add(ps);
        v.turn = v.turn.saturating_add(ps);
        s.set(v);
    });
}

/// The goroutine `gid` of a run seeded `seed` starts on this thread: its draws are its own;
/// its code costs nothing unless the run's code takes time.
pub(crate) fn start(priced: bool, seed: u64, gid: u32) {
    PRICED.with(|p| p.set(priced));
    let mixed = (seed.wrapping_mul(0xD129_0E6B_F1D5_4A3B)
        ^ (u64::from(gid) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15))
        | 1;
    DRAWS.with(|d| d.set(mixed));
}

/// `ps` more or less: from half to one and a half times it.
pub(crate) fn varied(ps: u64) -> u64 {
    DRAWS.with(|d| {
        let mut x = d.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        d.set(x);
        ps / 2 + x % ps.max(1)
    })
}

/// A turn begins on this thread: nothing spent yet.
pub(crate) fn begin_turn() {
    SPENT.with(|s| s.set(Spent::default()));
}

/// The whole nanoseconds spent and not yet turned into time, up to `most`, taken; the rest
/// stays owed.
pub(crate) fn take_ns(most: u64) -> u64 {
    SPENT.with(|s| {
        let mut v = s.get();
        let ns = (v.debt / 1000).min(most);
        v.debt -= ns * 1000;
        s.set(v);
        ns
    })
}

/// The nanoseconds spent and not yet turned into time, a started one counted whole.
pub(crate) fn owed_ns_up() -> u64 {
    SPENT.with(|s| s.get().debt.div_ceil(1000))
}

/// All that was spent is time now: nothing is owed.
pub(crate) fn settle_all() {
    SPENT.with(|s| {
        let mut v = s.get();
        v.debt = 0;
        s.set(v);
    });
}

/// The whole nanoseconds spent and not yet turned into time.
pub(crate) fn owed_ns() -> u64 {
    SPENT.with(|s| s.get().debt / 1000)
}

/// Nanoseconds spent since the turn began.
pub(crate) fn turn_ns() -> u64 {
    SPENT.with(|s| s.get().turn / 1000)
}

/// The turn goes on after a park, `turn_ns` into it.
pub(crate) fn resume_turn(turn_ns: u64) {
    SPENT.with(|s| {
        let mut v = s.get();
        v.turn = turn_ns * 1000 + v.debt;
        s.set(v);
    });
}

/// The turn goes on as if it had just begun (after a preemption check found nobody to run).
pub(crate) fn restart_turn() {
    SPENT.with(|s| {
        let mut v = s.get();
        v.turn = v.debt;
        s.set(v);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charges_add_up_and_leave_the_fraction() {
        start(true, 1, 0);
        begin_turn();
        charge(1_500);
        charge(2_700);
        assert_eq!(owed_ns(), 4);
        assert_eq!(take_ns(3), 3, "at most what is asked");
        assert_eq!(take_ns(u64::MAX), 1);
        assert_eq!(owed_ns(), 0);
        charge(900);
        assert_eq!(take_ns(u64::MAX), 1, "the 200 ps left over count");
        assert_eq!(turn_ns(), 5);
        begin_turn();
        assert_eq!(turn_ns(), 0);
    }
}

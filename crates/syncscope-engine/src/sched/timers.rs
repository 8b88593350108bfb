//! The clock's wake-ups: sleeps, the timers a blocked goroutine waits on as well (a
//! `select` with `time.After`), a program's timers that keep the run from counting as stuck,
//! and time reaching the next of them.

use super::Wait;
use super::procs::{Claim, Claimed, Wake};
use super::{Sched, State, Stop};
use syncscope_program::event::Gid;

impl Sched {
    /// `time.Sleep`: a zero or negative duration returns at once, as in Go.
    pub(crate) fn sleep(&self, me: Gid, us: u64) -> Result<(), Stop> {
        if self.is_cancelled() {
            return Err(Stop::Cancelled);
        }
        if us == 0 {
            return Ok(());
        }
        let mut st = self.lock();
        let key = (
            st.now_ns.saturating_add(us.saturating_mul(1000)),
            st.timer_seq,
        );
        st.timer_seq += 1;
        st.timers.insert(key, (me, Wake::Sleep));
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Blocked)
    }

    /// Blocks like `block`, and also sets timers: at each `(due, claim)` the claim is asked,
    /// and wakes the goroutine if it wins. Timers still set when it wakes are dropped.
    pub(crate) fn block_until(&self, me: Gid, timers: Vec<(u64, Claim)>) -> Result<(), Stop> {
        let mut st = self.lock();
        for (due, claim) in timers {
            let at = due.saturating_mul(1000).max(st.now_ns);
            st.set_claim(at, me, claim);
        }
        self.give_up(&mut st, me);
        let woke = self.wait_turn(st, me, Wait::Blocked);
        // Its claims, those set again on firing too: a goroutine blocks in one place at once.
        let mut st = self.lock();
        for key in st.claim_keys.remove(&me).unwrap_or_default() {
            st.timers.remove(&key);
        }
        woke
    }

    /// A timer of the program that nobody may be waiting on yet: while it is to come, the
    /// run is not stuck (Go 1.22's deadlock check waits for every timer; Go 1.23's sees only
    /// those a goroutine waits on, which its claims cover). `still` says, when it fires,
    /// whether the timer now fires later (a `Reset`): then it is kept until that.
    pub(crate) fn keep_alive(&self, due: u64, still: Claim) {
        let mut st = self.lock();
        let key = (due.saturating_mul(1000).max(st.now_ns), st.timer_seq);
        st.timer_seq += 1;
        // main keeps the time for it: main is there until the run ends.
        st.timers.insert(key, (Gid::MAIN, Wake::KeepAlive(still)));
    }

    /// Virtual time and the scheduling points so far, read together.
    pub(crate) fn stamp(&self) -> Stamp {
        let st = self.lock();
        Stamp {
            us: st.now_ns / 1000,
            point: st.points,
        }
    }

    /// Sets blocked goroutines' claims again at `due` (a timer they wait on was reset).
    pub(crate) fn arm(&self, due: u64, claims: Vec<(Gid, Claim)>) {
        let mut st = self.lock();
        for (g, claim) in claims {
            let at = due.saturating_mul(1000).max(st.now_ns);
            st.set_claim(at, g, claim);
        }
    }

    /// Time reaches `due`: every sleeper due then is ready, in the order its sleep began,
    /// and every compute slice due then ends. With `batch`, time moved on because nothing
    /// could run: the processor asleep in the OS wakes `WAKE_SLACK_NS` late (Linux's timer
    /// slack), finds every timer due by then and fires them together, so a loop of sleeps
    /// drifts as Go's does.
    pub(super) fn fire(&self, st: &mut State, due: u64, batch: bool) {
        let batch = batch && self.costed.load(std::sync::atomic::Ordering::Relaxed);
        let upto = if batch { due + WAKE_SLACK_NS } else { due };
        st.now_ns = st.now_ns.max(due);
        let mut woke_late = false;
        st.pace.wake();
        while let Some(entry) = st.timers.first_entry() {
            // A processor's park ends at its exact time: the others' order depends on it.
            let exact = matches!(entry.get().1, Wake::Resume { .. } | Wake::Slice { .. });
            if entry.key().0 > upto || (entry.key().0 > due && exact) {
                break;
            }
            st.now_ns = st.now_ns.max(entry.key().0);
            woke_late |= batch && !exact;
            let due = st.now_ns;
            match entry.remove() {
                (g, Wake::Sleep) => st.queue.ready(g),
                (_, Wake::Spawn(spawn)) => self.spawned(st, spawn()),
                (g, Wake::Slice { p, last }) => self.slice_ends(st, g, p, last),
                (g, Wake::Resume { p }) => self.resume(st, g, p),
                (g, Wake::KeepAlive(still)) => {
                    if let Claimed::Later(at) = still(due / 1000) {
                        let key = (later(at, due), st.timer_seq);
                        st.timer_seq += 1;
                        st.timers.insert(key, (g, Wake::KeepAlive(still)));
                    }
                }
                (g, Wake::Claim(claim)) => match claim(due / 1000) {
                    Claimed::Won => st.queue.ready(g),
                    Claimed::Lost => {}
                    Claimed::Later(at) => st.set_claim(later(at, due), g, claim),
                },
            }
        }
        if woke_late {
            st.now_ns = st.now_ns.max(upto);
            // The processor that woke runs what it made ready; another idle one must be
            // woken for the rest (Go's `wakep` in `ready`), and is up later.
            st.idle_up_at = st.now_ns + super::parallel::IDLE_P_WAKE_NS;
        }
    }
}

impl State {
    /// Sets `g`'s claim at `at_ns`, its key remembered so that `g` drops its claims when it
    /// wakes without a scan of every timer of the run.
    fn set_claim(&mut self, at_ns: u64, g: Gid, claim: Claim) {
        let key = (at_ns, self.timer_seq);
        self.timer_seq += 1;
        self.timers.insert(key, (g, Wake::Claim(claim)));
        self.claim_keys.entry(g).or_default().push(key);
    }
}

/// How long after the timer it waits for an idle processor takes to wake and look at the
/// timers: those due by then fire together. Go's goroutines that start sleeping a few
/// microseconds apart (the cost of a `go` statement) wake as one batch, the last made ready
/// running first, as they do on a real machine.
const WAKE_SLACK_NS: u64 = 50_000;

/// A claim's "ask again at `at_us`", as a timer key: at least a microsecond after `due_ns`.
fn later(at_us: u64, due_ns: u64) -> u64 {
    at_us.saturating_mul(1000).max(due_ns + 1000)
}

/// A moment of the run: virtual time, and how many scheduling points have passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub(crate) us: u64,
    pub(crate) point: u64,
}

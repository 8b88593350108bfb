//! Virtual time for one run, and the one place where events get their sequence number and stamp.
//!
//! The clock also counts runnable goroutines. When none is runnable and none sleeps, nothing can
//! ever wake them: that is Go's "all goroutines are asleep" deadlock, and the clock reports it
//! instead of hanging. In `Instant` pacing the same count lets virtual time jump straight to the
//! next wake-up whenever every goroutine is blocked, as Go's `testing/synctest` does: real
//! threads, real blocking, no waiting, and totals that do not depend on the machine's speed.

use crate::channel::{BATCH, Batch, EventSink};
use crate::event::{Ending, Event, EventKind, Gid};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pacing {
    /// Virtual time follows the wall clock, scaled by the speed.
    RealTime,
    /// Virtual time jumps to the next deadline when every goroutine is blocked.
    Instant,
}

/// Why a blocking call returned without doing its job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// The run was cancelled (restart or quit); unwind quietly.
    Cancelled,
    /// A Go panic or fatal error, with Go's words.
    Panic(String),
}

struct ClockState {
    base_real: Instant,
    base_us: u64,
    speed: f64,
    paused: bool,
    /// Instant pacing: time moves only by jumps, never with the wall clock.
    instant: bool,
    seq: u64,
    live: usize,
    runnable: usize,
    /// Every sleeping goroutine by (deadline, ticket), each on a condvar of its own so that
    /// a jump in time wakes only those due.
    sleepers: BTreeMap<(u64, u64), Arc<Condvar>>,
    next_ticket: u64,
    ended: bool,
    /// Events not sent yet: they go out when a thread blocks, sleeps or exits, or the batch
    /// is full, so no event waits longer than its thread's next pause.
    pending: Batch,
    /// The virtual time stamped on events, read from the wall clock every `STAMP_REUSE`
    /// events and at every block, sleep and wake: a clock read costs more than the rest of a
    /// report, and between those points a thread only runs for microseconds.
    stamp_us: u64,
    stamps_left: u8,
}

const STAMP_REUSE: u8 = 16;

impl ClockState {
    fn now_us(&self) -> u64 {
        if self.paused || self.instant {
            return self.base_us;
        }
        let real = self.base_real.elapsed().as_secs_f64() * 1e6;
        self.base_us + (real * self.speed) as u64
    }

    fn stamp(&mut self) -> u64 {
        if self.stamps_left == 0 {
            self.stamp_us = self.now_us().max(self.stamp_us);
            self.stamps_left = STAMP_REUSE;
        }
        self.stamps_left -= 1;
        self.stamp_us
    }

    /// The thread's burst is over: the next event reads the clock afresh.
    fn transition(&mut self) {
        self.stamps_left = 0;
    }

    fn rebase(&mut self) {
        self.base_us = self.now_us();
        self.base_real = Instant::now();
    }
}

pub struct Clock {
    run: u32,
    pacing: Pacing,
    state: Mutex<ClockState>,
    cancelled: AtomicBool,
    sink: EventSink,
}

impl Clock {
    pub fn new(run: u32, pacing: Pacing, speed: f64, sink: EventSink) -> Clock {
        Clock {
            run,
            pacing,
            state: Mutex::new(ClockState {
                base_real: Instant::now(),
                base_us: 0,
                speed,
                paused: false,
                instant: pacing == Pacing::Instant,
                seq: 0,
                live: 0,
                runnable: 0,
                sleepers: BTreeMap::new(),
                next_ticket: 0,
                ended: false,
                pending: Vec::with_capacity(BATCH),
                stamp_us: 0,
                stamps_left: 0,
            }),
            cancelled: AtomicBool::new(false),
            sink,
        }
    }

    fn lock(&self) -> MutexGuard<'_, ClockState> {
        // A panicking goroutine must not take the whole run down with a poisoned lock.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn run(&self) -> u32 {
        self.run
    }

    pub fn now_us(&self) -> u64 {
        self.lock().now_us()
    }

    /// Stamps and queues one event. Queueing under the lock makes channel order, sequence
    /// order and time order the same thing.
    pub fn emit(&self, who: Gid, kind: EventKind) {
        let mut st = self.lock();
        self.emit_locked(&mut st, who, kind);
    }

    fn emit_locked(&self, st: &mut ClockState, who: Gid, kind: EventKind) {
        // `End` or a cancel is the last word on a run: later reports come from threads being
        // torn down.
        if st.ended {
            return;
        }
        let end = matches!(kind, EventKind::End(_));
        st.ended |= end;
        let event = Event {
            run: self.run,
            seq: st.seq,
            at_us: st.stamp(),
            who,
            kind,
        };
        st.seq += 1;
        st.pending.push(event);
        if end || st.pending.len() >= BATCH {
            self.flush(st);
        }
    }

    /// Sends what is queued.
    fn flush(&self, st: &mut ClockState) {
        if !st.pending.is_empty() {
            // A receiver that hung up has stopped caring about this run; cancellation follows.
            let batch = std::mem::replace(&mut st.pending, self.sink.spare());
            self.sink.send(batch);
        }
    }

    pub fn speed(&self) -> f64 {
        self.lock().speed
    }

    pub fn set_speed(&self, speed: f64) {
        let mut st = self.lock();
        st.rebase();
        st.speed = speed;
        wake_all(&st);
    }

    pub fn set_paused(&self, paused: bool) {
        let mut st = self.lock();
        st.rebase();
        st.paused = paused;
        wake_all(&st);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }

    /// Wakes every sleeper with `Stop::Cancelled`. Primitives are woken by the engine.
    /// The stream ends here too: a cancelled waiter leaves its queue without an event, so
    /// what the others did after that would not be a faithful run. `ended` is set under the
    /// lock before the flag, so whoever sees the flag and then reports is dropped.
    pub fn cancel(&self) {
        let mut st = self.lock();
        st.ended = true;
        self.cancelled.store(true, Ordering::SeqCst);
        self.flush(&mut st);
        wake_all(&st);
    }

    /// A goroutine is about to start: counted before its thread exists so that no gap
    /// between spawn and first step looks like "everyone is blocked".
    pub fn spawned(&self) {
        let mut st = self.lock();
        st.live += 1;
        st.runnable += 1;
    }

    /// A goroutine has finished for good.
    pub fn exited(&self) {
        let mut st = self.lock();
        st.transition();
        self.flush(&mut st);
        st.live = st.live.saturating_sub(1);
        st.runnable = st.runnable.saturating_sub(1);
        self.on_maybe_idle(&mut st);
    }

    /// The caller is about to wait on a primitive. Call with the primitive's lock held.
    pub fn blocked(&self) {
        let mut st = self.lock();
        st.transition();
        self.flush(&mut st);
        st.runnable = st.runnable.saturating_sub(1);
        self.on_maybe_idle(&mut st);
    }

    /// The caller handed a primitive to `n` waiters; counted before they run, so the caller
    /// cannot block in between and leave a moment where nobody seems runnable.
    pub fn woke(&self, n: usize) {
        if n > 0 {
            let mut st = self.lock();
            st.runnable += n;
            st.transition();
        }
    }

    /// Sleeps until virtual time reaches `deadline_us`.
    pub fn sleep_until(&self, deadline_us: u64) -> Result<(), Stop> {
        let mut st = self.lock();
        st.transition();
        self.flush(&mut st);
        let ticket = st.next_ticket;
        st.next_ticket += 1;
        let key = (deadline_us, ticket);
        let cv = Arc::new(Condvar::new());
        st.sleepers.insert(key, cv.clone());
        st.runnable = st.runnable.saturating_sub(1);
        self.on_maybe_idle(&mut st);
        loop {
            if self.is_cancelled() {
                if st.sleepers.remove(&key).is_some() {
                    st.runnable += 1;
                }
                return Err(Stop::Cancelled);
            }
            if !st.sleepers.contains_key(&key) {
                st.transition();
                return Ok(()); // woken by an instant jump, already counted runnable
            }
            let now = st.now_us();
            if now >= deadline_us && self.pacing == Pacing::RealTime {
                st.sleepers.remove(&key);
                st.runnable += 1;
                st.transition();
                return Ok(());
            }
            st = if st.paused || self.pacing == Pacing::Instant {
                cv.wait(st).unwrap_or_else(|e| e.into_inner())
            } else {
                let real_us = (deadline_us - now) as f64 / st.speed;
                let timeout = Duration::from_micros(real_us.ceil() as u64 + 1);
                cv.wait_timeout(st, timeout)
                    .unwrap_or_else(|e| e.into_inner())
                    .0
            };
        }
    }

    pub fn sleep_for(&self, us: u64) -> Result<(), Stop> {
        let deadline = self.now_us() + us;
        self.sleep_until(deadline)
    }

    fn on_maybe_idle(&self, st: &mut ClockState) {
        if st.runnable > 0 || st.live == 0 || self.is_cancelled() {
            return;
        }
        match st.sleepers.keys().next().copied() {
            None => self.emit_locked(st, Gid::MAIN, EventKind::End(Ending::Deadlock)),
            Some((deadline, _)) if self.pacing == Pacing::Instant => {
                st.base_us = st.base_us.max(deadline);
                let later = st.sleepers.split_off(&(deadline + 1, 0));
                let due = std::mem::replace(&mut st.sleepers, later);
                st.runnable += due.len();
                for cv in due.values() {
                    cv.notify_one();
                }
            }
            Some(_) => {}
        }
    }
}

fn wake_all(st: &ClockState) {
    for cv in st.sleepers.values() {
        cv.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channel::channel as unbounded;
    use std::sync::Arc;

    #[test]
    fn instant_pacing_jumps_to_each_deadline_in_order() {
        let (tx, rx) = unbounded();
        let clock = Arc::new(Clock::new(1, Pacing::Instant, 1.0, tx));
        let mut handles = Vec::new();
        // All three count as runnable before any sleeps, or time could jump past the others.
        for _ in 0..3 {
            clock.spawned();
        }
        for (i, ms) in [300u64, 100, 200].into_iter().enumerate() {
            let c = clock.clone();
            handles.push(std::thread::spawn(move || {
                c.sleep_until(ms * 1000).unwrap();
                c.emit(Gid(i as u32 + 1), EventKind::Read(0));
                c.exited();
            }));
        }
        for h in handles {
            h.join().unwrap();
        }
        let stamps: Vec<u64> = rx.try_iter().flatten().map(|e| e.at_us).collect();
        assert_eq!(stamps, vec![100_000, 200_000, 300_000]);
    }

    #[test]
    fn nothing_runnable_and_nobody_sleeping_is_a_deadlock() {
        let (tx, rx) = unbounded();
        let clock = Clock::new(7, Pacing::Instant, 1.0, tx);
        clock.spawned();
        clock.blocked();
        let batch = rx.try_recv().unwrap();
        let end = &batch[0];
        assert_eq!(end.kind, EventKind::End(Ending::Deadlock));
        assert_eq!(end.run, 7);
    }

    #[test]
    fn cancel_wakes_a_long_sleeper() {
        let (tx, _rx) = unbounded();
        let clock = Arc::new(Clock::new(1, Pacing::RealTime, 1.0, tx));
        clock.spawned();
        let c = clock.clone();
        let sleeper = std::thread::spawn(move || c.sleep_until(3_600_000_000));
        std::thread::sleep(Duration::from_millis(20));
        clock.cancel();
        assert_eq!(sleeper.join().unwrap(), Err(Stop::Cancelled));
    }

    #[test]
    fn a_cancelled_run_reports_nothing_more() {
        let (tx, rx) = unbounded();
        let clock = Clock::new(1, Pacing::Instant, 1.0, tx);
        clock.spawned();
        clock.emit(Gid::MAIN, EventKind::Read(0));
        clock.cancel();
        // A thread still finishing its step after the cancel: its report would describe a
        // run whose cancelled waiters left their queues unseen.
        clock.emit(Gid(1), EventKind::Read(1));
        clock.exited();
        let kinds: Vec<EventKind> = rx.try_iter().flatten().map(|e| e.kind).collect();
        assert_eq!(kinds, vec![EventKind::Read(0)]);
    }

    #[test]
    fn paused_time_stands_still() {
        let (tx, _rx) = unbounded();
        let clock = Clock::new(1, Pacing::RealTime, 1.0, tx);
        clock.set_paused(true);
        let t0 = clock.now_us();
        std::thread::sleep(Duration::from_millis(15));
        assert_eq!(clock.now_us(), t0);
    }

    #[test]
    fn sequence_numbers_are_contiguous() {
        let (tx, rx) = unbounded();
        let clock = Clock::new(1, Pacing::Instant, 1.0, tx);
        clock.spawned();
        for _ in 0..5 {
            clock.emit(Gid::MAIN, EventKind::Read(0));
        }
        assert!(rx.is_empty(), "a burst goes out when its thread pauses");
        clock.exited();
        let seqs: Vec<u64> = rx.try_iter().flatten().map(|e| e.seq).collect();
        assert_eq!(seqs, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_long_burst_goes_out_in_full_batches() {
        let (tx, rx) = unbounded();
        let clock = Clock::new(1, Pacing::Instant, 1.0, tx);
        clock.spawned();
        for _ in 0..BATCH + 1 {
            clock.emit(Gid::MAIN, EventKind::Read(0));
        }
        let sizes: Vec<usize> = rx.try_iter().map(|b| b.len()).collect();
        assert_eq!(sizes, vec![BATCH]);
    }
}

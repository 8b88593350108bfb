//! Turns: who runs next when the running goroutine blocks, yields, is preempted or returns;
//! how a goroutine waits for its turn on its fiber; and when nothing can run, time moving on
//! to the next timer or Go's deadlock.

use super::{Pacing, Sched, State, Stop, fibers, outbox, touches};
use std::sync::MutexGuard;
use std::sync::atomic::Ordering;
use std::time::Duration;
use syncscope_program::event::{Ending, EventKind, Gid};

impl Sched {
    /// The running goroutine has run for Go's preemption period: as Go's `sysmon` does, it is
    /// preempted to the global queue if anyone else is ready to run (a timer due by now
    /// included), and goes on otherwise.
    pub(super) fn preempt(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        if st
            .timers
            .first_key_value()
            .is_some_and(|(k, _)| k.0 <= st.now_ns)
        {
            let now = st.now_ns;
            self.fire(&mut st, now, false);
        }
        if st.queue.goroutines().next().is_none() {
            crate::cost::restart_turn();
            return Ok(());
        }
        st.queue.preempt(me);
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Ready)
    }

    /// `go`: `child` is ready and runs when the caller stops (Go's `runnext`).
    pub(crate) fn go(&self, child: Gid) {
        let mut st = self.lock();
        st.live += 1;
        let alone = st.queue.goroutines().next().is_none();
        st.queue.ready(child);
        self.wake_idle(&mut st, alone);
        // Where code takes time, a goroutine is runnable until a processor takes it up.
        if self.costed.load(Ordering::Relaxed) {
            // After the `go` event the parent's outbox holds.
            self.settle(&mut st, false);
            self.mark_runnable(&mut st, child);
        }
    }

    /// A blocked goroutine may run again.
    pub(crate) fn ready(&self, g: Gid) {
        let mut st = self.lock();
        let alone = st.queue.goroutines().next().is_none();
        st.queue.ready(g);
        self.wake_idle(&mut st, alone);
    }

    /// A new goroutine's fiber waits here for its first turn.
    pub fn first_turn(&self, me: Gid) -> Result<(), Stop> {
        let st = self.lock();
        self.wait_turn(st, me, Wait::Ready)
    }

    /// The running goroutine blocks until someone makes it ready and it gets the turn.
    pub(crate) fn block(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Blocked)
    }

    /// Go's `goyield`: to the back of the queue, letting whoever is ready run first.
    pub(crate) fn yield_now(&self, me: Gid) -> Result<(), Stop> {
        let mut st = self.lock();
        st.queue.push(me);
        self.give_up(&mut st, me);
        self.wait_turn(st, me, Wait::Ready)
    }

    /// The running goroutine has returned for good.
    pub(crate) fn exit(&self, me: Gid) {
        let mut st = self.lock();
        st.live = st.live.saturating_sub(1);
        self.give_up(&mut st, me);
    }

    pub(super) fn give_up(&self, st: &mut State, me: Gid) {
        self.settle(st, true);
        if st.running == Some(me) {
            st.running = None;
            self.dispatch(st);
        }
    }

    /// Gives the turn to the next goroutine; with none ready, moves time on or finds the
    /// deadlock.
    fn dispatch(&self, st: &mut State) {
        st.points += 1;
        let stealing = std::mem::take(&mut st.stealing);
        loop {
            // Timers already due fire before anyone runs, as Go's schedule runs them first.
            if st
                .timers
                .first_key_value()
                .is_some_and(|(k, _)| k.0 <= st.now_ns)
            {
                let now = st.now_ns;
                self.fire(st, now, false);
            }
            if let Some(g) = st.resumed.pop_front() {
                st.running = Some(g);
                self.notify(g);
                return;
            }
            if st.procs.free().is_none() {
                self.all_busy(st);
            } else if let Some(g) = if stealing {
                st.queue.steal()
            } else {
                st.queue.next()
            } {
                st.running = Some(g);
                self.on_turn(st, g);
                self.notify(g);
                return;
            }
            let Some((&(due, _), &(owner, _))) = st.timers.first_key_value() else {
                if st.live > 0 {
                    self.emit_locked(st, Gid::MAIN, EventKind::End(Ending::Deadlock));
                } else if st.main_goexited {
                    let words =
                        "fatal error: no goroutines (main called runtime.Goexit) - deadlock!";
                    self.emit_locked(st, Gid::MAIN, EventKind::End(Ending::Panic(words.into())));
                }
                // Nothing can happen any more.
                self.flush(st);
                return;
            };
            if st.pace.pacing == Pacing::Instant && !st.pace.paused {
                self.fire(st, due, true);
                continue;
            }
            // The sleeper due first keeps the time: it waits for the wall clock, then fires.
            // What happened up to now goes out first: nothing more happens until then.
            self.flush(st);
            st.pace.go_idle();
            self.notify(owner);
            return;
        }
    }

    pub(super) fn wait_turn<'a>(
        &'a self,
        mut st: MutexGuard<'a, State>,
        me: Gid,
        wait: Wait,
    ) -> Result<(), Stop> {
        loop {
            if self.is_cancelled() {
                return Err(Stop::Cancelled);
            }
            if st.running == Some(me) {
                if !st.pace.paused {
                    outbox::open(self.owner(), self.run, st.now_ns, st.seq);
                    return Ok(());
                }
                // Held by the pause: the viewer sees everything up to here.
                self.flush(&mut st);
            }
            if let Some(due) = st.keeper_due(me).filter(|_| !st.pace.paused) {
                let left = ((due - due.min(st.now_ns)) / 1000).saturating_sub(st.pace.idle_us());
                match st.pace.wait_for(left) {
                    None => {
                        self.fire(&mut st, due, true);
                        self.dispatch(&mut st);
                    }
                    Some(timeout) => st = self.park(st, me, Some(timeout), wait)?,
                }
                continue;
            }
            st = self.park(st, me, None, wait)?;
        }
    }

    /// Goroutine `me` parks its fiber until it is woken or `timeout` has passed; the state
    /// is locked again when it goes on.
    pub(super) fn park<'a>(
        &'a self,
        st: MutexGuard<'a, State>,
        me: Gid,
        timeout: Option<Duration>,
        wait: Wait,
    ) -> Result<MutexGuard<'a, State>, Stop> {
        if !fibers::on_a_fiber() {
            return Err(Stop::Panic(format!(
                "{} goroutine {me} waits for its turn outside a fiber",
                crate::BUG
            )));
        }
        if !self.fibers.enlist(me, timeout) {
            return Ok(st);
        }
        drop(st);
        // What a goroutine's thread kept for it goes with its fiber (see `fibers`).
        let (outbox, touches) = (outbox::save(), touches::save());
        fibers::park(wait == Wait::Blocked);
        outbox::restore(outbox);
        touches::restore(touches);
        Ok(self.lock_as_is())
    }
}

/// How a goroutine waits for its turn: ready to run, soon (a preemption, a yield, the other
/// processor's turn), or blocked until someone readies it, for as long as the program says.
/// Only a blocked one's fiber is worth packing away (see `fibers`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    Ready,
    Blocked,
}

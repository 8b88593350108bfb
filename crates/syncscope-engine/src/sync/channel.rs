//! Go's channels and `select` (src/runtime/chan.go, select.go) as one run's hub of channel
//! state machines, blocking and waking through the run's scheduler.
//!
//! The rules, Go's:
//! - Blocked senders (with their values) and receivers wait in FIFO queues.
//! - A send to a channel with a waiting receiver hands the value straight to it; else it goes
//!   into the buffer if there is room; else the sender waits.
//! - A receive takes the buffer's first value, and lets the first waiting sender's value into
//!   the buffer's end; on an unbuffered channel it takes the waiting sender's value directly.
//! - `close` wakes every receiver with the zero value and `ok == false` and every sender to
//!   panic; a receive from a closed channel gets what is left in the buffer first.
//! - A nil channel blocks for ever; `select` looks at its cases in a random order and takes
//!   the first that can go, else the default, else waits on all of them.
//!
//! Only the goroutine holding the turn runs code, so one lock for the whole hub orders every
//! operation as Go's per-channel locks would.

use super::lock;
use crate::sched::{Claim, Claimed, Sched, Stop};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use syncscope_program::event::Gid;

pub(crate) const SEND_ON_CLOSED: &str = "panic: send on closed channel";
pub(crate) const CLOSE_OF_CLOSED: &str = "panic: close of closed channel";
pub(crate) const CLOSE_OF_NIL: &str = "panic: close of nil channel";

/// A channel of the run: its number in events. `None` in a case is a nil channel.
pub type ChanId = u32;

/// Why a goroutine waits, in the words of Go's goroutine dump.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitKind {
    Send,
    Recv,
    Select,
}

/// How a channel operation reports what it does. Reports about another goroutine (a waiter
/// that is handed a value) name it.
pub trait ChanProbe<T> {
    fn me(&self) -> Gid;
    /// `who`'s value left it: to a waiting receiver `to`, or into the buffer.
    fn sent(&self, chan: ChanId, who: Gid, value: &T, to: Option<Gid>);
    /// `who` received `value` (`ok` false: the channel is closed), from sender `from` directly
    /// or from the buffer.
    fn received(&self, chan: ChanId, who: Gid, value: &T, ok: bool, from: Option<Gid>);
    /// The caller queues on `chan` (a nil channel: `None`); a sender with its value.
    fn queued(&self, chan: Option<ChanId>, value: Option<&T>, kind: WaitKind);
    /// The caller waits on a timer's channel too (or only).
    fn queued_timer(&self, kind: WaitKind);
    fn closed(&self, chan: ChanId);
}

pub use super::timer::Timer;
pub use crate::sched::Stamp;

/// One case of a `select` (a plain send or receive is a select of one case without default).
pub enum Case<T> {
    Send(Option<ChanId>, T),
    Recv(Option<ChanId>),
    /// A receive from a timer's channel, and the value it gives for a firing time.
    Timer(Arc<Timer>, fn(u64) -> T),
}

/// What a select did: which case, and for a receive the value and `ok`.
#[derive(Debug, Clone, PartialEq)]
pub enum Chosen<T> {
    Case(usize, Option<(T, bool)>),
    Default,
}

/// Where a waiting goroutine's outcome is put by whoever wakes it: the first to fill it wins,
/// as Go's `selectDone` flag decides between the cases of one select.
struct Slot<T> {
    outcome: Mutex<Option<Woke<T>>>,
}

enum Woke<T> {
    Case(usize, Option<(T, bool)>),
    /// A send case's channel was closed: the sender panics.
    Closed,
    /// The select has returned: its waiters left in queues are skipped.
    Left,
}

impl<T> Slot<T> {
    /// What woke the select, the slot marked as left.
    fn leave(&self) -> Option<Woke<T>> {
        lock(&self.outcome).replace(Woke::Left)
    }

    fn is_filled(&self) -> bool {
        lock(&self.outcome).is_some()
    }

    fn fill(&self, woke: Woke<T>) -> bool {
        let mut o = lock(&self.outcome);
        if o.is_some() {
            return false;
        }
        *o = Some(woke);
        true
    }
}

struct Waiter<T> {
    g: Gid,
    case: usize,
    slot: Arc<Slot<T>>,
    /// A sender's value.
    value: Option<T>,
}

struct Chan<T> {
    cap: usize,
    buf: VecDeque<T>,
    closed: bool,
    zero: T,
    recvq: VecDeque<Waiter<T>>,
    sendq: VecDeque<Waiter<T>>,
    /// Waiters that left without being taken off (at most): past half the queues, they
    /// are swept out, so a select leaving a queue costs O(1) amortised, not a scan.
    left: usize,
}

impl<T> Chan<T> {
    /// A select that put `entries` waiters (`slot`) in this channel's queues has returned:
    /// those at the back go at once, the others are counted as left.
    fn leave(&mut self, slot: &Arc<Slot<T>>, entries: usize) {
        let mut gone = 0;
        for q in [&mut self.recvq, &mut self.sendq] {
            while q.back().is_some_and(|w| Arc::ptr_eq(&w.slot, slot)) {
                q.pop_back();
                gone += 1;
            }
        }
        self.left += entries.saturating_sub(gone);
        if self.left > 0 && self.left * 2 > self.recvq.len() + self.sendq.len() {
            self.recvq.retain(|w| !w.slot.is_filled());
            self.sendq.retain(|w| !w.slot.is_filled());
            self.left = 0;
        }
    }
}

/// Wakes the first waiter that nothing else has woken (another case of its select, a
/// timer) with what `woke` gives it, and takes it off the queue.
fn wake_first<T>(
    q: &mut VecDeque<Waiter<T>>,
    woke: impl Fn(&Waiter<T>) -> Woke<T>,
) -> Option<Waiter<T>> {
    while let Some(w) = q.pop_front() {
        if w.slot.fill(woke(&w)) {
            return Some(w);
        }
    }
    None
}

pub struct Channels<T> {
    sched: Arc<Sched>,
    chans: Mutex<Vec<Chan<T>>>,
}

impl<T: Clone + Send + Sync + 'static> Channels<T> {
    pub(crate) fn new(sched: Arc<Sched>) -> Channels<T> {
        Channels {
            sched,
            chans: Mutex::new(Vec::new()),
        }
    }

    /// `make(chan T, cap)`; `zero` is what a receive from it closed gives.
    pub(crate) fn make(&self, cap: usize, zero: T) -> ChanId {
        let mut chans = lock(&self.chans);
        chans.push(Chan {
            cap,
            buf: VecDeque::new(),
            closed: false,
            zero,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            left: 0,
        });
        (chans.len() - 1) as ChanId
    }

    pub(crate) fn len(&self, ch: ChanId) -> usize {
        lock(&self.chans)
            .get(ch as usize)
            .map_or(0, |c| c.buf.len())
    }

    pub(crate) fn cap(&self, ch: ChanId) -> usize {
        lock(&self.chans).get(ch as usize).map_or(0, |c| c.cap)
    }

    pub(crate) fn close(&self, ch: Option<ChanId>, probe: &dyn ChanProbe<T>) -> Result<(), Stop> {
        let Some(id) = ch else {
            return Err(Stop::Panic(CLOSE_OF_NIL.into()));
        };
        let mut chans = lock(&self.chans);
        let Some(c) = chans.get_mut(id as usize) else {
            return Ok(());
        };
        if c.closed {
            return Err(Stop::Panic(CLOSE_OF_CLOSED.into()));
        }
        c.closed = true;
        probe.closed(id);
        let mut woken = Vec::new();
        let zero = c.zero.clone();
        while let Some(w) = wake_first(&mut c.recvq, |w| {
            Woke::Case(w.case, Some((zero.clone(), false)))
        }) {
            probe.received(id, w.g, &zero, false, None);
            woken.push(w.g);
        }
        while let Some(w) = wake_first(&mut c.sendq, |_| Woke::Closed) {
            woken.push(w.g);
        }
        drop(chans);
        // Go gathers them on a stack and readies them from its top.
        for g in woken.into_iter().rev() {
            self.sched.ready(g);
        }
        Ok(())
    }

    /// A select over `cases`, looked at in `order` (a permutation of their indexes); with
    /// `default`, it does not wait.
    pub(crate) fn select(
        &self,
        cases: Vec<Case<T>>,
        order: &[usize],
        default: bool,
        probe: &dyn ChanProbe<T>,
    ) -> Result<Chosen<T>, Stop> {
        let me = probe.me();
        let mut chans = lock(&self.chans);
        let mut woken = None;
        let now = self.sched.stamp();
        for &i in order {
            let Some(case) = cases.get(i) else { continue };
            if let Some(done) = self.try_case(&mut chans, i, case, now, me, probe, &mut woken)? {
                drop(chans);
                if let Some(g) = woken {
                    self.sched.ready(g);
                }
                return Ok(done);
            }
        }
        if default {
            return Ok(Chosen::Default);
        }
        let kind = match cases.as_slice() {
            [Case::Send(..)] => WaitKind::Send,
            [Case::Recv(_) | Case::Timer(..)] => WaitKind::Recv,
            _ => WaitKind::Select,
        };
        if cases.is_empty() {
            // `select {}`: nothing to queue on, and it waits all the same.
            probe.queued(None, None, kind);
        }
        let slot = Arc::new(Slot {
            outcome: Mutex::new(None),
        });
        let mut timers: Vec<(u64, Claim)> = Vec::new();
        let mut waited: Vec<Arc<Timer>> = Vec::new();
        // The channels it queues on, to leave them alone after (not every channel of a run
        // that has ten thousand).
        let mut queued_on: Vec<ChanId> = Vec::new();
        for (i, case) in cases.into_iter().enumerate() {
            if let Case::Send(Some(id), _) | Case::Recv(Some(id)) = &case {
                queued_on.push(*id);
            }
            match case {
                Case::Send(ch, v) => {
                    probe.queued(ch, Some(&v), kind);
                    if let Some(c) = ch.and_then(|id| chans.get_mut(id as usize)) {
                        c.sendq.push_back(Waiter {
                            g: me,
                            case: i,
                            slot: slot.clone(),
                            value: Some(v),
                        });
                    }
                }
                Case::Recv(ch) => {
                    probe.queued(ch, None, kind);
                    if let Some(c) = ch.and_then(|id| chans.get_mut(id as usize)) {
                        c.recvq.push_back(Waiter {
                            g: me,
                            case: i,
                            slot: slot.clone(),
                            value: None,
                        });
                    }
                }
                Case::Timer(t, v) => {
                    probe.queued_timer(kind);
                    waited.push(t.clone());
                    // A stopped timer never fires: its receiver waits for ever.
                    let Some(due) = t.next_due() else { continue };
                    let slot = slot.clone();
                    let claim: Claim = Arc::new(move |at| {
                        let mut o = lock(&slot.outcome);
                        if o.is_some() {
                            return Claimed::Lost;
                        }
                        match t.claim(at) {
                            Some(fired) => {
                                *o = Some(Woke::Case(i, Some((v(fired), true))));
                                Claimed::Won
                            }
                            // Another receiver took it, or it was reset: its next firing.
                            None => t.next_due().map_or(Claimed::Lost, Claimed::Later),
                        }
                    });
                    if let Some(last) = waited.last() {
                        last.wait(me, claim.clone());
                    }
                    timers.push((due, claim));
                }
            }
        }
        drop(chans);
        let woke = self.sched.block_until(me, timers);
        for t in waited {
            t.unwait(me);
        }
        // Out of every queue it is still in: the other cases of its select.
        let outcome = slot.leave();
        let mut chans = lock(&self.chans);
        queued_on.sort_unstable();
        for same in queued_on.chunk_by(|a, b| a == b) {
            if let Some(c) = chans.get_mut(same[0] as usize) {
                c.leave(&slot, same.len());
            }
        }
        drop(chans);
        woke?;
        match outcome {
            Some(Woke::Case(i, got)) => Ok(Chosen::Case(i, got)),
            Some(Woke::Closed) => Err(Stop::Panic(SEND_ON_CLOSED.into())),
            None | Some(Woke::Left) => Err(Stop::Panic(
                "syncscope bug: a channel waiter woke with nothing".into(),
            )),
        }
    }

    /// One case, if it can go now: Go's first pass of `selectgo`.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    fn try_case(
        &self,
        chans: &mut [Chan<T>],
        i: usize,
        case: &Case<T>,
        now: Stamp,
        me: Gid,
        probe: &dyn ChanProbe<T>,
        woken: &mut Option<Gid>,
    ) -> Result<Option<Chosen<T>>, Stop> {
        match case {
            Case::Timer(t, v) => Ok(t.take(now).map(|at| Chosen::Case(i, Some((v(at), true))))),
            Case::Send(ch, v) => {
                let Some(id) = *ch else { return Ok(None) };
                let Some(c) = chans.get_mut(id as usize) else {
                    return Ok(None);
                };
                if c.closed {
                    return Err(Stop::Panic(SEND_ON_CLOSED.into()));
                }
                if let Some(r) = wake_first(&mut c.recvq, |r| {
                    Woke::Case(r.case, Some((v.clone(), true)))
                }) {
                    // Straight to the waiting receiver.
                    probe.sent(id, me, v, Some(r.g));
                    probe.received(id, r.g, v, true, Some(me));
                    *woken = Some(r.g);
                    return Ok(Some(Chosen::Case(i, None)));
                }
                if c.buf.len() < c.cap {
                    c.buf.push_back(v.clone());
                    probe.sent(id, me, v, None);
                    return Ok(Some(Chosen::Case(i, None)));
                }
                Ok(None)
            }
            Case::Recv(ch) => {
                let Some(id) = *ch else { return Ok(None) };
                let Some(c) = chans.get_mut(id as usize) else {
                    return Ok(None);
                };
                if let Some(s) = wake_first(&mut c.sendq, |s| Woke::Case(s.case, None)) {
                    let sent = s.value.clone().unwrap_or_else(|| c.zero.clone());
                    *woken = Some(s.g);
                    if c.cap == 0 {
                        probe.sent(id, s.g, &sent, Some(me));
                        probe.received(id, me, &sent, true, Some(s.g));
                        return Ok(Some(Chosen::Case(i, Some((sent, true)))));
                    }
                    // A full buffer: its first value out, the sender's in at the end.
                    let got = c.buf.pop_front().unwrap_or_else(|| c.zero.clone());
                    probe.received(id, me, &got, true, None);
                    probe.sent(id, s.g, &sent, None);
                    c.buf.push_back(sent);
                    return Ok(Some(Chosen::Case(i, Some((got, true)))));
                }
                if let Some(got) = c.buf.pop_front() {
                    probe.received(id, me, &got, true, None);
                    return Ok(Some(Chosen::Case(i, Some((got, true)))));
                }
                if c.closed {
                    probe.received(id, me, &c.zero, false, None);
                    return Ok(Some(Chosen::Case(i, Some((c.zero.clone(), false)))));
                }
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
#[path = "channel_tests.rs"]
mod tests;

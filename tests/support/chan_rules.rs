//! The channel rules, from the event stream alone:
//! - A buffer never holds more than its capacity.
//! - Values come out of a channel in the order they went in: a receive from the buffer gets
//!   the value at its front; a direct hand-off is a send to a waiting receiver followed at
//!   once by that receiver's receive of the same value from that sender.
//! - No receive without a send or a close: `ok == false` only from a closed, empty channel,
//!   and a value only from the buffer or a sender.
//! - Queues are FIFO: a sender or receiver taken off a queue is the first one waiting there
//!   (a goroutine in a select may have been woken by another case or a timer, so select
//!   waiters ahead of it may be passed over).
//! - A channel is closed once.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::Arc;
use syncscope::event::{ChanOp, Event, EventKind, Gid, State};

#[derive(Debug, Clone, Default)]
struct Chan {
    cap: usize,
    buf: VecDeque<Arc<str>>,
    closed: bool,
    /// Waiting senders with their values, and receivers; `true` for a select waiter.
    senders: VecDeque<(Gid, Arc<str>, bool)>,
    receivers: VecDeque<(Gid, bool)>,
}

/// What the channel rules saw, to show a test that they were put to work.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChanCounts {
    pub values: usize,
    pub handoffs: usize,
    pub full_buffer_waits: usize,
    pub closed_receives: usize,
}

#[derive(Debug, Default)]
pub struct Chans {
    chans: Vec<Chan>,
    /// A send to a waiting receiver, whose receive must come next: channel, from, to, value.
    handing: Option<(u32, Gid, Gid, Arc<str>)>,
    pub counts: ChanCounts,
}

/// Takes `who` off `q`, which must have it first but for select waiters.
fn take_first<T>(
    q: &mut VecDeque<T>,
    who: Gid,
    of: impl Fn(&T) -> (Gid, bool),
) -> Result<T, String> {
    let at = q
        .iter()
        .position(|w| of(w).0 == who)
        .ok_or_else(|| format!("{who} was not waiting on the channel"))?;
    if let Some(ahead) = q.iter().take(at).find(|w| !of(w).1) {
        return Err(format!(
            "{who} was taken before {}, who waited longer: the queue is not FIFO",
            of(ahead).0
        ));
    }
    q.remove(at).ok_or_else(|| "the queue lost a waiter".into())
}

impl Chans {
    /// A goroutine that reports anything but a channel wait is no longer queued anywhere.
    fn leaves(&mut self, who: Gid) {
        for c in &mut self.chans {
            c.senders.retain(|w| w.0 != who);
            c.receivers.retain(|w| w.0 != who);
        }
    }

    pub fn event(&mut self, e: &Event) -> Result<(), String> {
        if let Some((chan, from, to, _)) = &self.handing {
            let answered = matches!(&e.kind,
                EventKind::Chan { chan: c, op: ChanOp::Recv { from: Some(f), .. } }
                    if c == chan && f == from && e.who == *to);
            if !answered {
                return Err(format!(
                    "a hand-off from {from} to {to} on channel {chan} was not received next"
                ));
            }
        }
        match &e.kind {
            EventKind::State(s) if !s.on_channel() && *s != State::Runnable => {
                self.leaves(e.who);
                Ok(())
            }
            EventKind::Chan { chan, op } => self.op(e.who, *chan, op),
            _ => Ok(()),
        }
    }

    fn op(&mut self, who: Gid, chan: u32, op: &ChanOp) -> Result<(), String> {
        if let ChanOp::Make { cap, .. } = op {
            if chan as usize != self.chans.len() {
                return Err(format!("channel {chan} made out of order"));
            }
            self.chans.push(Chan {
                cap: *cap as usize,
                ..Chan::default()
            });
            return Ok(());
        }
        let handing = self.handing.take();
        let counts = &mut self.counts;
        let c = self
            .chans
            .get_mut(chan as usize)
            .ok_or_else(|| format!("channel {chan} was never made"))?;
        match op {
            ChanOp::Make { .. } => {}
            ChanOp::Wait { send, select } => match send {
                Some(v) => {
                    if c.buf.len() < c.cap && !c.closed && !*select {
                        return Err(format!("{who} waits to send with room in the buffer"));
                    }
                    c.senders.push_back((who, v.clone(), *select));
                }
                None => c.receivers.push_back((who, *select)),
            },
            ChanOp::Send { value, to: Some(r) } => {
                if c.closed {
                    return Err("a send on a closed channel went through".into());
                }
                if c.receivers.iter().any(|w| w.0 == *r) {
                    take_first(&mut c.receivers, *r, |w| *w)?;
                } else {
                    // The receiver came to a waiting sender, on an unbuffered channel.
                    let (_, queued, _) = take_first(&mut c.senders, who, |w| (w.0, w.2))?;
                    if queued != *value || c.cap != 0 {
                        return Err(format!("{who} queued {queued} but handed over {value}"));
                    }
                }
                self.handing = Some((chan, who, *r, value.clone()));
            }
            ChanOp::Send { value, to: None } => {
                if c.closed {
                    return Err("a send on a closed channel went through".into());
                }
                if c.senders.iter().any(|w| w.0 == who) {
                    let (_, queued, _) = take_first(&mut c.senders, who, |w| (w.0, w.2))?;
                    if queued != *value {
                        return Err(format!("{who} queued {queued} but {value} went in"));
                    }
                    counts.full_buffer_waits += 1;
                }
                c.buf.push_back(value.clone());
                if c.buf.len() > c.cap {
                    return Err(format!("a buffer of {} holds {}", c.cap, c.buf.len()));
                }
            }
            ChanOp::Recv { value, ok, from } => {
                c.receivers.retain(|w| w.0 != who);
                match (ok, from) {
                    (false, _) if !c.closed || !c.buf.is_empty() => {
                        return Err("ok == false from a channel that is open or not empty".into());
                    }
                    (false, _) => counts.closed_receives += 1,
                    (true, Some(s)) => {
                        let matched = handing.as_ref().is_some_and(|(hc, hf, ht, hv)| {
                            *hc == chan && hf == s && *ht == who && hv == value
                        });
                        if !matched {
                            return Err(format!("{who} received {value} that {s} never sent"));
                        }
                        counts.values += 1;
                        counts.handoffs += 1;
                    }
                    (true, None) => {
                        let front = c.buf.pop_front().ok_or("a receive from an empty buffer")?;
                        if front != *value {
                            return Err(format!("received {value} but {front} was first in"));
                        }
                        counts.values += 1;
                    }
                }
            }
            ChanOp::Close => {
                if c.closed {
                    return Err("a channel closed twice".into());
                }
                c.closed = true;
            }
        }
        Ok(())
    }
}

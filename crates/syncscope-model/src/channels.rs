//! Each channel's buffer, queues and hand-offs, as the channel events tell them.

use crate::ChunkedVec;
use crate::chan_queue::{WaitQueue, Waiter};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use syncscope_program::event::{ChanOp, Gid};
use syncscope_program::safe_text;

/// A value in a buffer, and who sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    pub value: Arc<str>,
    pub(crate) by: Gid,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChanView {
    pub name: Arc<str>,
    pub cap: u32,
    /// Oldest first: the next receive takes the front.
    pub buffer: VecDeque<Sent>,
    /// Who closed it.
    pub closed: Option<Gid>,
    /// In the order they will be served.
    pub senders: WaitQueue,
    pub receivers: WaitQueue,
    /// Values that left a sender, and values a receiver got (a receive of a closed channel's
    /// zero value is not one).
    pub sent: u64,
    pub received: u64,
}

/// A value handed straight from a waiting or arriving sender to a receiver.
#[derive(Debug, Clone, PartialEq)]
pub struct ChanHandoff {
    pub at_ns: u64,
    pub chan: u32,
    pub from: Gid,
    pub to: Gid,
    pub value: Arc<str>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Channels {
    /// Indexed by channel number.
    pub list: Vec<ChanView>,
    /// Every direct hand-off, in order.
    pub handoffs: ChunkedVec<ChanHandoff>,
    /// One for each full block of `handoffs`.
    pub handoff_blocks: ChunkedVec<crate::MarkBlock>,
    queued: u64,
    /// Who is in some queue: each channel and when it queued there, so that leaving takes
    /// it out of those queues alone, not every channel of a run that has ten thousand.
    waiting: HashMap<Gid, Vec<(u32, u64)>>,
    /// Goroutines waiting on a timer's channel (no numbered channel's queue has them).
    on_timer: HashSet<Gid>,
}

impl Channels {
    /// Records a value handed straight from a sender to a receiver, keeping its block.
    pub fn push_handoff(&mut self, h: ChanHandoff) {
        self.handoffs.push(h);
        crate::mark_blocks::on_push(&self.handoffs, &mut self.handoff_blocks, |h| {
            (h.to, h.at_ns)
        });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub(crate) fn get(&self, chan: u32) -> Option<&ChanView> {
        self.list.get(chan as usize)
    }

    /// The channel's name as it may be shown.
    pub fn name(&self, chan: u32) -> String {
        match self.get(chan) {
            Some(c) => safe_text::one_line(&c.name, 40),
            None => format!("channel {chan}"),
        }
    }

    pub(crate) fn apply(&mut self, at_ns: u64, who: Gid, chan: u32, op: &ChanOp) {
        if let ChanOp::Make { name, cap } = op {
            // Channels are numbered as they are made; anything else is not this run's.
            if chan as usize == self.list.len() {
                self.list.push(ChanView {
                    name: name.clone(),
                    cap: *cap,
                    ..ChanView::default()
                });
            }
            return;
        }
        if chan as usize >= self.list.len() {
            return;
        }
        match op {
            ChanOp::Wait { send, select } => {
                self.queued += 1;
                self.waiting
                    .entry(who)
                    .or_default()
                    .push((chan, self.queued));
                let c = &mut self.list[chan as usize];
                let waiter = Waiter {
                    who,
                    value: send.clone(),
                    select: *select,
                    queued: self.queued,
                };
                if send.is_some() {
                    c.senders.push(waiter);
                } else {
                    c.receivers.push(waiter);
                }
            }
            ChanOp::Send { value, to } => {
                self.leave(who);
                let c = &mut self.list[chan as usize];
                c.sent += 1;
                if to.is_none() {
                    c.buffer.push_back(Sent {
                        value: value.clone(),
                        by: who,
                    });
                }
            }
            ChanOp::Recv { value, ok, from } => {
                self.leave(who);
                let c = &mut self.list[chan as usize];
                if !ok {
                    return;
                }
                c.received += 1;
                match from {
                    Some(from) => self.push_handoff(ChanHandoff {
                        at_ns,
                        chan,
                        from: *from,
                        to: who,
                        value: value.clone(),
                    }),
                    None => {
                        c.buffer.pop_front();
                    }
                }
            }
            ChanOp::Close => {
                let c = &mut self.list[chan as usize];
                c.closed = Some(who);
                // Every waiting sender is woken to panic (the receivers each get a Recv).
                let senders: Vec<Gid> = c.senders.iter().map(|w| w.who).collect();
                for g in senders {
                    self.leave(g);
                }
            }
            ChanOp::Make { .. } => {}
        }
    }

    /// `who` waits on a timer's channel, in a receive or as a case of its select.
    pub(crate) fn waits_on_timer(&mut self, who: Gid) {
        self.on_timer.insert(who);
    }

    /// Whether `who` waits on a timer's channel now.
    pub(crate) fn on_timer(&self, who: Gid) -> bool {
        self.on_timer.contains(&who)
    }

    /// `who` is no longer blocked: out of every queue (the other cases of its select too).
    pub(crate) fn leave(&mut self, who: Gid) {
        self.on_timer.remove(&who);
        let Some(queued_on) = self.waiting.remove(&who) else {
            return;
        };
        for (chan, queued) in queued_on {
            if let Some(c) = self.list.get_mut(chan as usize) {
                c.senders.remove(queued);
                c.receivers.remove(queued);
            }
        }
    }

    /// Every channel `who` is queued on, with its number and how, in the order it queued.
    pub(crate) fn waits_of(&self, who: Gid) -> Vec<(u32, &Waiter)> {
        let Some(queued_on) = self.waiting.get(&who) else {
            return Vec::new();
        };
        let mut out: Vec<(u32, &Waiter)> = queued_on
            .iter()
            .filter_map(|&(chan, queued)| {
                let c = self.list.get(chan as usize)?;
                let w = c.senders.get(queued).or_else(|| c.receivers.get(queued))?;
                Some((chan, w))
            })
            .collect();
        out.sort_by_key(|(_, w)| w.queued);
        out
    }
}

/// A value as `%v` printed it, made safe to show: quoted unless it reads as a number or a
/// bool, so that `"id 2"` stays one value in a sentence.
pub fn shown_value(value: &str) -> String {
    let safe = safe_text::one_line(value, 40);
    let bare = value.parse::<f64>().is_ok() || matches!(value, "true" | "false" | "<nil>");
    if bare { safe } else { format!("\"{safe}\"") }
}

//! Channel edges, as Go's race detector draws them (runtime/chan.go's racenotify and
//! racesync): a send happens before the receive that gets its value completes; with capacity
//! C, the k-th receive happens before the (k+C)-th send completes (unbuffered, the two sides of
//! a hand-off order each other); a close happens before every receive that returns because of
//! it. Go keeps a clock per buffer slot; a queue of the values' clocks and one of the freed
//! slots' clocks say the same and grow only with what the run did, whatever the capacity.

use super::HappensBefore;
use crate::vclock::VClock;
use std::collections::VecDeque;
use syncscope_program::event::{ChanOp, Gid};

#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct ChanClocks {
    cap: u64,
    sends: u64,
    /// The clocks of the senders of the values in the buffer, oldest first.
    values: VecDeque<VClock>,
    /// The clocks of the receives whose slot no send has reused yet, oldest first.
    freed: VecDeque<VClock>,
    closed: VClock,
}

impl HappensBefore {
    pub(crate) fn chan(&mut self, who: Gid, chan: u32, op: &ChanOp) {
        if self.off {
            return;
        }
        let i = chan as usize;
        if let ChanOp::Make { cap, .. } = op {
            if i == self.chans.len() {
                self.chans.push(ChanClocks {
                    cap: u64::from(*cap),
                    ..ChanClocks::default()
                });
            }
            return;
        }
        if i >= self.chans.len() {
            return;
        }
        self.clock(who);
        match op {
            ChanOp::Send { to: None, .. } => {
                self.send(who, i);
                let clock = self.clocks[who.index()].clone();
                self.chans[i].values.push_back(clock);
                self.clocks[who.index()].tick(who.0);
            }
            ChanOp::Recv {
                ok: true,
                from: None,
                ..
            } => {
                if let Some(sent) = self.chans[i].values.pop_front() {
                    self.clocks[who.index()].join(&sent);
                }
                self.received(who, i);
            }
            ChanOp::Recv {
                ok: true,
                from: Some(from),
                ..
            } => self.handed(*from, who, i),
            ChanOp::Recv { ok: false, .. } => {
                let (clocks, chans) = (&mut self.clocks, &self.chans);
                clocks[who.index()].join(&chans[i].closed);
            }
            ChanOp::Close => {
                let clock = &mut self.clocks[who.index()];
                self.chans[i].closed.join(clock);
                clock.tick(who.0);
            }
            ChanOp::Send { to: Some(_), .. } | ChanOp::Wait { .. } | ChanOp::Make { .. } => {}
        }
    }

    /// A send completes: after the receive C receives back, whose slot it takes.
    fn send(&mut self, who: Gid, chan: usize) {
        let c = &mut self.chans[chan];
        c.sends += 1;
        if c.sends > c.cap
            && let Some(freed) = c.freed.pop_front()
        {
            self.clocks[who.index()].join(&freed);
        }
    }

    /// A receive of a buffered channel frees a slot for the send C sends on.
    fn received(&mut self, who: Gid, chan: usize) {
        let c = &mut self.chans[chan];
        if c.cap > 0 {
            c.freed.push_back(self.clocks[who.index()].clone());
        }
        self.clocks[who.index()].tick(who.0);
    }

    /// A value straight from `from` to the waiting or arriving receiver `to`: the send happens
    /// before the receive completes; unbuffered, the receive happens before the send completes
    /// too. Buffered, it counts as a send and a receive of the buffer, as in Go.
    fn handed(&mut self, from: Gid, to: Gid, chan: usize) {
        self.clock(from);
        if self.chans[chan].cap > 0 {
            self.send(from, chan);
            let sender = self.clocks[from.index()].clone();
            self.clocks[from.index()].tick(from.0);
            self.clocks[to.index()].join(&sender);
            self.received(to, chan);
            return;
        }
        let sender = self.clocks[from.index()].clone();
        let receiver = self.clocks[to.index()].clone();
        self.clocks[to.index()].join(&sender);
        self.clocks[from.index()].join(&receiver);
        self.clocks[to.index()].tick(to.0);
        self.clocks[from.index()].tick(from.0);
    }
}

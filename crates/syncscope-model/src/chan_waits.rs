//! Why a goroutine is blocked on channels, in the words of Go's goroutine dump.

use super::Model;
use super::channels::shown_value;
use syncscope_program::event::{Gid, State};

impl Model {
    /// The channel state `who` is blocked in: its current one, or the one the end of the run
    /// froze (deadlocked, abandoned).
    fn chan_state(&self, who: Gid) -> Option<State> {
        let lane = self.lanes.get(who.index())?;
        let mut states = lane.segments.iter().rev().map(|s| s.state);
        let last = states.next()?;
        let blocked = match last {
            State::Deadlocked | State::Abandoned => states.next()?,
            other => other,
        };
        blocked.on_channel().then_some(blocked)
    }

    /// One line for a goroutine blocked on channels, if it is.
    pub(super) fn chan_wait_line(&self, who: Gid) -> Option<String> {
        let state = self.chan_state(who)?;
        let waits = self.chans.waits_of(who);
        let chans = &self.chans;
        let timer = chans.on_timer(who);
        Some(match (state, waits.as_slice()) {
            (State::WaitingSelect, []) if timer => {
                format!("{who} [select]: waits on a timer that will not fire again")
            }
            (State::WaitingSelect, []) => format!("{who} [select (no cases)]: blocks for ever"),
            (State::WaitingSelect, waits) => {
                let mut names: Vec<String> = waits.iter().map(|(c, _)| chans.name(*c)).collect();
                if timer {
                    names.push("a timer".into());
                }
                format!("{who} [select]: waits on {}", names.join(", "))
            }
            (State::WaitingRecv, []) if timer => {
                format!("{who} [chan receive]: <-a timer's channel, which will not fire again")
            }
            (State::WaitingSend, []) => {
                format!("{who} [chan send (nil chan)]: a send to a nil channel blocks for ever")
            }
            (_, []) => format!(
                "{who} [chan receive (nil chan)]: a receive from a nil channel blocks for ever"
            ),
            (State::WaitingSend, [(c, w), ..]) => {
                let view = chans.get(*c)?;
                let value = w.value.as_deref().map_or(String::new(), shown_value);
                let why = if view.closed.is_some() {
                    "closed".to_string()
                } else if view.cap == 0 {
                    "unbuffered, nobody receives".to_string()
                } else {
                    format!("buffer full ({} of {})", view.buffer.len(), view.cap)
                };
                format!("{who} [chan send]: {} <- {value}, {why}", chans.name(*c))
            }
            (_, [(c, _), ..]) => {
                // A receive, the only channel wait left.
                let view = chans.get(*c)?;
                let open = if view.closed.is_some() {
                    "closed"
                } else {
                    "open"
                };
                let senders: Vec<String> = view.senders.iter().map(|s| s.who.to_string()).collect();
                let who_sends = if senders.is_empty() {
                    "nobody sends".to_string()
                } else {
                    format!("waiting senders: {}", senders.join(", "))
                };
                format!(
                    "{who} [chan receive]: <-{}, {open}, {who_sends}",
                    chans.name(*c)
                )
            }
        })
    }
}

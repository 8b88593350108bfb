//! One event as a few bytes: a tag, the time since the event before it and who reported it
//! as varints, then the kind's fields. The kinds a run makes by the million (statements,
//! states, accesses, locks, channel values, printed lines) are written out in full; the rare
//! ones (a run's start and end, cancels, conds, made locks) keep their value in a side list
//! and write its index.

use std::sync::Arc;
use syncscope_program::event::{Access, ChanOp, Event, EventKind, Gid, LockAction, State, WgCount};

const STATE: u8 = 0;
const AT: u8 = 1;
const LOCK: u8 = 2;
const GO: u8 = 3;
const WAIT_GROUP: u8 = 4;
const WAIT_RETURNED: u8 = 5;
const LOAD_LEN: u8 = 6;
const STORE: u8 = 7;
const LEN: u8 = 8;
const READ: u8 = 9;
const ACCESS: u8 = 10;
const TOUCH: u8 = 11;
const OUTPUT: u8 = 12;
const STDERR: u8 = 13;
const PROC: u8 = 14;
const SEND: u8 = 15;
const RECV: u8 = 16;
const CHAN_WAIT: u8 = 17;
const CLOSE: u8 = 18;
const ATOMIC: u8 = 19;
const TIMER_WAIT: u8 = 20;
/// Any other kind: its index in the side list.
const RARE: u8 = 21;

/// Appends `event` to `out`: its sequence number as the `skipped` numbers since the one
/// expected, its time as the nanoseconds since `last_ns`; a rare kind goes to `rare`.
pub(super) fn encode(
    event: &Event,
    last_ns: u64,
    skipped: u64,
    out: &mut Vec<u8>,
    rare: &mut Vec<EventKind>,
) {
    let tag_at = out.len();
    out.push(0);
    varint(out, skipped);
    varint(out, event.at_ns.saturating_sub(last_ns));
    varint(out, u64::from(event.who.0));
    let tag = match &event.kind {
        EventKind::State(s) => {
            out.push(state_index(*s));
            STATE
        }
        EventKind::At { func, pc } => {
            varint(out, u64::from(*func));
            varint(out, u64::from(*pc));
            AT
        }
        EventKind::Lock {
            lock,
            access,
            action,
        } => {
            varint(out, *lock as u64);
            let (action, front) = match action {
                LockAction::Wait => (0, false),
                LockAction::Requeue { front } => (1, *front),
                LockAction::Woken => (2, false),
                LockAction::Claim => (3, false),
                LockAction::Acquire => (4, false),
                LockAction::Release => (5, false),
            };
            let read = u8::from(*access == Access::Read);
            out.push(action | read << 3 | u8::from(front) << 4);
            LOCK
        }
        EventKind::Go(child) => {
            varint(out, u64::from(child.0));
            GO
        }
        EventKind::WaitGroup(count) => {
            varint(out, u64::from(count.group));
            varint(out, zigzag(count.counter));
            WAIT_GROUP
        }
        EventKind::WaitReturned => WAIT_RETURNED,
        EventKind::LoadLen(n) => {
            varint(out, *n as u64);
            LOAD_LEN
        }
        EventKind::Store {
            slot,
            value,
            overwrote,
        } => {
            varint(out, *slot as u64);
            text(out, value);
            match overwrote {
                Some(lost) => {
                    out.push(1);
                    text(out, lost);
                }
                None => out.push(0),
            }
            STORE
        }
        EventKind::Len(n) => {
            varint(out, *n as u64);
            LEN
        }
        EventKind::Read(n) => {
            varint(out, *n as u64);
            READ
        }
        EventKind::Access { var, write } => {
            varint(out, u64::from(*var) << 1 | u64::from(*write));
            ACCESS
        }
        EventKind::Touch {
            var,
            obj,
            elem,
            write,
        } => {
            varint(out, u64::from(*var) << 1 | u64::from(*write));
            varint(out, u64::from(*obj));
            // 0 for none, else the element plus one.
            varint(out, elem.map_or(0, |e| u64::from(e) + 1));
            TOUCH
        }
        EventKind::Output(t) => {
            text(out, t);
            OUTPUT
        }
        EventKind::Stderr(t) => {
            text(out, t);
            STDERR
        }
        EventKind::Proc { p, on } => {
            varint(out, u64::from(*p) << 1 | u64::from(*on));
            PROC
        }
        EventKind::Chan { chan, op } => match op {
            ChanOp::Send { value, to } => {
                varint(out, u64::from(*chan));
                text(out, value);
                varint(out, gid_or_zero(*to));
                SEND
            }
            ChanOp::Recv { value, ok, from } => {
                varint(out, u64::from(*chan));
                text(out, value);
                out.push(u8::from(*ok));
                varint(out, gid_or_zero(*from));
                RECV
            }
            ChanOp::Wait { send, select } => {
                varint(out, u64::from(*chan));
                out.push(u8::from(send.is_some()) | u8::from(*select) << 1);
                if let Some(value) = send {
                    text(out, value);
                }
                CHAN_WAIT
            }
            ChanOp::Close => {
                varint(out, u64::from(*chan));
                CLOSE
            }
            ChanOp::Make { .. } => rare_index(out, rare, &event.kind),
        },
        EventKind::Atomic { var, write } => {
            varint(out, u64::from(*var) << 1 | u64::from(*write));
            ATOMIC
        }
        EventKind::TimerWait => TIMER_WAIT,
        EventKind::RunStarted(_)
        | EventKind::Starving { .. }
        | EventKind::SetProcs(_)
        | EventKind::End(_)
        | EventKind::LockMade { .. }
        | EventKind::Cond { .. }
        | EventKind::Cancel(_)
        | EventKind::SawCancel { .. } => rare_index(out, rare, &event.kind),
    };
    out[tag_at] = tag;
}

fn rare_index(out: &mut Vec<u8>, rare: &mut Vec<EventKind>, kind: &EventKind) -> u8 {
    varint(out, rare.len() as u64);
    rare.push(kind.clone());
    RARE
}

/// What one event decodes to: the sequence numbers skipped, its time, who and what.
pub(super) type Decoded = (u64, u64, Gid, EventKind);

/// Reads the event at `*at` in `bytes` (advancing `*at`), its time `last_ns` plus the delta.
/// The bytes are our own writing: a malformed one is a bug, and reads as `None`.
pub(super) fn decode(
    bytes: &[u8],
    at: &mut usize,
    last_ns: u64,
    rare: &[EventKind],
) -> Option<Decoded> {
    let mut r = Reader { bytes, at: *at };
    let tag = r.byte()?;
    let skipped = r.varint()?;
    let at_ns = last_ns + r.varint()?;
    let who = Gid(u32::try_from(r.varint()?).ok()?);
    let kind = match tag {
        STATE => EventKind::State(*State::ALL.get(usize::from(r.byte()?))?),
        AT => EventKind::At {
            func: r.small()?,
            pc: r.small()?,
        },
        LOCK => {
            let lock = r.varint()? as usize;
            let bits = r.byte()?;
            let action = match bits & 0b111 {
                0 => LockAction::Wait,
                1 => LockAction::Requeue {
                    front: bits & 0b1_0000 != 0,
                },
                2 => LockAction::Woken,
                3 => LockAction::Claim,
                4 => LockAction::Acquire,
                5 => LockAction::Release,
                _ => return None,
            };
            let access = if bits & 0b1000 != 0 {
                Access::Read
            } else {
                Access::Write
            };
            EventKind::Lock {
                lock,
                access,
                action,
            }
        }
        GO => EventKind::Go(Gid(r.u32()?)),
        WAIT_GROUP => EventKind::WaitGroup(WgCount::new(r.u32()?, unzigzag(r.varint()?))),
        WAIT_RETURNED => EventKind::WaitReturned,
        LOAD_LEN => EventKind::LoadLen(r.varint()? as usize),
        STORE => {
            let slot = r.varint()? as usize;
            let value = r.text()?;
            let overwrote = match r.byte()? {
                0 => None,
                _ => Some(r.text()?),
            };
            EventKind::Store {
                slot,
                value,
                overwrote,
            }
        }
        LEN => EventKind::Len(r.varint()? as usize),
        READ => EventKind::Read(r.varint()? as usize),
        ACCESS => {
            let (var, write) = r.flagged()?;
            EventKind::Access { var, write }
        }
        TOUCH => {
            let (var, write) = r.flagged()?;
            let obj = r.u32()?;
            let elem = match r.varint()? {
                0 => None,
                e => Some(u32::try_from(e - 1).ok()?),
            };
            EventKind::Touch {
                var,
                obj,
                elem,
                write,
            }
        }
        OUTPUT => EventKind::Output(r.text()?),
        STDERR => EventKind::Stderr(r.text()?),
        PROC => {
            let (p, on) = r.flagged()?;
            EventKind::Proc { p, on }
        }
        SEND => {
            let chan = r.u32()?;
            let value = r.text()?;
            let to = r.gid_or_none()?;
            EventKind::Chan {
                chan,
                op: ChanOp::Send { value, to },
            }
        }
        RECV => {
            let chan = r.u32()?;
            let value = r.text()?;
            let ok = r.byte()? != 0;
            let from = r.gid_or_none()?;
            EventKind::Chan {
                chan,
                op: ChanOp::Recv { value, ok, from },
            }
        }
        CHAN_WAIT => {
            let chan = r.u32()?;
            let bits = r.byte()?;
            let send = if bits & 1 != 0 { Some(r.text()?) } else { None };
            EventKind::Chan {
                chan,
                op: ChanOp::Wait {
                    send,
                    select: bits & 2 != 0,
                },
            }
        }
        CLOSE => EventKind::Chan {
            chan: r.u32()?,
            op: ChanOp::Close,
        },
        ATOMIC => {
            let (var, write) = r.flagged()?;
            EventKind::Atomic { var, write }
        }
        TIMER_WAIT => EventKind::TimerWait,
        RARE => rare.get(r.varint()? as usize)?.clone(),
        _ => return None,
    };
    *at = r.at;
    Some((skipped, at_ns, who, kind))
}

fn state_index(s: State) -> u8 {
    State::ALL.iter().position(|&x| x == s).unwrap_or(0) as u8
}

fn gid_or_zero(g: Option<Gid>) -> u64 {
    g.map_or(0, |g| u64::from(g.0) + 1)
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn unzigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

/// LEB128: seven bits a byte, the high bit set on all but the last.
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn text(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    fn small(&mut self) -> Option<u16> {
        u16::try_from(self.varint()?).ok()
    }

    /// A `u16` shifted left past a flag bit.
    fn flagged(&mut self) -> Option<(u16, bool)> {
        let n = self.varint()?;
        Some((u16::try_from(n >> 1).ok()?, n & 1 != 0))
    }

    fn gid_or_none(&mut self) -> Option<Option<Gid>> {
        Some(match self.varint()? {
            0 => None,
            g => Some(Gid(u32::try_from(g - 1).ok()?)),
        })
    }

    fn text(&mut self) -> Option<Arc<str>> {
        let len = usize::try_from(self.varint()?).ok()?;
        let end = self.at.checked_add(len)?;
        let s = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        self.at = end;
        Some(Arc::from(s))
    }
}

//! A run with channels, written out as events (no front end makes channels yet): main hands
//! `jobs` to g1, g1 and g2 fill the `results` buffer, g3 waits to send into it, g1 waits in a
//! select on `jobs` and `quit`; then main drains a value, closes `quit`, and waits on `jobs`
//! for ever.

use std::sync::Arc;
use syncscope::event::{ChanOp, Ending, Event, EventKind, Gid, LockMode, RunInfo, State};

fn info() -> RunInfo {
    let scenario = syncscope::front::toml::built_in("mutex")
        .expect("built in")
        .expect("parses");
    let mut info = RunInfo::new(Arc::new(scenario), 1);
    info.mode = LockMode::None;
    info.workers = 3;
    info
}

#[derive(Default)]
struct Script(Vec<Event>);

impl Script {
    /// At `t` hundredths of a second, so that the run spans the lanes' width.
    fn at(&mut self, t: u64, who: u32, kind: EventKind) -> &mut Self {
        let seq = self.0.len() as u64;
        self.0.push(Event {
            run: 1,
            seq,
            at_ns: t * 10_000_000,
            who: Gid(who),
            kind,
        });
        self
    }

    fn state(&mut self, t: u64, who: u32, state: State) -> &mut Self {
        self.at(t, who, EventKind::State(state))
    }

    fn chan(&mut self, t: u64, who: u32, chan: u32, op: ChanOp) -> &mut Self {
        self.at(t, who, EventKind::Chan { chan, op })
    }
}

fn v(text: &str) -> Arc<str> {
    text.into()
}

fn send(value: &str, to: Option<u32>) -> ChanOp {
    let value = v(value);
    let to = to.map(Gid);
    ChanOp::Send { value, to }
}

fn recv(value: &str, ok: bool, from: Option<u32>) -> ChanOp {
    let value = v(value);
    let from = from.map(Gid);
    ChanOp::Recv { value, ok, from }
}

fn wait(send: Option<&str>, select: bool) -> ChanOp {
    let send = send.map(v);
    ChanOp::Wait { send, select }
}

/// The events, and how many of them make the moment the queues are fullest.
pub fn run() -> (Vec<Event>, usize) {
    let mut s = Script::default();
    s.at(0, 0, EventKind::RunStarted(Box::new(info())))
        .state(0, 0, State::Running);
    for (chan, name, cap) in [(0, "jobs", 0), (1, "results", 2), (2, "quit", 0)] {
        let name = v(name);
        s.chan(0, 0, chan, ChanOp::Make { name, cap });
    }
    for g in 1..=3 {
        s.at(0, 0, EventKind::Go(Gid(g)))
            .state(0, g, State::Running);
    }
    s.state(10, 1, State::WaitingRecv)
        .chan(10, 1, 0, wait(None, false));
    s.chan(20, 0, 0, send("id1", Some(1)))
        .chan(20, 1, 0, recv("id1", true, Some(0)))
        .state(20, 1, State::Running);
    s.chan(40, 1, 1, send("done1", None));
    s.chan(50, 2, 1, send("done2", None))
        .state(50, 2, State::Done);
    s.state(60, 3, State::WaitingSend)
        .chan(60, 3, 1, wait(Some("done3"), false));
    s.state(70, 1, State::WaitingSelect)
        .chan(70, 1, 0, wait(None, true))
        .state(70, 1, State::WaitingSelect)
        .chan(70, 1, 2, wait(None, true));
    let fullest = s.0.len();
    s.chan(90, 0, 1, recv("done1", true, None))
        .chan(90, 3, 1, send("done3", None))
        .state(90, 3, State::Running)
        .state(95, 3, State::Done);
    s.chan(100, 0, 2, ChanOp::Close)
        .chan(100, 1, 2, recv("", false, None))
        .state(100, 1, State::Running)
        .state(105, 1, State::Done);
    s.state(110, 0, State::WaitingRecv)
        .chan(110, 0, 0, wait(None, false))
        .at(110, 0, EventKind::End(Ending::Deadlock));
    (s.0, fullest)
}

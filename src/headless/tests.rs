use super::*;
use crate::event::{ChanOp, Gid, State};
use std::sync::Arc;

fn model(steps: Vec<(u32, EventKind)>) -> Model {
    let scenario = crate::front::toml::built_in("mutex")
        .expect("built in")
        .expect("parses");
    let start = EventKind::RunStarted(Box::new(RunInfo::new(Arc::new(scenario), 1)));
    let mut m = Model::new(1);
    for (seq, (who, kind)) in [vec![(0, start)], steps].concat().into_iter().enumerate() {
        let seq = seq as u64;
        m.apply(&Event {
            run: 1,
            seq,
            at_ns: seq * 1000,
            who: Gid(who),
            kind,
        });
    }
    m
}

#[test]
fn json_lists_channels_only_for_runs_that_have_them() {
    let plain = model(vec![(0, EventKind::End(Ending::Finished))]);
    assert!(json(&plain).get("channels").is_none());
    let chan = |chan, op| EventKind::Chan { chan, op };
    let make = |name: &str, cap| ChanOp::Make {
        name: name.into(),
        cap,
    };
    let send = |value: &str| ChanOp::Send {
        value: value.into(),
        to: None,
    };
    let recv = ChanOp::Recv {
        value: "a".into(),
        ok: true,
        from: None,
    };
    let wait = ChanOp::Wait {
        send: None,
        select: false,
    };
    let m = model(vec![
        (0, chan(0, make("jobs", 2))),
        (0, chan(0, send("a"))),
        (0, chan(0, send("b"))),
        (1, chan(0, recv)),
        (0, chan(0, ChanOp::Close)),
        (0, chan(1, make("quit", 0))),
        (0, EventKind::State(State::WaitingRecv)),
        (0, chan(1, wait)),
        (0, EventKind::End(Ending::Deadlock)),
    ]);
    let j = json(&m);
    assert_eq!(
        j["channels"],
        serde_json::json!([{
            "name": "jobs", "cap": 2, "sent": 2, "received": 1, "closed": true,
            "left_in_buffer": ["b"],
        }, {
            "name": "quit", "cap": 0, "sent": 0, "received": 0, "closed": false,
            "left_in_buffer": [],
        }])
    );
    assert_eq!(
        j["waits"][0],
        "main [chan receive]: <-quit, open, nobody sends"
    );
}

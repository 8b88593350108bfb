//! `sync.Cond`'s notify list by Go's rules, on the scheduler: tickets are served oldest
//! first, a ticket notified before its holder sleeps costs it no sleep, and nobody wakes
//! without a Signal or Broadcast.

use super::tests::{G, run, script};
use super::{Cond, Probe};
use crate::sched::Stop;
use syncscope_program::event::Gid;

/// `c.Wait()` without the lock: a ticket, a note, the sleep, a note on waking.
fn wait(g: &G, c: &Cond) -> Result<(), Stop> {
    let me = g.me();
    let ticket = c.add(me);
    c.wait(ticket, me, || {
        g.note(me, format!("sleeps with ticket {ticket}"))
    })?;
    g.note(me, "wakes".into());
    Ok(())
}

fn woke(g: &G, who: Vec<Gid>) {
    let names: Vec<String> = who.iter().map(Gid::to_string).collect();
    g.note(g.me(), format!("woke [{}]", names.join(" ")));
}

#[test]
fn signal_wakes_the_oldest_ticket_and_broadcast_the_rest() {
    let log = run(
        Cond::new,
        vec![
            script(wait),
            script(wait),
            script(wait),
            script(|g, c: &Cond| {
                g.sleep_ms(10)?;
                woke(g, c.signal().into_iter().collect());
                g.sleep_ms(10)?;
                woke(g, c.broadcast());
                woke(g, c.broadcast());
                woke(g, c.signal().into_iter().collect());
                Ok(())
            }),
        ],
    );
    assert_eq!(
        log,
        [
            "0 g1 sleeps with ticket 0",
            "0 g2 sleeps with ticket 1",
            "0 g3 sleeps with ticket 2",
            "10 g4 woke [g1]",
            "10 g1 wakes",
            "20 g4 woke [g2 g3]",
            "20 g4 woke []",
            "20 g4 woke []",
            "20 g3 wakes",
            "20 g2 wakes",
        ]
    );
}

#[test]
fn a_ticket_notified_before_its_holder_sleeps_does_not_sleep() {
    let log = run(
        Cond::new,
        vec![script(|g, c: &Cond| {
            let me = g.me();
            let ticket = c.add(me);
            woke(g, c.signal().into_iter().collect());
            c.wait(ticket, me, || g.note(me, "sleeps".into()))?;
            g.note(me, "returns".into());
            Ok(())
        })],
    );
    assert_eq!(log, ["0 g1 woke [g1]", "0 g1 returns"]);
}

#[test]
fn nobody_wakes_without_a_signal() {
    let log = run(Cond::new, vec![script(wait)]);
    assert_eq!(log, ["0 g1 sleeps with ticket 0", "deadlock"]);
}

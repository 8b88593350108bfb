//! Events and settings in words, shared by the headless timeline and the TUI's event log.

use crate::{Names, shown_value};
use syncscope_program::event::{Access, ChanOp, Ending, Event, EventKind, LockAction, RunInfo};
use syncscope_program::safe_text;

/// One event as a timeline line: time, goroutine, what happened. Step markers are for the
/// code panel and have no line of their own.
pub fn describe(event: &Event, names: Names) -> Option<String> {
    let lock_name = |lock: usize| names.locks.get(lock).map_or("?", |l| l.name.as_str());
    let what = match &event.kind {
        EventKind::RunStarted(info) => format!("starts: {}", settings(info)),
        EventKind::At { .. } => return None,
        EventKind::Chan { chan, op } => chan_op(&names.chans.name(*chan), op),
        EventKind::Cond { cond, op } => crate::cond_op(names.conds.name(*cond), op),
        EventKind::Cancel(cancel) => cancel.describe(),
        EventKind::SawCancel { ctx, .. } => format!("finds {ctx} cancelled ({ctx}.Err())"),
        EventKind::State(state) => state.to_string(),
        EventKind::Lock {
            lock,
            access,
            action,
        } => {
            format!("{}.{}", lock_name(*lock), lock_call(*access, *action))
        }
        EventKind::Go(child) => format!("go {child}"),
        EventKind::Starving { lock, on } => {
            let name = lock_name(*lock);
            if *on {
                format!("{name} enters starvation mode: unlocks hand it to the first waiter")
            } else {
                format!("{name} is back in normal mode")
            }
        }
        EventKind::WaitGroup(count) => format!("WaitGroup counter = {}", count.counter),
        EventKind::WaitReturned => "wg.Wait() returns".into(),
        EventKind::LoadLen(len) => format!("reads len(results) = {len} to append"),
        EventKind::Store {
            slot,
            value,
            overwrote: None,
        } => format!("results[{slot}] = {}", safe_text::message(value)),
        EventKind::Store {
            slot,
            value,
            overwrote: Some(lost),
        } => format!(
            "results[{slot}] = {}, overwriting {}: lost update",
            safe_text::message(value),
            safe_text::message(lost)
        ),
        EventKind::Len(len) => format!("len(results) = {len}"),
        EventKind::Read(len) => format!("reads results (len {len})"),
        EventKind::Access { var, write: true } => format!("writes shared variable {var}"),
        EventKind::Access { var, write: false } => format!("reads shared variable {var}"),
        EventKind::Touch {
            var,
            obj,
            elem,
            write,
        } => format!(
            "{} shared variable {var}{} of object {obj}",
            if *write { "writes" } else { "reads" },
            elem.map_or(String::new(), |i| format!("[{i}]"))
        ),
        EventKind::LockMade { lock, name } => {
            format!("makes lock {lock} ({})", safe_text::message(name))
        }
        EventKind::Atomic { var, write: true } => format!("atomically writes variable {var}"),
        EventKind::Atomic { var, write: false } => format!("atomically reads variable {var}"),
        EventKind::TimerWait => "waits on a timer's channel".into(),
        EventKind::SetProcs(n) => format!("runtime.GOMAXPROCS({n})"),
        EventKind::Proc { p, on: true } => format!("takes processor P{p}"),
        EventKind::Proc { p, on: false } => format!("leaves processor P{p}"),
        EventKind::Output(text) => format!("prints {}", safe_text::message(text)),
        EventKind::Stderr(text) => format!("writes on stderr {}", safe_text::message(text)),
        EventKind::End(ending) => ending_text(ending),
    };
    Some(format!(
        "{:>12.3} ms  {:<6} {what}",
        event.at_us() as f64 / 1000.0,
        event.who.to_string()
    ))
}

/// A channel operation in plain words.
pub fn chan_op(name: &str, op: &ChanOp) -> String {
    match op {
        ChanOp::Make { name, cap: 0 } => {
            format!("makes {}, unbuffered", safe_text::one_line(name, 40))
        }
        ChanOp::Make { name, cap } => {
            format!("makes {}, buffered ({cap})", safe_text::one_line(name, 40))
        }
        ChanOp::Send {
            value,
            to: Some(to),
        } => {
            format!("sends {} to {to} on {name}", shown_value(value))
        }
        ChanOp::Send { value, to: None } => {
            format!("sends {} into the buffer of {name}", shown_value(value))
        }
        ChanOp::Recv {
            value,
            ok: true,
            from: Some(from),
        } => format!("receives {} from {from} on {name}", shown_value(value)),
        ChanOp::Recv {
            value,
            ok: true,
            from: None,
        } => format!("receives {} from the buffer of {name}", shown_value(value)),
        ChanOp::Recv {
            value, ok: false, ..
        } => format!(
            "receives {} from {name}: closed and empty (ok = false)",
            shown_value(value)
        ),
        ChanOp::Wait {
            send: Some(value),
            select,
        } => format!(
            "waits to send {} on {name}{}",
            shown_value(value),
            if *select { " (in a select)" } else { "" }
        ),
        ChanOp::Wait { send: None, select } => format!(
            "waits to receive on {name}{}",
            if *select { " (in a select)" } else { "" }
        ),
        ChanOp::Close => format!("closes {name}"),
    }
}

fn lock_call(access: Access, action: LockAction) -> String {
    let (call, unlock) = match access {
        Access::Write => ("Lock()", "Unlock()"),
        Access::Read => ("RLock()", "RUnlock()"),
    };
    match action {
        LockAction::Wait => format!("{call} blocks"),
        LockAction::Requeue { front: true } => {
            format!("{call} woken but the lock is taken: back to the front of the queue")
        }
        LockAction::Requeue { front: false } => {
            format!("{call} woken but the lock is taken: queues again")
        }
        LockAction::Woken => format!("{call} woken by the unlock"),
        LockAction::Claim => format!("{call} has the writers' turn, waits for the readers"),
        LockAction::Acquire => format!("{call} acquired"),
        LockAction::Release => unlock.to_string(),
    }
}

pub fn ending_text(ending: &Ending) -> String {
    match ending {
        Ending::Finished => "main returns".into(),
        Ending::Deadlock => "fatal error: all goroutines are asleep - deadlock!".into(),
        Ending::Panic(message) => message.clone(),
        // What `go run` says of a program that exits with a status other than 0.
        Ending::Exit(code) => format!("exit status {code}"),
        Ending::Budget => format!(
            "syncscope stopped the run at its budget of {} events, {} statements or {} MiB of history: the program would go on",
            syncscope_program::event::event_budget(),
            syncscope_program::event::MAX_STEPS,
            crate::HISTORY_BUDGET >> 20
        ),
    }
}

/// The run's settings in one line, as the header and the timeline show them.
pub(crate) fn settings(info: &RunInfo) -> String {
    let delay = if info.random_delay {
        format!("random 0..{} ms, seed {}", info.delay_ms, info.seed)
    } else {
        format!("{} ms", info.delay_ms)
    };
    format!(
        "scenario {}, mode {}, {} goroutines, delay {delay}, write {} ms, read {} ms x{}, {} P",
        info.lesson.name,
        info.mode.title(),
        info.workers,
        info.write_ms,
        info.read_ms,
        info.reads,
        info.procs
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Channels;
    use syncscope_program::event::Gid;

    fn line(op: ChanOp) -> String {
        let event = Event {
            run: 1,
            seq: 0,
            at_ns: 1_500_000,
            who: Gid(2),
            kind: EventKind::Chan { chan: 0, op },
        };
        let mut chans = Channels::default();
        let name = "results".into();
        chans.apply(0, Gid::MAIN, 0, &ChanOp::Make { name, cap: 1 });
        let names = Names {
            locks: &[],
            chans: &chans,
            conds: &Default::default(),
        };
        describe(&event, names).expect("a line")
    }

    #[test]
    fn channel_operations_read_as_sentences_with_safe_values() {
        let sent = line(ChanOp::Send {
            value: "id2".into(),
            to: Some(Gid(1)),
        });
        assert!(
            sent.ends_with("g2     sends \"id2\" to g1 on results"),
            "{sent}"
        );
        let cases = [
            (
                ChanOp::Make {
                    name: "results".into(),
                    cap: 1,
                },
                "makes results, buffered (1)",
            ),
            (
                ChanOp::Send {
                    value: "7".into(),
                    to: None,
                },
                "sends 7 into the buffer of results",
            ),
            (
                ChanOp::Recv {
                    value: "id1".into(),
                    ok: true,
                    from: Some(Gid::MAIN),
                },
                "receives \"id1\" from main on results",
            ),
            (
                ChanOp::Recv {
                    value: "".into(),
                    ok: false,
                    from: None,
                },
                "receives \"\" from results: closed and empty (ok = false)",
            ),
            (
                ChanOp::Wait {
                    send: None,
                    select: false,
                },
                "waits to receive on results",
            ),
            (
                ChanOp::Wait {
                    send: Some("x".into()),
                    select: true,
                },
                "waits to send \"x\" on results (in a select)",
            ),
            (ChanOp::Close, "closes results"),
        ];
        for (op, words) in cases {
            let text = line(op);
            assert!(text.ends_with(words), "{text}");
        }
        let raw = line(ChanOp::Send {
            value: "\u{1b}]0;owned\u{7}".into(),
            to: None,
        });
        assert!(!raw.chars().any(safe_text::is_control), "{raw}");
    }
}

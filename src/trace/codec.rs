//! Events and run settings to JSON and back, exactly: a replay rebuilds the same model.

use crate::event::{Access, Ending, Event, EventKind, Gid, LockAction, LockMode, RunInfo, State};
use crate::program::limits::{MAX_GOROUTINES, MAX_MS, MAX_PROCS, MAX_REPEAT};
use serde_json::{Value, json};
use std::sync::Arc;

mod chans;

pub fn info_to_json(info: &RunInfo) -> Value {
    json!({
        "scenario": info.lesson.name,
        "scenario_source": info.lesson.source.text,
        // Which front end reads the source back: a Go file, or a TOML scenario.
        "scenario_kind": info.lesson.source.kind,
        "mode": info.mode.key(),
        "workers": info.workers,
        "delay_ms": info.delay_ms,
        "random_delay": info.random_delay,
        "seed": info.seed,
        "write_ms": info.write_ms,
        "read_ms": info.read_ms,
        "reads": info.reads,
        "procs": info.procs,
    })
}

pub fn info_from_json(v: &Value) -> Result<RunInfo, String> {
    let name = text(v, "scenario")?;
    let source = text(v, "scenario_source")?;
    // Traces from before Go files have no kind: TOML.
    let kind = v["scenario_kind"].as_str().unwrap_or("toml");
    let lesson = crate::front::read(kind, name, source).map_err(|e| e.to_string())?;
    let mode = mode(text(v, "mode")?)?;
    // The bounds the flags and scenario files have: a run from an edited trace can be run
    // live again (n, m, r), and must not ask for more threads or time than those allow.
    Ok(RunInfo {
        lesson: Arc::new(lesson),
        mode,
        workers: bounded(v, "workers", MAX_GOROUTINES.into())?,
        delay_ms: bounded(v, "delay_ms", MAX_MS)?,
        random_delay: v["random_delay"].as_bool().ok_or("random_delay missing")?,
        seed: number(v, "seed")?,
        write_ms: bounded(v, "write_ms", MAX_MS)?,
        read_ms: bounded(v, "read_ms", MAX_MS)?,
        reads: bounded(v, "reads", MAX_REPEAT.into())?,
        // Traces from before processors ran on one.
        procs: match v.get("procs") {
            Some(_) => match bounded(v, "procs", MAX_PROCS.into())? {
                0 => return Err("procs 0 is out of range: at least 1".into()),
                n => n,
            },
            None => 1,
        },
    })
}

/// The number under `key`, at most `max`, in the type the run keeps it in.
fn bounded<T: TryFrom<u64>>(v: &Value, key: &str, max: u64) -> Result<T, String> {
    let n = number(v, key)?;
    T::try_from(n)
        .ok()
        .filter(|_| n <= max)
        .ok_or_else(|| format!("{key} {n} is out of range: at most {max}"))
}

/// One event as a short array: `[seq, at_us, who, kind, ...fields]`.
pub fn event_to_json(e: &Event) -> Value {
    let head = |kind: &str| vec![json!(e.seq), json!(e.at_us), json!(e.who.0), json!(kind)];
    let mut v = match &e.kind {
        EventKind::RunStarted(info) => [head("start"), vec![info_to_json(info)]].concat(),
        EventKind::State(s) => [head("state"), vec![json!(s.name())]].concat(),
        EventKind::At { func, pc } => [head("at"), vec![json!(func), json!(pc)]].concat(),
        EventKind::Lock {
            lock,
            access,
            action,
        } => {
            let access = if *access == Access::Read { "r" } else { "w" };
            let action = match action {
                LockAction::Wait => "wait",
                LockAction::Requeue { front: true } => "requeue-front",
                LockAction::Requeue { front: false } => "requeue-back",
                LockAction::Woken => "woken",
                LockAction::Claim => "claim",
                LockAction::Acquire => "acquire",
                LockAction::Release => "release",
            };
            [
                head("lock"),
                vec![json!(lock), json!(access), json!(action)],
            ]
            .concat()
        }
        EventKind::Go(child) => [head("go"), vec![json!(child.0)]].concat(),
        EventKind::Starving { lock, on } => {
            [head("starving"), vec![json!(lock), json!(on)]].concat()
        }
        EventKind::WaitGroup(n) => [head("wg"), vec![json!(n)]].concat(),
        EventKind::WaitReturned => head("waited"),
        EventKind::LoadLen(n) => [head("loadlen"), vec![json!(n)]].concat(),
        EventKind::Store {
            slot,
            value,
            overwrote,
        } => [
            head("store"),
            vec![
                json!(slot),
                json!(value.as_ref()),
                json!(overwrote.as_deref()),
            ],
        ]
        .concat(),
        EventKind::Len(n) => [head("len"), vec![json!(n)]].concat(),
        EventKind::Read(n) => [head("read"), vec![json!(n)]].concat(),
        EventKind::Access { var, write } => {
            [head("access"), vec![json!(var), json!(write)]].concat()
        }
        EventKind::LockMade { lock, name } => {
            [head("lockmade"), vec![json!(lock), json!(name.as_ref())]].concat()
        }
        EventKind::Atomic { var, write } => {
            [head("atomic"), vec![json!(var), json!(write)]].concat()
        }
        EventKind::TimerWait => head("timerwait"),
        EventKind::Output(text) => [head("output"), vec![json!(text.as_ref())]].concat(),
        EventKind::Proc { p, on } => [head("proc"), vec![json!(p), json!(on)]].concat(),
        EventKind::SetProcs(n) => [head("setprocs"), vec![json!(n)]].concat(),
        EventKind::Chan { chan, op } => [head("chan"), chans::to_json(*chan, op)].concat(),
        EventKind::End(ending) => {
            let (how, message) = match ending {
                Ending::Finished => ("finished", None),
                Ending::Deadlock => ("deadlock", None),
                Ending::Panic(m) => ("panic", Some(m.as_str())),
                Ending::Budget => ("budget", None),
            };
            [head("end"), vec![json!(how), json!(message)]].concat()
        }
    };
    Value::Array(std::mem::take(&mut v))
}

pub fn event_from_json(run: u32, v: &Value) -> Result<Event, String> {
    let a = v.as_array().ok_or("an event is not an array")?;
    let at = |i: usize| a.get(i).ok_or_else(|| format!("event field {i} missing"));
    let num = |i: usize| {
        at(i)?
            .as_u64()
            .ok_or_else(|| format!("event field {i} is not a number"))
    };
    let word = |i: usize| {
        at(i)?
            .as_str()
            .ok_or_else(|| format!("event field {i} is not a string"))
    };
    let small = |i: usize| u16::try_from(num(i)?).map_err(|_| format!("event field {i} too big"));
    let kind = match word(3)? {
        "start" => EventKind::RunStarted(Box::new(info_from_json(at(4)?)?)),
        "state" => EventKind::State(state(word(4)?)?),
        "at" => EventKind::At {
            func: small(4)?,
            pc: small(5)?,
        },
        "lock" => EventKind::Lock {
            lock: num(4)? as usize,
            access: if word(5)? == "r" {
                Access::Read
            } else {
                Access::Write
            },
            action: match word(6)? {
                "wait" => LockAction::Wait,
                "requeue-front" => LockAction::Requeue { front: true },
                "requeue-back" => LockAction::Requeue { front: false },
                "woken" => LockAction::Woken,
                "claim" => LockAction::Claim,
                "acquire" => LockAction::Acquire,
                "release" => LockAction::Release,
                other => return Err(format!("unknown lock action '{other}'")),
            },
        },
        "go" => EventKind::Go(Gid(id(num(4)?)?)),
        "starving" => EventKind::Starving {
            lock: num(4)? as usize,
            on: at(5)?.as_bool().ok_or("starving is not true or false")?,
        },
        "wg" => EventKind::WaitGroup(at(4)?.as_i64().ok_or("WaitGroup counter not a number")?),
        "waited" => EventKind::WaitReturned,
        "loadlen" => EventKind::LoadLen(num(4)? as usize),
        "store" => EventKind::Store {
            slot: num(4)? as usize,
            value: word(5)?.into(),
            overwrote: at(6)?.as_str().map(Into::into),
        },
        "len" => EventKind::Len(num(4)? as usize),
        "read" => EventKind::Read(num(4)? as usize),
        "access" => EventKind::Access {
            var: small(4)?,
            write: at(5)?
                .as_bool()
                .ok_or("access write is not true or false")?,
        },
        "lockmade" => EventKind::LockMade {
            lock: num(4)? as usize,
            name: word(5)?.into(),
        },
        "timerwait" => EventKind::TimerWait,
        "atomic" => EventKind::Atomic {
            var: small(4)?,
            write: at(5)?
                .as_bool()
                .ok_or("atomic write is not true or false")?,
        },
        "output" => EventKind::Output(word(4)?.into()),
        "setprocs" => EventKind::SetProcs(
            u32::try_from(num(4)?)
                .ok()
                .filter(|n| (1..=MAX_PROCS).contains(n))
                .ok_or("setprocs out of range")?,
        ),
        "proc" => EventKind::Proc {
            p: small(4)?,
            on: at(5)?.as_bool().ok_or("proc on is not true or false")?,
        },
        "chan" => {
            let (chan, op) = chans::from_json(a.get(4..).unwrap_or_default())?;
            EventKind::Chan { chan, op }
        }
        "end" => EventKind::End(match word(4)? {
            "finished" => Ending::Finished,
            "deadlock" => Ending::Deadlock,
            "panic" => Ending::Panic(word(5)?.to_string()),
            "budget" => Ending::Budget,
            other => return Err(format!("unknown ending '{other}'")),
        }),
        other => return Err(format!("unknown event kind '{other}'")),
    };
    Ok(Event {
        run,
        seq: num(0)?,
        at_us: num(1)?,
        who: Gid(u32::try_from(num(2)?).map_err(|_| "goroutine id too big")?),
        kind,
    })
}

fn id(n: u64) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| format!("goroutine id {n} too big"))
}

fn text<'a>(v: &'a Value, key: &str) -> Result<&'a str, String> {
    v[key].as_str().ok_or_else(|| format!("{key} missing"))
}

fn number(v: &Value, key: &str) -> Result<u64, String> {
    v[key].as_u64().ok_or_else(|| format!("{key} missing"))
}

fn mode(key: &str) -> Result<LockMode, String> {
    LockMode::ALL
        .into_iter()
        .find(|m| m.key() == key)
        .ok_or_else(|| format!("unknown mode '{key}'"))
}

fn state(name: &str) -> Result<State, String> {
    State::ALL
        .into_iter()
        .find(|s| s.name() == name)
        .ok_or_else(|| format!("unknown state '{name}'"))
}

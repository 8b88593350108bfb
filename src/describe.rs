//! Events and settings in words, shared by the headless timeline and the TUI's event log.

use crate::event::{Access, Ending, Event, EventKind, LockAction, RunInfo};

/// One event as a timeline line: time, goroutine, what happened. `locks` names the scenario's
/// locks. Step markers are for the code panel and have no line of their own.
pub fn describe(event: &Event, locks: &[String]) -> Option<String> {
    let what = match &event.kind {
        EventKind::RunStarted(info) => format!("starts: {}", settings(info)),
        EventKind::At { .. } => return None,
        EventKind::State(state) => state.to_string(),
        EventKind::Lock {
            lock,
            access,
            action,
        } => {
            let name = locks.get(*lock).map_or("?", String::as_str);
            format!("{name}.{}", lock_call(*access, *action))
        }
        EventKind::WaitGroup(counter) => format!("WaitGroup counter = {counter}"),
        EventKind::Store {
            slot,
            value,
            overwrote: None,
        } => format!("results[{slot}] = {}", RunInfo::value(*value)),
        EventKind::Store {
            slot,
            value,
            overwrote: Some(lost),
        } => format!(
            "results[{slot}] = {}, overwriting {}: lost update",
            RunInfo::value(*value),
            RunInfo::value(*lost)
        ),
        EventKind::Len(len) => format!("len(results) = {len}"),
        EventKind::Read(len) => format!("reads results (len {len})"),
        EventKind::End(ending) => ending_text(ending),
    };
    Some(format!(
        "{:>12.3} ms  {:<6} {what}",
        event.at_us as f64 / 1000.0,
        event.who.to_string()
    ))
}

fn lock_call(access: Access, action: LockAction) -> &'static str {
    match (access, action) {
        (Access::Write, LockAction::Wait) => "Lock() blocks",
        (Access::Write, LockAction::Acquire) => "Lock() acquired",
        (Access::Write, LockAction::Release) => "Unlock()",
        (Access::Read, LockAction::Wait) => "RLock() blocks",
        (Access::Read, LockAction::Acquire) => "RLock() acquired",
        (Access::Read, LockAction::Release) => "RUnlock()",
    }
}

pub fn ending_text(ending: &Ending) -> String {
    match ending {
        Ending::Finished => "main returns".into(),
        Ending::Deadlock => "fatal error: all goroutines are asleep - deadlock!".into(),
        Ending::Panic(message) => message.clone(),
    }
}

/// The run's settings in one line, as the header and the timeline show them.
pub fn settings(info: &RunInfo) -> String {
    let delay = if info.random_delay {
        format!("random 0..{} ms, seed {}", info.delay_ms, info.seed)
    } else {
        format!("{} ms", info.delay_ms)
    };
    format!(
        "scenario {}, mode {}, {} goroutines, delay {delay}, write {} ms, read {} ms x{}",
        info.scenario.name,
        info.mode.title(),
        info.workers,
        info.write_ms,
        info.read_ms,
        info.reads
    )
}

//! What a trace's events may say: only what the run could have done.

use super::Recording;
use crate::event::{ChanOp, Ending, EventKind, Gid, MAX_EVENTS};
use crate::program::limits::{MAX_AT_US, MAX_PROCS};
use crate::program::{StmtKind, visit_block};
use crate::safe_text::{self, MESSAGE_CHARS};
use std::collections::HashSet;

/// Refuses events the run could not have made. The model grows a lane per goroutine id and a
/// slot per results index, so an edited trace could otherwise make it allocate without bound.
pub(super) fn fits(recording: &Recording) -> Result<(), String> {
    let info = &recording.info;
    if recording.len() > MAX_EVENTS {
        return Err(format!(
            "{} events, more than a run makes ({MAX_EVENTS})",
            recording.len()
        ));
    }
    // Virtual time moves only when everyone waits, to the next wake-up: never back, and
    // never past the longest wait Go can express.
    let mut last_ns = 0;
    for (i, e) in recording.events().enumerate() {
        let jump = e.at_ns.checked_sub(last_ns).ok_or(format!(
            "event {i}: time goes back from {last_ns} to {} ns",
            e.at_ns
        ))?;
        if e.at_us() > MAX_AT_US {
            return Err(format!(
                "event {i}: time jumps {} us to {} us, past the longest wait Go has (292 years)",
                jump / 1000,
                e.at_us()
            ));
        }
        last_ns = e.at_ns;
    }
    // The run's program as its lesson builds it: its steps, variables and locks.
    let program = info.program();
    let goroutines = info.outline().most_goroutines;
    let mut steps = HashSet::new();
    for f in &program.funcs {
        visit_block(&f.body, &mut |s| {
            let cases = match &s.kind {
                StmtKind::Select { cases, .. } => cases.as_slice(),
                _ => &[],
            };
            let pcs = std::iter::once(s.pc).chain(cases.iter().map(|c| c.pc));
            steps.extend(pcs.flatten().map(|pc| (f.mark, pc)));
        });
    }
    let known_step = |func: u16, pc: u16| steps.contains(&(func, pc));
    let variables = program.globals.len();
    let stores = recording
        .events()
        .filter(|e| matches!(e.kind, EventKind::Store { .. }))
        .count();
    let mut chans = 0;
    // The program's locks, and those its structs make as the run goes.
    let mut locks = program.locks.len();
    for (i, e) in recording.events().enumerate().skip(1) {
        if e.who.0 > goroutines {
            return Err(format!(
                "event {i}: goroutine {} is not among the run's {goroutines}",
                e.who.0
            ));
        }
        match e.kind {
            EventKind::SetProcs(n) if !(1..=MAX_PROCS).contains(&n) => {
                return Err(format!(
                    "event {i}: setprocs {n} is out of range: 1 to {MAX_PROCS}"
                ));
            }
            EventKind::At { func, pc } if !known_step(func, pc) => {
                return Err(format!(
                    "event {i}: step {pc} of function {func} is not in the scenario"
                ));
            }
            EventKind::LockMade { lock, .. } if lock != locks => {
                return Err(format!("event {i}: lock {lock} is made out of turn"));
            }
            EventKind::LockMade { .. } => locks += 1,
            EventKind::Lock { lock, .. } | EventKind::Starving { lock, .. } if lock >= locks => {
                return Err(format!(
                    "event {i}: lock {lock} is not among the scenario's {locks}"
                ));
            }
            EventKind::Access { var, .. } | EventKind::Atomic { var, .. }
                if usize::from(var) >= variables =>
            {
                return Err(format!("event {i}: variable {var} is not the program's"));
            }
            EventKind::Go(child) if child.0 > goroutines || child == Gid::MAIN => {
                return Err(format!(
                    "event {i}: go {child} names no goroutine of the run's {goroutines}"
                ));
            }
            EventKind::End(Ending::Panic(ref message))
                if message.len() > MESSAGE_CHARS || message.chars().any(safe_text::is_control) =>
            {
                return Err(format!(
                    "event {i}: the panic message is not one line of plain text"
                ));
            }
            // Channels are numbered as they are made, and only those made are used.
            EventKind::Chan { chan, ref op } => {
                let made = matches!(op, ChanOp::Make { .. });
                let known = if made { chan == chans } else { chan < chans };
                if !known {
                    return Err(format!("event {i}: channel {chan} was not made"));
                }
                chans += u32::from(made);
                let (ChanOp::Send { to: Some(g), .. } | ChanOp::Recv { from: Some(g), .. }) = *op
                else {
                    continue;
                };
                if g.0 > goroutines {
                    return Err(format!(
                        "event {i}: goroutine {} is not among the run's {goroutines}",
                        g.0
                    ));
                }
            }
            // Each store fills at most one new slot, so no index reaches the count of stores.
            EventKind::Store { slot, .. } if slot >= stores => {
                return Err(format!(
                    "event {i}: results[{slot}] is beyond the trace's {stores} stores"
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

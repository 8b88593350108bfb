//! The races the model found, in the shape of Go's `-race` report, pointing into the Go
//! program the code panel shows.

use crate::event::{Access, Gid};
use crate::model::{Model, Place, Race};
use crate::scenario::Op;
use crate::scenario::go_code::GoProgram;

/// Every race found so far as report lines, or nothing when there was none.
pub fn race_report(model: &Model, program: &GoProgram) -> Vec<String> {
    let Some(info) = model.info.as_ref() else {
        return Vec::new();
    };
    let scenario = &info.scenario;
    let spawn_line = scenario
        .main
        .iter()
        .find(|s| matches!(s.op, Op::Spawn { .. }))
        .and_then(|s| program.line_of(0, s.pc));
    let frame = |place: Place| -> [String; 2] {
        match place {
            Some((func, pc)) => [
                format!("  main.{}()", scenario.func_name(func)),
                format!(
                    "      main.go:{}",
                    program.line_of(func, pc).map_or(0, |l| l + 1)
                ),
            ],
            None => ["  main.?()".into(), "      main.go:?".into()],
        }
    };
    let mut lines = Vec::new();
    for race in model.races() {
        let Race {
            who,
            access,
            place,
            other,
            other_access,
            other_place,
            ..
        } = race;
        lines.push("==================".into());
        lines.push("WARNING: DATA RACE".into());
        lines.push(format!("{} at results by goroutine {who}:", verb(*access)));
        lines.extend(frame(*place));
        lines.push(String::new());
        lines.push(format!(
            "Previous {} at results by goroutine {other}:",
            verb(*other_access).to_lowercase()
        ));
        lines.extend(frame(*other_place));
        if *who != Gid::MAIN {
            lines.push(String::new());
            lines.push(format!("Goroutine {who} (running) created at:"));
            lines.push("  main.main()".into());
            lines.push(format!("      main.go:{}", spawn_line.map_or(0, |l| l + 1)));
        }
        lines.push("==================".into());
    }
    lines
}

fn verb(access: Access) -> &'static str {
    match access {
        Access::Write => "Write",
        Access::Read => "Read",
    }
}

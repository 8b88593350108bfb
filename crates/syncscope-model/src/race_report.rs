//! The races the model found, in the shape of Go's `-race` report, pointing into the Go
//! program the code panel shows.

use crate::{Lane, Model, Point, Race, Site};
use syncscope_program::Listing;
use syncscope_program::event::{Access, Ending, Gid, State};

/// The 0-based line of an access in the program shown: the helper's line for a scenario's
/// generated program, the statement's own in a Go file.
fn line_of(point: Point, program: &Listing) -> Option<usize> {
    program.site_line(point.site).or_else(|| {
        let (func, pc) = point.place?;
        program.line_of(func, pc)
    })
}

/// The 1-based lines of a race's two accesses, in the program shown.
pub fn race_lines(race: &Race, program: &Listing) -> [usize; 2] {
    let line = |p: Point| line_of(p, program).map_or(0, |l| program.file_line(l));
    [line(race.point), line(race.other_point)]
}

/// Every race found so far as report lines, or nothing when there was none.
pub fn race_report(model: &Model, program: &Listing) -> Vec<String> {
    if model.info.is_none() {
        return Vec::new();
    }
    let spawn_line = program.spawn_line;
    let line = |l: Option<usize>| l.map_or("?".into(), |l| program.file_line(l).to_string());
    let stack = |point: Point| -> Vec<String> {
        let (caller, call_line) = match point.place {
            Some((func, pc)) => (program.func_name(func), program.line_of(func, pc)),
            None => ("?".into(), None),
        };
        let mut frames = Vec::new();
        let helper = match point.site {
            Site::SaveLen | Site::SaveStore => Some("save"),
            Site::Show => Some("show"),
            Site::Var(_) => None,
        };
        if let (Some(helper), Some(at)) = (helper, program.site_line(point.site)) {
            frames.push(format!("  main.{helper}()"));
            frames.push(format!("      main.go:{}", program.file_line(at)));
        }
        frames.push(format!("  main.{caller}()"));
        frames.push(format!("      main.go:{}", line(call_line)));
        frames
    };
    let mut lines = Vec::new();
    for race in model.races() {
        let Race {
            who,
            point,
            other,
            other_point,
            ..
        } = race;
        lines.push("==================".into());
        lines.push("WARNING: DATA RACE".into());
        lines.push(format!(
            "{} at {} by goroutine {who}:",
            verb(point.site.access()),
            named(point, program)
        ));
        lines.extend(stack(*point));
        lines.push(String::new());
        lines.push(format!(
            "Previous {} at {} by goroutine {other}:",
            verb(other_point.site.access()).to_lowercase(),
            named(other_point, program)
        ));
        lines.extend(stack(*other_point));
        for g in [who, other].into_iter().filter(|g| **g != Gid::MAIN) {
            lines.push(String::new());
            lines.push(format!("Goroutine {g} created at:"));
            // Where its `go` statement ran, as the model saw it; a scenario's spawn step else.
            let created = model.lanes.get(g.index()).and_then(|l| l.created);
            let (creator, at) = match created {
                Some((_, Some((func, pc)))) => (
                    program.func_name(func),
                    program.line_of(func, pc).or(spawn_line),
                ),
                _ => ("main".into(), spawn_line),
            };
            lines.push(format!("  main.{creator}()"));
            lines.push(format!("      main.go:{}", line(at)));
        }
        lines.push("==================".into());
    }
    lines
}

/// The variable as the code names it: `counter`, `c.hits`, `results[3]`.
fn named(point: &Point, program: &Listing) -> String {
    let name = program.var_name(point.var);
    match point.elem {
        Some(i) => format!("{name}[{i}]"),
        None => name.to_string(),
    }
}

fn verb(access: Access) -> &'static str {
    match access {
        Access::Write => "Write",
        Access::Read => "Read",
    }
}

/// After Go's fatal error on a map, who collided where: the goroutine that found the map
/// being written, and those inside a write of it then, at their lines of the program.
pub fn map_fatal_report(model: &Model, program: &Listing) -> Vec<String> {
    let Some((Ending::Panic(message), _)) = &model.ending else {
        return Vec::new();
    };
    if !message.starts_with("fatal error: concurrent map") {
        return Vec::new();
    }
    let place = |lane: &Lane| match lane.at {
        Some((func, pc)) => {
            let line = program
                .line_of(func, pc)
                .map_or("?".into(), |l| program.file_line(l).to_string());
            format!("main.{}() at main.go:{line}", program.func_name(func))
        }
        None => "?".into(),
    };
    let mut lines = Vec::new();
    for (i, lane) in model.lanes.iter().enumerate() {
        let who = Gid(i as u32);
        let states: Vec<State> = lane
            .segments
            .iter()
            .rev()
            .take(2)
            .map(|s| s.state)
            .collect();
        match states.as_slice() {
            [State::Panicked, ..] => lines.insert(
                0,
                format!("{who} in {} found the map being written", place(lane)),
            ),
            [State::Writing, ..] | [State::Abandoned, State::Writing] => {
                lines.push(format!("{who} in {} was writing it", place(lane)))
            }
            _ => {}
        }
    }
    lines
}

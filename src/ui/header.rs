use super::{style, text, time_format};
use crate::app::App;
use crate::event::{Ending, LockMode};
use crate::model::Reached;
use crate::safe_text;
use ratatui::prelude::*;

/// One line: mode, workload, speed, virtual time and the run's state.
pub(super) struct Header<'a> {
    pub(crate) app: &'a App,
}

impl Widget for Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let info = app.model.info.as_ref().unwrap_or(&app.info);
        let sep = Span::styled(" │ ", style::dim());
        let delay = if info.random_delay {
            format!("delay random 0..{} ms (seed {})", info.delay_ms, info.seed)
        } else {
            format!("delay {} ms", info.delay_ms)
        };
        let compare_status = app.compare.as_ref().map(|sides| {
            let running = sides.iter().filter(|s| !s.model.is_finished()).count();
            if running == 0 {
                Span::styled("all finished", style::good())
            } else if app.paused {
                Span::styled("paused", style::warn())
            } else {
                Span::styled(format!("{running} running"), style::info())
            }
        });
        let status = compare_status.unwrap_or_else(|| match &app.model.ending {
            Some((Ending::Finished, at)) => {
                Span::styled(format!("finished in {}", run_time(*at)), style::good())
            }
            None if app.awaiting => Span::styled("waiting for Enter", style::warn()),
            Some((Ending::Deadlock, _)) => Span::styled("deadlock", style::bad()),
            Some((Ending::Panic(_), _)) => Span::styled("panicked", style::bad()),
            Some((Ending::Exit(0), at)) => {
                Span::styled(format!("exit status 0 in {}", run_time(*at)), style::good())
            }
            Some((Ending::Exit(code), _)) => {
                Span::styled(format!("exit status {code}"), style::bad())
            }
            Some((Ending::Budget, at)) => Span::styled(
                format!(
                    "stopped at {} (it would go on), {}",
                    match app.model.budget_reached() {
                        Reached::Events(n) => format!("{n} events"),
                        Reached::History(n) => format!("{n} events, its history full"),
                        Reached::Statements(n) => format!("{n} statements"),
                    },
                    time_format::short_ns(*at)
                ),
                style::bad(),
            ),
            None if app.paused => Span::styled("paused", style::warn()),
            None => Span::styled("running", style::info()),
        });
        // Most important first, so a narrow terminal clips the details, never the mode and
        // the run's state; the app's name only where there is room for it.
        let mut spans = Vec::new();
        if area.width >= 100 {
            spans.extend([Span::styled(" syncscope", style::title()), sep.clone()]);
        } else {
            spans.push(Span::raw(" "));
        }
        spans.extend(mode_spans(app));
        spans.extend([sep.clone(), status.add_modifier(Modifier::BOLD)]);
        if let Some(cursor) = app.cursor() {
            spans.push(Span::styled(
                format!(
                    "  ◀ at {} of {} (End: now)",
                    time_format::short_ns(cursor.at_ns),
                    time_format::short(app.now_us())
                ),
                style::highlight(),
            ));
        } else if !app.model.is_finished() && !app.awaiting && app.compare.is_none() {
            spans.push(Span::raw(format!(
                "  t = {}",
                time_format::short(app.now_us())
            )));
        }
        spans.push(sep.clone());
        if let Some(i) = app.course {
            spans.push(Span::raw(format!("lesson {}/{} ", i + 1, app.course_len())));
        }
        spans.push(Span::styled(info.lesson.name.clone(), style::title()));
        let breaks: Vec<&str> = [
            (app.break_on_lost, "lost update"),
            (app.break_on_wait, "lock wait"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, what)| *what)
        .collect();
        if !breaks.is_empty() {
            spans.push(sep.clone());
            spans.push(Span::styled(
                format!("break at {}", breaks.join(", ")),
                style::warn().add_modifier(Modifier::BOLD),
            ));
        }
        let uses = &info.lesson.uses;
        if uses.workload.is_none() && (info.write_ms > 0 || info.read_ms > 0) {
            // The teaching magnifier is not Go's timing: say so wherever it is on, before
            // the details a narrow header may clip.
            spans.push(sep.clone());
            spans.push(Span::styled(
                format!(
                    "magnified: writes {} ms, reads {} ms",
                    info.write_ms, info.read_ms
                ),
                style::highlight(),
            ));
        }
        let details = match uses.workload {
            // A program's numbers are its own: how many goroutines it has started, its seed.
            None => vec![
                goroutines(app.model.lanes.len().max(1)),
                format!("speed {}x", app.speed),
                format!("seed {}", info.seed),
            ],
            Some(_) => vec![
                goroutines(info.workers as usize),
                format!("speed {}x", app.speed),
                delay,
            ],
        };
        // The processors, after the goroutines they run, where they matter: CPU work, or a
        // scenario that fixes them.
        let mut details = details;
        if uses.processors || info.lesson.knobs.procs.is_some() || info.cost {
            // The program may have changed them (runtime.GOMAXPROCS).
            let procs = match app.model.procs.count {
                0 => info.procs,
                n => n,
            };
            details.insert(1, format!("GOMAXPROCS {procs}"));
        }
        // Said beside the processors: what they do depends on it (`T`, `--cost`).
        if info.cost {
            details.insert(2.min(details.len()), "code takes time".into());
        }
        for detail in details {
            spans.push(sep.clone());
            spans.push(Span::raw(detail));
        }
        let line = Line::from(spans);
        text::line(buf, area.x, area.y, &line, area.width);
    }
}

/// The lock mode; for a program of its own, its locks by name and what the mode did to them.
fn mode_spans(app: &App) -> Vec<Span<'static>> {
    let lesson = &app.info.lesson;
    if app.compare.is_some() {
        return vec![
            Span::raw("mode "),
            Span::styled("all side by side", style::title()),
        ];
    }
    if lesson.uses.workload.is_some() {
        return vec![
            Span::raw("mode "),
            Span::styled(app.mode().title(), style::mode(app.mode())),
        ];
    }
    // Locks made in structs are named as the run makes them (`c.mu`).
    let mut names: Vec<&str> = app.model.locks.iter().map(|l| l.name.as_str()).collect();
    if names.is_empty() {
        names = lesson.locks.iter().map(String::as_str).collect();
    }
    names.dedup();
    if names.is_empty() && lesson.modes.len() <= 1 {
        return vec![Span::styled("no locks to switch", style::dim())];
    }
    const SHOWN: usize = 3;
    let mut listed = names
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        listed.push_str(", …");
    }
    let mode = app.mode();
    let what = match mode {
        LockMode::None => "removed",
        LockMode::Mutex if lesson.modes.contains(&LockMode::RwMutex) => "RWMutex as Mutex",
        _ => "as written",
    };
    let locks = if names.len() == 1 { "lock" } else { "locks" };
    vec![
        Span::raw(format!("{locks} {}: ", safe_text::one_line(&listed, 40))),
        Span::styled(what, style::mode(mode)),
    ]
}

/// A run's length in whole ms, as the header has always said it; a run that code alone made
/// shorter than a millisecond (`--cost`) in µs, not as "0 ms".
/// A run's length from its ending's nanoseconds: whole ms, µs for a short run, ns for one
/// shorter than a microsecond.
fn run_time(ns: u64) -> String {
    let us = ns / 1000;
    if (1..1000).contains(&ns) {
        time_format::short_ns(ns)
    } else if (1..1000).contains(&us) {
        time_format::short(us)
    } else {
        format!("{} ms", us / 1000)
    }
}

fn goroutines(n: usize) -> String {
    if n == 1 {
        "1 goroutine".into()
    } else {
        format!("{n} goroutines")
    }
}

use super::style;
use crate::event::State;
use ratatui::prelude::*;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// Keys, and what the screen maps to in the Go program.
pub struct Help;

const KEYS: [(&str, &str); 18] = [
    (
        "n / m / r",
        "restart now with no lock / sync.Mutex / sync.RWMutex",
    ),
    ("space", "pause or resume: virtual time stops, lanes freeze"),
    ("+ / -", "speed up or slow down (0.1x to 10x)"),
    (
        "enter",
        "run (in a lesson) or run again (new random delays)",
    ),
    ("l", "lesson mode: the course in order, predict, then run"),
    ("[ / ]", "previous / next lesson"),
    (
        "j k PgUp PgDn g G",
        "scroll the lanes; d packs one lane per row",
    ),
    ("c", "show or hide the Go program and its step markers"),
    ("e", "cycle the panel: notes, locks and time, event log"),
    ("← / →", "move the time cursor (paused or finished runs)"),
    (", / .", "one event back / forward; Home / End: start / now"),
    ("x / w", "pause at the first lost update / first lock wait"),
    ("t", "write this run as a trace file (Perfetto, --replay)"),
    ("?", "show or hide this help"),
    ("Ctrl-Z", "suspend to the shell (fg returns)"),
    ("q, Esc, Ctrl-C", "quit"),
    ("", ""),
    ("", "Each lane is a real OS thread playing a goroutine:"),
];

const STATES: [(State, &str); 8] = [
    (State::Sleeping, "the slow database call, time.Sleep"),
    (State::WaitingLock, "blocked in m.Lock()"),
    (State::WaitingRLock, "blocked in m.RLock()"),
    (State::Writing, "save: results = append(results, ...)"),
    (State::Reading, "log: reading results"),
    (State::Running, "between steps"),
    (State::WaitingWg, "main blocked in wg.Wait()"),
    (State::Done, "wg.Done() called, goroutine finished"),
];

impl Widget for Help {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let popup = centered(area, 80, 33);
        let mut lines: Vec<Line> = KEYS
            .iter()
            .map(|(key, what)| {
                Line::from(vec![
                    Span::styled(format!("{key:>17}"), style::title()),
                    Span::raw(format!("  {what}")),
                ])
            })
            .collect();
        for (state, meaning) in STATES {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>15} ", state.name()), style::state(state)),
                Span::styled(style::glyph(state).to_string(), style::state(state)),
                Span::raw(format!("  {meaning}")),
            ]));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{:>15} ", "hand-off"), Color::Blue),
            Span::styled("»", style::handoff()),
            Span::raw("  an unlock let this goroutine in"),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("{:>15} ", "lost update"), Color::LightRed),
            Span::styled("X", style::lost()),
            Span::raw("  an append overwrote another's slot"),
        ]));
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(Block::bordered().title(" Help (? or Esc closes) "))
            .wrap(Wrap { trim: false })
            .render(popup, buf);
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

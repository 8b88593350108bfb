use super::style;
use crate::event::State;
use ratatui::prelude::*;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// Every key, every mark on screen, and what the screen maps to in the Go program; it
/// scrolls when the terminal is shorter than it.
pub struct Help {
    /// Lines scrolled; past the end it stops at the last page.
    pub scroll: u16,
}

const KEYS: [(&str, &str); 25] = [
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
    ("[ / ]", "previous / next lesson (and PgUp / PgDn there)"),
    ("i", "bring the lesson's text forward where it is hidden"),
    (
        "p",
        "presentation: tall lanes take the screen, for a projector",
    ),
    ("C", "compare: every mode side by side on one time scale"),
    (
        "j k PgUp PgDn g G",
        "scroll the lanes (this help, while it is open)",
    ),
    ("wheel", "scroll the lanes"),
    (
        "click",
        "a lane: its goroutine's story; a still run's cursor there",
    ),
    ("d", "pack one lane per row, no blank rows between"),
    ("c", "show or hide the Go program and its step markers"),
    ("e", "cycle the panel: notes, locks and time, event log"),
    ("← / →", "move the time cursor (paused or finished runs)"),
    (", / .", "one event back / forward"),
    ("Home / End", "the cursor to the start / back to now"),
    ("x / w", "pause at the first lost update / first lock wait"),
    ("t", "write this run as a trace file (Perfetto, --replay)"),
    ("?", "show or hide this help"),
    ("Ctrl-Z", "suspend to the shell (fg returns)"),
    (
        "q, Esc, Ctrl-C",
        "quit (Esc closes this help or a story first)",
    ),
    ("", ""),
    ("", "Each lane is a real OS thread playing a goroutine:"),
];

const STATES: [(State, &str); 11] = [
    (State::Running, "running Go code between the steps below"),
    (State::Writing, "save: results = append(results, ...)"),
    (State::Reading, "log: reading results"),
    (State::Sleeping, "the slow database call, time.Sleep"),
    (State::WaitingLock, "blocked in m.Lock()"),
    (State::WaitingRLock, "blocked in m.RLock()"),
    (State::WaitingWg, "blocked in wg.Wait()"),
    (State::Done, "returned: the goroutine finished"),
    (State::Abandoned, "still at work when main returned"),
    (State::Deadlocked, "blocked for ever: nothing can wake it"),
    (State::Panicked, "died of a panic or a fatal error"),
];

/// The rest of what the screen shows.
const MORE: [(&str, &str); 4] = [
    ("▶ gN", "code panel: the line each goroutine is at"),
    ("rd", "runs table: the most goroutines reading at once"),
    ("got", "runs table: results kept, of those expected"),
    ("lost", "runs table: updates overwritten by a racing append"),
];

impl Help {
    fn lines() -> Vec<Line<'static>> {
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
            Span::styled(format!("{:>15} ", "hand-off"), style::title()),
            Span::styled("»", style::handoff()),
            Span::raw("  an unlock let this goroutine in"),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("{:>15} ", "lost update"), style::title()),
            Span::styled("X", style::lost()),
            Span::raw("  an append overwrote another's slot"),
        ]));
        lines.push(Line::raw(""));
        for (mark, what) in MORE {
            lines.push(Line::from(vec![
                Span::styled(format!("{mark:>17}"), style::title()),
                Span::raw(format!("  {what}")),
            ]));
        }
        lines
    }
}

impl Widget for Help {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = Help::lines();
        let popup = centered(area, 80, lines.len() as u16 + 2);
        let rows = popup.height.saturating_sub(2);
        // Rows once wrapped to the popup (a word may push one more: a row to spare each).
        let inner = usize::from(popup.width.saturating_sub(2).max(1));
        let wrapped: usize = lines
            .iter()
            .map(|l| match l.width() {
                0 => 1,
                w if w <= inner => 1,
                w => w.div_ceil(inner) + 1,
            })
            .sum();
        let last = (wrapped as u16).saturating_sub(rows);
        let scroll = self.scroll.min(last);
        let title = if last > 0 {
            format!(
                " Help: lines {}-{} of {} (j/k scroll; ? or Esc closes) ",
                scroll + 1,
                scroll + rows,
                wrapped
            )
        } else {
            " Help (? or Esc closes) ".to_string()
        };
        Clear.render(popup, buf);
        Paragraph::new(lines)
            .block(Block::bordered().title(title))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
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

use super::style;
use crate::app::KeyMap;
use crate::event::State;
use ratatui::prelude::*;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// Every key, every mark on screen, and what the screen maps to in the Go program; it
/// scrolls when the terminal is shorter than it.
pub(super) struct Help<'a> {
    /// Lines scrolled; past the end it stops at the last page.
    pub(crate) scroll: u16,
    pub(crate) keys: &'a KeyMap,
    /// The run has channels: their waits and hand-offs are explained too.
    pub(crate) chans: bool,
    /// The run has Conds: their wait is explained too.
    pub(crate) conds: bool,
    /// The run cancelled a `context`: its mark is explained too.
    pub(crate) cancels: bool,
}

/// The help's key column: bound actions' keys (joined by the separator), or words.
enum Keys {
    Bound(&'static [&'static str], &'static str),
    Words(&'static str),
}

const KEYS: [(Keys, &str); 31] = [
    (
        Keys::Bound(&["none", "mutex", "rwmutex"], " / "),
        "restart now with no lock / sync.Mutex / sync.RWMutex",
    ),
    (
        Keys::Bound(&["channel"], ""),
        "restart with no lock: the results go to main on a channel",
    ),
    (
        Keys::Bound(&["pause"], ""),
        "pause or resume: virtual time stops, lanes freeze",
    ),
    (
        Keys::Bound(&["faster", "slower"], " / "),
        "speed up or slow down (0.1x to 10x)",
    ),
    (
        Keys::Bound(&["zoom-in", "zoom-out", "zoom-fit"], " / "),
        "zoom the lanes in / out at the cursor, or fit the run",
    ),
    (
        Keys::Bound(&["run"], ""),
        "run (in a lesson) or run again (new random delays)",
    ),
    (
        Keys::Bound(&["lessons"], ""),
        "lesson mode: the course in order, predict, then run",
    ),
    (
        Keys::Bound(&["previous-lesson", "next-lesson"], " / "),
        "previous / next lesson (and the page keys there)",
    ),
    (
        Keys::Bound(&["lesson-text"], ""),
        "bring the lesson's text forward where it is hidden",
    ),
    (
        Keys::Bound(&["present"], ""),
        "presentation: tall lanes take the screen, for a projector",
    ),
    (
        Keys::Bound(&["procs"], ""),
        "processors (GOMAXPROCS): 1, 2, 4, 8, and restart",
    ),
    (
        Keys::Bound(&["procs-view"], ""),
        "the processors' lanes: who computed on each P, when",
    ),
    (
        Keys::Bound(&["cost"], ""),
        "code takes time as in Go, Ps run at once: on/off, restart",
    ),
    (
        Keys::Bound(&["compare"], ""),
        "compare: every mode side by side on one time scale",
    ),
    (
        Keys::Bound(&["up", "down"], " / "),
        "scroll the lanes a row (this help, while it is open)",
    ),
    (
        Keys::Bound(&["page-up", "page-down", "top", "bottom"], " "),
        "a page up / down, to the first / last lane",
    ),
    (
        Keys::Words("wheel"),
        "scroll the lanes (with Ctrl: zoom at the pointer)",
    ),
    (
        Keys::Words("click"),
        "a lane: its goroutine's story; a still run's cursor there",
    ),
    (
        Keys::Bound(&["dense"], ""),
        "pack one lane per row, no blank rows between",
    ),
    (
        Keys::Bound(&["code"], ""),
        "show or hide the Go program and its step markers",
    ),
    (
        Keys::Bound(&["panel"], ""),
        "cycle the panel: notes, locks and time, event log",
    ),
    (
        Keys::Bound(&["earlier", "later"], " / "),
        "move the time cursor (paused or finished runs)",
    ),
    (
        Keys::Bound(&["previous-event", "next-event"], " / "),
        "one event back / forward",
    ),
    (
        Keys::Bound(&["start", "now"], " / "),
        "the cursor to the start / back to now",
    ),
    (
        Keys::Bound(&["break-on-lost", "break-on-wait"], " / "),
        "pause at the first lost update / first lock wait",
    ),
    (
        Keys::Bound(&["trace"], ""),
        "write this run as a trace file (Perfetto, --replay)",
    ),
    (
        Keys::Bound(&["picture"], ""),
        "write the screen as an SVG picture, for slides",
    ),
    (Keys::Bound(&["help"], ""), "show or hide this help"),
    (
        Keys::Bound(&["suspend"], ""),
        "suspend to the shell (fg returns)",
    ),
    (
        Keys::Bound(&["quit", "back", "interrupt"], ", "),
        "quit (Esc closes this help or a story first)",
    ),
    (
        Keys::Words(""),
        "Each lane is a goroutine, run M:N on OS threads:",
    ),
];

const STATES: [(State, &str); 12] = [
    (State::Running, "on a processor: Go code, or CPU work"),
    (State::Runnable, "ready to run, waiting for a processor"),
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

/// Shown after the WaitGroup's wait when the run has channels.
const CHANNEL_STATES: [(State, &str); 3] = [
    (
        State::WaitingSend,
        "blocked in ch <- v: no receiver, no room",
    ),
    (State::WaitingRecv, "blocked in <-ch: nothing sent yet"),
    (State::WaitingSelect, "blocked in a select: no case can go"),
];

/// Shown after the WaitGroup's wait when the run has Conds.
const COND_STATE: (State, &str) = (
    State::WaitingCond,
    "blocked in c.Wait(): until a Signal or Broadcast",
);

/// The rest of what the screen shows.
const MORE: [(&str, &str); 4] = [
    ("▶ gN", "code panel: the line each goroutine is at"),
    ("rd", "runs table: the most goroutines reading at once"),
    ("got", "runs table: results kept, of those expected"),
    ("lost", "runs table: updates overwritten by a racing append"),
];

impl Help<'_> {
    fn lines(&self) -> Vec<Line<'static>> {
        let mut lines: Vec<Line> = KEYS
            .iter()
            .map(|(keys, what)| {
                let key = match keys {
                    Keys::Bound(names, sep) => names
                        .iter()
                        .map(|n| self.keys.all_shown(n))
                        .collect::<Vec<_>>()
                        .join(sep),
                    Keys::Words(words) => words.to_string(),
                };
                Line::from(vec![
                    Span::styled(format!("{key:>17}"), style::title()),
                    Span::raw(format!("  {what}")),
                ])
            })
            .collect();
        let mut states = STATES.to_vec();
        if self.chans {
            let after_wg = states.iter().position(|(s, _)| *s == State::WaitingWg);
            let at = after_wg.map_or(states.len(), |i| i + 1);
            states.splice(at..at, CHANNEL_STATES);
        }
        if self.conds {
            let after_wg = states.iter().position(|(s, _)| *s == State::WaitingWg);
            let at = after_wg.map_or(states.len(), |i| i + 1);
            states.insert(at, COND_STATE);
        }
        for (state, meaning) in states {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>15} ", state.name()), style::state(state)),
                Span::styled(style::glyph(state).to_string(), style::state(state)),
                Span::raw(format!("  {meaning}")),
            ]));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{:>15} ", "taking turns"), style::title()),
            Span::styled(
                super::lane_cells::TURNS.to_string(),
                style::state(State::Running),
            ),
            Span::raw("  running and runnable in one cell: turns on a processor"),
        ]));
        lines.push(Line::from(vec![
            Span::styled(format!("{:>15} ", "hand-off"), style::title()),
            Span::styled("»", style::handoff()),
            Span::raw("  an unlock let this goroutine in"),
        ]));
        if self.chans {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>15} ", "value"), style::title()),
                Span::styled(style::CHAN_HANDOFF.to_string(), style::handoff()),
                Span::raw("  a value came straight from its sender, not a buffer"),
            ]));
        }
        if self.cancels {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>15} ", "cancel"), style::title()),
                Span::styled(style::CANCEL.to_string(), style::warn()),
                Span::raw("  this goroutine cancelled a context (its deadline's timer too)"),
            ]));
        }
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

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = self.lines();
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

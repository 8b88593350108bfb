//! Key bindings: a key press becomes an `Action`, or nothing.

use super::Travel;
use crate::event::LockMode;
use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Restart at once in this mode, on the same workload.
    Mode(LockMode),
    TogglePause,
    Faster,
    Slower,
    RunAgain,
    ToggleHelp,
    /// Show or hide the Go program.
    ToggleCode,
    /// Cycle the panel under the lanes: notes, locks, event log.
    CyclePanel,
    /// Enter or leave the course.
    ToggleLesson,
    NextLesson,
    PreviousLesson,
    /// Bring the lesson's text forward where it is not always on screen.
    ToggleLessonText,
    /// The lanes take the screen, for a projector.
    TogglePresent,
    /// A mouse click at a screen cell: on a lane, its story, and the cursor there.
    Click {
        column: u16,
        row: u16,
    },
    /// Write the current run as a trace file.
    WriteTrace,
    /// Move the time cursor (paused or finished runs).
    Travel(Travel),
    BreakOnLost,
    BreakOnWait,
    /// All modes side by side on the same workload.
    Compare,
    /// Scroll the lanes.
    Scroll(Scroll),
    /// One lane per row, no gaps.
    ToggleDense,
    /// `Esc`: closes help when it is open, quits otherwise.
    Back,
    Quit,
    /// Ctrl-C: quits, and the exit status says it was an interrupt.
    Interrupt,
    /// Ctrl-Z: gives the terminal back to the shell and stops until `fg`.
    Suspend,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

pub fn action(key: KeyEvent) -> Option<Action> {
    // Terminals that report releases and repeats would otherwise act twice.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Interrupt),
            KeyCode::Char('z') => Some(Action::Suspend),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Char('m') => Action::Mode(LockMode::Mutex),
        KeyCode::Char('r') => Action::Mode(LockMode::RwMutex),
        KeyCode::Char('n') => Action::Mode(LockMode::None),
        KeyCode::Char(' ') => Action::TogglePause,
        KeyCode::Char('+' | '=') => Action::Faster,
        KeyCode::Char('-' | '_') => Action::Slower,
        KeyCode::Enter => Action::RunAgain,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('c') => Action::ToggleCode,
        KeyCode::Char('e') => Action::CyclePanel,
        KeyCode::Char('t') => Action::WriteTrace,
        KeyCode::Left => Action::Travel(Travel::Earlier),
        KeyCode::Right => Action::Travel(Travel::Later),
        KeyCode::Char(',') => Action::Travel(Travel::PreviousEvent),
        KeyCode::Char('.') => Action::Travel(Travel::NextEvent),
        KeyCode::Home => Action::Travel(Travel::Start),
        KeyCode::End => Action::Travel(Travel::Now),
        KeyCode::Char('x') => Action::BreakOnLost,
        KeyCode::Char('C') => Action::Compare,
        KeyCode::Char('w') => Action::BreakOnWait,
        KeyCode::Char('l') => Action::ToggleLesson,
        KeyCode::Char(']') => Action::NextLesson,
        KeyCode::Char('[') => Action::PreviousLesson,
        KeyCode::Char('k') | KeyCode::Up => Action::Scroll(Scroll::Up),
        KeyCode::Char('j') | KeyCode::Down => Action::Scroll(Scroll::Down),
        KeyCode::PageUp => Action::Scroll(Scroll::PageUp),
        KeyCode::PageDown => Action::Scroll(Scroll::PageDown),
        KeyCode::Char('g') => Action::Scroll(Scroll::Top),
        KeyCode::Char('G') => Action::Scroll(Scroll::Bottom),
        KeyCode::Char('d') => Action::ToggleDense,
        KeyCode::Char('i') => Action::ToggleLessonText,
        KeyCode::Char('p') => Action::TogglePresent,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    })
}

/// The wheel scrolls the lanes; a left click is a click.
pub fn mouse_action(mouse: MouseEvent) -> Option<Action> {
    match mouse.kind {
        MouseEventKind::ScrollUp => Some(Action::Scroll(Scroll::Up)),
        MouseEventKind::ScrollDown => Some(Action::Scroll(Scroll::Down)),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
            column: mouse.column,
            row: mouse.row,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn mode_keys_and_quit_keys() {
        assert_eq!(
            action(press(KeyCode::Char('r'))),
            Some(Action::Mode(LockMode::RwMutex))
        );
        assert_eq!(action(press(KeyCode::Char('q'))), Some(Action::Quit));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action(ctrl_c), Some(Action::Interrupt));
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(action(ctrl_z), Some(Action::Suspend));
        assert_eq!(action(press(KeyCode::Char('z'))), None);
        assert_eq!(action(press(KeyCode::Char('x'))), Some(Action::BreakOnLost));
        assert_eq!(
            action(press(KeyCode::Left)),
            Some(Action::Travel(Travel::Earlier))
        );
        assert_eq!(action(press(KeyCode::Char(']'))), Some(Action::NextLesson));
        assert_eq!(action(press(KeyCode::Char('c'))), Some(Action::ToggleCode));
    }

    #[test]
    fn releases_are_ignored() {
        let mut key = press(KeyCode::Char('q'));
        key.kind = KeyEventKind::Release;
        assert_eq!(action(key), None);
    }
}

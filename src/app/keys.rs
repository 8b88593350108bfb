//! What the user can ask for: the actions, and the mouse's (the keys are in `keymap`).

use super::Travel;
use crate::event::LockMode;
use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Restart at once in this mode, on the same workload.
    Mode(LockMode),
    TogglePause,
    Faster,
    Slower,
    /// The lanes' time window: in or out around the cursor, or the whole run.
    Zoom(Zoom),
    /// Ctrl and the wheel over the lanes: in or out around the time under the pointer.
    ZoomAt {
        column: u16,
        zoom_in: bool,
    },
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
    /// The next number of processors (1, 2, 4, 8), and a restart on them.
    CycleProcs,
    /// The processors' lanes (Go's PROCS view) on or off.
    ToggleProcsView,
    /// Code takes time (`--cost`) on or off, and a restart.
    ToggleCost,
    /// A mouse click at a screen cell: on a lane, its story, and the cursor there.
    Click {
        column: u16,
        row: u16,
    },
    /// Write the screen as an SVG picture.
    WritePicture,
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
pub enum Zoom {
    In,
    Out,
    Fit,
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

/// The wheel scrolls the lanes (with Ctrl it zooms them); a left click is a click.
pub fn mouse_action(mouse: MouseEvent) -> Option<Action> {
    let ctrl = mouse.modifiers.contains(KeyModifiers::CONTROL);
    match mouse.kind {
        MouseEventKind::ScrollUp | MouseEventKind::ScrollDown if ctrl => Some(Action::ZoomAt {
            column: mouse.column,
            zoom_in: mouse.kind == MouseEventKind::ScrollUp,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll(Scroll::Up)),
        MouseEventKind::ScrollDown => Some(Action::Scroll(Scroll::Down)),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
            column: mouse.column,
            row: mouse.row,
        }),
        _ => None,
    }
}

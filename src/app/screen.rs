//! What the screen shows, apart from the run: overlays, panels, scroll positions. The views
//! read it; keys change it.

use super::Panel;
use crate::event::Gid;
use ratatui::layout::Rect;
use std::cell::Cell;

/// Where the lanes were last drawn, so that a click can be read as a lane and a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanesAt {
    /// The lanes' tracks: the time columns of the lane rows, labels and axis not included.
    pub track: Rect,
    /// The first lane shown, rows from one lane to the next, and how many show.
    pub first: usize,
    pub stride: usize,
    pub(crate) shown: usize,
    /// The virtual time (ns) the track's left edge stands for, and its width.
    pub(crate) start_ns: u64,
    pub(crate) span_ns: u64,
}

impl LanesAt {
    /// The lane drawn at row `y`, if any.
    pub(crate) fn lane_at(&self, y: u16) -> Option<usize> {
        let row = usize::from(y.checked_sub(self.track.y)?);
        let lane = row / self.stride.max(1);
        (lane < self.shown).then_some(self.first + lane)
    }

    /// The virtual time of column `x`, if it is on the track.
    pub(crate) fn time_at(&self, x: u16) -> Option<u64> {
        let col = x
            .checked_sub(self.track.x)
            .filter(|&c| c < self.track.width)?;
        let per_col = self.span_ns as f64 / f64::from(self.track.width.max(1));
        Some(self.start_ns + ((f64::from(col) + 0.5) * per_col) as u64)
    }
}

pub struct Screen {
    /// The help overlay, and how far it is scrolled.
    pub(crate) help: bool,
    pub(crate) help_scroll: u16,
    /// The Go program beside the lanes.
    pub(crate) code: bool,
    /// What the panel under the lanes shows.
    pub panel: Panel,
    /// The first lane shown, and one lane per row or with gaps.
    pub lane_scroll: usize,
    pub(crate) dense: bool,
    /// Lanes that fit on screen, as last drawn: what a page scroll moves.
    pub lane_page: Cell<usize>,
    /// A picture of the screen, asked for (the `s` key) and not written yet.
    pub(crate) picture: Option<std::path::PathBuf>,
    /// The lanes as last drawn, for the mouse.
    pub lanes_at: Cell<Option<LanesAt>>,
    /// The lesson brought forward, where it is not always on screen.
    pub(crate) lesson: bool,
    /// Presentation mode: the lanes take the screen.
    pub(crate) present: bool,
    /// The lanes zoomed in on part of the run; `None` fits the whole run.
    pub(crate) zoom: Option<super::Window>,
    /// The processors' lanes above the goroutines'.
    pub(crate) procs: bool,
    /// A goroutine whose story the notes tell (a click on its lane).
    pub story: Option<Gid>,
}

impl Default for Screen {
    fn default() -> Screen {
        Screen {
            help: false,
            help_scroll: 0,
            code: true,
            panel: Panel::Notes,
            lane_scroll: 0,
            dense: false,
            lane_page: Cell::new(10),
            picture: None,
            lanes_at: Cell::new(None),
            lesson: false,
            present: false,
            zoom: None,
            procs: false,
            story: None,
        }
    }
}

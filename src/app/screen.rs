//! What the screen shows, apart from the run: overlays, panels, scroll positions. The views
//! read it; keys change it.

use super::Panel;
use std::cell::Cell;

pub struct Screen {
    /// The help overlay, and how far it is scrolled.
    pub help: bool,
    pub help_scroll: u16,
    /// The Go program beside the lanes.
    pub code: bool,
    /// What the panel under the lanes shows.
    pub panel: Panel,
    /// The first lane shown, and one lane per row or with gaps.
    pub lane_scroll: usize,
    pub dense: bool,
    /// Lanes that fit on screen, as last drawn: what a page scroll moves.
    pub lane_page: Cell<usize>,
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
        }
    }
}

//! The lanes' time window: the whole run, or a part of it zoomed in around the cursor (or the
//! pointer), so that what happens in a few nanoseconds of a long run can be seen.

use super::{App, Zoom};

/// The narrowest window, in nanoseconds: about a nanosecond a cell on a wide track, finer
/// than the cost model's cheapest operation.
const NARROWEST_NS: u64 = 100;

/// A part of the run the lanes show, in nanoseconds: from `start_ns`, `span_ns` long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start_ns: u64,
    pub span_ns: u64,
}

impl App {
    /// The time the lanes' full width stands for: the whole run once it ended, before that the
    /// longest it can take when nothing goes wrong, or the time so far if that is longer.
    pub(crate) fn run_span_ns(&self) -> u64 {
        if let Some(total) = self.model.total_ns() {
            return total.max(1);
        }
        let outline = self.model.outline().unwrap_or(&self.outline);
        outline
            .span_us
            .saturating_mul(1000)
            .max(self.now_ns())
            .max(1)
    }

    /// What the lanes show now: the zoomed window (kept inside the run), or all of it.
    pub fn lanes_window(&self) -> Window {
        let full = self.run_span_ns();
        match self.screen.zoom {
            Some(w) if w.span_ns < full => Window {
                start_ns: w.start_ns.min(full - w.span_ns),
                span_ns: w.span_ns,
            },
            _ => Window {
                start_ns: 0,
                span_ns: full,
            },
        }
    }

    /// Zooms the lanes around the cursor, or the middle of the window without one.
    pub(super) fn zoom(&mut self, zoom: Zoom) {
        let window = self.lanes_window();
        let around = self
            .cursor()
            .map(|c| c.at_ns)
            .filter(|at| (window.start_ns..=window.start_ns + window.span_ns).contains(at))
            .unwrap_or(window.start_ns + window.span_ns / 2);
        self.zoom_around(zoom, around);
    }

    /// Zooms the lanes around the time under column `column` (Ctrl and the wheel).
    pub(super) fn zoom_at(&mut self, column: u16, zoom_in: bool) {
        let Some(at) = self
            .screen
            .lanes_at
            .get()
            .and_then(|lanes| lanes.time_at(column))
        else {
            return;
        };
        let zoom = if zoom_in { Zoom::In } else { Zoom::Out };
        self.zoom_around(zoom, at);
    }

    /// The new window keeps `around` where it was on the track.
    fn zoom_around(&mut self, zoom: Zoom, around: u64) {
        let full = self.run_span_ns();
        let window = self.lanes_window();
        let span = match zoom {
            Zoom::Fit => full,
            Zoom::In => (window.span_ns / 2).max(NARROWEST_NS).min(full),
            Zoom::Out => window.span_ns.saturating_mul(2),
        };
        if span >= full {
            self.screen.zoom = None;
            return;
        }
        let share = around.saturating_sub(window.start_ns) as f64 / window.span_ns.max(1) as f64;
        let start = (around as f64 - share * span as f64).max(0.0) as u64;
        self.screen.zoom = Some(Window {
            start_ns: start.min(full - span),
            span_ns: span,
        });
    }
}

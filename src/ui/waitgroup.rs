use super::{boxes, style};
use crate::model::Model;
use ratatui::prelude::*;
use ratatui::widgets::Gauge;

/// The WaitGroup counter, N down to 0.
pub(super) struct WaitGroupGauge<'a> {
    pub(crate) model: &'a Model,
}

impl Widget for WaitGroupGauge<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let peak = self.model.wait_group_peak;
        let counter = self.model.wait_group;
        let ended = self.model.lanes.first().is_some_and(|l| l.is_finished());
        let released = counter == 0 && ended;
        let label = if peak == 0 && ended {
            // A program that never used its WaitGroup (channels instead).
            "not used".to_string()
        } else if peak == 0 {
            "counter 0".to_string()
        } else if released {
            "0: Wait() returned".to_string()
        } else if counter < 0 {
            format!("{counter}: negative!")
        } else {
            format!("counter {counter} of {peak}")
        };
        // The filled part in the theme's colour; the rest is the terminal's own background.
        let fill = if released {
            style::good()
        } else {
            style::warn()
        };
        Gauge::default()
            .gauge_style(fill)
            .ratio((counter as f64 / peak.max(1) as f64).clamp(0.0, 1.0))
            .label(label)
            .render(boxes::frame(buf, area, Line::raw(" WaitGroup ")), buf);
    }
}

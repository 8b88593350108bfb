use super::{boxes, style, text};
use crate::model::{Model, WaitGroupView};
use ratatui::prelude::*;
use ratatui::widgets::Gauge;

/// The WaitGroup counters, N down to 0: one gauge for a program with one WaitGroup, a row
/// each, named as in the code, for a program with several.
pub(super) struct WaitGroupGauge<'a> {
    pub(crate) model: &'a Model,
}

impl Widget for WaitGroupGauge<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let groups = &self.model.wait_groups.list;
        let ended = self.model.lanes.first().is_some_and(|l| l.is_finished());
        if groups.len() > 1 {
            several(groups, ended, area, buf);
            return;
        }
        let title = match groups.first() {
            Some(w) => format!(" WaitGroup {} ", w.name),
            None => " WaitGroup ".into(),
        };
        let (counter, peak) = (self.model.wait_group, self.model.wait_group_peak);
        let inner = boxes::frame(buf, area, Line::raw(title));
        gauge(counter, peak, ended).render(inner, buf);
    }
}

/// A row per WaitGroup: its name, then its gauge.
fn several(groups: &[WaitGroupView], ended: bool, area: Rect, buf: &mut Buffer) {
    let inner = boxes::frame(buf, area, Line::raw(" WaitGroups "));
    let name_width = groups
        .iter()
        .map(|w| w.name.chars().count())
        .max()
        .unwrap_or(2)
        .min(usize::from(inner.width / 3)) as u16;
    let rows = usize::from(inner.height);
    let shown = if groups.len() > rows {
        rows.saturating_sub(1)
    } else {
        groups.len()
    };
    for (i, w) in groups.iter().take(shown).enumerate() {
        let y = inner.y + i as u16;
        text::put(buf, inner.x, y, &w.name, name_width, style::title());
        let bar = Rect {
            x: inner.x + name_width + 1,
            y,
            width: inner.width.saturating_sub(name_width + 1),
            height: 1,
        };
        gauge(w.counter, w.peak, ended).render(bar, buf);
    }
    if shown < groups.len() {
        let more = format!("+{} more", groups.len() - shown);
        let y = inner.y + shown as u16;
        text::put(buf, inner.x, y, &more, inner.width, style::dim());
    }
}

fn gauge(counter: i64, peak: i64, ended: bool) -> Gauge<'static> {
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
}

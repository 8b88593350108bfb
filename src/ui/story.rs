//! One goroutine's story, told when its lane is clicked: who started it, then each state it
//! was in, with its times.

use super::{boxes, style, text, time_format};
use crate::event::Gid;
use crate::model::Model;
use ratatui::prelude::*;

pub struct Story<'a> {
    pub model: &'a Model,
    pub who: Gid,
}

impl Widget for Story<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let title = format!(" {}'s story (Esc closes) ", self.who);
        let inner = boxes::frame(buf, area, Line::styled(title, style::title()));
        let Some(lane) = self.model.lanes.get(self.who.index()) else {
            return;
        };
        let mut lines: Vec<Line> = Vec::new();
        if let Some((by, _)) = lane.created {
            lines.push(Line::styled(format!("started by {by}"), style::dim()));
        }
        for segment in &lane.segments {
            let when = match segment.end_us {
                Some(end) if !segment.state.is_final() => format!(
                    "{} to {} ({})",
                    time_format::short(segment.start_us),
                    time_format::short(end),
                    time_format::short(end - segment.start_us)
                ),
                _ if segment.state.is_final() => {
                    format!("at {}", time_format::short(segment.start_us))
                }
                _ => format!("since {}", time_format::short(segment.start_us)),
            };
            lines.push(Line::from(vec![
                Span::styled(
                    style::glyph(segment.state).to_string(),
                    style::state(segment.state),
                ),
                Span::raw(format!(" {:<14}{when}", segment.state.name())),
            ]));
        }
        // The end of the story stays in view; the start scrolls off first.
        let skip = lines.len().saturating_sub(usize::from(inner.height));
        for (row, line) in lines.iter().skip(skip).enumerate() {
            text::line(buf, inner.x, inner.y + row as u16, line, inner.width);
        }
    }
}

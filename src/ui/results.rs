use super::{boxes, style, text, time_format};
use crate::event::Ending;
use crate::model::Model;
use ratatui::prelude::*;

/// The shared slice: what it holds, expected against got, and every lost update.
pub(super) struct ResultsPanel<'a> {
    pub(crate) model: &'a Model,
}

/// `items` joined by spaces, cut to about `room` characters with the count of the rest: with
/// thousands of results only what fits is laid out.
fn joined(items: &[&str], room: usize) -> String {
    let mut text = String::new();
    for (i, item) in items.iter().enumerate() {
        if text.len() + item.len() + 1 > room {
            text += &format!("... ({} more)", items.len() - i);
            break;
        }
        if i > 0 {
            text.push(' ');
        }
        text += item;
    }
    text
}

impl Widget for ResultsPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let room =
            usize::from(area.width.saturating_sub(2)) * usize::from(area.height.saturating_sub(2));
        let model = self.model;
        let results = &model.results;
        let inner = boxes::frame(buf, area, Line::raw(" Results "));
        let got = results.contents().len();
        let lost = results.lost();
        let got_style = if !lost.is_empty() {
            style::lost()
        } else if model.is_finished() {
            style::good().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let mut area = inner;
        if let Some((
            ending @ (Ending::Deadlock | Ending::Panic(_) | Ending::Budget | Ending::Exit(_)),
            _,
        )) = &model.ending
        {
            let text = model.ending_words(ending);
            text::paragraph(buf, Rect { height: 1, ..area }, &[(&text, style::lost())]);
            area = shrink(area, 1);
        }
        let counts = Line::from(vec![
            Span::raw(format!("expected {}   got ", model.expected())),
            Span::styled(got.to_string(), got_style),
            Span::raw("   "),
        ]);
        let used = text::line(buf, area.x, area.y, &counts, area.width);
        let peaks = format!(
            "most at once: {} writing, {} reading",
            model.max_writers, model.max_readers
        );
        if usize::from(used) + peaks.len() <= usize::from(area.width) {
            text::put(
                buf,
                area.x + used,
                area.y,
                &peaks,
                area.width - used,
                style::dim(),
            );
        } else if area.height > 2 {
            // Tight, the contents matter more than the peaks.
            area = shrink(area, 1);
            text::put(buf, area.x, area.y, &peaks, area.width, style::dim());
        }
        area = shrink(area, 1);
        let contents = format!("results = [{}]", joined(&results.contents(), room));
        let lost_line = format!("{} lost update(s): {}", lost.len(), joined(&lost, room));
        let mut items = vec![(contents.as_str(), Style::new())];
        if !lost.is_empty() {
            items.push((lost_line.as_str(), style::lost()));
        }
        let overwrites: Vec<String> = results
            .overwrites
            .iter()
            .rev()
            .take(usize::from(area.height))
            .map(|o| {
                format!(
                    "{}: {} wrote results[{}] over {}",
                    time_format::short_ns(o.at_ns),
                    o.by,
                    o.slot,
                    o.lost
                )
            })
            .collect();
        let red = style::bad();
        items.extend(overwrites.iter().map(|o| (o.as_str(), red)));
        text::paragraph(buf, area, &items);
    }
}

/// `area` without its first `rows` rows.
fn shrink(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect {
        y: area.y + rows,
        height: area.height - rows,
        ..area
    }
}

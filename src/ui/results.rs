use super::{style, time_format};
use crate::describe::ending_text;
use crate::event::Ending;
use crate::model::Model;
use ratatui::prelude::*;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// The shared slice: what it holds, expected against got, and every lost update.
pub struct ResultsPanel<'a> {
    pub model: &'a Model,
}

impl Widget for ResultsPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let model = self.model;
        let results = &model.results;
        let got = results.contents().len();
        let lost = results.lost();
        let got_style = if !lost.is_empty() {
            style::lost()
        } else if model.is_finished() {
            Style::new().fg(Color::Green).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let mut lines = vec![
            Line::from(vec![
                Span::raw(format!("expected {}   got ", model.expected())),
                Span::styled(got.to_string(), got_style),
                Span::styled(
                    format!(
                        "   most at once: {} writing, {} reading",
                        model.max_writers, model.max_readers
                    ),
                    style::dim(),
                ),
            ]),
            Line::from(format!("results = [{}]", results.contents().join(" "))),
        ];
        if let Some((ending @ (Ending::Deadlock | Ending::Panic(_)), _)) = &model.ending {
            lines.insert(0, Line::styled(ending_text(ending), style::lost()));
        }
        if !lost.is_empty() {
            lines.push(Line::styled(
                format!("{} lost update(s): {}", lost.len(), lost.join(" ")),
                style::lost(),
            ));
        }
        for o in results.overwrites.iter().rev() {
            lines.push(Line::styled(
                format!(
                    "{}: {} wrote results[{}] over {}",
                    time_format::short(o.at_us),
                    o.by,
                    o.slot,
                    o.lost
                ),
                Color::LightRed,
            ));
        }
        Paragraph::new(lines)
            .block(Block::bordered().title(" Results "))
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

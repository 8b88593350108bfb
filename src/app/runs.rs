//! The table of finished runs, so switching modes shows the difference in numbers.

use crate::model::Model;

/// Rows kept: enough to compare a scenario under every mode and then some.
const KEEP: usize = 12;

#[derive(Debug, Clone, PartialEq)]
pub struct RunRow {
    pub run: u32,
    pub scenario: String,
    pub mode: &'static str,
    pub total_us: u64,
    pub results: usize,
    pub expected: usize,
    pub lost: usize,
    pub max_readers: usize,
    pub outcome: &'static str,
}

impl RunRow {
    /// The row for a finished run; `None` while it still goes on.
    pub fn of(model: &Model) -> Option<RunRow> {
        let info = model.info.as_ref()?;
        Some(RunRow {
            run: model.run,
            scenario: info.lesson.name.clone(),
            mode: info.mode.title(),
            total_us: model.total_us()?,
            results: model.results.contents().len(),
            expected: model.expected(),
            lost: model.results.lost().len(),
            max_readers: model.max_readers,
            outcome: model.outcome()?.key(),
        })
    }
}

/// Newest last, at most `KEEP`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runs {
    pub rows: Vec<RunRow>,
}

impl Runs {
    pub fn record(&mut self, row: RunRow) {
        if self.rows.iter().any(|r| r.run == row.run) {
            return;
        }
        self.rows.push(row);
        if self.rows.len() > KEEP {
            self.rows.remove(0);
        }
    }
}

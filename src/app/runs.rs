//! The table of finished runs, so switching modes shows the difference in numbers.

use crate::model::Model;

/// Rows kept: enough to compare a scenario under every mode and then some.
const KEEP: usize = 12;

#[derive(Debug, Clone, PartialEq)]
pub struct RunRow {
    pub(crate) run: u32,
    pub(crate) scenario: String,
    pub(crate) mode: &'static str,
    pub(crate) total_us: u64,
    /// What the results slice got of what was expected; `None` for a program without one.
    pub(crate) got: Option<(usize, usize)>,
    pub(crate) lost: usize,
    pub(crate) max_readers: usize,
    pub(crate) outcome: &'static str,
}

impl RunRow {
    /// The row for a finished run; `None` while it still goes on.
    pub(crate) fn of(model: &Model) -> Option<RunRow> {
        let info = model.info.as_ref()?;
        Some(RunRow {
            run: model.run,
            scenario: info.lesson.name.clone(),
            mode: info.mode.title(),
            total_us: model.total_us()?,
            got: info
                .lesson
                .uses
                .results
                .then(|| (model.results.contents().len(), model.expected())),
            lost: model.results.lost().len(),
            max_readers: model.max_readers,
            outcome: model.outcome()?.key(),
        })
    }
}

/// Newest last, at most `KEEP`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Runs {
    pub(crate) rows: Vec<RunRow>,
}

impl Runs {
    pub(crate) fn record(&mut self, row: RunRow) {
        if self.rows.iter().any(|r| r.run == row.run) {
            return;
        }
        self.rows.push(row);
        if self.rows.len() > KEEP {
            self.rows.remove(0);
        }
    }
}

//! Helpers shared by integration tests: `mod support;` in a test file, then `support::...`.

pub mod chan_rules;
pub mod invariants;

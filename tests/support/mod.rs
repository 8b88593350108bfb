//! Helpers shared by integration tests: `mod support;` in a test file, then `support::...`.

pub mod invariants;

//! Lesson mode: the built-in scenarios in order, each introduced by a question.

use crate::scenario::{BUILT_IN, Scenario, built_in};
use std::sync::Arc;

/// The course's scenario at `index`, if it exists and parses (built-ins are tested to).
pub fn lesson(index: usize) -> Option<Arc<Scenario>> {
    let (name, _) = BUILT_IN.get(index)?;
    built_in(name)?.ok().map(Arc::new)
}

/// Where a scenario sits in the course; a user's own file starts the course at the beginning.
pub fn position(name: &str) -> usize {
    BUILT_IN.iter().position(|(n, _)| *n == name).unwrap_or(0)
}

pub fn len() -> usize {
    BUILT_IN.len()
}

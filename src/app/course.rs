//! Lesson mode: the built-in scenarios in order, each introduced by a question.

use crate::front::toml::{BUILT_IN, built_in};
use crate::program::Lesson;
use std::sync::Arc;

/// The course's lesson at `index`, if it exists and parses (built-ins are tested to).
pub(crate) fn lesson(index: usize) -> Option<Arc<Lesson>> {
    let (name, _) = BUILT_IN.get(index)?;
    built_in(name)?.ok().map(Arc::new)
}

/// Where a scenario sits in the course; a user's own file starts the course at the beginning.
pub(crate) fn position(name: &str) -> usize {
    BUILT_IN.iter().position(|(n, _)| *n == name).unwrap_or(0)
}

pub(crate) fn len() -> usize {
    BUILT_IN.len()
}

//! The course: the scenario files of `assets/scenarios/`, compiled in, in teaching order.

use super::parse;
use crate::LoadError;
use syncscope_program::Lesson;

/// Name and file text of each built-in scenario, in the order the course walks them.
pub const BUILT_IN: [(&str, &str); 24] = [
    (
        "sequential",
        include_str!("../../../../assets/scenarios/sequential.toml"),
    ),
    (
        "waitgroup",
        include_str!("../../../../assets/scenarios/waitgroup.toml"),
    ),
    (
        "no-wait",
        include_str!("../../../../assets/scenarios/no-wait.toml"),
    ),
    (
        "io-bound",
        include_str!("../../../../assets/scenarios/io-bound.toml"),
    ),
    (
        "cpu-bound",
        include_str!("../../../../assets/scenarios/cpu-bound.toml"),
    ),
    (
        "mixed",
        include_str!("../../../../assets/scenarios/mixed.toml"),
    ),
    (
        "race",
        include_str!("../../../../assets/scenarios/race.toml"),
    ),
    (
        "mutex",
        include_str!("../../../../assets/scenarios/mutex.toml"),
    ),
    (
        "wide-lock",
        include_str!("../../../../assets/scenarios/wide-lock.toml"),
    ),
    (
        "rwmutex",
        include_str!("../../../../assets/scenarios/rwmutex.toml"),
    ),
    (
        "read-heavy",
        include_str!("../../../../assets/scenarios/read-heavy.toml"),
    ),
    (
        "unbuffered",
        include_str!("../../../../assets/scenarios/unbuffered.toml"),
    ),
    (
        "buffered",
        include_str!("../../../../assets/scenarios/buffered.toml"),
    ),
    (
        "results-channel",
        include_str!("../../../../assets/scenarios/results-channel.toml"),
    ),
    (
        "worker-pool",
        include_str!("../../../../assets/scenarios/worker-pool.toml"),
    ),
    (
        "pipeline",
        include_str!("../../../../assets/scenarios/pipeline.toml"),
    ),
    (
        "semaphore",
        include_str!("../../../../assets/scenarios/semaphore.toml"),
    ),
    (
        "select-timeout",
        include_str!("../../../../assets/scenarios/select-timeout.toml"),
    ),
    (
        "forgot-done",
        include_str!("../../../../assets/scenarios/forgot-done.toml"),
    ),
    (
        "done-twice",
        include_str!("../../../../assets/scenarios/done-twice.toml"),
    ),
    (
        "forgot-unlock",
        include_str!("../../../../assets/scenarios/forgot-unlock.toml"),
    ),
    (
        "lock-order",
        include_str!("../../../../assets/scenarios/lock-order.toml"),
    ),
    (
        "forgot-close",
        include_str!("../../../../assets/scenarios/forgot-close.toml"),
    ),
    (
        "send-on-closed",
        include_str!("../../../../assets/scenarios/send-on-closed.toml"),
    ),
];

/// The program the tutorials walk through, used when no scenario is named.
pub const DEFAULT: &str = "mutex";

/// A built-in scenario by name.
pub fn built_in(name: &str) -> Option<Result<Lesson, LoadError>> {
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, text)| parse(&format!("built-in {n}"), text))
}

//! TOML text to a checked [`Scenario`]. Every mistake is one line naming file, line and column.

use super::raw::{Int, RawScenario};
use super::{Count, Group, Millis, Op, Scenario};
use crate::{LoadError, line_col};
use std::ops::Range;
use syncscope_program::Knobs;
use syncscope_program::event::LockMode;
pub(super) use syncscope_program::limits::{MAX_GOROUTINES, MAX_MS, MAX_PROCS, MAX_REPEAT};
use syncscope_program::safe_text;
use toml::Spanned;

/// A mistake found while checking, before it is given a file and a place.
pub(super) struct Mistake {
    pub(crate) span: Option<Range<usize>>,
    pub(crate) message: String,
}

impl Mistake {
    pub(crate) fn at<T>(spanned: &Spanned<T>, message: impl Into<String>) -> Mistake {
        Mistake {
            span: Some(spanned.span()),
            message: message.into(),
        }
    }
}

/// A text for the panels: no character that would drive the terminal, tabs (and, where it may
/// wrap, newlines) as spaces. A title is one line.
fn plain(text: &Spanned<String>, field: &str, wraps: bool) -> Result<String, Mistake> {
    let forbidden = text
        .get_ref()
        .chars()
        .find(|&c| safe_text::is_control(c) && c != '\t' && (c != '\n' || !wraps));
    if let Some(c) = forbidden {
        let what = if c == '\n' {
            "a title is one line".to_string()
        } else {
            format!(
                "it holds the control character {}, which would drive the terminal",
                c.escape_default()
            )
        };
        return Err(Mistake::at(
            text,
            format!("{field} is not plain text: {what}"),
        ));
    }
    Ok(safe_text::flowing(text.get_ref().trim()))
}

/// Parses and checks one scenario file's text; `origin` names it in errors.
pub(crate) fn parse(origin: &str, text: &str) -> Result<Scenario, LoadError> {
    let place = |span: Option<Range<usize>>, message: String| LoadError {
        origin: origin.to_string(),
        line_col: span.map(|s| line_col(text, s.start)),
        message,
    };
    if text.trim().is_empty() {
        // toml would say "missing field `name`", true but no hint that the file is empty.
        return Err(place(
            Some(0..0),
            "the file is empty: a scenario needs name, title, lesson and main".into(),
        ));
    }
    let raw: RawScenario =
        toml::from_str(text).map_err(|e| place(e.span(), e.message().trim().replace('\n', " ")))?;
    let mut scenario = check(raw).map_err(|m| place(m.span, m.message))?;
    scenario.source = text.to_string();
    Ok(scenario)
}

fn check(raw: RawScenario) -> Result<Scenario, Mistake> {
    let name = raw.name.get_ref().clone();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(Mistake::at(
            &raw.name,
            "name must be lowercase letters, digits and '-'",
        ));
    }
    let modes = match &raw.modes {
        None => LockMode::LOCKS.to_vec(),
        Some(list) if list.get_ref().is_empty() => {
            return Err(Mistake::at(list, "modes must name at least one mode"));
        }
        Some(list) => list
            .get_ref()
            .iter()
            .map(mode)
            .collect::<Result<Vec<_>, _>>()?,
    };
    let default_mode = match &raw.mode {
        Some(m) => mode(m)?,
        None => modes[0],
    };
    if !modes.contains(&default_mode) {
        let at = raw.mode.as_ref().map(|m| m.span());
        return Err(Mistake {
            span: at,
            message: format!("mode {} is not among the modes", default_mode.key()),
        });
    }

    let mut checker = Checker::default();
    checker.declare_chans(&raw.channels)?;
    let mut groups = Vec::new();
    for group in &raw.goroutine {
        let func = group.func.get_ref();
        checker.identifier(&group.func, "function")?;
        if func == "main" || groups.iter().any(|g: &Group| &g.func == func) {
            return Err(Mistake::at(
                &group.func,
                format!("a function named {func} is already defined"),
            ));
        }
        let count = match &group.count {
            None => None,
            Some(c) => Some(in_range(c, "count", MAX_GOROUTINES.into(), " goroutines")?),
        };
        let steps = checker.function(&group.steps, false)?;
        groups.push(Group {
            func: func.clone(),
            count,
            steps,
        });
    }
    if let Some(second) = raw.goroutine.iter().filter(|g| g.count.is_none()).nth(1) {
        return Err(Mistake::at(
            &second.func,
            "at most one [[goroutine]] may leave out count",
        ));
    }
    let main = checker.function(raw.main.get_ref(), true)?;
    for (group, raw_group) in groups.iter().zip(&raw.goroutine) {
        if checker.locks.contains(&group.func) {
            return Err(Mistake::at(
                &raw_group.func,
                format!("{} names both a function and a lock", group.func),
            ));
        }
        if checker.chans.iter().any(|(c, _)| c == &group.func) {
            return Err(Mistake::at(
                &raw_group.func,
                format!("{} names both a function and a channel", group.func),
            ));
        }
    }
    if let Some(c) = checker
        .locks
        .iter()
        .find(|l| checker.chans.iter().any(|(c, _)| c == *l))
    {
        return Err(Mistake::at(
            &raw.main,
            format!("{c} names both a lock and a channel"),
        ));
    }
    // The channel mode fits the tutorials' workload: goroutines that save, and a main that
    // waits for them.
    let modes = match raw.modes {
        None if chans::channel_mode_fits(&main, &groups, &checker.chans) => LockMode::ALL.to_vec(),
        None => modes,
        Some(_) => modes,
    };
    let starts = main
        .iter()
        .filter(|s| matches!(s.op, Op::Spawn { .. } | Op::Call))
        .count();
    if starts > 0 && groups.is_empty() {
        return Err(Mistake::at(
            &raw.main,
            "main starts goroutines but no [[goroutine]] is defined",
        ));
    }
    if starts > 1 {
        return Err(Mistake::at(
            &raw.main,
            "main may start the goroutines once (one spawn, go or call)",
        ));
    }

    // Summed group by group so the error points at the count that goes over the cap.
    let mut fixed: u32 = 0;
    for (group, raw_group) in groups.iter().zip(&raw.goroutine) {
        if let (Some(count), Some(at)) = (group.count, &raw_group.count) {
            fixed += count;
            if fixed > MAX_GOROUTINES {
                return Err(Mistake::at(
                    at,
                    format!("the counts add up to {fixed}: at most {MAX_GOROUTINES} goroutines"),
                ));
            }
        }
    }
    let goroutines = match &raw.goroutines {
        Some(n) => in_range(n, "goroutines", MAX_GOROUTINES.into(), " goroutines")?,
        None => fixed,
    };
    let free = groups.iter().any(|g| g.count.is_none());
    if (free && goroutines < fixed) || (!free && goroutines != fixed) {
        let span = raw.goroutines.as_ref().map(|g| g.span());
        return Err(Mistake {
            span,
            message: format!(
                "goroutines = {goroutines} does not match the groups' counts ({fixed})"
            ),
        });
    }

    let title = plain(&raw.title, "title", false)?;
    let lesson = plain(&raw.lesson, "lesson", true)?;
    let predict = match &raw.predict {
        Some(p) => plain(p, "predict", true)?,
        None => String::new(),
    };
    Ok(Scenario {
        name,
        title,
        lesson,
        predict,
        timing: Knobs {
            goroutines,
            delay_ms: millis(raw.delay_ms.as_ref(), "delay_ms", 2000)?,
            random_delay: raw.random_delay.unwrap_or(false),
            seed: raw
                .seed
                .as_ref()
                .map(|s| in_range(s, "seed", u64::MAX, ""))
                .transpose()?,
            write_ms: millis(raw.write_ms.as_ref(), "write_ms", 300)?,
            read_ms: millis(raw.read_ms.as_ref(), "read_ms", 300)?,
            reads: match &raw.reads {
                None => 1,
                Some(r) => in_range(r, "reads", MAX_REPEAT.into(), "")?,
            },
            procs: raw.procs.as_ref().map(processors).transpose()?,
            cost: false,
            args: Vec::new(),
        },
        mode: default_mode,
        modes,
        locks: checker.locks,
        chans: checker.chans,
        main,
        groups,
        source: String::new(),
    })
}

fn mode(m: &Spanned<String>) -> Result<LockMode, Mistake> {
    LockMode::ALL
        .into_iter()
        .find(|mode| mode.key() == m.get_ref())
        .ok_or_else(|| {
            Mistake::at(
                m,
                format!("unknown mode '{}': none, mutex or rwmutex", m.get_ref()),
            )
        })
}

/// The number under `key` if it is in `0..=max`; the message quotes the line.
fn in_range<T: TryFrom<u64>>(
    n: &Spanned<Int>,
    key: &str,
    max: u64,
    unit: &str,
) -> Result<T, Mistake> {
    let Int(value) = *n.get_ref();
    if value < 0 {
        return Err(Mistake::at(
            n,
            format!("{key} = {value}: must not be negative"),
        ));
    }
    u64::try_from(value)
        .ok()
        .filter(|&v| v <= max)
        .and_then(|v| T::try_from(v).ok())
        .ok_or_else(|| Mistake::at(n, format!("{key} = {value}: at most {max}{unit}")))
}

/// `procs = N`: at least one processor, as `--procs` asks (Go's `GOMAXPROCS(0)` would mean
/// "leave it as it is").
fn processors(n: &Spanned<Int>) -> Result<u32, Mistake> {
    let procs: u32 = in_range(n, "procs", MAX_PROCS.into(), "")?;
    if procs == 0 {
        return Err(Mistake::at(n, "procs = 0: at least 1".to_string()));
    }
    Ok(procs)
}

fn millis(n: Option<&Spanned<Int>>, key: &str, default: u64) -> Result<u64, Mistake> {
    n.map_or(Ok(default), |n| in_range(n, key, MAX_MS, " ms"))
}

impl super::raw::RawMillis {
    fn resolve(&self) -> Result<Millis, String> {
        match self {
            Self::Ms(ms) if *ms < 0 => Err(format!("{ms} ms: a duration must not be negative")),
            Self::Ms(ms) => u64::try_from(*ms)
                .ok()
                .filter(|&ms| ms <= MAX_MS)
                .map(Millis::Fixed)
                .ok_or_else(|| format!("{ms} ms: a duration is at most {MAX_MS} ms")),
            Self::Name(n) => match n.as_str() {
                "delay" => Ok(Millis::Delay),
                "write" => Ok(Millis::Write),
                "read" => Ok(Millis::Read),
                other => Err(format!(
                    "unknown duration '{other}': a number of ms, \"delay\", \"write\" or \"read\""
                )),
            },
        }
    }
}

impl super::raw::RawCount {
    fn resolve(&self) -> Result<Count, String> {
        match self {
            Self::Times(n) => u32::try_from(*n)
                .ok()
                .filter(|&n| n <= MAX_REPEAT)
                .map(Count::Fixed)
                .ok_or_else(|| format!("repeat = {n}: must be 0..={MAX_REPEAT} times")),
            Self::Name(n) if n == "reads" => Ok(Count::Reads),
            Self::Name(n) if n == "goroutines" => Ok(Count::Goroutines),
            Self::Name(n) => Err(format!(
                "unknown count '{n}': a number, \"reads\" or \"goroutines\""
            )),
        }
    }
}

#[cfg(test)]
mod chan_tests;
mod chans;
mod checker;
#[cfg(test)]
mod tests;

use checker::Checker;

//! The file's shape as serde reads it, before any check. Steps have a reader of their own so
//! that a wrong step gets a message about steps, at its own line and column.

use serde::Deserialize;
use serde::de::{self, MapAccess, Visitor};
use std::fmt;
use syncscope_program::event::Access;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScenario {
    pub(crate) name: Spanned<String>,
    pub(crate) title: Spanned<String>,
    pub(crate) lesson: Spanned<String>,
    pub(crate) predict: Option<Spanned<String>>,
    pub(crate) goroutines: Option<Spanned<Int>>,
    pub(crate) mode: Option<Spanned<String>>,
    pub(crate) modes: Option<Spanned<Vec<Spanned<String>>>>,
    pub(crate) delay_ms: Option<Spanned<Int>>,
    pub(crate) random_delay: Option<bool>,
    pub(crate) seed: Option<Spanned<Int>>,
    pub(crate) write_ms: Option<Spanned<Int>>,
    pub(crate) read_ms: Option<Spanned<Int>>,
    pub(crate) reads: Option<Spanned<Int>>,
    pub(crate) procs: Option<Spanned<Int>>,
    #[serde(default)]
    pub(crate) channels: Vec<Spanned<RawChannel>>,
    pub(crate) main: Spanned<Vec<Spanned<RawStep>>>,
    #[serde(default)]
    pub(crate) goroutine: Vec<RawGroup>,
}

/// `{ name = "jobs", cap = 3 }`: a channel made before main's first step.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChannel {
    pub(crate) name: Spanned<String>,
    pub(crate) cap: Option<Spanned<Int>>,
}

/// One case of a select step: exactly one of `recv`, `send`, `after`, and its steps.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCase {
    pub(crate) recv: Option<String>,
    pub(crate) send: Option<String>,
    pub(crate) after: Option<RawMillis>,
    #[serde(default)]
    pub(crate) steps: Vec<Spanned<RawStep>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroup {
    pub(crate) func: Spanned<String>,
    pub(crate) count: Option<Spanned<Int>>,
    pub(crate) steps: Vec<Spanned<RawStep>>,
}

#[derive(Debug)]
pub(super) struct RawStep {
    pub(crate) kind: RawStepKind,
}

#[derive(Debug)]
pub(super) enum RawStepKind {
    Sleep(RawMillis),
    Compute(RawMillis),
    Lock(String, Access),
    Unlock(String, Access),
    Append(RawMillis),
    Read(RawMillis),
    Done,
    Wait,
    Add(Int),
    Spawn {
        add: bool,
    },
    Call,
    Repeat {
        times: RawCount,
        steps: Vec<Spanned<RawStep>>,
    },
    Send(String),
    Recv(String),
    Close(String),
    Print(String),
    Range {
        chan: String,
        steps: Vec<Spanned<RawStep>>,
    },
    Select {
        cases: Vec<Spanned<RawCase>>,
        default: Option<Vec<Spanned<RawStep>>>,
    },
}

/// A whole number as the file wrote it. Wide, so that one too big for i64 still reaches the
/// range checks and is quoted back as written; anything else is "expected a whole number".
#[derive(Debug, Clone, Copy)]
pub(super) struct Int(pub i128);

/// A number of milliseconds or the name of one of the run's durations.
#[derive(Debug)]
pub(super) enum RawMillis {
    Ms(i128),
    Name(String),
}

#[derive(Debug)]
pub(super) enum RawCount {
    Times(i128),
    Name(String),
}

impl<'de> Deserialize<'de> for Int {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Int, D::Error> {
        let expecting = "a whole number";
        match d.deserialize_any(NumberOrName(expecting))? {
            Amount::Number(n) => Ok(Int(n)),
            Amount::Name(s) => Err(de::Error::invalid_type(de::Unexpected::Str(&s), &expecting)),
        }
    }
}

impl<'de> Deserialize<'de> for RawMillis {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<RawMillis, D::Error> {
        let expecting = "a number of milliseconds or \"delay\", \"write\", \"read\"";
        Ok(match d.deserialize_any(NumberOrName(expecting))? {
            Amount::Number(n) => RawMillis::Ms(n),
            Amount::Name(name) => RawMillis::Name(name),
        })
    }
}

impl<'de> Deserialize<'de> for RawCount {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<RawCount, D::Error> {
        Ok(
            match d.deserialize_any(NumberOrName(
                "a number of times, \"reads\" or \"goroutines\"",
            ))? {
                Amount::Number(n) => RawCount::Times(n),
                Amount::Name(name) => RawCount::Name(name),
            },
        )
    }
}

/// Reads a whole number or a name by hand. Serde's own readers answer a number too big for
/// i64 with "as i128, expected i64" (or "expected any value"), which says nothing useful.
struct NumberOrName(&'static str);

enum Amount {
    Number(i128),
    Name(String),
}

impl<'de> Visitor<'de> for NumberOrName {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Amount, E> {
        Ok(Amount::Number(n.into()))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Amount, E> {
        Ok(Amount::Number(n.into()))
    }

    fn visit_i128<E: de::Error>(self, n: i128) -> Result<Amount, E> {
        Ok(Amount::Number(n))
    }

    fn visit_u128<E: de::Error>(self, n: u128) -> Result<Amount, E> {
        let n = i128::try_from(n).map_err(|_| E::custom(format!("{n} is too big")))?;
        Ok(Amount::Number(n))
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Amount, E> {
        Ok(Amount::Name(name.to_string()))
    }
}

const WORDS: &str = "\"spawn\", \"go\", \"call\", \"wait\", \"done\"";
const TABLES: &str = "sleep, compute, lock, unlock, rlock, runlock, append, read, add, repeat, \
                      send, recv, close, range, select, print";

impl<'de> Deserialize<'de> for RawStep {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<RawStep, D::Error> {
        d.deserialize_any(StepVisitor)
    }
}

struct StepVisitor;

impl<'de> Visitor<'de> for StepVisitor {
    type Value = RawStep;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a step: one of {WORDS}, or a table {{ {TABLES} }}")
    }

    fn visit_str<E: de::Error>(self, word: &str) -> Result<RawStep, E> {
        let kind = match word {
            "spawn" => RawStepKind::Spawn { add: true },
            "go" => RawStepKind::Spawn { add: false },
            "call" => RawStepKind::Call,
            "wait" => RawStepKind::Wait,
            "done" => RawStepKind::Done,
            other => {
                return Err(E::custom(format!(
                    "unknown step \"{other}\": the word steps are {WORDS}; the others are \
                     tables like {{ sleep = 100 }}"
                )));
            }
        };
        Ok(RawStep { kind })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawStep, A::Error> {
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom(format!(
                "an empty step: use one of {TABLES}"
            )));
        };
        let kind = match key.as_str() {
            "sleep" => RawStepKind::Sleep(map.next_value()?),
            "compute" => RawStepKind::Compute(map.next_value()?),
            "append" => RawStepKind::Append(map.next_value()?),
            "read" => RawStepKind::Read(map.next_value()?),
            "add" => RawStepKind::Add(map.next_value()?),
            "lock" => RawStepKind::Lock(map.next_value()?, Access::Write),
            "rlock" => RawStepKind::Lock(map.next_value()?, Access::Read),
            "unlock" => RawStepKind::Unlock(map.next_value()?, Access::Write),
            "runlock" => RawStepKind::Unlock(map.next_value()?, Access::Read),
            "repeat" => return repeat(map),
            "range" => return range(map),
            "select" => return select(map, None),
            // TOML's tables come in key order, so a select's default comes first.
            "default" => {
                let default = map.next_value()?;
                return match map.next_key::<String>()?.as_deref() {
                    Some("select") => select(map, Some(default)),
                    _ => Err(de::Error::custom(
                        "a default belongs to a select step: { select = [...], default = [...] }",
                    )),
                };
            }
            "send" => RawStepKind::Send(map.next_value()?),
            "recv" => RawStepKind::Recv(map.next_value()?),
            "close" => RawStepKind::Close(map.next_value()?),
            "print" => RawStepKind::Print(map.next_value()?),
            "steps" => {
                return Err(de::Error::custom(
                    "put `repeat = N` before `steps` in a repeat step",
                ));
            }
            other => {
                return Err(de::Error::custom(format!(
                    "unknown step \"{other}\": steps are {TABLES}, or one of {WORDS}"
                )));
            }
        };
        if let Some(extra) = map.next_key::<String>()? {
            return Err(de::Error::custom(format!(
                "a {key} step takes no \"{extra}\": one key per step"
            )));
        }
        Ok(RawStep { kind })
    }
}

fn repeat<'de, A: MapAccess<'de>>(mut map: A) -> Result<RawStep, A::Error> {
    let times: RawCount = map.next_value()?;
    match map.next_key::<String>()?.as_deref() {
        Some("steps") => {}
        Some(other) => {
            return Err(de::Error::custom(format!(
                "a repeat step takes `steps`, not \"{other}\""
            )));
        }
        None => return Err(de::Error::custom("a repeat step needs `steps = [...]`")),
    }
    let steps = map.next_value()?;
    if let Some(extra) = map.next_key::<String>()? {
        return Err(de::Error::custom(format!(
            "a repeat step takes only `repeat` and `steps`, not \"{extra}\""
        )));
    }
    Ok(RawStep {
        kind: RawStepKind::Repeat { times, steps },
    })
}

/// `{ range = "jobs", steps = [...] }`.
fn range<'de, A: MapAccess<'de>>(mut map: A) -> Result<RawStep, A::Error> {
    let chan: String = map.next_value()?;
    let steps = match map.next_key::<String>()?.as_deref() {
        Some("steps") => map.next_value()?,
        Some(other) => {
            return Err(de::Error::custom(format!(
                "a range step takes `steps`, not \"{other}\""
            )));
        }
        None => Vec::new(),
    };
    if let Some(extra) = map.next_key::<String>()? {
        return Err(de::Error::custom(format!(
            "a range step takes only `range` and `steps`, not \"{extra}\""
        )));
    }
    Ok(RawStep {
        kind: RawStepKind::Range { chan, steps },
    })
}

/// `{ select = [ { recv = "c", steps = [...] }, { after = 500 } ], default = [...] }`, at its
/// `select` key: the default may have been read before it.
fn select<'de, A: MapAccess<'de>>(
    mut map: A,
    before: Option<Vec<Spanned<RawStep>>>,
) -> Result<RawStep, A::Error> {
    let cases = map.next_value()?;
    let default = match (before, map.next_key::<String>()?.as_deref()) {
        (None, Some("default")) => Some(map.next_value()?),
        (_, Some(other)) => {
            return Err(de::Error::custom(format!(
                "a select step takes `default`, not \"{other}\""
            )));
        }
        (before, None) => before,
    };
    if let Some(extra) = map.next_key::<String>()? {
        return Err(de::Error::custom(format!(
            "a select step takes only `select` and `default`, not \"{extra}\""
        )));
    }
    Ok(RawStep {
        kind: RawStepKind::Select { cases, default },
    })
}

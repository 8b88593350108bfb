//! A trace read as it streams past: the Perfetto part is skipped without being kept, and our
//! section's rows go straight into a compact event store, so replaying a run of millions of
//! events costs what the store costs, not a tree of JSON values (gigabytes at ten million
//! events). Rows of formats before 4 (small, older runs) are kept as values for `old` to
//! upgrade.

use super::{FORMAT, NS_FORMAT, Row, SERDE_FORMAT};
use crate::event::{Event, MAX_EVENTS};
use crate::model::EventStore;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// What the document holds that a replay needs.
#[derive(Default)]
pub(super) struct Parsed {
    /// Whether there is a `syncscope` section at all.
    pub(super) ours: bool,
    /// `Null` when missing.
    pub(super) format: Value,
    pub(super) run: Value,
    pub(super) events: Option<Events>,
}

pub(super) enum Events {
    /// Formats 4 and later, in the store, numbered from 1 (the start is rebuilt from `run`)
    /// and in nanoseconds.
    Rows(EventStore),
    /// Older formats, or rows that came before the format did.
    Values(Vec<Value>),
}

/// Reads the whole document from `de`.
pub(super) fn parse<'de, D: Deserializer<'de>>(de: D) -> Result<Parsed, D::Error> {
    de.deserialize_map(Document)
}

struct Document;

impl<'de> Visitor<'de> for Document {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a trace document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let mut parsed = Parsed::default();
        while let Some(key) = map.next_key::<String>()? {
            if key == "syncscope" && !parsed.ours {
                parsed.ours = true;
                map.next_value_seed(Ours(&mut parsed))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(parsed)
    }
}

/// The `syncscope` section, read into `parsed`.
struct Ours<'p>(&'p mut Parsed);

impl<'de> DeserializeSeed<'de> for Ours<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Ours<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the syncscope section, an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let parsed = self.0;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => parsed.format = map.next_value()?,
                "run" => parsed.run = map.next_value()?,
                "events" => {
                    let streamed = parsed
                        .format
                        .as_u64()
                        .filter(|f| (SERDE_FORMAT..=FORMAT).contains(f));
                    parsed.events = Some(match streamed {
                        Some(format) => Events::Rows(map.next_value_seed(Rows {
                            per_unit: if format >= NS_FORMAT { 1 } else { 1000 },
                        })?),
                        None => match map.next_value::<Value>()? {
                            Value::Array(rows) => Events::Values(rows),
                            _ => continue,
                        },
                    });
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }

    /// Anything but an object says nothing a replay can use.
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// The rows of formats 4 and later, times in `per_unit` nanoseconds.
struct Rows {
    per_unit: u64,
}

impl<'de> DeserializeSeed<'de> for Rows {
    type Value = EventStore;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<EventStore, D::Error> {
        de.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows {
    type Value = EventStore;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the trace's event list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut rows: A) -> Result<EventStore, A::Error> {
        let mut store = EventStore::new(1);
        for i in 1.. {
            let row = rows
                .next_element::<Row>()
                .map_err(|e| de::Error::custom(format_args!("event {i}: {e}")))?;
            let Some((seq, at, who, kind)) = row else {
                break;
            };
            if i > MAX_EVENTS {
                return Err(de::Error::custom(format_args!(
                    "more than the {MAX_EVENTS} events a run makes"
                )));
            }
            let event = Event {
                run: 1,
                seq,
                at_ns: at.saturating_mul(self.per_unit),
                who,
                kind,
            };
            keep(&mut store, i, event).map_err(de::Error::custom)?;
        }
        Ok(store)
    }
}

/// Event `i` (from 1) after the run's start, kept if it follows the one before: the store
/// keeps each event's time as a step from the last, so a time that goes back is refused here.
pub(super) fn keep(store: &mut EventStore, i: usize, event: Event) -> Result<(), String> {
    if event.seq != i as u64 {
        return Err("events are missing: sequence numbers are not contiguous".into());
    }
    let last_ns = store.last_ns();
    if event.at_ns < last_ns {
        return Err(format!(
            "event {i}: time goes back from {last_ns} to {} ns",
            event.at_ns
        ));
    }
    store.push(&event);
    Ok(())
}

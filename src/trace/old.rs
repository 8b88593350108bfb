//! Formats 2 and 3, read by putting them in format 4's shape: their rows are `[seq, at_us,
//! who, tag, fields...]`, the run's settings in the first row's fields.

use serde_json::{Map, Value, json};

/// The fields of the kinds (and channel operations) that serde writes by name, in the order
/// the old rows have them.
const NAMED: [(&str, &[&str]); 12] = [
    ("at", &["func", "pc"]),
    ("lock", &["lock", "access", "action"]),
    ("starving", &["lock", "on"]),
    ("store", &["slot", "value", "overwrote"]),
    ("access", &["var", "write"]),
    ("atomic", &["var", "write"]),
    ("lockmade", &["lock", "name"]),
    ("proc", &["p", "on"]),
    ("make", &["name", "cap"]),
    ("send", &["value", "to"]),
    ("recv", &["value", "ok", "from"]),
    ("wait", &["send", "select"]),
];

/// The run's settings and the events after the start, in format 4's shape.
pub(super) fn upgrade(rows: &[Value]) -> Result<(&Value, Vec<Value>), String> {
    let run = match rows.first().and_then(Value::as_array).map(Vec::as_slice) {
        Some([_, _, _, tag, run, ..]) if *tag == "start" => run,
        _ => return Err("the events do not start with the run's start".into()),
    };
    let events = rows
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, old)| row(old).map_err(|e| format!("event {i}: {e}")))
        .collect::<Result<_, _>>()?;
    Ok((run, events))
}

/// `[seq, at_us, who, kind]`, the kind tagged as serde tags it.
fn row(old: &Value) -> Result<Value, String> {
    let Some([seq, at_us, who, tag, fields @ ..]) = old.as_array().map(Vec::as_slice) else {
        return Err("an event is not an array of at least four fields".into());
    };
    let tag = tag.as_str().ok_or("the event's kind is not a string")?;
    Ok(json!([seq, at_us, who, kind(tag, fields)?]))
}

/// The irregular kinds: the lock actions that were words of their own, a channel's operation
/// nested in the event, and an ending with its message beside it (`null` when it has none).
fn kind(tag: &str, fields: &[Value]) -> Result<Value, String> {
    match (tag, fields) {
        ("start", _) => Err("a second start of the run".into()),
        ("lock", [_, _, action, ..]) => {
            let mut kind = variant(tag, fields)?;
            kind[tag]["action"] = match action.as_str() {
                Some("requeue-front") => json!({ "requeue": { "front": true } }),
                Some("requeue-back") => json!({ "requeue": { "front": false } }),
                _ => action.clone(),
            };
            Ok(kind)
        }
        ("chan", [chan, op, fields @ ..]) => {
            let op = op.as_str().ok_or("the channel operation is not a string")?;
            Ok(json!({ "chan": { "chan": chan, "op": variant(op, fields)? } }))
        }
        ("end", [how, message, ..]) => {
            let how = how.as_str().ok_or("the ending is not a string")?;
            let message = if message.is_null() {
                &[][..]
            } else {
                std::slice::from_ref(message)
            };
            Ok(json!({ "end": variant(how, message)? }))
        }
        ("lock" | "chan" | "end", _) => Err(format!("a {tag} event is missing fields")),
        _ => variant(tag, fields),
    }
}

/// A variant as serde writes it: a name alone, with its one value, or with its fields named.
fn variant(tag: &str, fields: &[Value]) -> Result<Value, String> {
    let names = NAMED
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, names)| *names);
    let value = match (names, fields) {
        (Some(names), _) if fields.len() < names.len() => {
            return Err(format!(
                "{tag} has {} fields, not {}",
                fields.len(),
                names.len()
            ));
        }
        (Some(names), _) => Value::Object(
            names
                .iter()
                .zip(fields)
                .map(|(name, v)| (name.to_string(), v.clone()))
                .collect::<Map<_, _>>(),
        ),
        (None, []) => return Ok(json!(tag)),
        (None, [value, ..]) => value.clone(),
    };
    Ok(json!({ tag: value }))
}

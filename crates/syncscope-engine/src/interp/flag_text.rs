//! A flag's text as Go's `flag` package reads and shows it: `Set`'s reading of each kind,
//! `DefValue`, and `PrintDefaults`' lines (src/flag/flag.go).

use super::flag::{Flag, FlagSet};
use super::value::Value;
use syncscope_program::textlib::FlagKind;

/// A value of the flag's kind from its text, as Go's `Set` reads it and stores it even when
/// wrong (`ParseInt`'s 0, or its limit past the range), with Go's `parse error` or `value out
/// of range`; `Err` for a value syncscope does not hold.
pub(super) fn read(kind: FlagKind, s: &str) -> Result<(Value, Option<&'static str>), String> {
    let why = |err: Option<String>| match err {
        Some(e) if e.ends_with("value out of range") => Some("value out of range"),
        Some(_) => Some("parse error"),
        None => None,
    };
    Ok(match kind {
        FlagKind::Str => (Value::Str(s.into()), None),
        FlagKind::Int | FlagKind::Int64 => {
            let (n, err) = super::strconv::parse_int(s, 0, 64, "ParseInt");
            (Value::Int(n), why(err))
        }
        FlagKind::Uint64 => {
            if s.starts_with(['+', '-']) {
                return Ok((Value::U64(0), Some("parse error")));
            }
            let (n, err) = super::strconv::parse_bits(s, 0, 65, "ParseUint");
            (Value::U64(n as u64), why(err))
        }
        FlagKind::Bool => match s {
            "1" | "t" | "T" | "TRUE" | "true" | "True" => (Value::Bool(true), None),
            "0" | "f" | "F" | "FALSE" | "false" | "False" => (Value::Bool(false), None),
            _ => (Value::Bool(false), Some("parse error")),
        },
        FlagKind::Float64 => {
            let (x, err) = super::strconv::parse_float(s, 64)?;
            (x, why(err))
        }
        FlagKind::Duration => match super::duration_parse::duration(s.as_bytes()) {
            Ok(d) => (Value::Duration(d), None),
            Err(_) => (Value::Duration(0), Some("parse error")),
        },
    })
}

/// Go's `DefValue`: the value as its flag's `String` shows it.
pub(super) fn shown(kind: FlagKind, v: &Value) -> String {
    match (kind, v) {
        (FlagKind::Str, Value::Str(s)) => s.to_string(),
        (FlagKind::Bool, Value::Bool(b)) => b.to_string(),
        (FlagKind::Float64, Value::F64(x)) => super::float_verbs::format_float(*x, 'g', -1, 64),
        (FlagKind::Duration, Value::Duration(d)) => super::format::duration(*d),
        (_, v) => v.as_wide().to_string(),
    }
}

/// Go's `UnquoteUsage`: a back-quoted name in the usage, else the kind's.
fn unquote_usage(f: &Flag) -> (String, String) {
    let u = &f.usage;
    if let Some(i) = u.find('`')
        && let Some(len) = u[i + 1..].find('`')
    {
        let name = &u[i + 1..i + 1 + len];
        return (
            name.into(),
            format!("{}{name}{}", &u[..i], &u[i + 2 + len..]),
        );
    }
    let name = match f.kind {
        FlagKind::Bool => "",
        FlagKind::Duration => "duration",
        FlagKind::Float64 => "float",
        FlagKind::Int | FlagKind::Int64 => "int",
        FlagKind::Str => "string",
        FlagKind::Uint64 => "uint",
    };
    (name.into(), u.clone())
}

/// Go's `PrintDefaults`: each flag in name order, its default where it is not the zero one.
pub(super) fn defaults(set: &FlagSet) -> String {
    let mut flags: Vec<&Flag> = set.flags.iter().collect();
    flags.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = String::new();
    for f in flags {
        let mut line = format!("  -{}", f.name);
        let (name, usage) = unquote_usage(f);
        if !name.is_empty() {
            line.push(' ');
            line.push_str(&name);
        }
        line.push_str(if line.len() <= 4 { "\t" } else { "\n    \t" });
        line.push_str(&usage.replace('\n', "\n    \t"));
        let zero = match f.kind {
            FlagKind::Str => "",
            FlagKind::Bool => "false",
            FlagKind::Duration => "0s",
            _ => "0",
        };
        if f.default != zero {
            match f.kind {
                FlagKind::Str => {
                    let quoted = super::strconv::quote(&f.default);
                    line.push_str(&format!(" (default {quoted})"));
                }
                _ => line.push_str(&format!(" (default {})", f.default)),
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Go's default usage: `Usage of name:` and the defaults.
pub(super) fn usage(set: &FlagSet) -> String {
    let head = if set.name.is_empty() {
        "Usage:\n".to_string()
    } else {
        format!("Usage of {}:\n", set.name)
    };
    head + &defaults(set)
}

//! `strconv.ParseUint` and `FormatUint`. The run holds a `uint64` in 64 signed bits, so one
//! above `math.MaxInt64` is refused at run time rather than printed wrong.

use super::strconv::{format_int, num_error, pair, parse_int};
use super::value::Value;
use syncscope_program::Lib;

fn too_large(what: &str) -> String {
    format!("syncscope does not run {what} of a uint64 above 9223372036854775807 yet")
}

/// `strconv.ParseUint(s, base, bits)` and `FormatUint(u, base)`; `None` for another function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    match f {
        Lib::ParseUint => {
            let s = match args.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Some(parse_uint(&s, int(1), int(2)))
        }
        Lib::FormatUint if int(0) < 0 => Some(Err(too_large("strconv.FormatUint"))),
        Lib::FormatUint => Some(format_int(int(0), int(1))),
        _ => None,
    }
}

/// Go's `ParseUint`: `ParseInt` of one more bit, without a sign.
fn parse_uint(s: &str, base: i64, bits: i64) -> Result<Value, String> {
    let syntax = || {
        pair(
            Value::Int(0),
            Some(num_error("ParseUint", s, "invalid syntax")),
        )
    };
    let bits = if bits == 0 { 64 } else { bits };
    if s.is_empty() {
        return Ok(syntax());
    }
    // Go looks at the base and the size before the digits.
    if !(base == 0 || (2..=36).contains(&base)) || !(1..=64).contains(&bits) {
        let (n, err) = parse_int(s, base, bits, "ParseUint");
        return Ok(pair(Value::Int(n), err));
    }
    if s.starts_with(['+', '-']) {
        return Ok(syntax());
    }
    let (n, err) = match bits {
        64 => match parse_int(s, base, 64, "ParseUint") {
            (_, Some(e)) if e.ends_with("value out of range") => {
                return Err(too_large("strconv.ParseUint"));
            }
            done => done,
        },
        _ => parse_int(s, base, bits + 1, "ParseUint"),
    };
    Ok(pair(Value::Int(n), err))
}

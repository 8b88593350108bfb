//! `strconv.ParseUint` and `FormatUint`, over the whole range of a `uint64`.

use super::strconv::{format_uint, num_error, pair, parse_bits, parse_int};
use super::value::Value;
use syncscope_program::Lib;

/// `strconv.ParseUint(s, base, bits)` and `FormatUint(u, base)`; `None` for another function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let int = |i: usize| args.get(i).map_or(0, Value::as_int);
    match f {
        Lib::ParseUint => {
            let s = match args.first() {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Some(Ok(parse_uint(&s, int(1), int(2))))
        }
        Lib::FormatUint => {
            let n = args.first().map_or(0, |v| v.as_int() as u64);
            Some(format_uint(n, int(1)).map(|s| Value::Str(s.into())))
        }
        _ => None,
    }
}

/// Go's `ParseUint`: `ParseInt` of one more bit, without a sign.
fn parse_uint(s: &str, base: i64, bits: i64) -> Value {
    let syntax = || {
        pair(
            Value::U64(0),
            Some(num_error("ParseUint", s, "invalid syntax")),
        )
    };
    let bits = if bits == 0 { 64 } else { bits };
    if s.is_empty() {
        return syntax();
    }
    // Go looks at the base and the size before the digits.
    if !(base == 0 || (2..=36).contains(&base)) || !(1..=64).contains(&bits) {
        let (n, err) = parse_int(s, base, bits, "ParseUint");
        return pair(Value::U64(n as u64), err);
    }
    if s.starts_with(['+', '-']) {
        return syntax();
    }
    let (n, err) = parse_bits(s, base, bits as u32 + 1, "ParseUint");
    pair(Value::U64(n as u64), err)
}

//! A regexp's `[]byte` methods (`Find`, `FindAll`, `ReplaceAll`...): their string twin's
//! offsets on the bytes read as text, and the bytes they name given back (a group that took no
//! part is a nil `[]byte`, as Go's).

use super::slices::SliceVal;
use super::value::Value;
use syncscope_program::textlib::ReOp;

/// The string method whose result a `[]byte` method is made from.
pub(super) fn twin(op: ReOp) -> Option<ReOp> {
    Some(match op {
        ReOp::Find | ReOp::FindIndex => ReOp::FindStringIndex,
        ReOp::FindSubmatch => ReOp::FindStringSubmatchIndex,
        ReOp::FindAll | ReOp::FindAllIndex => ReOp::FindAllStringIndex,
        ReOp::FindAllSubmatch => ReOp::FindAllStringSubmatchIndex,
        ReOp::ReplaceAll => ReOp::ReplaceAllString,
        ReOp::ReplaceAllLiteral => ReOp::ReplaceAllLiteralString,
        _ => return None,
    })
}

/// Whether argument `i` of `op` is bytes the twin reads as text.
pub(super) fn is_text(op: ReOp, i: usize) -> bool {
    i == 1 || (i == 2 && matches!(op, ReOp::ReplaceAll | ReOp::ReplaceAllLiteral))
}

fn items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Slice(s) if !s.is_nil() => Some(s.items()),
        _ => None,
    }
}

fn bytes(b: &[u8]) -> Value {
    Value::Slice(SliceVal::new(b.iter().map(|b| Value::Byte(*b)).collect()))
}

fn nil() -> Value {
    Value::Slice(SliceVal::nil())
}

/// The bytes of `input` a pair of offsets names, nil for `-1`.
fn span(input: &[u8], pair: &[Value]) -> Value {
    match pair {
        [a, b, ..] if a.as_int() >= 0 => {
            let (a, b) = (a.as_int() as usize, b.as_int() as usize);
            input.get(a..b).map_or_else(nil, bytes)
        }
        _ => nil(),
    }
}

/// The bytes each pair of offsets names.
fn spans(input: &[u8], offsets: &[Value]) -> Value {
    let parts = offsets.chunks(2).map(|pair| span(input, pair));
    Value::Slice(SliceVal::new(parts.collect()))
}

/// `op`'s result from its twin's, `got`, on `input`.
pub(super) fn from_twin(op: ReOp, got: Value, input: &[u8]) -> Value {
    let each = |f: &dyn Fn(&[Value]) -> Value| {
        items(&got).map_or_else(nil, |all| {
            let parts = all.iter().map(|m| items(m).map_or_else(nil, |o| f(&o)));
            Value::Slice(SliceVal::new(parts.collect()))
        })
    };
    match op {
        ReOp::Find => items(&got).map_or_else(nil, |o| span(input, &o)),
        ReOp::FindSubmatch => items(&got).map_or_else(nil, |o| spans(input, &o)),
        ReOp::FindAll => each(&|o| span(input, o)),
        ReOp::FindAllSubmatch => each(&|o| spans(input, o)),
        ReOp::ReplaceAll | ReOp::ReplaceAllLiteral => match &got {
            Value::Str(s) => bytes(s.as_bytes()),
            _ => got,
        },
        _ => got,
    }
}

//! `json.Marshal` and `json.MarshalIndent` by Go's `encode.go` rules: struct fields by
//! their shapes (tags, `omitempty`, `,string`, promoted fields), map keys sorted, floats in
//! `'f'` form but far from 1 (`'e'`), strings with `<`, `>`, `&` and U+2028/9 escaped,
//! `[]byte` as base64, and Go's errors for what JSON cannot hold.

use super::Goroutine;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::json::{Shape, Shapes};

/// Why an encoding stopped: Go's error (its text and type), or the run's.
pub(super) enum Fail {
    Go(String, &'static str),
    Run(Stop),
}

impl From<Stop> for Fail {
    fn from(s: Stop) -> Fail {
        Fail::Run(s)
    }
}

/// Go's limit before it calls a pointer's value a cycle.
const MAX_DEPTH: usize = 1000;

impl Goroutine {
    /// `v`, of shape `shape`, as Go's `Marshal` writes it; `html`: `<`, `>` and `&`
    /// escaped, as Go's are but an encoder's told not to.
    pub(super) fn json_encode(&self, v: &Value, shape: usize, html: bool) -> Result<String, Fail> {
        let shapes = &self.shared.program.json;
        let mut out = String::new();
        self.encode_into(&mut out, v, shape, (shapes, html), 0)?;
        Ok(out)
    }

    fn encode_into(
        &self,
        out: &mut String,
        v: &Value,
        shape: usize,
        (shapes, html): (&Shapes, bool),
        depth: usize,
    ) -> Result<(), Fail> {
        let name = || shapes.names.get(shape).map_or("?", |n| n.as_ref());
        let Some(s) = shapes.shapes.get(shape) else {
            return Err(Fail::Go(
                format!("json: unsupported type: {}", name()),
                "*json.UnsupportedTypeError",
            ));
        };
        match (s, v) {
            (Shape::Refused(why), _) => {
                return Err(Fail::Run(Stop::Panic(format!(
                    "syncscope does not run {why} yet"
                ))));
            }
            (Shape::Unsupported, _) => {
                return Err(Fail::Go(
                    format!("json: unsupported type: {}", name()),
                    "*json.UnsupportedTypeError",
                ));
            }
            (Shape::Bool, v) => out.push_str(if v.truthy() { "true" } else { "false" }),
            (Shape::F32 | Shape::F64, v) => {
                let x = match v {
                    Value::F32(x) => f64::from(*x),
                    Value::F64(x) => *x,
                    v => v.as_int() as f64,
                };
                out.push_str(&float(x, matches!(s, Shape::F32))?);
            }
            (Shape::Str, v) => quote(out, &text(v), html),
            (Shape::Bytes, Value::Slice(sl)) if sl.is_nil() => out.push_str("null"),
            (Shape::Bytes, v) => {
                let bytes = super::codecs::bytes_of(Some(v));
                out.push('"');
                out.push_str(&super::codecs::encode(super::codecs::STD, true, &bytes));
                out.push('"');
            }
            (Shape::Slice(_), Value::Slice(sl)) if sl.is_nil() => out.push_str("null"),
            (Shape::Slice(e) | Shape::Array(_, e), v) => {
                let items = match v {
                    Value::Slice(sl) => sl.items(),
                    Value::Array(a) => a.elements().clone(),
                    _ => Vec::new(),
                };
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    self.encode_into(out, item, *e, (shapes, html), depth)?;
                }
                out.push(']');
            }
            (Shape::Map(_, e), Value::Map(m)) => {
                let entries = m.entries().clone();
                let mut keyed: Vec<(String, Value)> = entries
                    .into_iter()
                    .map(|(k, v)| (text(&k.value()), v))
                    .collect();
                keyed.sort_by(|a, b| a.0.cmp(&b.0));
                out.push('{');
                for (i, (k, item)) in keyed.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    quote(out, k, html);
                    out.push(':');
                    self.encode_into(out, item, *e, (shapes, html), depth)?;
                }
                out.push('}');
            }
            (Shape::Map(..), _) => out.push_str("null"),
            (Shape::Struct(st), v) => {
                out.push('{');
                let mut first = true;
                for f in &st.fields {
                    let Some(item) = field_at(v, &f.path) else {
                        continue;
                    };
                    if f.omitempty && empty(&item) {
                        continue;
                    }
                    if !first {
                        out.push(',');
                    }
                    first = false;
                    quote(out, &f.key, html);
                    out.push(':');
                    if f.quoted {
                        let mut inner = String::new();
                        self.encode_into(&mut inner, &item, f.shape, (shapes, html), depth)?;
                        if matches!(shapes.shapes.get(f.shape), Some(Shape::Str)) {
                            quote(out, &inner, html);
                        } else {
                            out.push('"');
                            out.push_str(&inner);
                            out.push('"');
                        }
                    } else {
                        self.encode_into(out, &item, f.shape, (shapes, html), depth)?;
                    }
                }
                out.push('}');
            }
            (Shape::Ptr(inner), v) => {
                let target = match v {
                    Value::Ptr(o)
                        if matches!(shapes.shapes.get(*inner), Some(Shape::Struct(_))) =>
                    {
                        Value::Struct(o.clone())
                    }
                    Value::Ptr(_) | Value::Ref(_) => self.load(v.clone())?,
                    _ => {
                        out.push_str("null");
                        return Ok(());
                    }
                };
                if depth > MAX_DEPTH {
                    return Err(Fail::Go(
                        format!(
                            "json: unsupported value: encountered a cycle via {}",
                            name()
                        ),
                        "*json.UnsupportedValueError",
                    ));
                }
                self.encode_into(out, &target, *inner, (shapes, html), depth + 1)?;
            }
            (Shape::Iface, Value::Iface(Some(b))) => {
                let Some(Some(dynamic)) = shapes.by_rt.get(b.ty) else {
                    let why = format!("syncscope does not run json of a {} yet", b.name);
                    return Err(Fail::Run(Stop::Panic(why)));
                };
                self.encode_into(out, &b.val, *dynamic, (shapes, html), depth)?;
            }
            (Shape::Iface, _) => out.push_str("null"),
            (Shape::Int | Shape::Rune | Shape::Byte | Shape::U32 | Shape::Uint64, v)
            | (Shape::Duration, v) => out.push_str(&v.as_wide().to_string()),
            (Shape::Time, v) => out.push_str(&time(v)?),
        }
        Ok(())
    }
}

/// `time.Time`'s `MarshalJSON`.
fn time(v: &Value) -> Result<String, Fail> {
    match rfc3339(v) {
        Some(text) => Ok(format!("\"{text}\"")),
        None => Err(Fail::Go(
            "json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year \
             outside of range [0,9999]"
                .into(),
            "*json.MarshalerError",
        )),
    }
}

/// A `time.Time` as its `MarshalJSON` and `MarshalText` write it, RFC 3339 with
/// nanoseconds (`time.Local` read as UTC); `None` for a year outside 0 to 9999.
pub(super) fn rfc3339(v: &Value) -> Option<String> {
    let (ns, _) = super::wall_time::instant(v).unwrap_or((0, false));
    let (secs, nanos) = (ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000));
    let w = super::time_methods::wall_at(secs as i64, nanos as i64);
    if !(0..=9999).contains(&w.year) {
        return None;
    }
    Some(super::time_methods::format(
        &w,
        "2006-01-02T15:04:05.999999999Z07:00",
    ))
}

/// A string's or a map key's text.
fn text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        v => v.as_int().to_string(),
    }
}

/// The field at `path` in struct `v`, through its embedded structs.
pub(super) fn field_at(v: &Value, path: &[usize]) -> Option<Value> {
    let mut at = v.clone();
    for &i in path {
        at = match at {
            Value::Struct(o) | Value::Ptr(o) => o.field(i),
            _ => return None,
        };
    }
    Some(at)
}

/// Go's `isEmptyValue`, which `omitempty` leaves out.
pub(super) fn empty(v: &Value) -> bool {
    match v {
        Value::Bool(b) => !b,
        Value::Str(s) => s.is_empty(),
        Value::Slice(s) => s.len() == 0,
        Value::Array(a) => a.elements().is_empty(),
        Value::Map(m) => m.entries().is_empty(),
        Value::Unit | Value::NilMap | Value::Chan(None) | Value::Iface(None) => true,
        Value::F32(x) => *x == 0.0,
        Value::F64(x) => *x == 0.0,
        v if v.is_int() || matches!(v, Value::Duration(_)) => v.as_int() == 0,
        _ => false,
    }
}

/// Go's `floatEncoder`: the shortest digits, in `'e'` form below 1e-6 or from 1e21.
fn float(x: f64, bits32: bool) -> Result<String, Fail> {
    let bits = if bits32 { 32 } else { 64 };
    if !x.is_finite() {
        let text = super::float_verbs::format_float(x, 'g', -1, bits);
        return Err(Fail::Go(
            format!("json: unsupported value: {text}"),
            "*json.UnsupportedValueError",
        ));
    }
    let abs = x.abs();
    let far = if bits32 {
        let a = abs as f32;
        !(1e-6..1e21).contains(&a)
    } else {
        !(1e-6..1e21).contains(&abs)
    };
    let format = if abs != 0.0 && far { 'e' } else { 'f' };
    let mut text = super::float_verbs::format_float(x, format, -1, bits);
    // Go writes `1e-07` as `1e-7`.
    let b = text.as_bytes();
    let n = b.len();
    if format == 'e' && n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
        text.remove(n - 2);
    }
    Ok(text)
}

/// `s` as a JSON string, with Go's HTML-safe escapes.
pub(super) fn quote(out: &mut String, s: &str, html: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' || (html && matches!(c, '<' | '>' | '&')) => {
                out.push_str(&format!("\\u00{:02x}", c as u32));
            }
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

//! Text into a value, as `xml.Unmarshal` stores an attribute or an element's character
//! data (Go's `copyValue` and `unmarshalAttr`): strings and `[]byte` as they are, numbers
//! and bools parsed from the trimmed text with `strconv`'s errors, through pointers, and
//! appended to slices.

use super::Goroutine;
use super::json_decode::zero;
use super::objects::Obj;
use super::slices::SliceVal;
use super::value::Value;
use super::xml_decode::{Got, Halt, plain};
use crate::sched::Stop;
use syncscope_program::json::Shape;

impl Goroutine {
    /// An attribute's text into `old` of shape `shape`: through a pointer, appended to a
    /// slice.
    pub(super) fn xml_attr_in(&self, shape: usize, old: Value, text: &str) -> Result<Got, Halt> {
        let shapes = &self.shared.program.xml;
        match shapes.shapes.get(shape) {
            Some(Shape::Ptr(inner)) => {
                let inner = *inner;
                let (now, o) = match &old {
                    Value::Ptr(o) => (o.field(0), Some(o.clone())),
                    _ => (zero(shapes, inner)?, None),
                };
                let (v, err) = self.xml_attr_in(inner, now, text)?;
                let o = match o {
                    Some(o) => {
                        self.set_field(&o, 0, v);
                        o
                    }
                    None => Obj::new(vec![v], vec![u16::MAX].into()),
                };
                Ok((Value::Ptr(o), err))
            }
            Some(Shape::Slice(e)) => {
                let e = *e;
                let (v, err) = self.xml_attr_in(e, zero(shapes, e)?, text)?;
                if err.is_some() {
                    return Ok((old, err));
                }
                let mut items = match &old {
                    Value::Slice(sl) => sl.items(),
                    _ => Vec::new(),
                };
                items.push(v);
                Ok((Value::Slice(SliceVal::new(items)), None))
            }
            _ => Ok(match self.xml_text(shape, text)? {
                Ok(v) => (v, None),
                Err(e) => (old, Some(e)),
            }),
        }
    }

    /// Text as a value of shape `shape` (Go's `copyValue`): `strconv`'s error for a number
    /// or bool it cannot read.
    pub(super) fn xml_text(&self, shape: usize, text: &str) -> Result<Result<Value, Halt>, Stop> {
        let shapes = &self.shared.program.xml;
        let trimmed = text.trim_matches(|c: char| c.is_whitespace());
        let num = |e: String| Ok(Err(Halt::Go(e, "*strconv.NumError")));
        let s = shapes.shapes.get(shape);
        let int = |bits: u32| super::strconv::parse_bits(trimmed, 10, bits, "ParseInt");
        let uint = |bits: u32| {
            if trimmed.starts_with(['+', '-']) {
                let e = super::strconv::num_error("ParseUint", trimmed, "invalid syntax");
                return (0, Some(e));
            }
            super::strconv::parse_bits(trimmed, 10, bits + 1, "ParseUint")
        };
        // No text is a number's or a bool's zero (a string's and a `[]byte`'s below).
        if text.is_empty()
            && let Some(
                Shape::Bool
                | Shape::Int
                | Shape::Rune
                | Shape::Byte
                | Shape::U32
                | Shape::Uint64
                | Shape::F32
                | Shape::F64
                | Shape::Duration,
            ) = s
        {
            return Ok(Ok(zero(shapes, shape)?));
        }
        let (n, err) = match s {
            Some(Shape::Str) => return Ok(Ok(Value::Str(text.into()))),
            Some(Shape::Bytes) => return Ok(Ok(super::codecs::byte_slice(text.as_bytes()))),
            Some(Shape::Bool) => {
                return match trimmed {
                    "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(Ok(Value::Bool(true))),
                    "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(Ok(Value::Bool(false))),
                    _ => num(super::strconv::num_error(
                        "ParseBool",
                        trimmed,
                        "invalid syntax",
                    )),
                };
            }
            Some(Shape::F32 | Shape::F64) => {
                let bits = if s == Some(&Shape::F32) { 32 } else { 64 };
                let (x, err) = super::strconv::parse_float(trimmed, bits).map_err(Stop::Panic)?;
                if let Some(e) = err {
                    return num(e);
                }
                let x = match x {
                    Value::F64(x) => x,
                    _ => 0.0,
                };
                return Ok(Ok(if bits == 32 {
                    Value::F32(x as f32)
                } else {
                    Value::F64(x)
                }));
            }
            Some(Shape::Int | Shape::Duration) => int(64),
            Some(Shape::Rune) => int(32),
            Some(Shape::Byte) => uint(8),
            Some(Shape::U32) => uint(32),
            Some(Shape::Uint64) => uint(64),
            _ => {
                let name = shapes.names.get(shape).map_or("?", |n| n.as_ref());
                let name = super::format::reflect_name(name);
                return Ok(Err(plain(format!("cannot unmarshal into {name}"))));
            }
        };
        if let Some(e) = err {
            return num(e);
        }
        Ok(Ok(match s {
            Some(Shape::Duration) => Value::Duration(n as i64),
            Some(Shape::Rune) => Value::Rune(n as i32),
            Some(Shape::Byte) => Value::Byte(n as u8),
            Some(Shape::U32) => Value::U32(n as u32),
            Some(Shape::Uint64) => Value::U64(n as u64),
            _ => Value::Int(n as i64),
        }))
    }
}

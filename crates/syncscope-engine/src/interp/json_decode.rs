//! `json.Unmarshal` by Go's `decode.go` rules: into the value a pointer points to, struct
//! fields matched by key then case-insensitively, unknown keys skipped, maps merged into,
//! an interface given `float64`, `string`, `bool`, `[]interface {}` and
//! `map[string]interface {}`; the first type mistake kept as Go's error while the rest is
//! still stored.

use super::Goroutine;
use super::iface::boxed;
use super::json_scan::Json;
use super::objects::{MapKey, MapRef, Obj};
use super::slices::{SliceVal, Store};
use super::value::Value;
use crate::sched::Stop;
use std::collections::BTreeMap;
use std::sync::Arc;
use syncscope_program::json::{Shape, Shapes};

/// The decoding's state: the first type mistake, and where the decoder is, for its text.
pub(super) struct Decoding {
    pub(super) error: Option<(String, &'static str)>,
    strukt: Option<Arc<str>>,
    stack: Vec<Arc<str>>,
    map_var: u16,
}

impl Decoding {
    pub(super) fn new(map_var: u16) -> Decoding {
        Decoding {
            error: None,
            strukt: None,
            stack: Vec::new(),
            map_var,
        }
    }

    /// Go's `UnmarshalTypeError`, kept if it is the first.
    fn mistake(&mut self, what: &str, ty: &str) {
        if self.error.is_some() {
            return;
        }
        let text = match &self.strukt {
            Some(s) if !self.stack.is_empty() => format!(
                "json: cannot unmarshal {what} into Go struct field {s}.{} of type {ty}",
                self.stack.join(".")
            ),
            _ => format!("json: cannot unmarshal {what} into Go value of type {ty}"),
        };
        self.error = Some((text, "*json.UnmarshalTypeError"));
    }
}

fn kind(j: &Json) -> &'static str {
    match j {
        Json::Null => "null",
        Json::Bool(_) => "bool",
        Json::Num(_) => "number",
        Json::Str(_) => "string",
        Json::Arr(_) => "array",
        Json::Obj(_) => "object",
    }
}

fn refused(why: &str) -> Stop {
    Stop::Panic(format!("syncscope does not run {why} yet"))
}

/// The zero value of a shape, as a new value of its type starts.
pub(super) fn zero(shapes: &Shapes, shape: usize) -> Result<Value, Stop> {
    Ok(match shapes.shapes.get(shape) {
        Some(Shape::Bool) => Value::Bool(false),
        Some(Shape::Int) => Value::Int(0),
        Some(Shape::Uint64) => Value::U64(0),
        Some(Shape::Rune) => Value::Rune(0),
        Some(Shape::Byte) => Value::Byte(0),
        Some(Shape::U32) => Value::U32(0),
        Some(Shape::F32) => Value::F32(0.0),
        Some(Shape::F64) => Value::F64(0.0),
        Some(Shape::Str) => Value::Str("".into()),
        Some(Shape::Duration) => Value::Duration(0),
        Some(Shape::Bytes | Shape::Slice(_)) => Value::Slice(SliceVal::nil()),
        Some(Shape::Array(len, e)) => {
            let items = (0..*len)
                .map(|_| zero(shapes, *e))
                .collect::<Result<_, _>>()?;
            Value::Array(Store::new(items))
        }
        Some(Shape::Map(..)) => Value::NilMap,
        Some(Shape::Struct(st)) => {
            let fields = st.all.iter().map(|&s| zero(shapes, s));
            let fields: Vec<Value> = fields.collect::<Result<_, _>>()?;
            let vars: Arc<[u16]> = vec![u16::MAX; fields.len()].into();
            Value::Struct(Obj::new(fields, vars))
        }
        Some(Shape::Ptr(_) | Shape::Unsupported) => Value::Chan(None),
        Some(Shape::Iface) => Value::Iface(None),
        Some(Shape::Refused(why)) => return Err(refused(why)),
        Some(Shape::Time) | None => return Err(refused("json.Unmarshal into a time.Time")),
    })
}

impl Goroutine {
    /// `j` stored in a value of shape `shape` that was `old`: the value to store.
    pub(super) fn json_decode(
        &self,
        j: &Json,
        shape: usize,
        old: Value,
        d: &mut Decoding,
    ) -> Result<Value, Stop> {
        let shapes = &self.shared.program.json;
        let name = shapes
            .names
            .get(shape)
            .cloned()
            .unwrap_or_else(|| "?".into());
        let Some(s) = shapes.shapes.get(shape) else {
            return Ok(old);
        };
        let number = |text: &str| format!("number {text}");
        Ok(match (s, j) {
            (Shape::Refused(why), _) => return Err(refused(why)),
            (Shape::Iface, Json::Null) => Value::Iface(None),
            (Shape::Iface, j) if &*name == "interface {}" => self.json_any(j, d),
            (Shape::Ptr(_) | Shape::Map(..) | Shape::Slice(_) | Shape::Bytes, Json::Null) => {
                zero(shapes, shape)?
            }
            (_, Json::Null) => old,
            (Shape::Time, _) => return Err(refused("json.Unmarshal into a time.Time")),
            (Shape::Ptr(inner), j) => {
                return self.decode_pointer(j, *inner, old, d);
            }
            (Shape::Bool, Json::Bool(b)) => Value::Bool(*b),
            (Shape::Str, Json::Str(s)) => Value::Str(s.as_str().into()),
            (
                Shape::Int | Shape::Rune | Shape::Byte | Shape::U32 | Shape::Duration,
                Json::Num(t),
            ) => {
                let (lo, hi) = match s {
                    Shape::Rune => (i64::from(i32::MIN), i64::from(i32::MAX)),
                    Shape::Byte => (0, 255),
                    Shape::U32 => (0, i64::from(u32::MAX)),
                    _ => (i64::MIN, i64::MAX),
                };
                match t.parse::<i64>() {
                    Ok(n) if (lo..=hi).contains(&n) => match s {
                        Shape::Rune => Value::Rune(n as i32),
                        Shape::Byte => Value::Byte(n as u8),
                        Shape::U32 => Value::U32(n as u32),
                        Shape::Duration => Value::Duration(n),
                        _ => Value::Int(n),
                    },
                    _ => {
                        d.mistake(&number(t), &name);
                        old
                    }
                }
            }
            (Shape::Uint64, Json::Num(t)) => match t.parse::<u64>() {
                Ok(n) => Value::U64(n),
                Err(_) => {
                    d.mistake(&number(t), &name);
                    old
                }
            },
            (Shape::F32 | Shape::F64, Json::Num(t)) => match t.parse::<f64>() {
                Ok(x) if matches!(s, Shape::F32) && (x as f32).is_finite() => Value::F32(x as f32),
                Ok(x) if matches!(s, Shape::F64) && x.is_finite() => Value::F64(x),
                _ => {
                    d.mistake(&number(t), &name);
                    old
                }
            },
            (Shape::Bytes, Json::Str(text)) => {
                let std = super::codecs::STD;
                match super::codecs::decode(std, true, text.as_bytes()) {
                    (bytes, None) => super::codecs::byte_slice(&bytes),
                    (_, Some(at)) => {
                        if d.error.is_none() {
                            let text = format!("illegal base64 data at input byte {at}");
                            d.error = Some((text, "base64.CorruptInputError"));
                        }
                        old
                    }
                }
            }
            (Shape::Slice(e), Json::Arr(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    let z = zero(shapes, *e)?;
                    out.push(self.json_decode(item, *e, z, d)?);
                }
                Value::Slice(SliceVal::new(out))
            }
            (Shape::Array(len, e), Json::Arr(items)) => {
                let mut out = Vec::with_capacity(*len);
                for i in 0..*len {
                    let z = zero(shapes, *e)?;
                    out.push(match items.get(i) {
                        Some(item) => self.json_decode(item, *e, z, d)?,
                        None => z,
                    });
                }
                Value::Array(Store::new(out))
            }
            (Shape::Map(text, e), Json::Obj(fields)) => {
                let m = match old {
                    Value::Map(m) => m,
                    _ => MapRef::new(d.map_var, BTreeMap::new()),
                };
                for (k, item) in fields {
                    let key = if *text {
                        MapKey::Str(k.as_str().into())
                    } else {
                        match k.parse::<i64>() {
                            Ok(n) => MapKey::Int(n),
                            Err(_) => {
                                d.mistake(&number(k), &name);
                                continue;
                            }
                        }
                    };
                    let z = zero(shapes, *e)?;
                    let v = self.json_decode(item, *e, z, d)?;
                    m.entries().insert(key, v);
                }
                Value::Map(m)
            }
            (Shape::Struct(st), Json::Obj(fields)) => {
                let o = match old {
                    Value::Struct(o) => o,
                    _ => match zero(shapes, shape)? {
                        Value::Struct(o) => o,
                        _ => return Ok(Value::Unit),
                    },
                };
                for (k, item) in fields {
                    let field = st.fields.iter().find(|f| *f.key == **k).or_else(|| {
                        let folded = k.to_lowercase();
                        st.fields.iter().find(|f| f.key.to_lowercase() == folded)
                    });
                    let Some(f) = field else {
                        continue;
                    };
                    let Some((&last, through)) = f.path.split_last() else {
                        continue;
                    };
                    let mut holder = o.clone();
                    for &i in through {
                        if let Value::Struct(inner) = holder.field(i) {
                            holder = inner;
                        }
                    }
                    let saved = (d.strukt.clone(), d.stack.len());
                    d.strukt = Some(st.name.clone());
                    d.stack.push(f.key.clone());
                    let item = match (f.quoted, item) {
                        (true, Json::Str(inner)) => super::json_scan::parse(inner.as_bytes())
                            .unwrap_or_else(|_| Json::Str(inner.clone())),
                        _ => item.clone(),
                    };
                    let v = self.json_decode(&item, f.shape, holder.field(last), d)?;
                    self.set_field(&holder, last, v);
                    d.strukt = saved.0;
                    d.stack.truncate(saved.1);
                }
                Value::Struct(o)
            }
            (_, j) => {
                d.mistake(kind(j), &name);
                old
            }
        })
    }

    /// A JSON value into a pointer: into what it points to, or a new variable.
    pub(super) fn decode_pointer(
        &self,
        j: &Json,
        inner: usize,
        old: Value,
        d: &mut Decoding,
    ) -> Result<Value, Stop> {
        let shapes = &self.shared.program.json;
        let is_struct = matches!(shapes.shapes.get(inner), Some(Shape::Struct(_)));
        match old {
            Value::Ptr(o) if is_struct => {
                self.json_decode(j, inner, Value::Struct(o.clone()), d)?;
                Ok(Value::Ptr(o))
            }
            Value::Ptr(o) => {
                let v = self.json_decode(j, inner, o.field(0), d)?;
                self.set_field(&o, 0, v);
                Ok(Value::Ptr(o))
            }
            Value::Ref(r) => {
                let now = self.load(Value::Ref(r.clone()))?;
                let v = self.json_decode(j, inner, now, d)?;
                self.store_ref(&r, v)?;
                Ok(Value::Ref(r))
            }
            _ => {
                let z = zero(shapes, inner)?;
                match self.json_decode(j, inner, z, d)? {
                    Value::Struct(o) if is_struct => Ok(Value::Ptr(o)),
                    v => Ok(Value::Ptr(Obj::new(vec![v], vec![u16::MAX].into()))),
                }
            }
        }
    }

    /// A JSON value into an `interface{}`: Go's default types, boxed.
    fn json_any(&self, j: &Json, d: &mut Decoding) -> Value {
        let ids = self.shared.program.json.decoded;
        let boxed_as = |i: usize, name: &str, v: Value| boxed(ids[i], name.into(), v);
        match j {
            Json::Null => Value::Iface(None),
            Json::Num(t) => boxed_as(0, "float64", Value::F64(t.parse().unwrap_or(0.0))),
            Json::Str(s) => boxed_as(1, "string", Value::Str(s.as_str().into())),
            Json::Bool(b) => boxed_as(2, "bool", Value::Bool(*b)),
            Json::Arr(items) => {
                let items = items.iter().map(|i| self.json_any(i, d)).collect();
                boxed_as(3, "[]interface {}", Value::Slice(SliceVal::new(items)))
            }
            Json::Obj(fields) => {
                let mut entries = BTreeMap::new();
                for (k, v) in fields {
                    entries.insert(MapKey::Str(k.as_str().into()), self.json_any(v, d));
                }
                let m = MapRef::new(d.map_var, entries);
                boxed_as(4, "map[string]interface {}", Value::Map(m))
            }
        }
    }
}

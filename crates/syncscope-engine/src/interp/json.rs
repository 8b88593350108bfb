//! `encoding/json`'s calls: `Marshal`, `MarshalIndent`, `Unmarshal` and `Valid`, with Go's
//! errors as values of its error types.

use super::Goroutine;
use super::iface::typed_error;
use super::json_decode::Decoding;
use super::json_encode::Fail;
use super::json_scan::Json;
use super::pointers::NIL_POINTER;
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use syncscope_program::json::{JsonOp, Shape};

/// What a function gives for no error.
const NIL: Value = Value::Chan(None);

impl Goroutine {
    pub(super) fn json_lib(&self, op: JsonOp, args: &[Value]) -> Result<Value, Stop> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
        let text = |i: usize| match args.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        match op {
            JsonOp::Marshal(shape) | JsonOp::MarshalIndent(shape) => {
                let (bytes, err) = match self.json_encode(&arg(0), shape, true) {
                    Ok(out) => {
                        let out = match op {
                            JsonOp::MarshalIndent(_) => {
                                super::json_indent::indent(&out, &text(1), &text(2))
                            }
                            _ => out,
                        };
                        (super::codecs::byte_slice(out.as_bytes()), NIL)
                    }
                    Err(Fail::Go(text, ty)) => {
                        (Value::Slice(SliceVal::nil()), typed_error(text, ty))
                    }
                    Err(Fail::Run(stop)) => return Err(stop),
                };
                Ok(Value::Slice(SliceVal::new(vec![bytes, err])))
            }
            JsonOp::NewEncoder => Ok(Value::Slice(SliceVal::new(vec![
                arg(0),
                Value::Str("".into()),
                Value::Str("".into()),
                Value::Bool(true),
            ]))),
            JsonOp::SetIndent | JsonOp::SetEscapeHTML => {
                let mut state = match args.first() {
                    Some(Value::Slice(s)) => s.items(),
                    _ => Vec::new(),
                };
                let at = if op == JsonOp::SetIndent { 1 } else { 3 };
                for (i, v) in args.iter().skip(1).enumerate() {
                    if let Some(slot) = state.get_mut(at + i) {
                        *slot = v.clone();
                    }
                }
                Ok(Value::Slice(SliceVal::new(state)))
            }
            JsonOp::Encode(shape) => {
                let Value::Slice(enc) = arg(0) else {
                    return Err(Stop::Panic(NIL_POINTER.into()));
                };
                let state = enc.items();
                let field = |i: usize| state.get(i).cloned().unwrap_or(Value::Unit);
                let text = |i: usize| match field(i) {
                    Value::Str(s) => s.to_string(),
                    _ => String::new(),
                };
                let mut out = match self.json_encode(&arg(1), shape, field(3).truthy()) {
                    Ok(out) => out,
                    Err(Fail::Go(text, ty)) => return Ok(typed_error(text, ty)),
                    Err(Fail::Run(stop)) => return Err(stop),
                };
                if !text(1).is_empty() || !text(2).is_empty() {
                    out = super::json_indent::indent(&out, &text(1), &text(2));
                }
                out.push('\n');
                self.write_to(field(0).as_int(), out);
                Ok(NIL)
            }
            JsonOp::Valid => {
                let data = super::codecs::bytes_of(args.first());
                Ok(Value::Bool(super::json_scan::parse(&data).is_ok()))
            }
            JsonOp::Unmarshal(shape) => {
                let data = super::codecs::bytes_of(args.first());
                let json = match super::json_scan::parse(&data) {
                    Ok(j) => j,
                    Err(text) => return Ok(typed_error(text, "*json.SyntaxError")),
                };
                self.store_json(&json, arg(1), shape, &arg(2))
            }
            JsonOp::NewDecoder => Ok(arg(0)),
            JsonOp::Decode(shape) => self.decode_next(&arg(0), arg(1), shape, &arg(2)),
            JsonOp::More => Ok(Value::Bool(self.decoder_has_more(&arg(0)))),
        }
    }

    /// `v`, an interface's value, as `json.Marshal` writes it without escaping HTML (slog's
    /// JSON handler's encoder): the text, or Go's error's words.
    pub(super) fn marshal_any(&self, v: &Value) -> Result<Result<String, String>, Stop> {
        let shapes = &self.shared.program.json;
        let found = match v {
            Value::Iface(Some(b)) => shapes
                .by_rt
                .get(b.ty)
                .copied()
                .flatten()
                .map(|s| (&b.val, s)),
            _ => None,
        };
        let Some((val, shape)) = found else {
            let what = super::format::type_name(v);
            return Err(Stop::Panic(format!(
                "syncscope does not run json of a {what} yet"
            )));
        };
        match self.json_encode(val, shape, false) {
            Ok(text) => Ok(Ok(text)),
            Err(Fail::Go(text, _)) => Ok(Err(text)),
            Err(Fail::Run(stop)) => Err(stop),
        }
    }

    /// `Unmarshal`'s (and `Decode`'s) store of `json` into what `target` points to, whose
    /// static type is `shape`: the error, or nil.
    pub(super) fn store_json(
        &self,
        json: &Json,
        target: Value,
        shape: usize,
        var: &Value,
    ) -> Result<Value, Stop> {
        let var = u16::try_from(var.as_int()).unwrap_or(u16::MAX);
        let shapes = &self.shared.program.json;
        let (mut target, mut shape) = (target, shape);
        if let (Some(Shape::Iface), Value::Iface(Some(b))) = (shapes.shapes.get(shape), &target) {
            let Some(Some(dynamic)) = shapes.by_rt.get(b.ty) else {
                let why = format!("syncscope does not run json of a {} yet", b.name);
                return Err(Stop::Panic(why));
            };
            (target, shape) = (b.val.clone(), *dynamic);
        }
        let name = shapes.names.get(shape).cloned().unwrap_or_default();
        let invalid = |text: String| Ok(typed_error(text, "*json.InvalidUnmarshalError"));
        let inner = match shapes.shapes.get(shape) {
            Some(Shape::Iface) => return invalid("json: Unmarshal(nil)".into()),
            Some(Shape::Ptr(inner)) => *inner,
            _ => return invalid(format!("json: Unmarshal(non-pointer {name})")),
        };
        if !matches!(target, Value::Ptr(_) | Value::Ref(_)) {
            return invalid(format!("json: Unmarshal(nil {name})"));
        }
        let mut d = Decoding::new(var);
        self.decode_pointer(json, inner, target, &mut d)?;
        Ok(match d.error {
            Some((text, ty)) => typed_error(text, ty),
            None => NIL,
        })
    }
}

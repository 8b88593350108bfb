//! What `fmt` asks of interface values: Go's `fmt` calls `Error()` (or else `String()`) of a
//! value it prints that has one, inside slices, structs and maps too. Each is called before
//! printing, and the text kept in the value printed (a copy).

use super::Goroutine;
use super::iface::{Boxed, boxed};
use super::objects::{MapRef, Obj};
use super::slices::SliceVal;
use super::value::Value;
use crate::sched::Stop;
use std::sync::Arc;

impl Goroutine {
    /// The operands of a `fmt` call, each interface value whose type has `Error()` (or else
    /// `String()`) with the text it gives, as Go's `fmt` calls them.
    pub(super) fn shown(&self, values: Vec<Value>) -> Result<Vec<Value>, Stop> {
        values
            .into_iter()
            .map(|v| {
                let v = self.shown_one(v)?;
                self.pointee_shown(v)
            })
            .collect()
    }

    /// An operand that points to a slice, an array or a map (and has no method `fmt`
    /// calls) with what it points to: Go prints `&[1 2]` there, an address only inside.
    fn pointee_shown(&self, v: Value) -> Result<Value, Stop> {
        let types = &self.shared.program.types;
        let pointee = match &v {
            Value::Iface(Some(b)) if b.text.is_none() && matches!(b.val, Value::Ref(_)) => types
                .get(b.ty)
                .and_then(|t| t.elem)
                .filter(|_| b.name.starts_with('*')),
            _ => None,
        };
        let (Some(elem), Value::Iface(Some(b))) = (pointee, &v) else {
            return Ok(v);
        };
        let name = types
            .get(elem)
            .map_or_else(|| "".into(), |t| t.name.clone());
        let target = self.shown_one(boxed(elem, name, self.load(b.val.clone())?))?;
        let both = Arc::new((b.val.clone(), target));
        Ok(boxed(b.ty, b.name.clone(), Value::TopAddr(both)))
    }

    fn shown_one(&self, v: Value) -> Result<Value, Stop> {
        match v {
            Value::Iface(Some(b)) if b.text.is_none() => {
                let method = ["Error", "String"]
                    .into_iter()
                    .find(|m| self.method_of(b.ty, m).is_some());
                let Some(m) = method else {
                    if let Some(each) = self.elements_shown(&b)? {
                        return Ok(boxed(b.ty, b.name.clone(), each));
                    }
                    if let Some(parts) = self.parts_shown(&b)? {
                        return Ok(boxed(b.ty, b.name.clone(), parts));
                    }
                    let inner = holds_iface(&b.val);
                    let val = if inner {
                        self.shown_one(b.val.clone())?
                    } else {
                        b.val.clone()
                    };
                    let types = &self.shared.program.types;
                    return Ok(match super::unexported::plain(&val, b.ty, types) {
                        Some(plain) => boxed(b.ty, b.name.clone(), plain),
                        None if inner => boxed(b.ty, b.name.clone(), val),
                        None => Value::Iface(Some(b)),
                    });
                };
                let recv = Value::Iface(Some(b.clone()));
                let text = match self.call_method(&recv, m, Vec::new()) {
                    Ok(Value::Str(s)) => s,
                    Ok(other) => super::format::value(&other).into(),
                    // Go's fmt says `<nil>` for a nil pointer whose method panicked.
                    Err(Stop::Panic(_)) if matches!(b.val, Value::Chan(None)) => "<nil>".into(),
                    Err(e) => return Err(e),
                };
                Ok(Value::Iface(Some(Arc::new(Boxed {
                    ty: b.ty,
                    name: b.name.clone(),
                    val: b.val.clone(),
                    text: Some(text),
                }))))
            }
            // Go's fmt calls them inside slices, structs and maps too: a copy to print.
            Value::Slice(s) if s.items().iter().any(holds_iface) => {
                let items = s.items().into_iter().map(|i| self.shown_one(i));
                Ok(Value::Slice(SliceVal::new(
                    items.collect::<Result<_, _>>()?,
                )))
            }
            Value::Struct(o) if o.fields().iter().any(holds_iface) => {
                let fields = o.fields().clone();
                let shown = fields.into_iter().map(|f| self.shown_one(f));
                let shown = shown.collect::<Result<Vec<_>, _>>()?;
                Ok(Value::Struct(Obj::new(shown, o.vars.clone())))
            }
            Value::Map(m) if m.entries().values().any(holds_iface) => {
                let entries = m.entries().clone();
                let mut shown = std::collections::BTreeMap::new();
                for (k, v) in entries {
                    shown.insert(k, self.shown_one(v)?);
                }
                Ok(Value::Map(MapRef::new(m.0.var, shown)))
            }
            v => Ok(v),
        }
    }
}

impl Goroutine {
    /// A slice or array whose element type has a method `fmt` calls (`[]State` of a `State`
    /// with `String`): each element boxed with that type and its text, as Go's fmt prints
    /// them. `None` for any other value.
    fn elements_shown(&self, b: &Boxed) -> Result<Option<Value>, Stop> {
        let types = &self.shared.program.types;
        let Some(elem) = types.get(b.ty).and_then(|t| t.elem) else {
            return Ok(None);
        };
        if !self.texty(elem) && !self.has_texty_fields(elem) {
            return Ok(None);
        }
        let name = types
            .get(elem)
            .map_or_else(|| "".into(), |t| t.name.clone());
        let items = match &b.val {
            Value::Slice(s) if !s.is_nil() => s.items(),
            Value::Array(a) => a.elements().clone(),
            _ => return Ok(None),
        };
        let shown = items
            .into_iter()
            .map(|v| self.shown_one(boxed(elem, name.clone(), v)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(Value::Slice(SliceVal::new(shown))))
    }
}

impl Goroutine {
    /// Whether `fmt` calls a method of a value of type `ty` to print it.
    fn texty(&self, ty: usize) -> bool {
        ["Error", "String"]
            .iter()
            .any(|m| self.method_of(ty, m).is_some())
    }

    /// Whether `ty` is a struct with an exported field that `fmt` prints by its method.
    fn has_texty_fields(&self, ty: usize) -> bool {
        let types = &self.shared.program.types;
        types.get(ty).is_some_and(|t| {
            t.fields
                .iter()
                .any(|f| exported(&f.name) && f.ty.is_some_and(|ty| self.texty(ty)))
        })
    }

    /// A struct whose exported fields `fmt` prints by their methods (`{1 green}`), or a map
    /// whose values it does (`map[a:green]`): a copy with those boxed with their types and
    /// texts. `None` for any other value. Go's fmt cannot call an unexported field's methods.
    fn parts_shown(&self, b: &Boxed) -> Result<Option<Value>, Stop> {
        let types = &self.shared.program.types;
        let Some(t) = types.get(b.ty) else {
            return Ok(None);
        };
        let name_of = |ty: usize| types.get(ty).map_or_else(|| "".into(), |t| t.name.clone());
        match &b.val {
            Value::Struct(o) if self.has_texty_fields(b.ty) => {
                let fields = o.fields().clone();
                let mut shown = Vec::with_capacity(fields.len());
                for (i, v) in fields.into_iter().enumerate() {
                    let field = t.fields.get(i);
                    let ty = field.and_then(|f| f.ty).filter(|&ty| self.texty(ty));
                    shown.push(match (ty, field.is_some_and(|f| exported(&f.name))) {
                        (Some(ty), true) => self.shown_one(boxed(ty, name_of(ty), v))?,
                        // Its method out of fmt's reach, its type still named (`%!s(main.L=0)`).
                        (Some(ty), false) => boxed(ty, name_of(ty), v),
                        (None, _) => v,
                    });
                }
                Ok(Some(Value::Struct(Obj::new(shown, o.vars.clone()))))
            }
            Value::Map(m) if t.elem.is_some_and(|e| self.texty(e)) => {
                let elem = t.elem.unwrap_or_default();
                let mut shown = std::collections::BTreeMap::new();
                for (k, v) in m.entries().clone() {
                    shown.insert(k, self.shown_one(boxed(elem, name_of(elem), v))?);
                }
                Ok(Some(Value::Map(MapRef::new(m.0.var, shown))))
            }
            _ => Ok(None),
        }
    }
}

fn exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_uppercase())
}

/// Whether `v` is or holds an interface value that `fmt` may ask for its text.
fn holds_iface(v: &Value) -> bool {
    match v {
        Value::Iface(Some(_)) => true,
        Value::Slice(s) => s.items().iter().any(holds_iface),
        Value::Struct(o) => o.fields().iter().any(holds_iface),
        Value::Map(m) => m.entries().values().any(holds_iface),
        _ => false,
    }
}

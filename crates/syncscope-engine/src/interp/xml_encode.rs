//! `xml.Marshal` and `xml.MarshalIndent` by Go's `marshal.go` rules: an element named by
//! the `XMLName` field, else the field's tag, else the type's name; attributes, character
//! data, comments and inner XML by the tags; `a>b>c` parents opened and closed as fields
//! share them; slices as repeated elements; nil pointers and interfaces left out; text
//! escaped as Go escapes it (`&#34;`, `&#39;`, `&#xA;`).

use super::Goroutine;
use super::json_encode::{Fail, empty, field_at, rfc3339};
use super::value::Value;
use super::xml_print::{Printer, escape};
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::json::{Shape, Shapes};
use syncscope_program::xml::{XmlField, XmlKind, XmlStruct};

/// Deeper than this a value is taken for a cycle, which Go would overflow its stack on.
const MAX_DEPTH: usize = 2000;

fn go_error(text: String) -> Fail {
    Fail::Go(text, "*errors.errorString")
}

/// A struct's tag error, of Go's type: two fields naming one place are a
/// `*xml.TagPathError` (its text starts with the struct's name), others `fmt.Errorf`'s.
pub(super) fn tag_error(text: &str) -> (String, &'static str) {
    let ty = if text.starts_with("xml: ") {
        "*errors.errorString"
    } else {
        "*xml.TagPathError"
    };
    (text.to_string(), ty)
}

fn unsupported(shapes: &Shapes, shape: usize) -> Fail {
    let name = shapes.names.get(shape).map_or("?", |n| n.as_ref());
    Fail::Go(
        format!(
            "xml: unsupported type: {}",
            super::format::reflect_name(name)
        ),
        "*xml.UnsupportedTypeError",
    )
}

/// A type's name as an element's: `Plant` of `main.Plant`, none for a type without one.
fn type_name(full: &str) -> &str {
    let unnamed = [
        "map[",
        "struct",
        "func",
        "chan ",
        "interface",
        "*",
        "[",
        "<-",
    ];
    if unnamed.iter().any(|p| full.starts_with(p)) {
        return "";
    }
    let base = full.split('[').next().unwrap_or("");
    base.rsplit('.').next().unwrap_or("")
}

impl Goroutine {
    /// `v`, of shape `shape` on the `xml` table, written to `p`.
    pub(super) fn xml_encode(&self, p: &mut Printer, v: &Value, shape: usize) -> Result<(), Fail> {
        self.xml_value(p, v, shape, None, 0)
    }

    /// What a pointer or interface holds, with its shape; `None` for nil.
    pub(super) fn xml_deref(
        &self,
        v: &Value,
        shape: usize,
    ) -> Result<Option<(Value, usize)>, Fail> {
        let shapes = &self.shared.program.xml;
        let (mut v, mut shape) = (v.clone(), shape);
        loop {
            match (shapes.shapes.get(shape), &v) {
                (Some(Shape::Ptr(inner)), Value::Ptr(o))
                    if matches!(shapes.shapes.get(*inner), Some(Shape::Struct(_))) =>
                {
                    (v, shape) = (Value::Struct(o.clone()), *inner);
                }
                (Some(Shape::Ptr(inner)), Value::Ptr(_) | Value::Ref(_)) => {
                    (v, shape) = (self.load(v.clone())?, *inner);
                }
                (Some(Shape::Ptr(_) | Shape::Iface), _) if !matches!(v, Value::Iface(Some(_))) => {
                    return Ok(None);
                }
                (Some(Shape::Iface), Value::Iface(Some(b))) => {
                    let Some(Some(dynamic)) = shapes.by_rt.get(b.ty) else {
                        let why = format!("syncscope does not run xml of a {} yet", b.name);
                        return Err(Fail::Run(Stop::Panic(why)));
                    };
                    (v, shape) = (b.val.clone(), *dynamic);
                }
                (Some(Shape::Refused(why)), _) => {
                    let why = format!("syncscope does not run {why} yet");
                    return Err(Fail::Run(Stop::Panic(why)));
                }
                _ => return Ok(Some((v, shape))),
            }
        }
    }

    fn xml_value(
        &self,
        p: &mut Printer,
        v: &Value,
        shape: usize,
        field: Option<&XmlField>,
        depth: usize,
    ) -> Result<(), Fail> {
        if depth > MAX_DEPTH {
            let why = "syncscope does not run xml of values nested this deep yet".into();
            return Err(Fail::Run(Stop::Panic(why)));
        }
        if field.is_some_and(|f| f.omitempty) && empty(v) {
            return Ok(());
        }
        let Some((v, shape)) = self.xml_deref(v, shape)? else {
            return Ok(());
        };
        let shapes = &self.shared.program.xml;
        let s = shapes.shapes.get(shape);
        if let Some(Shape::Slice(e) | Shape::Array(_, e)) = s {
            let items = match &v {
                Value::Slice(sl) => sl.items(),
                Value::Array(a) => a.elements().clone(),
                _ => Vec::new(),
            };
            for item in &items {
                self.xml_value(p, item, *e, field, depth + 1)?;
            }
            return Ok(());
        }
        let st = match s {
            Some(Shape::Struct(st)) => st.xml.as_ref(),
            _ => None,
        };
        if let Some(e) = st.and_then(|st| st.error.clone()) {
            let (text, ty) = tag_error(&e);
            return Err(Fail::Go(text, ty));
        }
        let (mut name, mut space) = (String::new(), String::new());
        if let Some((path, tagged)) = st.and_then(|st| st.xml_name.as_ref()) {
            if !tagged.is_empty() {
                name = tagged.to_string();
            } else if let Some(Value::Struct(n)) = field_at(&v, path) {
                let text = |i| match n.field(i) {
                    Value::Str(s) => s.to_string(),
                    _ => String::new(),
                };
                if !text(1).is_empty() {
                    (space, name) = (text(0), text(1));
                }
            }
        }
        if name.is_empty()
            && let Some(f) = field
        {
            name = f.name.to_string();
        }
        if name.is_empty() {
            let own = shapes.names.get(shape).map_or("", |n| type_name(n));
            if own.is_empty() {
                return Err(unsupported(shapes, shape));
            }
            name = own.to_string();
        }
        let mut attrs = Vec::new();
        if let Some(st) = st {
            for f in st.fields.iter().filter(|f| f.kind == XmlKind::Attr) {
                let Some(item) = field_at(&v, &f.path) else {
                    continue;
                };
                if f.omitempty && empty(&item) {
                    continue;
                }
                self.xml_attr(&mut attrs, &f.name, &item, f.shape)?;
            }
        }
        p.start(&name, &space, &attrs);
        match st {
            Some(st) => self.xml_fields(p, &v, st, shapes.names.get(shape), depth)?,
            None => escape(&mut p.out, &simple(shapes, &v, shape)?),
        }
        p.end(&name);
        Ok(())
    }

    /// An attribute of `item` (none if nil, one of each element of a slice).
    fn xml_attr(
        &self,
        attrs: &mut Vec<(Arc<str>, String)>,
        name: &Arc<str>,
        item: &Value,
        shape: usize,
    ) -> Result<(), Fail> {
        let Some((v, shape)) = self.xml_deref(item, shape)? else {
            return Ok(());
        };
        let shapes = &self.shared.program.xml;
        if let Some(Shape::Slice(e)) = shapes.shapes.get(shape) {
            if let Value::Slice(sl) = &v {
                for x in sl.items() {
                    self.xml_attr(attrs, name, &x, *e)?;
                }
            }
            return Ok(());
        }
        attrs.push((name.clone(), simple(shapes, &v, shape)?));
        Ok(())
    }

    /// A struct's elements, character data, comments and inner XML, in its fields' order.
    fn xml_fields(
        &self,
        p: &mut Printer,
        v: &Value,
        st: &XmlStruct,
        name: Option<&Arc<str>>,
        depth: usize,
    ) -> Result<(), Fail> {
        let shapes = &self.shared.program.xml;
        let mut open: Vec<Arc<str>> = Vec::new();
        for f in &st.fields {
            let Some(item) = field_at(v, &f.path) else {
                continue;
            };
            match f.kind {
                XmlKind::Attr => continue,
                XmlKind::CharData => {
                    if let Ok(text) = simple(shapes, &item, f.shape) {
                        escape(&mut p.out, &text);
                    }
                    continue;
                }
                XmlKind::Comment => {
                    let text = match (&item, shapes.shapes.get(f.shape)) {
                        (Value::Str(s), _) => s.to_string(),
                        (v, Some(Shape::Bytes)) => simple(shapes, v, f.shape)?,
                        _ => {
                            let name = name.map_or("?", |n| n.as_ref());
                            return Err(go_error(format!(
                                "xml: bad type for comment field of {name}"
                            )));
                        }
                    };
                    if text.is_empty() {
                        continue;
                    }
                    p.new_line(0);
                    if text.contains("--") {
                        let why = "xml: comments must not contain \"--\"".to_string();
                        return Err(go_error(why));
                    }
                    p.out.push_str("<!--");
                    p.out.push_str(&text);
                    if text.ends_with('-') {
                        p.out.push(' ');
                    }
                    p.out.push_str("-->");
                    continue;
                }
                XmlKind::InnerXml => match (&item, shapes.shapes.get(f.shape)) {
                    (Value::Str(s), _) => {
                        p.out.push_str(s);
                        continue;
                    }
                    (v, Some(Shape::Bytes)) => {
                        p.out.push_str(&simple(shapes, v, f.shape)?);
                        continue;
                    }
                    _ => {}
                },
                XmlKind::Element => {
                    let kept = open
                        .iter()
                        .zip(&f.parents)
                        .take_while(|(a, b)| a == b)
                        .count();
                    while open.len() > kept {
                        if let Some(n) = open.pop() {
                            p.end(&n);
                        }
                    }
                    let nil = self.xml_deref(&item, f.shape)?.is_none();
                    if f.parents.len() > open.len() && !nil {
                        for n in &f.parents[open.len()..] {
                            p.start(n, "", &[]);
                            open.push(n.clone());
                        }
                    }
                }
            }
            self.xml_value(p, &item, f.shape, Some(f), depth + 1)?;
        }
        while let Some(n) = open.pop() {
            p.end(&n);
        }
        Ok(())
    }
}

/// A value's text as an attribute's or an element's: numbers, bools, strings, `[]byte`,
/// a `time.Time` by its `MarshalText`; Go's error for another type.
fn simple(shapes: &Shapes, v: &Value, shape: usize) -> Result<String, Fail> {
    Ok(match shapes.shapes.get(shape) {
        Some(Shape::Bool) => v.truthy().to_string(),
        Some(
            Shape::Int | Shape::Rune | Shape::Byte | Shape::U32 | Shape::Uint64 | Shape::Duration,
        ) => v.as_int().to_string(),
        Some(s @ (Shape::F32 | Shape::F64)) => {
            let (x, bits) = match v {
                Value::F32(x) => (f64::from(*x), 32),
                Value::F64(x) => (*x, 64),
                v => (v.as_int() as f64, if *s == Shape::F32 { 32 } else { 64 }),
            };
            super::float_verbs::format_float(x, 'g', -1, bits)
        }
        Some(Shape::Str) => match v {
            Value::Str(s) => s.to_string(),
            _ => String::new(),
        },
        Some(Shape::Bytes) => {
            String::from_utf8_lossy(&super::codecs::bytes_of(Some(v))).into_owned()
        }
        Some(Shape::Time) => rfc3339(v)
            .ok_or_else(|| go_error("Time.MarshalText: year outside of range [0,9999]".into()))?,
        _ => return Err(unsupported(shapes, shape)),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn element_names_are_the_types_own() {
        assert_eq!(super::type_name("main.Pair[int]"), "Pair");
        assert_eq!(super::type_name("map[string]int"), "");
    }
}

//! `xml.Unmarshal` by Go's `read.go` rules: an element into a value of its shape, a
//! struct's `XMLName` checked and set, attributes, character data, comments, inner XML and
//! child elements (through `a>b>c` paths) into the fields the tags name, a repeated element
//! appended to a slice, numbers and bools parsed from the trimmed text with `strconv`'s
//! errors. What is read is stored as it is read: Go's first error stops the rest.

use super::Goroutine;
use super::json_decode::zero;
use super::objects::Obj;
use super::slices::SliceVal;
use super::value::Value;
use super::xml_scan::{ScanError, Scanner, Start, Token};
use crate::sched::Stop;
use syncscope_program::json::Shape;
use syncscope_program::xml::{XmlKind, XmlStruct};

/// Why decoding stopped early: Go's error (text and type), or the run's.
pub(super) enum Halt {
    Go(String, &'static str),
    Run(Stop),
}

impl From<Stop> for Halt {
    fn from(s: Stop) -> Halt {
        Halt::Run(s)
    }
}

impl From<ScanError> for Halt {
    fn from(e: ScanError) -> Halt {
        match e {
            ScanError::Go(text, ty) => Halt::Go(text, ty),
            ScanError::Namespace(name) => Halt::Run(Stop::Panic(format!(
                "syncscope does not run xml namespace prefixes ({name}) yet"
            ))),
        }
    }
}

/// A value stored, and the error that stopped the decoding there.
pub(super) type Got = (Value, Option<Halt>);

pub(super) fn plain(text: String) -> Halt {
    Halt::Go(text, "*errors.errorString")
}

/// The field at `path` from struct `o`: the struct holding it, and its index there.
fn holder(o: &Obj, path: &[usize]) -> Option<(Obj, usize)> {
    let (&last, through) = path.split_last()?;
    let mut at = o.clone();
    for &i in through {
        match at.field(i) {
            Value::Struct(inner) | Value::Ptr(inner) => at = inner,
            _ => return None,
        }
    }
    Some((at, last))
}

impl Goroutine {
    /// The element `start` (just read) into `old`, a value of shape `shape`.
    pub(super) fn xml_decode(
        &self,
        sc: &mut Scanner,
        shape: usize,
        old: Value,
        start: &Start,
    ) -> Result<Got, Stop> {
        let shapes = &self.shared.program.xml;
        let name = || {
            shapes
                .names
                .get(shape)
                .map_or("?", |n| n.as_ref())
                .to_string()
        };
        let halt = |h: Halt| match h {
            Halt::Run(stop) => Err(stop),
            h => Ok(Some(h)),
        };
        Ok(match shapes.shapes.get(shape) {
            Some(Shape::Refused(why)) => {
                return Err(Stop::Panic(format!("syncscope does not run {why} yet")));
            }
            Some(Shape::Iface) => (old, sc.skip().err().map(Halt::from)),
            Some(Shape::Ptr(inner)) => {
                let inner = *inner;
                return self.xml_pointer(sc, inner, old, start);
            }
            Some(Shape::Slice(e)) => {
                let (v, err) = self.xml_decode(sc, *e, zero(shapes, *e)?, start)?;
                if err.is_some() {
                    return Ok((old, err));
                }
                let mut items = match &old {
                    Value::Slice(sl) => sl.items(),
                    _ => Vec::new(),
                };
                items.push(v);
                (Value::Slice(SliceVal::new(items)), None)
            }
            Some(Shape::Struct(st)) if &*st.name == "xml.Name" => {
                let (o, err) = match zero(shapes, shape)? {
                    Value::Struct(o) => {
                        self.set_field(&o, 0, Value::Str(start.space.as_str().into()));
                        self.set_field(&o, 1, Value::Str(start.name.as_str().into()));
                        (Value::Struct(o), sc.skip().err().map(Halt::from))
                    }
                    v => (v, None),
                };
                (o, err)
            }
            Some(Shape::Struct(st)) if st.xml.is_some() => {
                let o = match old {
                    Value::Struct(o) => o,
                    _ => match zero(shapes, shape)? {
                        Value::Struct(o) => o,
                        v => return Ok((v, None)),
                    },
                };
                let err = match self.xml_struct_in(sc, shape, &o, start) {
                    Ok(()) => None,
                    Err(h) => halt(h)?,
                };
                (Value::Struct(o), err)
            }
            Some(
                Shape::Bool
                | Shape::Int
                | Shape::Rune
                | Shape::Byte
                | Shape::U32
                | Shape::Uint64
                | Shape::F32
                | Shape::F64
                | Shape::Str
                | Shape::Bytes
                | Shape::Duration,
            ) => {
                let mut data = String::new();
                let read = self.xml_children(sc, |t| {
                    if let Token::Text(s) = t {
                        data.push_str(s);
                    }
                });
                match read {
                    Err(h) => (old, halt(h)?),
                    Ok(()) => match self.xml_text(shape, &data)? {
                        Ok(v) => (v, None),
                        Err(h) => (old, Some(h)),
                    },
                }
            }
            _ => {
                let name = super::format::reflect_name(&name());
                (old, Some(plain(format!("unknown type {name}"))))
            }
        })
    }

    /// The tokens inside the element just started, to its end, child elements passed
    /// over.
    fn xml_children(&self, sc: &mut Scanner, mut each: impl FnMut(&Token)) -> Result<(), Halt> {
        loop {
            match sc.next()? {
                Some(Token::Start(_)) => sc.skip()?,
                Some(Token::End) | None => return Ok(()),
                Some(t) => each(&t),
            }
        }
    }

    /// Into a pointer: into what it points to, or a new variable.
    pub(super) fn xml_pointer(
        &self,
        sc: &mut Scanner,
        inner: usize,
        old: Value,
        start: &Start,
    ) -> Result<Got, Stop> {
        let shapes = &self.shared.program.xml;
        let is_struct = matches!(shapes.shapes.get(inner), Some(Shape::Struct(_)));
        Ok(match old {
            Value::Ptr(o) if is_struct => {
                let (_, err) = self.xml_decode(sc, inner, Value::Struct(o.clone()), start)?;
                (Value::Ptr(o), err)
            }
            Value::Ptr(o) => {
                let (v, err) = self.xml_decode(sc, inner, o.field(0), start)?;
                self.set_field(&o, 0, v);
                (Value::Ptr(o), err)
            }
            Value::Ref(r) => {
                let now = self.load(Value::Ref(r.clone()))?;
                let (v, err) = self.xml_decode(sc, inner, now, start)?;
                self.store_ref(&r, v)?;
                (Value::Ref(r), err)
            }
            _ => {
                let (v, err) = self.xml_decode(sc, inner, zero(shapes, inner)?, start)?;
                let p = match v {
                    Value::Struct(o) if is_struct => Value::Ptr(o),
                    v => Value::Ptr(Obj::new(vec![v], vec![u16::MAX].into())),
                };
                (p, err)
            }
        })
    }

    /// A struct's element: its name checked and kept, its attributes, then what it holds.
    fn xml_struct_in(
        &self,
        sc: &mut Scanner,
        shape: usize,
        o: &Obj,
        start: &Start,
    ) -> Result<(), Halt> {
        let shapes = &self.shared.program.xml;
        let Some(Shape::Struct(whole)) = shapes.shapes.get(shape) else {
            return Ok(());
        };
        let Some(st) = whole.xml.as_ref() else {
            return Ok(());
        };
        if let Some(e) = &st.error {
            let (text, ty) = super::xml_encode::tag_error(e);
            return Err(Halt::Go(text, ty));
        }
        if let Some((path, tagged)) = &st.xml_name {
            if !tagged.is_empty() && **tagged != *start.name {
                let text = format!("expected element type <{tagged}> but have <{}>", start.name);
                return Err(Halt::Go(text, "xml.UnmarshalError"));
            }
            if let Some((h, i)) = holder(o, path)
                && let Value::Struct(n) = h.field(i)
            {
                self.set_field(&n, 0, Value::Str(start.space.as_str().into()));
                self.set_field(&n, 1, Value::Str(start.name.as_str().into()));
            }
        }
        for (name, text) in &start.attrs {
            for f in st.fields.iter().filter(|f| f.kind == XmlKind::Attr) {
                if *f.name != **name {
                    continue;
                }
                let Some((h, i)) = holder(o, &f.path) else {
                    continue;
                };
                let (v, err) = self.xml_attr_in(f.shape, h.field(i), text)?;
                self.set_field(&h, i, v);
                if let Some(err) = err {
                    return Err(err);
                }
            }
        }
        let first = |k: XmlKind| st.fields.iter().find(|f| f.kind == k);
        let (chardata, comment, inner) = (
            first(XmlKind::CharData),
            first(XmlKind::Comment),
            first(XmlKind::InnerXml),
        );
        let (mut data, mut notes) = (String::new(), String::new());
        let from = sc.pos;
        let to = loop {
            let before = sc.pos;
            match sc.next()? {
                Some(Token::Start(t)) => {
                    if !self.xml_path(sc, st, o, &[], &t)? {
                        sc.skip()?;
                    }
                }
                Some(Token::End) | None => break before,
                Some(Token::Text(s)) if chardata.is_some() => data.push_str(&s),
                Some(Token::Comment(s)) if comment.is_some() => notes.push_str(&s),
                Some(_) => {}
            }
        };
        if let Some(f) = chardata
            && let Some((h, i)) = holder(o, &f.path)
        {
            match self.xml_text(f.shape, &data)? {
                Ok(v) => self.set_field(&h, i, v),
                Err(e) => return Err(e),
            }
        }
        for (field, text) in [(comment, notes), (inner, sc.raw(from, to))] {
            if let Some(f) = field
                && let Some((h, i)) = holder(o, &f.path)
            {
                match shapes.shapes.get(f.shape) {
                    Some(Shape::Str) => self.set_field(&h, i, Value::Str(text.into())),
                    Some(Shape::Bytes) => {
                        self.set_field(&h, i, super::codecs::byte_slice(text.as_bytes()));
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// A child element `start` of a struct's, `parents` deep in the fields' paths: into
    /// the field it names, or down a path some fields share; `false` if none wants it.
    fn xml_path(
        &self,
        sc: &mut Scanner,
        st: &XmlStruct,
        o: &Obj,
        parents: &[&str],
        start: &Start,
    ) -> Result<bool, Halt> {
        let depth = parents.len();
        let mut deeper = None;
        for f in st.fields.iter().filter(|f| f.kind == XmlKind::Element) {
            if f.parents.len() < depth || f.parents.iter().zip(parents).any(|(a, b)| **a != **b) {
                continue;
            }
            if f.parents.len() == depth && *f.name == *start.name {
                let Some((h, i)) = holder(o, &f.path) else {
                    return Ok(true);
                };
                let (v, err) = self.xml_decode(sc, f.shape, h.field(i), start)?;
                self.set_field(&h, i, v);
                return match err {
                    Some(e) => Err(e),
                    None => Ok(true),
                };
            }
            if f.parents.len() > depth && *f.parents[depth] == *start.name {
                deeper = Some(f);
                break;
            }
        }
        let Some(f) = deeper else {
            return Ok(false);
        };
        let path: Vec<&str> = f.parents[..=depth].iter().map(|p| p.as_ref()).collect();
        loop {
            match sc.next()? {
                Some(Token::Start(t)) => {
                    if !self.xml_path(sc, st, o, &path, &t)? {
                        sc.skip()?;
                    }
                }
                Some(Token::End) | None => return Ok(true),
                Some(_) => {}
            }
        }
    }
}

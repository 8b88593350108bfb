//! A struct's fields as `encoding/xml` reads them (Go's `getTypeInfo`): the `xml` tag's
//! name, `a>b>c` parents and `attr`, `chardata`, `innerxml`, `comment` and `omitempty`,
//! `XMLName`, embedded structs' fields in place (the shallower of two that clash wins), and
//! Go's errors for tags it rejects. The table is `json_shapes`' walk on `Lowerer::xml`.

use super::Lowerer;
use super::json_tags::tag_value;
use super::structs::StructDef;
use crate::go::types::Type;
use std::sync::Arc;
use syncscope_program::json::Shapes;
use syncscope_program::xml::{XmlField, XmlKind, XmlStruct};

/// The struct `xml.Name`, the type of an `XMLName` field.
const NAME: &str = "xml.Name";

/// A field found, with its Go name and tag for Go's error when two clash.
struct Found {
    field: XmlField,
    go_name: String,
    tag: String,
}

impl Lowerer<'_> {
    /// The shape of `ty` in `encoding/xml`'s table.
    pub(super) fn xml_shape(&mut self, ty: &Type) -> usize {
        std::mem::swap(&mut self.json, &mut self.xml);
        let id = self.json_shape(ty);
        std::mem::swap(&mut self.json, &mut self.xml);
        id
    }

    /// Why `encoding/xml` of shape `id` is not run.
    pub(super) fn xml_refused(&mut self, id: usize) -> Option<String> {
        std::mem::swap(&mut self.json, &mut self.xml);
        let why = self.json_refused(id);
        std::mem::swap(&mut self.json, &mut self.xml);
        why
    }

    /// Why `xml.Unmarshal` into shape `id` is not run.
    pub(super) fn xml_unmarshal_refused(&mut self, id: usize) -> Option<String> {
        std::mem::swap(&mut self.json, &mut self.xml);
        let why = self.json_unmarshal_refused(id);
        std::mem::swap(&mut self.json, &mut self.xml);
        why
    }

    /// `encoding/xml`'s table, with its dynamic types.
    pub(super) fn xml_table(&mut self) -> Shapes {
        std::mem::swap(&mut self.json, &mut self.xml);
        let table = self.json_table();
        std::mem::swap(&mut self.json, &mut self.xml);
        table
    }

    pub(super) fn uses_xml(&mut self) {
        self.xml.used = true;
    }

    /// The type `xml.Name`, made the first time the file names it: `Space` and `Local`.
    pub(super) fn xml_name_type(&mut self) -> Type {
        if let Some(&id) = self.structs.by_name.get(NAME) {
            return self.declared_type(id);
        }
        let id = self.structs.defs.len();
        self.structs.defs.push(StructDef {
            name: NAME.into(),
            fields: vec![("Space".into(), Type::Str), ("Local".into(), Type::Str)],
            embedded: Vec::new(),
            underlying: None,
            at: (0, 0),
        });
        self.structs.by_name.insert(NAME.to_string(), id);
        self.declared_type(id)
    }

    fn is_xml_name(&self, ty: &Type) -> bool {
        matches!(ty, Type::Struct(id, _) if self.structs.by_name.get(NAME) == Some(id))
    }

    /// Struct `sid`'s fields (its shape is `id`), on the `xml` table.
    pub(super) fn xml_struct(&mut self, sid: usize, id: usize) -> XmlStruct {
        let typ = self.json.table.names[id].to_string();
        let mut out = XmlStruct::default();
        let mut found: Vec<Found> = Vec::new();
        let fields = self.structs.defs[sid].fields.clone();
        let embedded = self.structs.defs[sid].embedded.clone();
        for (i, (fname, ty)) in fields.iter().enumerate() {
            let tag = self
                .structs
                .tags
                .get(&(sid, i))
                .cloned()
                .unwrap_or_default();
            let tag = tag_value(&tag, "xml");
            let exported = fname.chars().next().is_some_and(char::is_uppercase);
            let is_embedded = embedded.contains(&i);
            if !(exported || is_embedded) || tag.as_deref() == Some("-") {
                continue;
            }
            if is_embedded && matches!(ty, Type::Pointer(_)) {
                let why = "xml of structs embedding a pointer".to_string();
                self.json.refused.insert(id, why);
                continue;
            }
            if is_embedded && let Type::Struct(..) = ty {
                let inner = self.json_shape(ty);
                let Some(inner) = self.xml_of(inner) else {
                    continue;
                };
                if let Some(e) = inner.error {
                    out.error.get_or_insert(e);
                }
                if out.xml_name.is_none()
                    && let Some((mut path, name)) = inner.xml_name
                {
                    if !path.is_empty() {
                        path.insert(0, i);
                    }
                    out.xml_name = Some((path, name));
                }
                for mut f in inner.fields {
                    f.path.insert(0, i);
                    let (go_name, tag) = self.leaf(sid, &f.path);
                    let new = Found {
                        field: f,
                        go_name,
                        tag,
                    };
                    if let Err(e) = add(&mut found, new, &typ) {
                        out.error.get_or_insert(e.into());
                    }
                }
                continue;
            }
            if !exported {
                continue;
            }
            let tag = tag.unwrap_or_default();
            match self.xml_field((&typ, id), fname, ty, &tag, i) {
                Ok(None) => {}
                Ok(Some(Read::Name(name))) => {
                    let path = if self.is_xml_name(ty) {
                        vec![i]
                    } else {
                        Vec::new()
                    };
                    out.xml_name = Some((path, name.into()));
                }
                Ok(Some(Read::Field(field))) => {
                    let new = Found {
                        field,
                        go_name: fname.clone(),
                        tag: tag.clone(),
                    };
                    if let Err(e) = add(&mut found, new, &typ) {
                        out.error.get_or_insert(e.into());
                    }
                }
                Err(e) => {
                    out.error.get_or_insert(e.into());
                }
            }
        }
        out.fields = found.into_iter().map(|f| f.field).collect();
        out
    }

    /// The `xml` fields of shape `id`, if it is a struct's.
    fn xml_of(&self, id: usize) -> Option<XmlStruct> {
        match &self.json.table.shapes[id] {
            syncscope_program::json::Shape::Struct(st) => st.xml.clone(),
            _ => None,
        }
    }

    /// One field of struct `typ` by its tag (Go's `structFieldInfo`), or Go's error.
    fn xml_field(
        &mut self,
        (typ, id): (&str, usize),
        fname: &str,
        ty: &Type,
        tag: &str,
        i: usize,
    ) -> Result<Option<Read>, String> {
        let invalid = || format!("xml: invalid tag in field {fname} of type {typ}: {tag:?}");
        if tag.contains(' ') {
            let why = "an xml tag's namespace".to_string();
            self.json.refused.entry(id).or_insert(why);
            return Ok(None);
        }
        let mut tokens = tag.split(',');
        let name = tokens.next().unwrap_or("");
        let flags: Vec<&str> = tokens.collect();
        let mut modes = Vec::new();
        let mut omitempty = false;
        for f in &flags {
            match *f {
                "attr" => modes.push(XmlKind::Attr),
                "chardata" => modes.push(XmlKind::CharData),
                "innerxml" => modes.push(XmlKind::InnerXml),
                "comment" => modes.push(XmlKind::Comment),
                "omitempty" => omitempty = true,
                "cdata" | "any" => {
                    let why = format!("xml's {f} option");
                    self.json.refused.entry(id).or_insert(why);
                    return Ok(None);
                }
                _ => {}
            }
        }
        let kind = match modes[..] {
            [] => XmlKind::Element,
            [m] if fname == "XMLName" || !name.is_empty() && m != XmlKind::Attr => {
                return Err(invalid());
            }
            [m] => m,
            _ => return Err(invalid()),
        };
        if omitempty && !matches!(kind, XmlKind::Element | XmlKind::Attr) {
            return Err(invalid());
        }
        if fname == "XMLName" {
            return Ok(Some(Read::Name(name.to_string())));
        }
        let shape = self.json_shape(ty);
        let field = |name: &str, parents: Vec<Arc<str>>| {
            Read::Field(XmlField {
                name: name.into(),
                parents,
                kind,
                path: vec![i],
                shape,
                omitempty,
            })
        };
        if name.is_empty() {
            let name = self.xml_name_of(ty).unwrap_or_else(|| fname.to_string());
            return Ok(Some(field(&name, Vec::new())));
        }
        let mut parts: Vec<&str> = name.split('>').collect();
        if parts[0].is_empty() {
            parts[0] = fname;
        }
        let Some((&last, parents)) = parts.split_last() else {
            return Ok(None);
        };
        if last.is_empty() {
            return Err(format!("xml: trailing '>' in field {fname} of type {typ}"));
        }
        if !parents.is_empty() && kind != XmlKind::Element {
            return Err(format!(
                "xml: {name} chain not valid with {} flag",
                flags.join(",")
            ));
        }
        if kind == XmlKind::Element
            && let Some(own) = self.xml_name_of(ty)
            && own != last
        {
            let inner = super::iface::rt_name(ty);
            return Err(format!(
                "xml: name {last:?} in tag of {typ}.{fname} conflicts with name {own:?} in \
                 {inner}.XMLName"
            ));
        }
        let parents = parents.iter().map(|p| Arc::from(*p)).collect();
        Ok(Some(field(last, parents)))
    }

    /// The Go name and `xml` tag of the field at `path` from struct `sid`.
    fn leaf(&self, sid: usize, path: &[usize]) -> (String, String) {
        let mut sid = sid;
        let mut last = (String::new(), String::new());
        for &i in path {
            let Some((name, ty)) = self.structs.defs[sid].fields.get(i) else {
                break;
            };
            let tag = self
                .structs
                .tags
                .get(&(sid, i))
                .map(|t| tag_value(t, "xml"));
            last = (name.clone(), tag.flatten().unwrap_or_default());
            if let Type::Struct(inner, _) = ty {
                sid = *inner;
            }
        }
        last
    }

    /// The name an `XMLName` field's tag gives type `ty` (through a pointer), if any.
    fn xml_name_of(&self, ty: &Type) -> Option<String> {
        let ty = match ty {
            Type::Pointer(inner) => inner,
            t => t,
        };
        let Type::Struct(sid, _) = ty else {
            return None;
        };
        let def = &self.structs.defs[*sid];
        let i = def.fields.iter().position(|(n, _)| n == "XMLName")?;
        let tag = tag_value(self.structs.tags.get(&(*sid, i))?, "xml")?;
        let name = tag.split(',').next().unwrap_or("");
        (!name.is_empty()).then(|| name.to_string())
    }
}

/// What one field is: the struct's `XMLName` (its tag's name), or a field.
enum Read {
    Name(String),
    Field(XmlField),
}

/// Field `new` added to `found` by Go's `addFieldInfo`: of those that clash with it (of one
/// kind, one on the other's path), the shallower wins; two as deep are Go's error.
fn add(found: &mut Vec<Found>, new: Found, typ: &str) -> Result<(), String> {
    let clashes: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|(_, old)| clash(&old.field, &new.field))
        .map(|(i, _)| i)
        .collect();
    let depth = new.field.path.len();
    if clashes.iter().any(|&i| found[i].field.path.len() < depth) {
        return Ok(());
    }
    if let Some(&i) = clashes
        .iter()
        .find(|&&i| found[i].field.path.len() == depth)
    {
        let old = &found[i];
        return Err(format!(
            "{typ} field {:?} with tag {:?} conflicts with field {:?} with tag {:?}",
            old.go_name, old.tag, new.go_name, new.tag
        ));
    }
    for &i in clashes.iter().rev() {
        found.remove(i);
    }
    found.push(new);
    Ok(())
}

/// Whether two fields name one place: of one kind, and one's path a start of the other's.
fn clash(old: &XmlField, new: &XmlField) -> bool {
    if old.kind != new.kind {
        return false;
    }
    let shorter = old.parents.len().min(new.parents.len());
    if old.parents[..shorter] != new.parents[..shorter] {
        return false;
    }
    match old.parents.len().cmp(&new.parents.len()) {
        std::cmp::Ordering::Greater => old.parents[new.parents.len()] == new.name,
        std::cmp::Ordering::Less => new.parents[old.parents.len()] == old.name,
        std::cmp::Ordering::Equal => old.name == new.name,
    }
}

//! A struct's fields as `encoding/xml` reads them (Go's `getTypeInfo`): the `xml` tag's
//! name, `a>b>c` parents and `attr`, `chardata`, `innerxml`, `comment` and `omitempty`,
//! `XMLName`, embedded structs' fields in place (the shallower of two that clash wins), and
//! Go's errors for tags it rejects. The table is `json_shapes`' walk on `Lowerer::xml`.

use super::Lowerer;
use super::json_tags::tag_value;
use super::structs::StructDef;
use super::xml_tags::{Found, Read, add};
use crate::go::types::Type;
use syncscope_program::json::Shapes;
use syncscope_program::xml::XmlStruct;

/// The struct `xml.Name`, the type of an `XMLName` field.
const NAME: &str = "xml.Name";

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
        // Go reads no fields of `xml.Name` itself: an element of one is empty.
        if self.structs.by_name.get(NAME) == Some(&sid) {
            return out;
        }
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
    pub(super) fn xml_name_of(&self, ty: &Type) -> Option<String> {
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

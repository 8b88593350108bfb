//! One struct field's `xml` tag as Go's `structFieldInfo` reads it (its name, `a>b>c`
//! parents, `attr`, `chardata`, `innerxml`, `comment`, `omitempty`, with Go's errors for a
//! tag it rejects), and Go's `addFieldInfo`: of two fields naming one place, the shallower.

use super::Lowerer;
use crate::go::types::Type;
use std::sync::Arc;
use syncscope_program::xml::{XmlField, XmlKind};

/// A field found, with its Go name and tag for Go's error when two clash.
pub(super) struct Found {
    pub(super) field: XmlField,
    pub(super) go_name: String,
    pub(super) tag: String,
}

impl Lowerer<'_> {
    /// One field of struct `typ` by its tag (Go's `structFieldInfo`), or Go's error.
    pub(super) fn xml_field(
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
}

/// What one field is: the struct's `XMLName` (its tag's name), or a field.
pub(super) enum Read {
    Name(String),
    Field(XmlField),
}

/// Field `new` added to `found` by Go's `addFieldInfo`: of those that clash with it (of one
/// kind, one on the other's path), the shallower wins; two as deep are Go's error.
pub(super) fn add(found: &mut Vec<Found>, new: Found, typ: &str) -> Result<(), String> {
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

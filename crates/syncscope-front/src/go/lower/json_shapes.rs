//! The shapes `encoding/json` reads the program's types by (`syncscope_program::json`):
//! a struct's JSON fields as Go's `typeFields` finds them (exported fields, tags, embedded
//! structs' fields promoted with Go's dominance rules), and what is refused. `encoding/xml`
//! has a table of its own made by the same walk, its structs read by `xml_shapes`.

use super::Lowerer;
use super::iface::rt_name;
use super::json_tags::{json_tag, valid_tag};
use crate::go::types::Type;
use std::collections::HashMap;
use std::sync::Arc;
use syncscope_program::json::{JsonField, Shape, Shapes, StructShape};

/// The program's shapes while the file is lowered, and the dynamic types to describe.
#[derive(Default)]
pub(super) struct JsonTypes {
    pub(crate) table: Shapes,
    memo: HashMap<String, usize>,
    /// Each dynamic type of `Program::types`, with its type.
    pub(crate) rt: Vec<(usize, Type)>,
    pub(crate) used: bool,
    /// `text/template` runs on these shapes: each type gets a dynamic type too, which
    /// `printf`'s `%T` and `%+v` name in a template.
    pub(crate) typed: bool,
    /// Why a shape cannot be run, by shape.
    pub(crate) refused: HashMap<usize, String>,
    /// Whether this is `encoding/xml`'s table: its structs' `xml` fields, its methods.
    pub(crate) xml: bool,
}

impl JsonTypes {
    pub(super) fn for_xml() -> JsonTypes {
        JsonTypes {
            xml: true,
            ..JsonTypes::default()
        }
    }

    /// The package, as a refusal names it.
    fn package(&self) -> &'static str {
        if self.xml { "xml" } else { "json" }
    }
}

/// The methods that change how Go's `encoding/json` reads or writes a type.
const CUSTOM: [&str; 4] = [
    "MarshalJSON",
    "UnmarshalJSON",
    "MarshalText",
    "UnmarshalText",
];

/// `encoding/xml`'s.
const CUSTOM_XML: [&str; 6] = [
    "MarshalXML",
    "UnmarshalXML",
    "MarshalXMLAttr",
    "UnmarshalXMLAttr",
    "MarshalText",
    "UnmarshalText",
];

/// A field found by `typeFields`: its depth, whether its tag names it.
struct Found {
    field: JsonField,
    depth: usize,
    tagged: bool,
}

impl Lowerer<'_> {
    /// The shape of `ty`, made once per type.
    pub(super) fn json_shape(&mut self, ty: &Type) -> usize {
        // An interface by its own name (`error`, `main.Shape`), which `Unmarshal` tells apart.
        let name = match ty {
            Type::Iface(i, _) => self.ifaces.defs[*i].rt.to_string(),
            ty => self.anon_rt_names(rt_name(ty)),
        };
        if let Some(&id) = self.json.memo.get(&name) {
            return id;
        }
        let id = self.json.table.shapes.len();
        self.json.memo.insert(name.clone(), id);
        self.json.table.shapes.push(Shape::Unsupported);
        self.json.table.names.push(name.into());
        let shape = self.shape_made(ty, id);
        self.json.table.shapes[id] = shape;
        if self.json.typed && !matches!(ty, Type::Iface(..) | Type::Nil) {
            self.rt_id(ty);
        }
        if let Some(mid) = Self::methods_id(ty) {
            let mut names: Vec<&String> = (self.structs.methods.keys())
                .filter(|(m, _)| *m == mid)
                .map(|(_, name)| name)
                .collect();
            names.sort();
            let found = names.into_iter().map(|m| (id, m.as_str().into()));
            self.json.table.methods.extend(found);
        }
        id
    }

    /// Why shape `id`, or one it holds other than through an interface, is not run.
    pub(super) fn json_refused(&self, id: usize) -> Option<String> {
        self.json_find(id, &|s, _| self.json.refused.get(&s).cloned())
    }

    /// Why `Unmarshal` into shape `id` is not run: a `time.Time` in it (whose
    /// `UnmarshalJSON` parses RFC 3339), or what `json_refused` says.
    pub(super) fn json_unmarshal_refused(&self, id: usize) -> Option<String> {
        let pkg = self.json.package();
        self.json_find(id, &|s, shape| match shape {
            Shape::Time => Some(format!("{pkg}.Unmarshal into a time.Time")),
            _ => self.json.refused.get(&s).cloned(),
        })
    }

    /// The first of the shapes from `id` (other than through an interface) `f` says
    /// something of.
    fn json_find(&self, id: usize, f: &dyn Fn(usize, &Shape) -> Option<String>) -> Option<String> {
        let mut seen = vec![id];
        let mut todo = vec![id];
        while let Some(s) = todo.pop() {
            let shape = &self.json.table.shapes[s];
            if let Some(why) = f(s, shape) {
                return Some(why);
            }
            let inner: Vec<usize> = match shape {
                Shape::Slice(e) | Shape::Array(_, e) | Shape::Map(_, e) | Shape::Ptr(e) => {
                    vec![*e]
                }
                Shape::Struct(st) => {
                    let xml = st.xml.iter().flat_map(|x| x.fields.iter());
                    let fields = st.fields.iter().map(|f| f.shape);
                    fields.chain(xml.map(|f| f.shape)).collect()
                }
                _ => Vec::new(),
            };
            for i in inner {
                if !seen.contains(&i) {
                    seen.push(i);
                    todo.push(i);
                }
            }
        }
        None
    }

    fn shape_made(&mut self, ty: &Type, id: usize) -> Shape {
        let refuse = |l: &mut Self, why: String| {
            l.json.refused.insert(id, why);
            Shape::Unsupported
        };
        let pkg = self.json.package();
        let custom: &[&str] = if self.json.xml { &CUSTOM_XML } else { &CUSTOM };
        if let Some(mid) = Self::methods_id(ty)
            && let Some(m) = custom
                .iter()
                .find(|m| self.structs.methods.contains_key(&(mid, m.to_string())))
        {
            let name = self.json.table.names[id].clone();
            return refuse(self, format!("{pkg} of a type with a {m} method ({name})"));
        }
        match ty {
            Type::Bool => Shape::Bool,
            Type::Int | Type::Sized("int64") => Shape::Int,
            Type::Sized("int32") => Shape::Rune,
            Type::Sized("uint64" | "uint") => Shape::Uint64,
            Type::Sized("uint32") => Shape::U32,
            Type::Rune => Shape::Rune,
            Type::Byte => Shape::Byte,
            Type::F32 => Shape::F32,
            Type::F64 => Shape::F64,
            Type::Str => Shape::Str,
            Type::Duration => Shape::Duration,
            Type::Time => Shape::Time,
            Type::Slice(e) if **e == Type::Byte => Shape::Bytes,
            Type::Slice(e) => Shape::Slice(self.json_shape(e)),
            Type::Array(n, e) => Shape::Array(*n, self.json_shape(e)),
            Type::Map(k, v) => {
                let key = match k.as_ref() {
                    Type::Named(_, _, u) => u.as_ref(),
                    k => k,
                };
                let text = match key {
                    Type::Str => true,
                    Type::Int | Type::Sized(_) | Type::Rune | Type::Byte => false,
                    _ => return Shape::Unsupported,
                };
                Shape::Map(text, self.json_shape(v))
            }
            Type::Struct(sid, name) => self.struct_shape(*sid, name, id),
            Type::Empty => Shape::Struct(StructShape {
                name: "".into(),
                fields: Vec::new(),
                all: Vec::new(),
                xml: self.json.xml.then(Default::default),
                names: Vec::new(),
                embedded: Vec::new(),
            }),
            Type::Named(_, _, under) => self.shape_made(under, id),
            Type::Pointer(t) => Shape::Ptr(self.json_shape(t)),
            Type::Iface(..) | Type::Nil => Shape::Iface,
            Type::Chan(..) | Type::Func(..) => Shape::Unsupported,
            _ => {
                let name = self.json.table.names[id].clone();
                refuse(self, format!("{pkg} of a {name}"))
            }
        }
    }

    fn struct_shape(&mut self, sid: usize, name: &str, id: usize) -> Shape {
        let all_types: Vec<Type> = self.structs.defs[sid]
            .fields
            .iter()
            .map(|(_, t)| t.clone())
            .collect();
        let all = all_types.iter().map(|t| self.json_shape(t)).collect();
        if self.json.xml {
            return Shape::Struct(StructShape {
                name: name.into(),
                fields: Vec::new(),
                all,
                xml: Some(self.xml_struct(sid, id)),
                names: Vec::new(),
                embedded: Vec::new(),
            });
        }
        let names = self.structs.defs[sid]
            .fields
            .iter()
            .map(|(n, _)| n.as_str().into())
            .collect();
        let mut found = Vec::new();
        // Go's breadth-first walk: the structs of one depth, then those they embed.
        let mut level = vec![(sid, Vec::<usize>::new())];
        let mut depth = 0;
        let mut visited = vec![sid];
        while !level.is_empty() && depth < 32 {
            let mut next = Vec::new();
            for (s, path) in level {
                self.fields_of(s, &path, depth, &mut found, &mut next, id);
            }
            next.retain(|(s, _)| {
                let fresh = !visited.contains(s);
                visited.push(*s);
                fresh
            });
            level = next;
            depth += 1;
        }
        Shape::Struct(StructShape {
            name: name.into(),
            fields: dominant(found),
            all,
            xml: None,
            names,
            embedded: self.structs.defs[sid].embedded.clone(),
        })
    }

    /// The JSON fields struct `s` (at `path`, `depth` deep) has itself, and the structs it
    /// embeds without a name, to walk next.
    fn fields_of(
        &mut self,
        s: usize,
        path: &[usize],
        depth: usize,
        found: &mut Vec<Found>,
        next: &mut Vec<(usize, Vec<usize>)>,
        id: usize,
    ) {
        let def = &self.structs.defs[s];
        let fields = def.fields.clone();
        let embedded = def.embedded.clone();
        for (i, (fname, ty)) in fields.iter().enumerate() {
            let is_embedded = embedded.contains(&i);
            let exported = fname.chars().next().is_some_and(char::is_uppercase);
            let is_struct = matches!(ty, Type::Struct(..));
            if is_embedded && matches!(ty, Type::Pointer(_)) {
                let why = "json of structs embedding a pointer".to_string();
                self.json.refused.insert(id, why);
                continue;
            }
            if !(exported || is_embedded && is_struct) {
                continue;
            }
            let tag = self.structs.tags.get(&(s, i)).and_then(|t| json_tag(t));
            let (tag_name, opts) = match &tag {
                Some(t) if t == "-" => continue,
                Some(t) => t.split_once(',').unwrap_or((t.as_str(), "")),
                None => ("", ""),
            };
            let opts: Vec<&str> = opts.split(',').collect();
            if opts.contains(&"omitzero") {
                let why = "json's omitzero option".to_string();
                self.json.refused.insert(id, why);
            }
            let valid = valid_tag(tag_name);
            let mut at = path.to_vec();
            at.push(i);
            if is_embedded && is_struct && !valid {
                if let Type::Struct(inner, _) = ty {
                    next.push((*inner, at));
                }
                continue;
            }
            let shape = self.json_shape(ty);
            let quoted = opts.contains(&"string")
                && matches!(
                    self.json.table.shapes[shape],
                    Shape::Bool
                        | Shape::Int
                        | Shape::Rune
                        | Shape::Byte
                        | Shape::U32
                        | Shape::Uint64
                        | Shape::F32
                        | Shape::F64
                        | Shape::Str
                        | Shape::Duration
                );
            let key = if valid { tag_name } else { fname.as_str() };
            found.push(Found {
                field: JsonField {
                    key: key.into(),
                    path: at,
                    shape,
                    omitempty: opts.contains(&"omitempty"),
                    quoted,
                },
                depth,
                tagged: valid,
            });
        }
    }

    /// The program's shapes, with those of its dynamic types.
    pub(super) fn json_table(&mut self) -> Shapes {
        if !self.json.used {
            return Shapes::default();
        }
        let rt = std::mem::take(&mut self.json.rt);
        let mut by_rt = vec![None; self.ifaces.types.len()];
        // `errors.New`'s and `fmt.Errorf`'s values: structs without exported fields.
        let empty = self.json_shape(&Type::Empty);
        for slot in by_rt.iter_mut().take(2) {
            *slot = Some(empty);
        }
        for (id, ty) in rt {
            let shape = self.json_shape(&ty);
            if let Some(slot) = by_rt.get_mut(id) {
                *slot = Some(shape);
            }
        }
        for (shape, why) in &self.json.refused {
            self.json.table.shapes[*shape] = Shape::Refused(why.as_str().into());
        }
        let mut table = std::mem::take(&mut self.json.table);
        table.by_rt = by_rt;
        table
    }
}

/// The fields that win among those of one key: the shallowest, and of several there the
/// one tagged; a tie drops them all. In Go's order, by their paths.
fn dominant(found: Vec<Found>) -> Vec<JsonField> {
    let mut by_key: HashMap<Arc<str>, Vec<&Found>> = HashMap::new();
    for f in &found {
        by_key.entry(f.field.key.clone()).or_default().push(f);
    }
    let mut kept: Vec<JsonField> = Vec::new();
    for (_, fs) in by_key {
        let Some(min) = fs.iter().map(|f| f.depth).min() else {
            continue;
        };
        let top: Vec<&&Found> = fs.iter().filter(|f| f.depth == min).collect();
        let tagged: Vec<&&&Found> = top.iter().filter(|f| f.tagged).collect();
        match (top.len(), tagged.len()) {
            (1, _) => kept.push(top[0].field.clone()),
            (_, 1) => kept.push(tagged[0].field.clone()),
            _ => {}
        }
    }
    kept.sort_by(|a, b| a.path.cmp(&b.path));
    kept
}

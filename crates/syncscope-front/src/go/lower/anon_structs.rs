//! Struct types written in place (`[]struct{ name string; n int }{...}`, `var cfg struct{...}`):
//! each is a struct of the file's, named as Go's messages spell it (`struct{name string; n int}`),
//! and one struct however often it is written, since Go's identical struct types are one.

use super::Lowerer;
use super::structs::StructDef;
use crate::go::syntax::children;
use crate::go::types::Type;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// The struct type `t` with fields, written where a type goes.
    pub(super) fn anon_struct(&mut self, t: Node) -> Type {
        let tagged = children(t)
            .filter(|c| c.kind() == "field_declaration_list")
            .flat_map(children)
            .find_map(|f| f.child_by_field_name("tag"));
        if let Some(tag) = tagged {
            self.unsupported(tag, "struct tags");
            return Type::Invalid;
        }
        let id = self.structs.defs.len();
        let at = self.at(t);
        self.structs.defs.push(StructDef {
            name: "struct{}".into(),
            fields: Vec::new(),
            embedded: Vec::new(),
            underlying: None,
            at,
        });
        self.struct_fields(id, t);
        let def = &self.structs.defs[id];
        // As Go's messages spell it: `struct{"sync".Mutex; n int}`.
        let spelling = self.spelling();
        let spelled: Vec<String> = def
            .fields
            .iter()
            .enumerate()
            .map(|(i, (name, ty))| match def.embedded.contains(&i) {
                true => ty.spelled(spelling).to_string(),
                false => format!("{name} {}", ty.spelled(spelling)),
            })
            .collect();
        let name = format!("struct{{{}}}", spelled.join("; "));
        if let Some(&same) = self.structs.by_name.get(&name) {
            // Its fields' own struct types, if any, came after it and stay.
            if self.structs.defs.len() == id + 1 {
                self.structs.defs.pop();
            }
            return Type::Struct(same, name.into());
        }
        let def = &self.structs.defs[id];
        let rt: Vec<String> = def
            .fields
            .iter()
            .enumerate()
            .map(|(i, (field, ty))| match def.embedded.contains(&i) {
                true => super::iface::rt_name(ty),
                false => format!("{field} {}", super::iface::rt_name(ty)),
            })
            .collect();
        let rt = format!("struct {{ {} }}", rt.join("; "));
        self.anon_rt.push((rt_spelling(&name), rt));
        self.structs.by_name.insert(name.clone(), id);
        self.structs.defs[id].name = name.as_str().into();
        Type::Struct(id, name.into())
    }
}

impl Lowerer<'_> {
    /// `name`, a run-time name, with each struct type written in place in it named as Go's
    /// run time names it: a type the file declares in it is `main.`'s.
    pub(super) fn anon_rt_names(&self, mut name: String) -> String {
        // The innermost were made first: an outer one's spelling holds them as Go's.
        for (spelled, rt) in self.anon_rt.iter().rev() {
            if name.contains(spelled.as_str()) {
                name = name.replace(spelled.as_str(), rt);
            }
        }
        name
    }
}

/// The run-time name of a struct type written in place, as `%T` prints it: Go's message
/// spelling `struct{X int; Y int}` with reflect's spaces, `struct { X int; Y int }`.
pub(super) fn rt_spelling(name: &str) -> String {
    let mut out = String::new();
    // For each brace open: whether it holds something.
    let mut open: Vec<bool> = Vec::new();
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' => {
                let empty = chars.peek() == Some(&'}');
                out.push_str(if empty { " {" } else { " { " });
                open.push(!empty);
            }
            '}' => {
                if open.pop().unwrap_or(false) {
                    out.push(' ');
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out
}

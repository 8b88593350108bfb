//! Generic struct and composite types (`type Stack[T any] struct{ items []T }`, `type
//! vector[T any] []T`, `type workFn[R any] func(context.Context) R`) and their methods: each
//! distinct list of type arguments is a type of its own, named as Go names it (`Stack[int]`,
//! `Pair[string,int]`), its fields or underlying type and its methods lowered from the
//! declaration with the type parameters bound, as generic functions' instances are.

use super::Lowerer;
use super::structs::StructDef;
use crate::go::syntax::children;
use crate::go::types::Type;
use std::collections::HashMap;
use tree_sitter::Node;

/// A generic type of the file.
pub(super) struct GenericType {
    /// Where its spec starts, to find it again from any node of the file.
    pub(crate) start: usize,
    params: Vec<(String, (usize, usize))>,
    /// Where its methods' declarations start.
    pub(crate) methods: Vec<usize>,
    /// The type arguments of its instances so far.
    instances: Vec<Vec<Type>>,
}

impl GenericType {
    /// The names of its type parameters, in order.
    pub(super) fn param_names(&self) -> Vec<String> {
        self.params.iter().map(|p| p.0.clone()).collect()
    }
}

/// A method of an instance, its body to be lowered with these types bound.
pub(super) struct PendingBody {
    start: usize,
    bound: HashMap<String, Type>,
}

/// The type spec starting at `start`.
pub(super) fn spec_at(from: Node, start: usize) -> Option<Node> {
    let mut root = from;
    while let Some(p) = root.parent() {
        root = p;
    }
    let mut n = root.descendant_for_byte_range(start, start)?;
    while n.kind() != "type_spec" {
        n = n.parent()?;
    }
    Some(n)
}

impl Lowerer<'_> {
    /// A generic type's declaration, kept for its instances.
    pub(super) fn generic_type_decl(&mut self, spec: Node, name: Node, t: Node) {
        let composite = super::named_composite::is_composite(t.kind());
        if t.kind() == "interface_type" {
            // A constraint: its instances are read where they constrain.
            let text = self.text_of(name).to_string();
            self.generics.ifaces.insert(text, spec.start_byte());
            return;
        }
        if t.kind() != "struct_type" && !composite {
            return self.unsupported(spec, "generic types other than structs and composite types");
        }
        let text = self.text_of(name).to_string();
        if self.structs.by_name.contains_key(&text) || self.generics.types.contains_key(&text) {
            return self.error(name, format!("{text} redeclared in this block"));
        }
        let params = self.type_params(spec);
        let start = spec.start_byte();
        let methods = Vec::new();
        self.generics.types.insert(
            text,
            GenericType {
                start,
                params,
                methods,
                instances: Vec::new(),
            },
        );
    }

    /// The generic type a method's receiver names (`*Stack[T]`), and the names the receiver
    /// gives its type parameters.
    pub(super) fn generic_receiver(&self, decl: Node) -> Option<(String, Vec<String>)> {
        let list = decl.child_by_field_name("receiver")?;
        let p = children(list).find(|c| c.kind() == "parameter_declaration")?;
        let mut t = p.child_by_field_name("type")?;
        if t.kind() == "pointer_type" {
            t = t.named_child(0)?;
        }
        let name = self.text_of(t.child_by_field_name("type")?).to_string();
        if t.kind() != "generic_type" || !self.generics.types.contains_key(&name) {
            return None;
        }
        let args = t.child_by_field_name("type_arguments")?;
        let names = children(args)
            .filter(|c| c.is_named() && c.kind() != "comment")
            .map(|c| self.text_of(c).to_string())
            .collect();
        Some((name, names))
    }

    /// A method of a generic type: declared for each instance, the ones made and to come.
    pub(super) fn generic_method(&mut self, decl: Node) -> bool {
        let Some((name, _)) = self.generic_receiver(decl) else {
            return false;
        };
        let Some(g) = self.generics.types.get_mut(&name) else {
            return true;
        };
        g.methods.push(decl.start_byte());
        // Instances made before it was read have it too.
        for types in g.instances.clone() {
            self.instance_method(decl, decl.start_byte(), &types);
        }
        true
    }

    /// A generic type named without type arguments: Go's words for it.
    pub(super) fn uninstantiated(&mut self, t: Node) -> Option<Type> {
        let name = self.text_of(t).to_string();
        let start = self.generics.types.get(&name)?.start;
        let list = spec_at(t, start)?.child_by_field_name("type_parameters")?;
        let params = self
            .text_of(list)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        self.error(
            t,
            format!("cannot use generic type {name}{params} without instantiation"),
        );
        Some(Type::Invalid)
    }

    /// `Stack[int]`: the instance of a generic type of the file, if `t` names one.
    pub(super) fn generic_type_instance(&mut self, t: Node) -> Option<Type> {
        let name_node = t.child_by_field_name("type")?;
        let name = self.text_of(name_node).to_string();
        let g = self.generics.types.get(&name)?;
        let (start, params, methods) = (g.start, g.params.clone(), g.methods.clone());
        let written: Vec<Node> = t
            .child_by_field_name("type_arguments")
            .map(|l| {
                children(l)
                    .filter(|c| c.is_named() && c.kind() != "comment")
                    .collect()
            })
            .unwrap_or_default();
        if written.len() != params.len() {
            let words = if written.len() > params.len() {
                "too many"
            } else {
                "not enough"
            };
            let message = format!(
                "{words} type arguments for type {name}: have {}, want {}",
                written.len(),
                params.len()
            );
            self.error(t, message);
            return Some(Type::Invalid);
        }
        let types: Vec<Type> = written.iter().map(|w| self.type_arg(*w)).collect();
        if types.contains(&Type::Invalid) {
            return Some(Type::Invalid);
        }
        let spelled: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        let full = format!("{name}[{}]", spelled.join(","));
        if let Some(&id) = self.structs.by_name.get(&full) {
            return Some(self.declared_type(id));
        }
        let spec = spec_at(t, start)?;
        let inferred = vec![false; types.len()];
        if !self.satisfied(spec, &name, &types, &written, &inferred) {
            return Some(Type::Invalid);
        }
        let id = self.structs.defs.len();
        self.structs.by_name.insert(full.clone(), id);
        self.generics
            .type_args
            .insert(id, (name.clone(), types.clone()));
        let at = self.at(spec.child_by_field_name("name").unwrap_or(spec));
        self.structs.defs.push(StructDef {
            name: full.into(),
            fields: Vec::new(),
            embedded: Vec::new(),
            underlying: None,
            at,
        });
        let names: Vec<String> = params.iter().map(|p| p.0.clone()).collect();
        let bound: HashMap<String, Type> = names.iter().cloned().zip(types.clone()).collect();
        let outer = std::mem::replace(&mut self.generics.bound, bound);
        let errors = self.errors.len();
        match spec.child_by_field_name("type") {
            Some(body) if body.kind() == "struct_type" => self.struct_fields(id, body),
            // `type vector[T any] []T`: a declared composite type of the arguments.
            Some(body) => self.structs.defs[id].underlying = Some(self.type_of(body)),
            None => {}
        }
        self.generic_mistakes(errors);
        self.generics.bound = outer;
        if let Some(g) = self.generics.types.get_mut(&name) {
            g.instances.push(types.clone());
        }
        for m in methods {
            self.instance_method(t, m, &types);
        }
        if self.generics.bodies_started {
            self.generic_bodies(t);
        }
        Some(self.declared_type(id))
    }

    /// The signature of an instance's method, its body queued.
    fn instance_method(&mut self, from: Node, start: usize, types: &[Type]) {
        let Some(decl) = super::generics::declaration_at(from, start) else {
            return;
        };
        let Some((_, names)) = self.generic_receiver(decl) else {
            return;
        };
        let bound: HashMap<String, Type> = names.into_iter().zip(types.iter().cloned()).collect();
        let outer = std::mem::replace(&mut self.generics.bound, bound.clone());
        let errors = self.errors.len();
        self.method_signature(decl);
        self.generic_mistakes(errors);
        self.generics.bound = outer;
        self.generics.pending.push(PendingBody { start, bound });
    }

    /// The bodies of the instances' methods, each lowered as a top-level function is.
    pub(super) fn generic_bodies(&mut self, from: Node) {
        while let Some(p) = self.generics.pending.pop() {
            let Some(decl) = super::generics::declaration_at(from, p.start) else {
                continue;
            };
            let outer_bound = std::mem::replace(&mut self.generics.bound, p.bound);
            let outer_stack = std::mem::take(&mut self.stack);
            let outer_naming = self.naming.take();
            let errors = self.errors.len();
            self.method_body(decl);
            self.generic_mistakes(errors);
            self.naming = outer_naming;
            self.stack = outer_stack;
            self.generics.bound = outer_bound;
        }
    }
}

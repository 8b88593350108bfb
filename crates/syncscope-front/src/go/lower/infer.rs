//! Type inference from arguments: a parameter's type as written, matched against an
//! argument's type, binds the type parameters it names.

use super::Lowerer;
use super::decls::field_all;
use crate::go::syntax::children;
use crate::go::types::{Type, Untyped};
use std::collections::HashMap;
use tree_sitter::Node;

/// A declaration's parameter types as written, one per parameter (`a, b T` is two), and
/// whether each is the variadic `...T` (its node then is `T`).
pub(super) fn param_nodes(decl: Node) -> Vec<(Node, bool)> {
    match decl.child_by_field_name("parameters") {
        Some(list) => param_nodes_of(list),
        None => Vec::new(),
    }
}

/// The types of a parameter list, one per parameter (or result).
pub(super) fn param_nodes_of(list: Node) -> Vec<(Node, bool)> {
    let mut out = Vec::new();
    for p in children(list) {
        let Some(ty) = p.child_by_field_name("type") else {
            continue;
        };
        match p.kind() {
            "parameter_declaration" => {
                let count = field_all(p, "name").len().max(1);
                out.extend(std::iter::repeat_n((ty, false), count));
            }
            "variadic_parameter_declaration" => out.push((ty, true)),
            _ => {}
        }
    }
    out
}

impl Lowerer<'_> {
    /// Binds the type parameters `param` names to what `arg` has in their places. A type
    /// parameter already bound to another type is a mismatch.
    pub(super) fn unify(
        &self,
        param: Node,
        arg: &Type,
        names: &[String],
        types: &mut [Option<Type>],
    ) -> Result<(), ()> {
        let field = |f: &str| param.child_by_field_name(f);
        match param.kind() {
            "type_identifier" => {
                let Some(k) = names.iter().position(|n| n == self.text_of(param)) else {
                    return Ok(());
                };
                match &types[k] {
                    Some(t) if t != arg => Err(()),
                    Some(_) => Ok(()),
                    None => {
                        types[k] = Some(arg.clone());
                        Ok(())
                    }
                }
            }
            "parenthesized_type" => match param.named_child(0) {
                Some(inner) => self.unify(inner, arg, names, types),
                None => Ok(()),
            },
            "slice_type" | "array_type" => match (field("element"), arg.under()) {
                (Some(e), Type::Slice(a) | Type::Array(_, a)) => self.unify(e, a, names, types),
                _ => Ok(()),
            },
            "pointer_type" => match (param.named_child(0), arg.under()) {
                (Some(e), Type::Pointer(a)) => self.unify(e, a, names, types),
                _ => Ok(()),
            },
            "channel_type" => match (field("value"), arg.under()) {
                (Some(e), Type::Chan(_, a)) => self.unify(e, a, names, types),
                _ => Ok(()),
            },
            "map_type" => match (field("key"), field("value"), arg.under()) {
                (Some(k), Some(v), Type::Map(ka, va)) => {
                    self.unify(k, ka, names, types)?;
                    self.unify(v, va, names, types)
                }
                _ => Ok(()),
            },
            "generic_type" => {
                let (Some(name), Some(list)) = (field("type"), field("type_arguments")) else {
                    return Ok(());
                };
                let name = self.text_of(name);
                // A written argument is a `type_elem` of one type.
                let written: Vec<Node> = children(list)
                    .filter(|c| c.is_named() && c.kind() != "comment")
                    .map(|w| {
                        w.named_child(0)
                            .filter(|_| w.kind() == "type_elem")
                            .unwrap_or(w)
                    })
                    .collect();
                let args = match arg {
                    Type::Struct(id, _) | Type::Named(id, ..) => self.generics.type_args.get(id),
                    _ => None,
                };
                let args = match args {
                    Some((generic, args)) if generic == name => {
                        args.iter().cloned().map(Some).collect()
                    }
                    Some(_) => return Ok(()),
                    // An argument of no declared type (a function literal for a `workFn[R]`):
                    // the generic type's own declaration is matched against it.
                    None => self.generic_type_unified(param, name, arg)?,
                };
                for (w, a) in written.into_iter().zip(args) {
                    if let Some(a) = a {
                        self.unify(w, &a, names, types)?;
                    }
                }
                Ok(())
            }
            "function_type" => {
                let Type::Func(args, result) = arg.under() else {
                    return Ok(());
                };
                for ((p, _), a) in param_nodes(param).into_iter().zip(args) {
                    let a = match a {
                        Type::Variadic(inner) => inner,
                        a => a,
                    };
                    self.unify(p, a, names, types)?;
                }
                match (field("result"), result) {
                    (Some(r), Some(a)) if r.kind() != "parameter_list" => {
                        self.unify(r, a, names, types)
                    }
                    _ => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }

    /// What the type parameters of the generic type `name` are where its declaration is
    /// matched against `arg`'s type.
    fn generic_type_unified(
        &self,
        from: Node,
        name: &str,
        arg: &Type,
    ) -> Result<Vec<Option<Type>>, ()> {
        let Some(g) = self.generics.types.get(name) else {
            return Ok(Vec::new());
        };
        let own = g.param_names();
        let body = super::generic_types::spec_at(from, g.start)
            .and_then(|spec| spec.child_by_field_name("type"));
        let mut inner = vec![None; own.len()];
        if let Some(body) = body {
            self.unify(body, arg, &own, &mut inner)?;
        }
        Ok(inner)
    }

    /// Type arguments inferred from the arguments' types, as Go infers them: typed arguments
    /// first, then untyped constants take their default type; which ones took a default.
    pub(super) fn infer(
        &mut self,
        decl: Node,
        name: &str,
        names: &[String],
        types: &mut [Option<Type>],
        args: &[Node],
    ) -> Option<Vec<bool>> {
        let params = super::infer::param_nodes(decl);
        let mut untyped: Vec<Option<Untyped>> = vec![None; names.len()];
        for (i, a) in args.iter().enumerate() {
            let Some(&(p, variadic)) = params.get(i).or(params.last().filter(|p| p.1)) else {
                break;
            };
            let inner = match a.named_child(0).filter(|_| a.kind() == "variadic_argument") {
                Some(inner) => inner,
                None => *a,
            };
            let (e, ty) = self.value(inner);
            self.generics.lowered.insert(inner.id(), (e, ty.clone()));
            // A mistake in an argument was said: nothing more follows from it.
            if ty == Type::Invalid {
                return None;
            }
            // `xs...` gives its elements to `...T`.
            let ty = match ty.under() {
                Type::Slice(elem) if variadic && inner.id() != a.id() => (**elem).clone(),
                _ => ty,
            };
            if let Type::Untyped(u) = ty {
                let here = self.text_of(p);
                if let Some(k) = names.iter().position(|n| n == here)
                    && types[k].is_none()
                {
                    match untyped[k] {
                        Some(seen) if !same_kind(seen, u) => {
                            let message = format!(
                                "in call to {name}, mismatched types {} and {} (cannot infer {})",
                                Type::Untyped(seen),
                                Type::Untyped(u),
                                names[k]
                            );
                            self.error(inner, message);
                            return None;
                        }
                        Some(seen) => untyped[k] = Some(wider(seen, u)),
                        None => untyped[k] = Some(u),
                    }
                }
                continue;
            }
            if self.unify(p, &ty, names, types).is_err() {
                let inferred = self.substituted(p, names, types);
                let message = format!(
                    "in call to {name}, type {} of {} does not match inferred type {inferred} for {}",
                    ty.spelled(self.spelling()),
                    self.text_of(inner),
                    self.text_of(p),
                );
                self.error(inner, message);
                return None;
            }
        }
        let mut defaulted = vec![false; names.len()];
        for (k, u) in untyped.into_iter().enumerate() {
            if let (None, Some(u)) = (&types[k], u) {
                types[k] = Some(Type::Untyped(u).defaulted());
                defaulted[k] = true;
            }
        }
        self.core_inference(decl, names, types);
        Some(defaulted)
    }

    /// Type arguments inferred from the others' constraints, as Go does: `M ~map[K]V` bound
    /// to `map[string]int` binds `K` and `V`.
    fn core_inference(&self, decl: Node, names: &[String], types: &mut [Option<Type>]) {
        let Some(list) = decl.child_by_field_name("type_parameters") else {
            return;
        };
        let mut cores = Vec::new();
        for d in children(list).filter(|d| d.kind() == "type_parameter_declaration") {
            let Some(c) = d.child_by_field_name("type") else {
                continue;
            };
            let terms: Vec<Node> = children(c).filter(|t| t.is_named()).collect();
            let [term] = terms.as_slice() else { continue };
            // A generic interface's one term, its parameters named as the function's
            // type arguments to it name them (`S Slice[T]` with `Slice[E any] ~[]E`).
            let (term, renamed) = match self.generic_iface_core(*term, names) {
                Some((core, renamed)) => (core, Some(renamed)),
                None => (*term, None),
            };
            let core = match term.kind() {
                "negated_type" => term.named_child(0),
                _ => Some(term),
            };
            for name in field_all(d, "name") {
                let k = names.iter().position(|n| n == self.text_of(name));
                if let (Some(k), Some(core)) = (k, core) {
                    cores.push((k, core, renamed.clone()));
                }
            }
        }
        // Each binding may bind others: as many rounds as there are parameters.
        for _ in 0..names.len() {
            for (k, core, renamed) in &cores {
                if let Some(bound) = types[*k].clone() {
                    let names = renamed.as_deref().unwrap_or(names);
                    let _ = self.unify(*core, bound.under(), names, types);
                }
            }
        }
    }

    /// The one term of the generic interface `c` instantiates, and the function's type
    /// parameter names with those passed to the interface renamed to its own parameters'.
    fn generic_iface_core<'t>(
        &self,
        c: Node<'t>,
        names: &[String],
    ) -> Option<(Node<'t>, Vec<String>)> {
        if c.kind() != "generic_type" {
            return None;
        }
        let (body, params) = self.generic_iface(c)?;
        let elems: Vec<Node> = children(body).filter(|e| e.is_named()).collect();
        let [elem] = elems.as_slice() else {
            return None;
        };
        let terms: Vec<Node> = children(*elem).filter(|t| t.is_named()).collect();
        let ([term], "type_elem") = (terms.as_slice(), elem.kind()) else {
            return None;
        };
        let args = c.child_by_field_name("type_arguments")?;
        let args = children(args).filter(|n| n.is_named() && n.kind() != "comment");
        let mut renamed = names.to_vec();
        for (param, arg) in params.into_iter().zip(args) {
            if let Some(k) = names.iter().position(|n| n == self.text_of(arg)) {
                renamed[k] = param;
            }
        }
        Some((*term, renamed))
    }

    /// A parameter's type as written, spelled with the type arguments inferred so far.
    fn substituted(&mut self, p: Node, names: &[String], types: &[Option<Type>]) -> String {
        let bound: HashMap<String, Type> = names
            .iter()
            .zip(types)
            .filter_map(|(n, t)| Some((n.clone(), t.clone()?)))
            .collect();
        let all_bound = crate::go::syntax::descendants(p)
            .filter(|d| d.kind() == "type_identifier")
            .all(|d| {
                bound.contains_key(self.text_of(d)) || !names.iter().any(|n| n == self.text_of(d))
            });
        if !all_bound {
            return self.text_of(p).to_string();
        }
        let outer = std::mem::replace(&mut self.generics.bound, bound);
        let ty = self.type_of(p);
        self.generics.bound = outer;
        ty.spelled(self.spelling()).to_string()
    }
}

/// Untyped constants of one kind may infer one type: numbers together, strings, booleans.
fn same_kind(a: Untyped, b: Untyped) -> bool {
    let numeric = |u| matches!(u, Untyped::Int | Untyped::Rune | Untyped::Float);
    a == b || (numeric(a) && numeric(b))
}

/// The kind of two numeric constants' type: Go's order is int, rune, float.
fn wider(a: Untyped, b: Untyped) -> Untyped {
    let rank = |u| match u {
        Untyped::Int => 0,
        Untyped::Rune => 1,
        Untyped::Float => 2,
        _ => 3,
    };
    if rank(b) > rank(a) { b } else { a }
}

//! Constraints of type parameters: `any`, `comparable`, `cmp.Ordered`, unions of terms
//! (`~int | ~float64`, written in place or as a declared interface) and method interfaces,
//! each type argument checked against its own, in Go's words.

use super::Lowerer;
use super::decls::field_all;
use crate::go::syntax::children;
use crate::go::types::Type;
use tree_sitter::Node;

/// A term of a union: `~int` (`tilde`: any type whose underlying type is `int`) or `int`.
#[derive(Clone)]
pub(super) struct Term {
    tilde: bool,
    ty: Type,
}

/// The library's interfaces of methods a type parameter may be constrained by.
const LIBRARY_IFACES: [&str; 3] = ["fmt.Stringer", "io.Writer", "sync.Locker"];
impl Term {
    fn holds(&self, ty: &Type) -> bool {
        if self.tilde {
            *ty.under() == self.ty
        } else {
            *ty == self.ty
        }
    }
}

/// `cmp.Ordered`'s terms as Go spells them, and whether a type is one.
const ORDERED: &str = "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | \
                       ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string";

fn ordered(ty: &Type) -> bool {
    ty.is_numeric() || *ty.under() == Type::Str
}

pub(super) fn comparable(ty: &Type) -> bool {
    !matches!(
        ty.under(),
        Type::Slice(_) | Type::Map(..) | Type::Func(..) | Type::Variadic(_)
    )
}

fn spelled_terms(terms: &[Term]) -> String {
    let each: Vec<String> = terms
        .iter()
        .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, t.ty))
        .collect();
    each.join(" | ")
}

impl Lowerer<'_> {
    /// The terms of a union (`~int | ~float64`), read from its node.
    pub(super) fn terms_of(&mut self, elem: Node) -> Vec<Term> {
        let mut out = Vec::new();
        for t in children(elem).filter(|c| c.is_named()) {
            let (tilde, inner) = match t.kind() {
                "negated_type" => (true, t.named_child(0)),
                _ => (false, Some(t)),
            };
            if let Some(inner) = inner {
                let ty = self.type_of(inner);
                out.push(Term { tilde, ty });
            }
        }
        out
    }

    /// The type set of an interface written in place (`interface{ ~int | ~float64 }`), if it
    /// has one.
    pub(super) fn in_place_terms(&mut self, t: Node) -> Option<Vec<Term>> {
        let elems: Vec<Node> = children(t)
            .filter(|e| e.kind() == "type_elem")
            .filter(|e| e.named_child_count() != 1 || self.text_of(*e).contains('~'))
            .collect();
        if elems.is_empty() {
            return None;
        }
        Some(elems.into_iter().flat_map(|e| self.terms_of(e)).collect())
    }

    /// A declared interface's type set (`type Number interface{ ~int | ~float64 }`).
    pub(super) fn constraint_decl(&mut self, name: Node, t: Node) {
        let elems: Vec<Node> = children(t)
            .filter(|e| e.kind() == "type_elem")
            .filter(|e| e.named_child_count() != 1 || self.text_of(*e).contains('~'))
            .collect();
        let mut terms = Vec::new();
        for e in elems {
            terms.extend(self.terms_of(e));
        }
        if !terms.is_empty() {
            let name = self.text_of(name).to_string();
            self.generics.constraints.insert(name, terms);
        }
    }

    /// Whether each type argument satisfies its parameter's constraint; Go's words where one
    /// does not, at `at` (its type argument written, or the call's arguments).
    pub(super) fn satisfied(
        &mut self,
        decl: Node,
        fname: &str,
        types: &[Type],
        at: &[Node],
        inferred: &[bool],
    ) -> bool {
        // A constraint may name the type parameters (`~map[K]V`): read with them bound.
        let names = self.type_params(decl).into_iter().map(|p| p.0);
        let bound = names.zip(types.iter().cloned()).collect();
        let outer = std::mem::replace(&mut self.generics.bound, bound);
        let ok = self.each_satisfied(decl, fname, types, at, inferred);
        self.generics.bound = outer;
        ok
    }

    fn each_satisfied(
        &mut self,
        decl: Node,
        fname: &str,
        types: &[Type],
        at: &[Node],
        inferred: &[bool],
    ) -> bool {
        let Some(list) = decl.child_by_field_name("type_parameters") else {
            return true;
        };
        let mut i = 0;
        for d in children(list).filter(|d| d.kind() == "type_parameter_declaration") {
            let Some(c) = d.child_by_field_name("type") else {
                i += field_all(d, "name").len();
                continue;
            };
            for name in field_all(d, "name") {
                let (Some(ty), Some(&place)) = (types.get(i), at.get(i)) else {
                    return true;
                };
                if let Some((why, methods)) = self.unsatisfied(c, ty) {
                    let ty = ty.spelled(self.spelling());
                    // Inference checks a method constraint itself, in words of its own.
                    let message = if methods && inferred.get(i) == Some(&true) {
                        let param = self.text_of(name);
                        // A generic interface is named as written (`matcher[T]`).
                        let why = match c.named_child(0).filter(|t| t.kind() == "generic_type") {
                            Some(t) => {
                                let rest = &why[why.find(" (").unwrap_or(why.len())..];
                                format!("{}{rest}", self.expr_text(t))
                            }
                            None => why,
                        };
                        format!("in call to {fname}, {param} (type {ty}) does not satisfy {why}")
                    } else {
                        format!("{ty} does not satisfy {why}")
                    };
                    self.error(place, message);
                    return false;
                }
                i += 1;
            }
        }
        true
    }

    /// What Go says after "does not satisfy" when `ty` is outside constraint `c`, and
    /// whether `c` is a method interface.
    fn unsatisfied(&mut self, c: Node, ty: &Type) -> Option<(String, bool)> {
        let methods = c.named_child(0).is_some_and(|t| {
            t.kind() == "type_identifier"
                && !matches!(self.text_of(t), "any" | "comparable")
                && !self.generics.constraints.contains_key(self.text_of(t))
                || t.kind() == "interface_type"
                || t.kind() == "qualified_type"
                    && LIBRARY_IFACES.contains(&self.canonical(self.text_of(t)).as_str())
                || self
                    .generic_iface(t)
                    .is_some_and(|(body, _)| children(body).any(|e| e.kind() == "method_elem"))
        }) && c.named_child_count() == 1;
        self.outside(c, ty).map(|why| (why, methods))
    }

    fn outside(&mut self, c: Node, ty: &Type) -> Option<String> {
        let spelled = ty.spelled(self.spelling()).to_string();
        let terms: Vec<Node> = children(c).filter(|t| t.is_named()).collect();
        if let [one] = terms.as_slice() {
            let text = self.canonical(self.text_of(*one));
            match (one.kind(), text.as_str()) {
                ("type_identifier", "any") => return None,
                ("type_identifier", "comparable") => {
                    return (!comparable(ty)).then(|| "comparable".to_string());
                }
                ("qualified_type", "cmp.Ordered") => {
                    return (!ordered(ty))
                        .then(|| format!("cmp.Ordered ({spelled} missing in {ORDERED})"));
                }
                ("type_identifier", name) if self.generics.constraints.contains_key(name) => {
                    let terms = self.generics.constraints[name].clone();
                    return (!terms.iter().any(|t| t.holds(ty))).then(|| {
                        format!("{name} ({spelled} missing in {})", spelled_terms(&terms))
                    });
                }
                // The library's method interfaces (`fmt.Stringer`, `io.Writer`).
                ("qualified_type", t)
                    if LIBRARY_IFACES.contains(&t)
                        && let Type::Iface(id, name) = self.type_of(*one) =>
                {
                    return self
                        .missing_method(ty, id)
                        .map(|why| format!("{} ({why})", name.0));
                }
                // An instance of a generic interface (`Slice[T]`).
                ("generic_type", _) => {
                    if let Some(why) = self.outside_generic_iface(*one, ty) {
                        return why;
                    }
                }
                // A type set written in place (`interface{ ~int | ~float64 }`).
                ("interface_type", _) if self.in_place_terms(*one).is_some() => {
                    let terms = self.in_place_terms(*one).unwrap_or_default();
                    let union = spelled_terms(&terms);
                    return (!terms.iter().any(|t| t.holds(ty)))
                        .then(|| format!("interface{{{union}}} ({spelled} missing in {union})"));
                }
                // A method interface, declared or written in place.
                ("type_identifier" | "interface_type", _) => {
                    let Type::Iface(id, name) = self.type_of(*one) else {
                        return None;
                    };
                    return self
                        .missing_method(ty, id)
                        .map(|why| format!("{} ({why})", name.0));
                }
                _ => {}
            }
        }
        let terms = self.terms_of(c);
        let union = spelled_terms(&terms);
        (!terms.iter().any(|t| t.holds(ty)))
            .then(|| format!("{union} ({spelled} missing in {union})"))
    }

    /// Where `c` is an instance of a generic interface (`Slice[T]`, `matcher[T]`), what Go
    /// says after "does not satisfy" when `ty` is outside it: not among its type set's
    /// terms, or missing one of its methods, each read with its type parameters bound to
    /// `c`'s type arguments. `None` where `c` is no generic interface.
    pub(super) fn outside_generic_iface(&mut self, c: Node, ty: &Type) -> Option<Option<String>> {
        let (body, params) = self.generic_iface(c)?;
        let args: Vec<Type> = c
            .child_by_field_name("type_arguments")
            .map(|a| {
                children(a)
                    .filter(|n| n.is_named() && n.kind() != "comment")
                    // Each argument is a one-term type element.
                    .map(|n| match (n.kind(), n.named_child(0)) {
                        ("type_elem", Some(t)) => self.type_of(t),
                        _ => self.type_of(n),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut bound = self.generics.bound.clone();
        bound.extend(params.into_iter().zip(args.iter().cloned()));
        let outer = std::mem::replace(&mut self.generics.bound, bound);
        let unions: Vec<Node> = children(body)
            .filter(|e| e.kind() == "type_elem")
            .filter(|e| e.named_child_count() != 1 || self.text_of(*e).contains('~'))
            .collect();
        let terms: Vec<Term> = unions.into_iter().flat_map(|e| self.terms_of(e)).collect();
        let methods = self.iface_in_place(body);
        self.generics.bound = outer;
        let spelling = self.spelling();
        let listed: Vec<String> = args
            .iter()
            .map(|a| a.spelled(spelling).to_string())
            .collect();
        let name = c
            .child_by_field_name("type")
            .map_or("", |n| self.text_of(n));
        let instance = format!("{name}[{}]", listed.join(", "));
        if !terms.is_empty() && !terms.iter().any(|t| t.holds(ty)) {
            let spelled = ty.spelled(spelling);
            let union = spelled_terms(&terms);
            return Some(Some(format!("{instance} ({spelled} missing in {union})")));
        }
        let Type::Iface(id, _) = methods else {
            return Some(None);
        };
        Some(
            self.missing_method(ty, id)
                .map(|why| format!("{instance} ({why})")),
        )
    }

    /// The generic interface `c` instantiates: its body and its type parameters' names.
    pub(super) fn generic_iface<'t>(&self, c: Node<'t>) -> Option<(Node<'t>, Vec<String>)> {
        let name = c.child_by_field_name("type")?;
        let &start = self.generics.ifaces.get(self.text_of(name))?;
        let spec = super::generic_types::spec_at(c, start)?;
        let body = spec.child_by_field_name("type")?;
        let params = self.type_params(spec).into_iter().map(|p| p.0).collect();
        Some((body, params))
    }
}

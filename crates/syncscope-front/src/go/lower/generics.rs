//! Generic functions: each distinct list of type arguments is an instance of its own, lowered
//! from the declaration with the type parameters bound to those types, so the interpreter
//! sees ordinary functions. Type arguments are written (`Map[int, string]`) or inferred from
//! the arguments, as Go infers them; constraints are checked in Go's words.

use super::Lowerer;
use super::decls::field_all;
use crate::go::syntax::children;
use crate::go::types::Type;
use std::collections::HashMap;
use syncscope_program::Expr;
use tree_sitter::Node;

/// A generic function of the file.
pub(super) struct GenericFn {
    /// Where its declaration starts, to find it again from any node of the file.
    start: usize,
    /// Its type parameters' names, in order, and where each is declared.
    pub(crate) params: Vec<(String, (usize, usize))>,
}

#[derive(Default)]
pub(super) struct Generics {
    pub(crate) funcs: HashMap<String, GenericFn>,
    /// The instances made, by function and type arguments as Go spells them.
    instances: HashMap<(String, Vec<String>), usize>,
    /// The types the type parameters stand for while an instance is lowered.
    pub(crate) bound: HashMap<String, Type>,
    /// Arguments lowered to infer type arguments: the call's own lowering takes them.
    pub(crate) lowered: HashMap<usize, (Expr, Type)>,
    /// The type-set constraints the file declares (`type Number interface{ ~int | ~float64 }`).
    pub(crate) constraints: HashMap<String, Vec<super::constraints::Term>>,
    /// The generic types of the file, by name.
    pub(crate) types: HashMap<String, super::generic_types::GenericType>,
    /// The generic interfaces of the file (`type Slice[T any] interface{ ~[]T }`), by name:
    /// where their specs start.
    pub(crate) ifaces: HashMap<String, usize>,
    /// Each generic type's instance, by struct number: the generic type and its arguments.
    pub(crate) type_args: HashMap<usize, (String, Vec<Type>)>,
    /// The instances being lowered, innermost last.
    pub(crate) active: Vec<(String, Vec<String>)>,
    /// Instances' methods whose bodies are still to be lowered.
    pub(crate) pending: Vec<super::generic_types::PendingBody>,
    /// Whether the functions' bodies are being lowered (an instance's then is at once).
    pub(crate) bodies_started: bool,
}

/// The node starting at `start` among the file's top-level declarations.
pub(super) fn declaration_at(from: Node, start: usize) -> Option<Node> {
    let mut root = from;
    while let Some(p) = root.parent() {
        root = p;
    }
    children(root).find(|n| n.start_byte() == start)
}

impl Lowerer<'_> {
    /// A generic function's declaration, kept for its instances.
    pub(super) fn generic_decl(&mut self, n: Node, name: String, name_node: Node) {
        if self.func_names.contains_key(&name) || self.generics.funcs.contains_key(&name) {
            return self.error(name_node, format!("{name} redeclared in this block"));
        }
        self.check_generic_body(n);
        let params = self.type_params(n);
        let start = n.start_byte();
        self.generics
            .funcs
            .insert(name, GenericFn { start, params });
    }

    /// The names of a declaration's type parameters and where they are.
    pub(super) fn type_params(&self, n: Node) -> Vec<(String, (usize, usize))> {
        let Some(list) = n.child_by_field_name("type_parameters") else {
            return Vec::new();
        };
        children(list)
            .filter(|d| d.kind() == "type_parameter_declaration")
            .flat_map(|d| field_all(d, "name"))
            .map(|p| (self.text_of(p).to_string(), self.at(p)))
            .collect()
    }

    /// The type a type parameter stands for in the instance being lowered.
    pub(super) fn type_param(&self, t: Node) -> Option<Type> {
        self.generics.bound.get(self.text_of(t)).cloned()
    }

    /// A call of a generic function (`Map(xs, f)`, `Map[int, string](xs, f)`), if `callee`
    /// names one.
    pub(super) fn generic_call(
        &mut self,
        n: Node,
        callee: Node,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        if let Some(done) = self.param_conversion(n, callee, args) {
            return Some(done);
        }
        let (name_node, written) = self.generic_callee(n, callee)?;
        let name = self.text_of(name_node).to_string();
        let Some(id) = self.instantiated(n, &name, &written, args) else {
            for a in args {
                if !self.generics.lowered.contains_key(&a.id()) {
                    self.used_in(*a);
                }
            }
            for a in args {
                self.generics.lowered.remove(&a.id());
            }
            return Some((Expr::int(0), Type::Invalid));
        };
        let sig = self.sigs[id].clone();
        let args = self.args_as(n, args, &sig.params, &name);
        Some((Expr::Call(id, args), sig.result.unwrap_or(Type::Void)))
    }

    /// The generic function a callee names and the type arguments written with it.
    fn generic_callee<'t>(
        &mut self,
        n: Node<'t>,
        callee: Node<'t>,
    ) -> Option<(Node<'t>, Vec<Node<'t>>)> {
        let (name, mut written) = match callee.kind() {
            "index_expression" => {
                let operand = callee.child_by_field_name("operand")?;
                let index = callee.child_by_field_name("index")?;
                (operand, vec![index])
            }
            // `F[int, string](x)` is read as a conversion to a generic type.
            "generic_type" => {
                let list = callee.child_by_field_name("type_arguments")?;
                let written = children(list)
                    .filter(|c| c.is_named() && c.kind() != "comment")
                    .collect();
                (callee.child_by_field_name("type")?, written)
            }
            _ => (callee, Vec::new()),
        };
        if !matches!(name.kind(), "identifier" | "type_identifier") || !self.names_generic(name) {
            return None;
        }
        if let Some(list) = n.child_by_field_name("type_arguments") {
            written.extend(children(list).filter(|c| c.is_named() && c.kind() != "comment"));
        }
        Some((name, written))
    }

    /// Whether `name` is a generic function of the file, not hidden by a variable.
    pub(super) fn names_generic(&mut self, name: Node) -> bool {
        let text = self.text_of(name).to_string();
        self.generics.funcs.contains_key(&text)
            && matches!(
                self.resolve(&text, false),
                super::scope::Resolved::Undefined
            )
    }

    /// `T(x)` of a type parameter `T`: the conversion to its type argument.
    fn param_conversion(&mut self, n: Node, callee: Node, args: &[Node]) -> Option<(Expr, Type)> {
        if callee.kind() != "identifier" {
            return None;
        }
        let to = self.type_param(callee)?;
        Some(match to {
            Type::Named(..) => self.named_conversion(n, args, to),
            to => {
                let name = to.to_string();
                self.builtin(n, callee, &name, args)
            }
        })
    }

    /// `F[int, string](x)`, which the parser reads as a conversion, if `F` is a generic
    /// function.
    pub(super) fn generic_conversion(&mut self, n: Node) -> Option<(Expr, Type)> {
        let ty = n.child_by_field_name("type")?;
        let operand = n.child_by_field_name("operand")?;
        if ty.kind() != "generic_type" {
            return None;
        }
        self.generic_call(n, ty, &[operand])
    }

    /// Whether `call` calls a generic function declared with several results.
    pub(super) fn generic_returns_several(&mut self, call: Node) -> bool {
        let Some(callee) = call.child_by_field_name("function") else {
            return false;
        };
        let Some((name, _)) = self.generic_callee(call, callee) else {
            return false;
        };
        let Some(f) = self.generics.funcs.get(self.text_of(name)) else {
            return false;
        };
        let result = declaration_at(call, f.start).and_then(|d| d.child_by_field_name("result"));
        result.is_some_and(|r| {
            r.kind() == "parameter_list" && super::infer::param_nodes_of(r).len() > 1
        })
    }

    /// `F[int]` as a value: the instance, a function.
    pub(super) fn generic_value(&mut self, n: Node) -> Option<(Expr, Type)> {
        let (name_node, written) = self.generic_callee(n, n)?;
        if written.is_empty() {
            let name = self.text_of(name_node).to_string();
            let message = format!("cannot use generic function {name} without instantiation");
            self.error(n, message);
            return Some((Expr::int(0), Type::Invalid));
        }
        let name = self.text_of(name_node).to_string();
        let Some(id) = self.instantiated(n, &name, &written, &[]) else {
            return Some((Expr::int(0), Type::Invalid));
        };
        let sig = self.sigs[id].clone();
        let ty = Type::Func(sig.params, sig.result.map(Box::new));
        Some((Expr::Closure(id, Vec::new()), ty))
    }

    /// The instance of `name` for the written type arguments and those the arguments infer.
    fn instantiated(
        &mut self,
        n: Node,
        name: &str,
        written: &[Node],
        args: &[Node],
    ) -> Option<usize> {
        let start = self.generics.funcs.get(name)?.start;
        let params = self.generics.funcs[name].params.clone();
        let decl = declaration_at(n, start)?;
        if let Some(extra) = written.get(params.len()) {
            let message = format!(
                "got {} type arguments but want {}",
                written.len(),
                params.len()
            );
            self.error(*extra, message);
            return None;
        }
        let mut types: Vec<Option<Type>> =
            written.iter().map(|t| Some(self.type_arg(*t))).collect();
        if types.contains(&Some(Type::Invalid)) {
            return None;
        }
        types.resize(params.len(), None);
        let names: Vec<String> = params.iter().map(|p| p.0.clone()).collect();
        // Go says what it cannot infer at the call's `(`.
        let call_at = n
            .child_by_field_name("arguments")
            .or_else(|| children(n).find(|c| c.kind() == "("))
            .unwrap_or(n);
        let mut defaulted = vec![false; types.len()];
        if types.iter().any(Option::is_none) {
            // With the types written so far bound, as Go infers the rest.
            defaulted = self.infer(decl, name, &names, &mut types, args)?;
        }
        let mut bound = Vec::new();
        for (i, ty) in types.into_iter().enumerate() {
            let Some(ty) = ty else {
                let (line, col) = params[i].1;
                // Go names a file in the current directory `./main.go`.
                let dot = if self.file.contains('/') { "" } else { "./" };
                let message = format!(
                    "in call to {name}, cannot infer {} (declared at {dot}{}:{line}:{col})",
                    params[i].0, self.file
                );
                self.error(call_at, message);
                return None;
            };
            bound.push(ty);
        }
        let at: Vec<Node> = (0..bound.len())
            .map(|i| written.get(i).copied().unwrap_or(call_at))
            .collect();
        // Go checks a type an untyped constant gave with the written ones, in their words.
        let inferred: Vec<bool> = (0..bound.len())
            .map(|i| i >= written.len() && !defaulted.get(i).copied().unwrap_or(false))
            .collect();
        if !self.satisfied(decl, name, &bound, &at, &inferred) {
            return None;
        }
        Some(self.instance(decl, name, &names, bound))
    }

    /// A written type argument: a type, or a name the parser took for an expression.
    pub(super) fn type_arg(&mut self, t: Node) -> Type {
        match t.kind() {
            "identifier" => self.type_name(t),
            "type_elem" if t.named_child_count() == 1 => match t.named_child(0) {
                Some(inner) => self.type_of(inner),
                None => Type::Invalid,
            },
            _ => self.type_of(t),
        }
    }

    /// The instance of `decl` for `types`: made, signature and body, the first time.
    fn instance(&mut self, decl: Node, name: &str, names: &[String], types: Vec<Type>) -> usize {
        let key = (
            name.to_string(),
            types.iter().map(|t| t.to_string()).collect(),
        );
        if let Some(&id) = self.generics.instances.get(&key) {
            return id;
        }
        if self.instantiation_cycle(name, &key.1) {
            return self.new_func(name);
        }
        let id = self.new_func(name);
        self.generics.instances.insert(key.clone(), id);
        self.generics.active.push(key);
        let bound = names.iter().cloned().zip(types).collect();
        let outer_bound = std::mem::replace(&mut self.generics.bound, bound);
        // Lowered as a top-level function is: nothing of the caller's is in its scope.
        let outer_stack = std::mem::take(&mut self.stack);
        let outer_naming = self.naming.take();
        let errors = self.errors.len();
        let params = self.params_of(decl).into_iter().map(|p| p.1).collect();
        let result = self.result_of(decl);
        self.sigs[id] = super::Sig { params, result };
        if let Some(body) = decl.child_by_field_name("body") {
            let (func, _) = self.function(id, name, decl, body, None);
            self.funcs[id] = Some(func);
        }
        self.generic_mistakes(errors);
        self.naming = outer_naming;
        self.stack = outer_stack;
        self.generics.bound = outer_bound;
        self.generics.active.pop();
        id
    }

    /// An instance of `name` made while one of its own is lowered, a type argument grown from
    /// the one before (`T` instantiated as `[]T`): Go's instantiation cycle, said at that type
    /// parameter.
    fn instantiation_cycle(&mut self, name: &str, args: &[String]) -> bool {
        let Some((_, outer)) = self.generics.active.iter().rev().find(|(n, _)| n == name) else {
            return false;
        };
        let grown = args
            .iter()
            .zip(outer)
            .position(|(a, o)| a.len() > o.len() && a.contains(o.as_str()));
        let Some(k) = grown else {
            return false;
        };
        let Some(f) = self.generics.funcs.get(name) else {
            return false;
        };
        let (line, col) = f.params[k].1;
        let message = "instantiation cycle:".to_string();
        self.errors.push(crate::go::GoError::at(line, col, message));
        true
    }

    /// Mistakes found in an instance since the `from`th: Go words them by the type parameters,
    /// which an instance has replaced; those that name no type keep Go's words, the others are
    /// refused.
    pub(super) fn generic_mistakes(&mut self, from: usize) {
        const PLAIN: [&str; 5] = [
            "instantiation cycle:",
            "declared and not used",
            "undefined: ",
            "missing return",
            "syncscope does not run",
        ];
        for e in self.errors.iter_mut().skip(from) {
            if !PLAIN.iter().any(|p| e.message.starts_with(p)) {
                e.message =
                    "syncscope does not run a mistake in generic code in Go's words yet".into();
            }
        }
    }

    /// What the file's generic functions use counts as used, instantiated or not.
    pub(super) fn generic_uses(&mut self, root: Node) {
        let funcs = self.generics.funcs.values().map(|f| f.start);
        let methods = self.generics.types.values().flat_map(|t| t.methods.clone());
        let starts: Vec<usize> = funcs.chain(methods).collect();
        for n in children(root).filter(|n| starts.contains(&n.start_byte())) {
            self.used_in(n);
        }
        let specs: Vec<usize> = self.generics.types.values().map(|t| t.start).collect();
        for start in specs {
            if let Some(spec) = super::generic_types::spec_at(root, start) {
                self.used_in(spec);
            }
        }
    }
}

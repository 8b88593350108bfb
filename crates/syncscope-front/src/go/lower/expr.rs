//! Expressions: names, literals, indexing, slice and function literals, and where a value
//! goes (an untyped constant takes that type), checked as Go's compiler checks them and
//! lowered into the program form; operators are in `operations`.

use super::Lowerer;
use super::operators::{constant_float, parse_int, unquote};
use super::scope::Resolved;
use crate::go::types::{Type, Untyped, cannot_use, converted, of_type};
use syncscope_program::{Expr, Lit};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// An expression and its type; a mistake is reported and gives `Type::Invalid`.
    pub(super) fn expr(&mut self, n: Node) -> (Expr, Type) {
        if let Some(done) = self.generics.lowered.remove(&n.id()) {
            return done;
        }
        if !self.deeper(n) {
            return (Expr::int(0), Type::Invalid);
        }
        let e = self.expr_here(n);
        self.depth -= 1;
        self.seen_types.insert(n.id(), e.1.clone());
        e
    }

    /// One level deeper into the file; past `MAX_NESTING` it is refused, once.
    pub(super) fn deeper(&mut self, n: Node) -> bool {
        if self.depth >= super::MAX_NESTING {
            if !self.too_deep {
                self.too_deep = true;
                // What the code past here uses is not seen: no "not used" that follows.
                for import in &mut self.imports {
                    import.used = true;
                }
                self.unsupported(
                    n,
                    &format!("code nested more than {} deep", super::MAX_NESTING),
                );
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn expr_here(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        match n.kind() {
            "identifier" => self.name(n),
            // Read as a type by the parser (`fs[i]` of `fs[i](x)`), it names a value here.
            "type_identifier" if self.names_value(n) => self.name(n),
            "int_literal" => match parse_int(self.text_of(n)) {
                Some(v) => (Expr::int(v), Type::Untyped(Untyped::Int)),
                // Past int64: what Go says depends on where it goes.
                None => {
                    self.big_ints.insert(n.id(), self.at(n));
                    (Expr::int(0), Type::Untyped(Untyped::Int))
                }
            },
            "float_literal" => match self.text_of(n).replace('_', "").parse::<f64>() {
                Ok(v) => {
                    self.exact_literal(self.text_of(n), v);
                    (Expr::Lit(Lit::F64(v)), Type::Untyped(Untyped::Float))
                }
                Err(_) => {
                    self.unsupported(n, "this kind of float literal");
                    invalid
                }
            },
            "interpreted_string_literal" => match unquote(self.text_of(n)) {
                Some(s) => (Expr::str(&s), Type::Untyped(Untyped::Str)),
                None => {
                    self.unsupported(n, "this escape in a string");
                    invalid
                }
            },
            "raw_string_literal" => {
                let text = self.text_of(n);
                let inner = text.get(1..text.len().saturating_sub(1)).unwrap_or("");
                (
                    Expr::str(&inner.replace('\r', "")),
                    Type::Untyped(Untyped::Str),
                )
            }
            // A predeclared name the file declares again (`nil := 3`) is its variable.
            "true" | "false" | "nil" | "iota" if self.redeclared(n) => self.name(n),
            "true" | "false" => (
                Expr::Lit(Lit::Bool(n.kind() == "true")),
                Type::Untyped(Untyped::Bool),
            ),
            "parenthesized_expression" => match n.named_child(0) {
                Some(inner) => self.expr(inner),
                None => invalid,
            },
            "unary_expression" => self.unary(n),
            "binary_expression" => self.binary(n),
            "call_expression" => self.call(n),
            "selector_expression" => self.selector(n),
            "index_expression" => self.index(n),
            "composite_literal" => self.composite(n),
            "func_literal" => self.func_literal(n),
            "nil" => (Expr::NilChan, Type::Nil),
            "iota" => match self.iota_value() {
                Some(v) => v,
                None => {
                    self.error(n, "cannot use iota outside constant declaration".into());
                    invalid
                }
            },
            "rune_literal" => self.rune_literal(n),
            "slice_expression" => self.slicing(n),
            "type_assertion_expression" => self.type_assertion(n),
            "type_conversion_expression" if let Some(done) = self.errors_as_type_conversion(n) => {
                done
            }
            "type_conversion_expression" if let Some(done) = self.indexed_call(n) => done,
            "type_conversion_expression" if let Some(done) = self.generic_conversion(n) => done,
            "type_conversion_expression" if let Some(done) = self.written_conversion(n) => done,
            "type_conversion_expression" => self.type_conversion(n),
            other => {
                let what = other.replace('_', " ");
                self.unsupported(n, &format!("{what}s"));
                invalid
            }
        }
    }

    /// An expression used as a value: a call of a function without results is refused.
    pub(super) fn value(&mut self, n: Node) -> (Expr, Type) {
        let (e, ty) = self.expr(n);
        if ty == Type::Void {
            let text = self.expr_text(n);
            self.error(n, format!("{text} (no value) used as value"));
            return (e, Type::Invalid);
        }
        if let Type::Tuple(_) = ty {
            let text = self.expr_text(n);
            let of = of_type(&ty, self.spelling());
            self.error(
                n,
                format!("multiple-value {text} (value {of}) in single-value context"),
            );
            return (e, Type::Invalid);
        }
        // A hash fnv.New32a() makes, or a Pool a literal makes, is no copy of another's.
        let fresh = match ty {
            Type::Fnv32(_) | Type::Hash(_) => n.kind() == "call_expression",
            Type::Pool | Type::SyncMap => n.kind() == "composite_literal",
            _ => false,
        };
        if matches!(
            ty,
            Type::WaitGroup
                | Type::Mutex
                | Type::RwMutex
                | Type::Once
                | Type::Builder
                | Type::Buffer
                | Type::Fnv32(_)
                | Type::Hash(_)
                | Type::Pool
                | Type::SyncMap
        ) && !fresh
        {
            self.unsupported(n, &format!("a {ty} used as a value (copied or passed)"));
            return (e, Type::Invalid);
        }
        (super::fields::copied(e, &ty), ty)
    }

    /// Whether `n` is an integer literal past int64 going where an `int` or `want` goes in
    /// `context`: Go's "overflows" is said there. Where it is not an integer that goes, the
    /// mistake (or syncscope's refusal) is said by others.
    pub(super) fn overflowed(&mut self, n: Node, want: &Type, context: &str) -> bool {
        if !matches!(
            want,
            Type::Int | Type::Duration | Type::Sized("int64" | "int32")
        ) || self.big_ints.remove(&n.id()).is_none()
        {
            return false;
        }
        let text = self.expr_text(n);
        let want = want.spelled(self.spelling());
        let shown = self
            .big_values
            .get(&n.id())
            .map_or(String::new(), |v| format!(" {v}"));
        let message = format!(
            "cannot use {text} (untyped int constant{shown}) as {want} value in {context} \
             (overflows)"
        );
        self.error(n, message);
        true
    }

    /// An expression that must be a `want` (an untyped constant takes that type).
    pub(super) fn value_as(&mut self, n: Node, want: &Type, context: &str) -> Expr {
        if let Type::Iface(id, _) = want
            && let Some(e) = self
                .lock_value_as(n, *id, context)
                .or_else(|| self.text_value_as(n, *id, context))
        {
            return e;
        }
        let (e, ty) = self.value(n);
        if self.overflowed(n, want, context) {
            return e;
        }

        if ty == Type::Nil
            && let Some(nil) = super::nils::nil_of(want)
        {
            return nil;
        }
        if self.own_context(n, &ty, want) {
            return e;
        }
        if !self.assignable_here(&ty, want) {
            let text = self.described(n, &e, &ty);
            // A literal past int64 that cannot go here is said as any constant is.
            self.big_ints.remove(&n.id());
            let mut message = cannot_use(&text, want, context, self.spelling());
            // Go hints at an assertion only where the wanted type has the interface's methods.
            if let Type::Iface(id, _) = ty
                && self.missing_method(want, id).is_none()
            {
                message.push_str(": need type assertion");
            }
            self.error(n, message);
            return e;
        }
        if let Type::Iface(id, _) = want {
            return self.boxed_as(n, e, &ty, *id, context);
        }
        if matches!(ty, Type::Untyped(_)) {
            let text = self.described(n, &e, &ty);
            let message = cannot_use(&text, want, context, self.spelling());
            if !self.fits(n, &e, want, &|_| format!("{message} (overflows)")) {
                return e;
            }
        }
        if ty == Type::Untyped(Untyped::Float)
            && super::shifts::is_integer(want)
            && constant_float(&e).is_some_and(|v| v.fract() != 0.0)
        {
            let text = self.described(n, &e, &ty);
            let message = cannot_use(&text, want, context, self.spelling());
            self.error(n, format!("{message} (truncated)"));
        }
        converted(e, &ty, want)
    }

    pub(super) fn name(&mut self, n: Node) -> (Expr, Type) {
        let name = self.text_of(n).to_string();
        if name == "_" {
            self.error(n, "cannot use _ as value or type".into());
            return (Expr::int(0), Type::Invalid);
        }
        let resolved = self.resolve(&name, true);
        if matches!(
            resolved,
            Resolved::Local(..) | Resolved::Captured(..) | Resolved::Global(..)
        ) {
            self.variable_nodes.insert(n.id());
        }
        match resolved {
            Resolved::Local(slot, ty) => (Expr::Local(slot), ty),
            Resolved::Captured(i, ty) => (Expr::Captured(i), ty),
            Resolved::Global(g, ty) => (Expr::Global(g), ty),
            Resolved::Const(e, ty) => (e, ty),
            Resolved::Func(f) => {
                let sig = self.sigs[f].clone();
                let ty = Type::Func(sig.params, sig.result.map(Box::new));
                (Expr::Closure(f, Vec::new()), ty)
            }
            Resolved::Package(_) => {
                self.error(n, format!("use of package {name} without selector"));
                (Expr::int(0), Type::Invalid)
            }
            Resolved::Later => {
                self.unsupported(n, "a package variable used above its declaration");
                (Expr::int(0), Type::Invalid)
            }
            Resolved::Undefined => {
                if let Some(done) = self.generic_value(n) {
                    return done;
                }
                self.error(n, format!("undefined: {name}"));
                (Expr::int(0), Type::Invalid)
            }
        }
    }

    fn index(&mut self, n: Node) -> (Expr, Type) {
        if let Some(done) = self.generic_value(n) {
            return done;
        }
        let (Some(operand), Some(index)) = (
            n.child_by_field_name("operand"),
            n.child_by_field_name("index"),
        ) else {
            return (Expr::int(0), Type::Invalid);
        };
        self.index_of(n, operand, index)
    }

    /// `operand[index]`; `n` holds the `[`, where Go puts an error about the operand.
    pub(super) fn index_of(&mut self, n: Node, operand: Node, index: Node) -> (Expr, Type) {
        let (s, st) = self.value(operand);
        let (s, st) = super::named_composite::array_pointee(s, st);
        let st = match super::named_composite::peeled(st) {
            // A declared string type is indexed as a string (`n[0]` of a `name`).
            Type::Named(_, _, u) if *u == Type::Str => Type::Str,
            st => st,
        };
        if let Type::Map(key, value) = &st {
            return self.map_index(s, key, value, index);
        }
        let i = self.index_value(index);
        match st {
            Type::Slice(elem) => (Expr::Index(Box::new(s), Box::new(i)), *elem),
            Type::Array(len, elem) => {
                self.array_bound(index, &i, len);
                let s = super::arrays::in_place(s);
                (Expr::Index(Box::new(s), Box::new(i)), *elem)
            }
            Type::Invalid => (s, Type::Invalid),
            Type::Str | Type::Untyped(Untyped::Str) => {
                if let Expr::Lit(Lit::Str(text)) = &s {
                    self.array_bound(index, &i, text.len());
                }
                (Expr::Index(Box::new(s), Box::new(i)), Type::Byte)
            }
            other => {
                let text = self.described(operand, &s, &other);
                // Go puts it at the `[`.
                let bracket = crate::go::syntax::children(n).find(|c| c.kind() == "[");
                self.error(bracket.unwrap_or(n), format!("cannot index {text}"));
                (s, Type::Invalid)
            }
        }
    }

    fn composite(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (Some(t), Some(body)) = (n.child_by_field_name("type"), n.child_by_field_name("body"))
        else {
            return invalid;
        };
        if matches!(t.kind(), "array_type" | "implicit_length_array_type") {
            return self.array_lit(t, body);
        }
        if t.kind() != "slice_type" {
            let ty = self.type_of(t);
            match ty {
                Type::Struct(id, _) => return (self.struct_lit(id, body), ty),
                Type::Map(..) => return self.map_lit(ty, body),
                Type::Named(..) if let Some(done) = self.named_lit(&ty, body) => return done,
                _ => {}
            }
            if ty == Type::Pool {
                return self.pool_lit(body);
            }
            if ty == Type::SyncMap {
                return self.sync_map_lit(body);
            }
            if super::buffer_ptrs::text_holder(&ty) && body.named_child_count() == 0 {
                return (ty.zero(), ty);
            }
            if ty == Type::Empty && body.named_child_count() == 0 {
                return (Expr::Lit(Lit::Empty), ty);
            }
            let sync = matches!(
                ty,
                Type::Once | Type::WaitGroup | Type::Mutex | Type::RwMutex
            );
            if sync && body.named_child_count() == 0 {
                // `&sync.Mutex{}` as an argument or a field's value: a new one, named after
                // what it is made for.
                let fallback = if ty == Type::Once { "once" } else { "mu" };
                let name = self.made_name(fallback);
                return (self.zero_of(&ty, &name), ty);
            }
            if sync {
                self.unsupported(n, &format!("a {ty} literal with fields"));
            } else if ty != Type::Invalid {
                self.unsupported(n, &format!("composite literals of {ty}"));
            }
            return invalid;
        }
        let ty = self.type_of(t);
        let Type::Slice(elem) = &ty else {
            return invalid;
        };
        (Expr::SliceLit(self.slice_elements(body, elem)), ty)
    }

    fn func_literal(&mut self, n: Node) -> (Expr, Type) {
        let Some(body) = n.child_by_field_name("body") else {
            return (Expr::int(0), Type::Invalid);
        };
        let params: Vec<Type> = self.params_of(n).into_iter().map(|p| p.1).collect();
        let result = self.result_of(n);
        let outer = self.ctx();
        outer.closures += 1;
        let name = format!("{}.func{}", outer.name, outer.closures);
        let id = self.new_func(&name);
        self.sigs[id] = super::Sig {
            params: params.clone(),
            result: result.clone(),
        };
        let (func, captures) = self.function(id, &name, n, body, result.clone());
        self.funcs[id] = Some(func);
        (
            Expr::Closure(id, captures),
            Type::Func(params, result.map(Box::new)),
        )
    }

    /// Whether `e` is a constant: Go requires one after `const`.
    pub(super) fn is_constant(&self, e: &Expr) -> bool {
        match e {
            Expr::Lit(Lit::Empty | Lit::NilMap) => false,
            Expr::Lit(_) => true,
            Expr::Unary(_, x) | Expr::Convert(_, x) => self.is_constant(x),
            Expr::Binary(_, a, b) => self.is_constant(a) && self.is_constant(b),
            Expr::MinMax { args, .. } => args.iter().all(|a| self.is_constant(a)),
            _ => false,
        }
    }
}

//! Calls in expressions: the program's functions and function values, Go's builtins and
//! conversions, and the functions of `fmt`, `time` and `math/rand` that give a value.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::elements;
use crate::go::types::{Type, Untyped, types_summary};
use syncscope_program::{Expr, Lit, Ty};
use tree_sitter::Node;

/// What a statement-only call gives when used in an expression.
pub(super) const NO_VALUE: (Expr, Type) = (Expr::Lit(Lit::Int(0)), Type::Void);

impl Lowerer<'_> {
    pub(super) fn call(&mut self, n: Node) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let (Some(callee), Some(arg_list)) = (
            n.child_by_field_name("function"),
            n.child_by_field_name("arguments"),
        ) else {
            return invalid;
        };
        let args: Vec<Node> = elements(arg_list).collect();
        if let Some(done) = self.errors_as_type(n, callee, &args) {
            return done;
        }
        if let Some(done) = self.generic_call(n, callee, &args) {
            return done;
        }
        match callee.kind() {
            "identifier" => {
                let name = self.text_of(callee).to_string();
                match self.resolve(&name, true) {
                    Resolved::Func(f) => {
                        let sig = self.sigs[f].clone();
                        let args = self.args_as(n, &args, &sig.params, &name);
                        (Expr::Call(f, args), sig.result.unwrap_or(Type::Void))
                    }
                    Resolved::Undefined => self.builtin(n, callee, &name, &args),
                    _ => {
                        let (f, ty) = self.value(callee);
                        self.call_value(n, callee, f, ty, &args)
                    }
                }
            }
            "selector_expression" => match self.method_expr(callee) {
                // `(*T).M(p, x)`: the method expression's function, called.
                Some((f, ty)) => self.call_value(n, callee, f, ty, &args),
                None => self.selector_call(n, callee, &args),
            },
            _ => {
                let (f, ty) = self.value(callee);
                self.call_value(n, callee, f, ty, &args)
            }
        }
    }

    /// A call of a function value: a closure or a function held in a variable.
    pub(super) fn call_value(
        &mut self,
        n: Node,
        callee: Node,
        f: Expr,
        ty: Type,
        args: &[Node],
    ) -> (Expr, Type) {
        // A value of a declared function type is called as the function it is made of.
        let ty = match ty {
            Type::Named(_, _, u) if matches!(*u, Type::Func(..)) => *u,
            ty => ty,
        };
        match ty {
            Type::Func(params, result) => {
                let name = self.expr_text(callee);
                let args = self.args_as(n, args, &params, &name);
                let e = match f {
                    // A named function needs no closure.
                    Expr::Closure(id, captures) if captures.is_empty() => Expr::Call(id, args),
                    f => Expr::CallValue(Box::new(f), args),
                };
                (e, result.map_or(Type::Void, |r| *r))
            }
            Type::Invalid => (f, Type::Invalid),
            other => {
                let text = self.described(callee, &f, &other);
                let ty = other.spelled(self.spelling());
                self.error(
                    n,
                    format!("invalid operation: cannot call {text}: {ty} is not a function"),
                );
                (f, Type::Invalid)
            }
        }
    }

    /// The arguments of a call to `fname`, checked against its parameters.
    pub(super) fn args_as(
        &mut self,
        call: Node,
        args: &[Node],
        params: &[Type],
        fname: &str,
    ) -> Vec<Expr> {
        if let Some(passed) = self.spread_results(args, Some(params)) {
            return passed;
        }
        if let Some(Type::Variadic(elem)) = params.last() {
            return self.variadic_args(call, args, params, elem, fname);
        }
        if args.last().is_some_and(|a| a.kind() == "variadic_argument") {
            for a in args {
                self.used_in(*a);
            }
            self.error(
                call,
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return Vec::new();
        }
        if args.len() != params.len() {
            let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
            let (at, words) = if args.len() < params.len() {
                (args.last().copied().unwrap_or(call), "not enough")
            } else {
                (args[params.len()], "too many")
            };
            self.error(
                at,
                format!(
                    "{words} arguments in call to {fname}: have {}, want {}",
                    types_summary(&have, self.spelling()),
                    types_summary(params, self.spelling())
                ),
            );
            return Vec::new();
        }
        let context = format!("argument to {fname}");
        args.iter()
            .zip(params)
            .map(|(a, p)| self.value_as(*a, p, &context))
            .collect()
    }

    /// Arguments that go to an `any` parameter (fmt's): untyped constants take their default
    /// type.
    pub(super) fn any_args(&mut self, args: &[Node], fname: &str) -> Vec<Expr> {
        if let Some(passed) = self.spread_results(args, None) {
            return passed;
        }
        let context = format!("argument to {fname}");
        if let Some(spread) = args.iter().find(|a| a.kind() == "variadic_argument") {
            // fmt takes `...any`: only a `[]any` spreads into it.
            let inner = spread.named_child(0).unwrap_or(*spread);
            let (e, ty) = self.value(inner);
            if let [_] = args
                && super::lib_values::any_slice(&ty)
            {
                return vec![Expr::Spread(Box::new(e))];
            }
            if ty != Type::Invalid {
                let text = self.described(inner, &e, &ty);
                self.error(
                    inner,
                    format!("cannot use {text} as []any value in {context}"),
                );
            }
            return Vec::new();
        }
        args.iter()
            .map(|a| {
                let (e, ty) = self.value(*a);
                self.overflowed(*a, &Type::Int, &context);
                // A pointer to a basic value prints its address; one to a slice, an array
                // or a map prints `&` and what it points to; one to a buffer its insides,
                // which is not run yet.
                let pointer = matches!(&ty, Type::Pointer(t) if super::pointers::held(t)
                        && !super::pointers::scalar(t)
                        && (super::buffer_ptrs::text_holder(t)
                            || !matches!(t.under(), Type::Slice(_) | Type::Array(..) | Type::Map(..))))
                    && !self.named_pointer_printed(&ty);
                if matches!(
                    ty,
                    Type::Timer
                        | Type::Ticker
                        | Type::Logger
                        | Type::File
                        | Type::Scanner
                        | Type::BufReader
                        | Type::DirEntry(_)
                        | Type::FileInfo(_)
                        | Type::FileMode
                        | Type::Hash(_)
                        | Type::Cond
                        | Type::Context
                        | Type::FlagSet
                        | Type::JsonEncoder
                        | Type::JsonDecoder
                        | Type::StrReader
                        | Type::BytesReader
                        | Type::Template
                        | Type::SlogLogger
                        | Type::SlogHandler(_)
                        | Type::SlogValue
                ) || pointer
                    || matches!(&ty, Type::Pointer(t) if matches!(**t, Type::Atomic(_)))
                    || holds_unprinted(&ty)
                    || self.prints_locker(&ty)
                    || self.is_mem_stats(&ty)
                    || self.is_attr(&ty)
                {
                    self.unsupported(*a, &format!("printing a {ty}"));
                }
                // An untyped nil is a nil `any` to fmt: `%!d(<nil>)`.
                if ty == Type::Nil {
                    return Expr::NilIface;
                }
                let to = ty.clone().defaulted();
                let e = crate::go::types::converted(e, &ty, &to);
                self.printed(*a, e, &ty)
            })
            .collect()
    }

    pub(super) fn builtin(
        &mut self,
        n: Node,
        callee: Node,
        name: &str,
        args: &[Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        if name != "append"
            && let Some(spread) = args.iter().find(|a| a.kind() == "variadic_argument")
        {
            self.unsupported(*spread, "spreading a slice into arguments (s...)");
            return invalid;
        }
        match name {
            "len" => {
                let [arg] = args else {
                    return self.builtin_arity(n, args, 1);
                };
                let (e, ty) = self.value(*arg);
                let (e, ty) = super::named_composite::array_pointee(e, ty);
                match ty.under() {
                    Type::Slice(_)
                    | Type::Chan(..)
                    | Type::Map(..)
                    | Type::Str
                    | Type::Untyped(Untyped::Str) => (Expr::Len(Box::new(e)), Type::Int),
                    Type::Array(len, _) => (Expr::int(*len as i64), Type::Int),
                    Type::Invalid => invalid,
                    _ => {
                        let other = ty.clone();
                        let text = self.described(*arg, &e, &other);
                        let message = format!("invalid argument: {text} for built-in len");
                        self.error(*arg, message);
                        invalid
                    }
                }
            }
            "append" => self.append_call(n, args),
            "copy" => self.copy_call(n, args),
            "cap" => {
                let [arg] = args else {
                    return self.builtin_arity(n, args, 1);
                };
                let (e, ty) = self.value(*arg);
                let (e, ty) = super::named_composite::array_pointee(e, ty);
                match ty.under() {
                    Type::Chan(..) | Type::Slice(_) => (Expr::Cap(Box::new(e)), Type::Int),
                    Type::Array(len, _) => (Expr::int(*len as i64), Type::Int),
                    Type::Invalid => invalid,
                    _ => {
                        let other = ty.clone();
                        let text = self.described(*arg, &e, &other);
                        let message = format!("invalid argument: {text} for built-in cap");
                        self.error(*arg, message);
                        invalid
                    }
                }
            }
            "make" => self.make(n, args),
            // A statement: used as a value it has none.
            "close" => match self.close_arg(n, args) {
                Some(_) => NO_VALUE,
                None => invalid,
            },
            "int" => self.conversion(n, args, Type::Int, Ty::Int),
            "float32" => self.conversion(n, args, Type::F32, Ty::F32),
            "float64" => self.conversion(n, args, Type::F64, Ty::F64),
            "int64" => self.conversion(n, args, Type::Sized("int64"), Ty::Int),
            "int32" => self.small_int(n, args, Type::Sized("int32"), Ty::Rune),
            "uint64" => self.small_int(n, args, Type::Sized("uint64"), Ty::U64),
            "uint" => self.small_int(n, args, Type::Sized("uint"), Ty::U64),
            "uint32" => self.small_int(n, args, Type::Sized("uint32"), Ty::U32),
            "uint8" => self.small_int(n, args, Type::Byte, Ty::Byte),
            "int8" => self.small_int(n, args, Type::Sized("int8"), Ty::I8),
            "int16" => self.small_int(n, args, Type::Sized("int16"), Ty::I16),
            "uint16" => self.small_int(n, args, Type::Sized("uint16"), Ty::U16),
            _ if let Some(to) = self.iface_named(name) => self.iface_conversion(n, &to, args),
            _ if let Some(to) = self.named_type(name) => self.named_conversion(n, args, to),
            _ if let Some(to) = self.struct_named(name) => self.struct_conversion(n, args, to),
            "rune" => self.small_int(n, args, Type::Rune, Ty::Rune),
            "byte" => self.small_int(n, args, Type::Byte, Ty::Byte),
            "string" => self.string_conversion(n, args),
            "panic" => self.panic_call(n, args),
            "recover" => self.recover_call(n, args),
            "new" => self.new_call(n, args),
            "min" | "max" => self.min_max(n, name == "max", args),
            // A statement: used as a value it has none.
            "clear" => match self.clear_arg(n, args) {
                Some(_) => NO_VALUE,
                None => invalid,
            },
            // A statement (`runtime_print`): used as a value it has none.
            "print" | "println" => {
                for a in args {
                    self.used_in(*a);
                }
                NO_VALUE
            }
            "bool" => self.bool_conversion(n, args),
            "delete" | "complex" | "real" | "imag" => {
                self.unsupported(callee, &format!("{name}(...)"));
                invalid
            }
            _ => {
                self.error(callee, format!("undefined: {name}"));
                invalid
            }
        }
    }

    /// A built-in called with `args` where it takes `want`: Go looks at the arguments first, so
    /// what they use counts as used and a mistake in them is the one said.
    pub(super) fn builtin_arity(&mut self, n: Node, args: &[Node], want: usize) -> (Expr, Type) {
        for a in args {
            if self.expr(*a).1 == Type::Invalid {
                return (Expr::int(0), Type::Invalid);
            }
        }
        let have = args.len();
        let words = if have < want {
            "not enough"
        } else {
            "too many"
        };
        let call = self.expr_text(n);
        self.error(
            n,
            format!(
                "invalid operation: {words} arguments for {call} (expected {want}, found {have})"
            ),
        );
        (Expr::int(0), Type::Invalid)
    }

    /// `T(x)` for a numeric `T`.
    pub(super) fn conversion(&mut self, n: Node, args: &[Node], to: Type, ty: Ty) -> (Expr, Type) {
        let to_text = to.spelled(self.spelling()).to_string();
        let [arg] = args else {
            let Some(last) = args.last() else {
                self.error(n, format!("missing argument in conversion to {to_text}"));
                return (Expr::int(0), Type::Invalid);
            };
            // Go looks at them all and points at the last.
            for a in args {
                self.expr(*a);
            }
            self.error(
                *last,
                format!("too many arguments in conversion to {to_text}"),
            );
            return (Expr::int(0), Type::Invalid);
        };
        let (e, from) = self.value(*arg);
        if from == Type::Invalid {
            return (e, Type::Invalid);
        }
        // A constant that would lose its fraction does not convert either.
        let truncated = from == Type::Untyped(Untyped::Float)
            && matches!(to, Type::Int | Type::Duration)
            && matches!(e, Expr::Lit(Lit::F64(v)) if v.fract() != 0.0);
        if !from.is_numeric() || truncated {
            let text = self.described(*arg, &e, &from);
            self.error(*arg, format!("cannot convert {text} to type {to_text}"));
            return (e, Type::Invalid);
        }
        (Expr::Convert(ty, Box::new(e)), to)
    }
}

/// Whether a slice, array or map holds values syncscope does not print yet: directory
/// entries, file infos and modes, hashes (`fmt.Println(infos)`, which Go prints as pointers).
fn holds_unprinted(ty: &Type) -> bool {
    let inside = |t: &Type| {
        matches!(
            t,
            Type::DirEntry(_) | Type::FileInfo(_) | Type::FileMode | Type::Hash(_)
        ) || holds_unprinted(t)
    };
    match ty {
        Type::Slice(t) | Type::Array(_, t) => inside(t),
        Type::Map(k, v) => inside(k) || inside(v),
        _ => false,
    }
}

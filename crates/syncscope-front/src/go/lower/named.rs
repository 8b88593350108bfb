//! Types declared of a basic type (`type Celsius float64`, `type State int`): their values
//! are the basic type's, their methods take a value receiver, `Celsius(x)` converts, and
//! `fmt` prints them as Go does (calling their `String()`, naming them in `%T`). Also
//! `iota` in a group of constants, how such types get their values.

use super::Lowerer;
use super::decls::specs;
use crate::go::types::{Type, TypeName, Untyped};
use syncscope_program::{Expr, Ty};
use tree_sitter::Node;

/// The basic type a declaration names, if it names one.
pub(super) fn basic_type(text: &str) -> Option<Type> {
    Some(match text {
        "int" => Type::Int,
        "int64" => Type::Sized("int64"),
        "int32" => Type::Sized("int32"),
        "uint64" => Type::Sized("uint64"),
        "uint" => Type::Sized("uint"),
        "int8" => Type::Sized("int8"),
        "int16" => Type::Sized("int16"),
        "uint16" => Type::Sized("uint16"),
        "uint32" => Type::Sized("uint32"),
        "uint8" | "byte" => Type::Byte,
        "rune" => Type::Rune,
        "float32" => Type::F32,
        "float64" => Type::F64,
        "string" => Type::Str,
        "bool" => Type::Bool,
        _ => return None,
    })
}

impl Lowerer<'_> {
    /// The type the file declares as number `id`.
    pub(super) fn declared_type(&self, id: usize) -> Type {
        let def = &self.structs.defs[id];
        match &def.underlying {
            Some(u) => Type::Named(id, TypeName(def.name.clone()), Box::new(u.clone())),
            None => Type::Struct(id, def.name.clone()),
        }
    }

    /// The declared type whose methods a value of `ty` has: a struct's or a named basic
    /// type's, through a pointer too.
    pub(super) fn methods_id(ty: &Type) -> Option<usize> {
        match ty {
            Type::Named(id, ..) => Some(*id),
            Type::Pointer(inner) if matches!(inner.as_ref(), Type::Named(..)) => {
                Self::methods_id(inner)
            }
            t => Self::struct_of(t),
        }
    }

    /// The declared basic type a name in call position names, if it names one.
    pub(super) fn named_type(&self, name: &str) -> Option<Type> {
        let &id = self.structs.by_name.get(name)?;
        let ty = self.declared_type(id);
        matches!(ty, Type::Named(..)).then_some(ty)
    }

    /// `T(x)` of a declared basic type `T`.
    pub(super) fn named_conversion(&mut self, n: Node, args: &[Node], to: Type) -> (Expr, Type) {
        let ty = match to.under() {
            Type::F32 => Ty::F32,
            Type::F64 => Ty::F64,
            Type::Duration => Ty::Duration,
            t if let Some(ty) = t.narrow_int() => return self.small_int(n, args, to, ty),
            t if t.is_numeric() => Ty::Int,
            _ => return self.same_kind_conversion(n, args, to),
        };
        self.conversion(n, args, to, ty)
    }

    /// `T(x)` of a declared string or bool type: `x` of the same underlying type.
    fn same_kind_conversion(&mut self, n: Node, args: &[Node], to: Type) -> (Expr, Type) {
        let to_text = to.spelled(self.spelling()).to_string();
        let [arg] = args else {
            for a in args {
                self.expr(*a);
            }
            let at = args.last().copied().unwrap_or(n);
            let words = if args.is_empty() {
                "missing argument"
            } else {
                "too many arguments"
            };
            self.error(at, format!("{words} in conversion to {to_text}"));
            return (Expr::int(0), Type::Invalid);
        };
        let (e, from) = self.value(*arg);
        let under = to.under().clone();
        // Strings to and from bytes, runes and integers, as `string(x)` and `[]byte(s)` do.
        let text_kind = match (&under, from.under()) {
            (Type::Str, Type::Slice(elem))
                if matches!(
                    elem.as_ref(),
                    Type::Byte | Type::Rune | Type::Sized("int32")
                ) =>
            {
                Some(Ty::Str)
            }
            (Type::Str, f)
                if f.is_numeric()
                    && !matches!(
                        f,
                        Type::F32 | Type::F64 | Type::Duration | Type::Untyped(Untyped::Float)
                    ) =>
            {
                Some(Ty::Str)
            }
            (Type::Slice(elem), Type::Str | Type::Untyped(Untyped::Str)) => match elem.as_ref() {
                Type::Byte => Some(Ty::Bytes),
                Type::Rune | Type::Sized("int32") => Some(Ty::Runes),
                _ => None,
            },
            _ => None,
        };
        if let Some(ty) = text_kind {
            return (Expr::Convert(ty, Box::new(e)), to);
        }
        let fits = match &under {
            Type::Str => matches!(from.under(), Type::Str | Type::Untyped(Untyped::Str)),
            Type::Bool => matches!(from.under(), Type::Bool | Type::Untyped(Untyped::Bool)),
            // Of a composite type: one of the same underlying type, or nil.
            u if from == Type::Nil => super::nils::nil_converted(u).is_some(),
            u if u.is_literal() => *from.under() == under || from.assignable_to(&to),
            _ => false,
        };
        if !fits && from != Type::Invalid {
            let text = self.described(*arg, &e, &from);
            self.error(*arg, format!("cannot convert {text} to type {to_text}"));
            return (e, Type::Invalid);
        }
        match super::nils::nil_converted(&under).filter(|_| from == Type::Nil) {
            Some(nil) => (nil, to),
            None => (e, to),
        }
    }

    /// A group of constants: a spec without values repeats the one above, `iota` counting the
    /// specs from 0.
    pub(super) fn const_group(&mut self, decl: Node) {
        let mut above: Option<(Option<Node>, Vec<Node>)> = None;
        for (i, spec) in specs(decl, "const_spec").into_iter().enumerate() {
            let values: Vec<Node> = spec
                .child_by_field_name("value")
                .map(|v| crate::go::syntax::elements(v).collect())
                .unwrap_or_default();
            let written = (spec.child_by_field_name("type"), values);
            let (type_node, values) = match (&written.1.is_empty(), &above) {
                (true, Some(prev)) if spec.child_by_field_name("type").is_none() => prev.clone(),
                _ => written,
            };
            above = Some((type_node, values.clone()));
            self.iota = Some(i as i64);
            self.const_spec(spec, type_node, &values);
            self.iota = None;
        }
    }

    /// `iota` where a constant's value is being read.
    pub(super) fn iota_value(&self) -> Option<(Expr, Type)> {
        self.iota
            .map(|i| (Expr::int(i), Type::Untyped(Untyped::Int)))
    }
}

impl Lowerer<'_> {
    /// `bool(x)`: of a boolean, a declared boolean type's value or an untyped boolean
    /// constant (`bool(f)` of a `type flag bool`). The value is the same.
    pub(super) fn bool_conversion(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [arg] = args else {
            let message = match args.last() {
                Some(_) => "too many arguments in conversion to bool",
                None => "missing argument in conversion to bool",
            };
            for a in args {
                self.expr(*a);
            }
            self.error(*args.last().unwrap_or(&n), message.into());
            return (Expr::int(0), Type::Invalid);
        };
        let (e, from) = self.value(*arg);
        match from.under() {
            Type::Invalid => (e, Type::Invalid),
            Type::Bool | Type::Untyped(Untyped::Bool) => (e, Type::Bool),
            _ => {
                let text = self.described(*arg, &e, &from);
                self.error(*arg, format!("cannot convert {text} to type bool"));
                (e, Type::Invalid)
            }
        }
    }
}

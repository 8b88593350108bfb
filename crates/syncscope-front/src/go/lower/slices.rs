//! Slices as Go has them: `make([]T, n, c)`, `append` (of values or of `t...`), `copy`,
//! `cap`, and stores into an element, `s[i] = v`, `s[i] op= v`, `s[i]++`, of a slice or an
//! array, checked in the words of Go's compiler.

use super::Lowerer;
use super::timers::constant;
use crate::go::types::{Type, Untyped, types_summary};
use syncscope_program::{BinOp, Block, Expr, Place, Stmt, StmtKind};
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

/// Where one of several assigned values goes (`a[i], a[j] = a[j], a[i]`).
pub(super) enum Dest {
    Place(Place),
    Element(Expr, Expr),
    Field(Expr, usize),
    Entry(Expr, Expr),
    Pointee(Expr),
}

impl Dest {
    pub(super) fn store(self, value: Expr) -> StmtKind {
        match self {
            Dest::Place(p) => StmtKind::Assign(p, value),
            Dest::Element(of, index) => StmtKind::SetIndex {
                of,
                index,
                op: None,
                value,
            },
            Dest::Field(x, i) => StmtKind::SetField(x, i, value),
            Dest::Entry(m, k) => StmtKind::MapSet(m, k, value),
            Dest::Pointee(ptr) => StmtKind::Store {
                ptr,
                op: None,
                value,
            },
        }
    }
}

impl Lowerer<'_> {
    /// What an assignment of several values writes for `target`, and its type.
    pub(super) fn dest_of(&mut self, target: Node) -> Option<(Dest, Type)> {
        match target.kind() {
            "index_expression" if self.indexes_map(target) => {
                let operand = target.child_by_field_name("operand")?;
                let index = target.child_by_field_name("index")?;
                let (m, ty) = self.expr(operand);
                let Type::Map(key, elem) = ty else {
                    return self
                        .place_of(target, false)
                        .map(|(p, t)| (Dest::Place(p), t));
                };
                let k = self.value_as(index, &key, "map index");
                Some((Dest::Entry(m, k), *elem))
            }
            _ if super::pointers::is_pointee(target) => {
                let (p, ty) = self.pointee_of(target)?;
                Some((Dest::Pointee(p), ty))
            }
            "index_expression" => {
                let (of, index, ty) = self.element_place(target)?;
                Some((Dest::Element(of, index), ty))
            }
            "selector_expression" => {
                let (recv, i, ty) = self.field_of(target, true)?;
                if let Some(written) = self.structs.last_field.take() {
                    self.structs.written_fields.insert(written);
                }
                Some((Dest::Field(recv, i), ty))
            }
            _ => self
                .place_of(target, false)
                .map(|(p, t)| (Dest::Place(p), t)),
        }
    }

    /// `append(s, v...)`, and `append(s, t...)` of a slice or (to a `[]byte`) a string.
    pub(super) fn append_call(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let Some((first, rest)) = args.split_first() else {
            return self.builtin_arity(n, args, 1);
        };
        let (s, ty) = self.value(*first);
        let Type::Slice(elem) = &super::named_composite::peeled(ty.clone()) else {
            if ty != Type::Invalid {
                let text = self.described(*first, &s, &ty);
                let message = format!("invalid append: argument must be a slice; have {text}");
                self.error(*first, message);
            }
            for a in rest {
                self.used_in(*a);
            }
            return INVALID;
        };
        let spread = rest.last().is_some_and(|a| a.kind() == "variadic_argument");
        let items = if spread {
            let [one] = rest else {
                // Go shows what it was given, the spread one with its dots.
                let mut have = vec![self.summary(&ty)];
                have.extend(rest.iter().map(|a| self.have(*a)));
                let elem = elem.spelled(self.spelling());
                let message = format!(
                    "too many arguments in call to append: have ({}), want ([]{elem}, ...{elem})",
                    have.join(", ")
                );
                let at = rest.last().copied().unwrap_or(n);
                self.error(at, message);
                return INVALID;
            };
            vec![self.spread_arg(*one, elem, "append")]
        } else {
            rest.iter()
                .map(|a| self.value_as(*a, elem, "argument to append"))
                .collect()
        };
        let grow = Box::new(self.grow_of(elem));
        let e = Expr::Append {
            slice: Box::new(s),
            items,
            spread,
            grow,
        };
        (e, ty)
    }

    /// A type as Go's `have (...)` names it.
    fn summary(&self, ty: &Type) -> String {
        let all = types_summary(std::slice::from_ref(ty), self.spelling());
        all.trim_start_matches('(')
            .trim_end_matches(')')
            .to_string()
    }

    /// `t...` where a `[]elem` goes, as the argument to `fname`: a slice of `elem`, or a
    /// string where `elem` is `byte` and `fname` is `append`.
    pub(super) fn spread_arg(&mut self, a: Node, elem: &Type, fname: &str) -> Expr {
        let Some(inner) = a.named_child(0) else {
            return Expr::int(0);
        };
        let want = Type::Slice(Box::new(elem.clone()));
        let (e, ty) = self.value(inner);
        let string = matches!(ty, Type::Str | Type::Untyped(Untyped::Str));
        if string && *elem == Type::Byte && fname == "append" {
            return e;
        }
        if !self.assignable_here(&ty, &want) {
            let text = self.described(inner, &e, &ty);
            let context = format!("argument to {fname}");
            let message = crate::go::types::cannot_use(&text, &want, &context, self.spelling());
            self.error(inner, message);
        }
        e
    }

    /// `make([]T, len)` and `make([]T, len, cap)`.
    pub(super) fn make_slice(&mut self, n: Node, t: Node, rest: &[Node]) -> (Expr, Type) {
        let ty = self.type_of(t);
        let Type::Slice(elem) = &super::named_composite::peeled(ty.clone()) else {
            return INVALID;
        };
        let sizes: Vec<Expr> = rest.iter().map(|a| self.index_value(*a)).collect();
        if !(1..=2).contains(&sizes.len()) {
            let text = self.expr_text(n);
            let found = rest.len() + 1;
            let message =
                format!("invalid operation: {text} expects 2 or 3 arguments; found {found}");
            self.error(n, message);
            return INVALID;
        }
        if let [len, cap] = sizes.as_slice()
            && let (Some(l), Some(c)) = (constant(len), constant(cap))
            && l > c
        {
            self.error(
                rest[0],
                "invalid argument: length and capacity swapped".into(),
            );
            return INVALID;
        }
        let mut sizes = sizes.into_iter();
        let len = Box::new(sizes.next().unwrap_or(Expr::int(0)));
        let cap = sizes.next().map(Box::new);
        let zero = Box::new(self.zero_of(elem, "elem"));
        (Expr::MakeSlice { len, cap, zero }, ty)
    }

    /// `copy(dst, src)`: how many elements it copied.
    pub(super) fn copy_call(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [dst, src] = args else {
            return self.builtin_arity(n, args, 2);
        };
        let (d, dt) = self.value(*dst);
        let (s, st) = self.value(*src);
        if dt == Type::Invalid || st == Type::Invalid {
            return INVALID;
        }
        let bytes_from_string = dt == Type::Slice(Box::new(Type::Byte))
            && matches!(st, Type::Str | Type::Untyped(Untyped::Str));
        let same = matches!((dt.under(), st.under()), (Type::Slice(a), Type::Slice(b)) if a == b);
        if !same && !bytes_from_string {
            let (dtext, stext) = (self.described(*dst, &d, &dt), self.described(*src, &s, &st));
            let message = match (&dt, &st) {
                (Type::Slice(a), Type::Slice(b)) => {
                    let spelling = self.spelling();
                    let (a, b) = (a.spelled(spelling), b.spelled(spelling));
                    format!(
                        "invalid copy: arguments {dtext} and {stext} have different element \
                         types {a} and {b}"
                    )
                }
                (Type::Slice(_), _) => {
                    let message = format!("invalid copy: argument must be a slice; have {stext}");
                    self.error(*src, message);
                    return INVALID;
                }
                _ => format!("invalid copy: argument must be a slice; have {dtext}"),
            };
            self.error(*dst, message);
            return INVALID;
        }
        (Expr::CopySlice(Box::new(d), Box::new(s)), Type::Int)
    }

    /// The element `target` names, if it is an element of a slice or an array (not a map's):
    /// the container as it lives (an array not copied), the index, and the element's type.
    pub(super) fn element_place(&mut self, target: Node) -> Option<(Expr, Expr, Type)> {
        let operand = target.child_by_field_name("operand")?;
        let index = target.child_by_field_name("index")?;
        let (of, ty) = self.value(operand);
        let (of, ty) = super::named_composite::array_pointee(of, ty);
        let ty = super::named_composite::peeled(ty);
        let of = super::arrays::in_place(of);
        let text = self.expr_text(target);
        let unassignable =
            format!("cannot assign to {text} (neither addressable nor a map index expression)");
        let elem = match &ty {
            Type::Slice(elem) => *elem.clone(),
            Type::Array(len, elem) => {
                let i = self.index_value(index);
                if !super::arrays::addressable(&of) {
                    self.error(target, unassignable);
                    return None;
                }
                self.array_bound(index, &i, *len);
                return Some((of, i, *elem.clone()));
            }
            Type::Invalid => return None,
            Type::Str | Type::Untyped(Untyped::Str) => {
                self.index_value(index);
                self.error(target, unassignable);
                return None;
            }
            Type::Named(_, _, u) if **u == Type::Str => {
                self.index_value(index);
                self.error(target, unassignable);
                return None;
            }
            other => {
                let described = self.described(operand, &of, other);
                let bracket = crate::go::syntax::children(target).find(|c| c.kind() == "[");
                self.error(
                    bracket.unwrap_or(target),
                    format!("cannot index {described}"),
                );
                return None;
            }
        };
        let i = self.index_value(index);
        Some((of, i, elem))
    }

    /// The type of `n` where it is a name, or a field or element of one, found without
    /// lowering it (which would say its mistakes twice).
    pub(super) fn peek_type(&mut self, n: Node) -> Option<Type> {
        use super::scope::Resolved;
        match n.kind() {
            "identifier" => {
                let name = self.text_of(n).to_string();
                match self.resolve(&name, false) {
                    Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t) => {
                        Some(super::named_composite::peeled(t))
                    }
                    _ => None,
                }
            }
            "selector_expression" => {
                let base = self.peek_type(n.child_by_field_name("operand")?)?;
                let member = self.text_of(n.child_by_field_name("field")?);
                let id = Self::struct_of(&base)?;
                let fields = &self.structs.defs.get(id)?.fields;
                fields
                    .iter()
                    .find(|f| f.0 == member)
                    .map(|f| super::named_composite::peeled(f.1.clone()))
            }
            "index_expression" => match self.peek_type(n.child_by_field_name("operand")?)? {
                Type::Slice(e) | Type::Array(_, e) | Type::Map(_, e) => {
                    Some(super::named_composite::peeled(*e))
                }
                _ => None,
            },
            "parenthesized_expression" => self.peek_type(n.named_child(0)?),
            // `&T{…}`, a pointer to a struct literal.
            "unary_expression" if self.text_of(n).starts_with('&') => {
                let literal = n.child_by_field_name("operand")?;
                let t = literal.child_by_field_name("type")?;
                if literal.kind() != "composite_literal" {
                    return None;
                }
                let id = *self.structs.by_name.get(self.text_of(t))?;
                Some(Type::Pointer(Box::new(self.declared_type(id))))
            }
            // `T{…}` of a declared type.
            "composite_literal" => {
                let t = n.child_by_field_name("type")?;
                let id = *self.structs.by_name.get(self.text_of(t))?;
                Some(self.declared_type(id))
            }
            // A call of one of the file's functions of one result.
            "call_expression" => {
                let callee = n.child_by_field_name("function")?;
                if callee.kind() != "identifier" {
                    return None;
                }
                let name = self.text_of(callee).to_string();
                match self.resolve(&name, false) {
                    Resolved::Func(f) => self.sigs[f]
                        .result
                        .clone()
                        .filter(|r| !matches!(r, Type::Tuple(_))),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `s[i] = v`, `s[i] op= v` and `s[i]++` (no `v`, `op` set), lowered if `target` is an
    /// element of a slice or an array.
    pub(super) fn element_store(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) {
        let Some((of, index, ty)) = self.element_place(target) else {
            if let Some(v) = value {
                self.used_in(v);
            }
            return;
        };
        let Some(v) = self.stored_value(n, target, &ty, op, value, Expr::int(0)) else {
            return;
        };
        let value = match (op, v) {
            (Some(_), Expr::Binary(_, _, v)) => *v,
            (_, v) => v,
        };
        let pc = self.mark(n);
        let kind = StmtKind::SetIndex {
            of,
            index,
            op,
            value,
        };
        out.push(Stmt::new(kind, pc));
    }
}

//! Maps: `make(map[K]V)`, literals, `m[k]`, `m[k] = v` and its updates, `delete`, `len`,
//! `range` and `v, ok := m[k]`. Keys are the subset's comparable basics, arrays and structs
//! of them, pointers to structs and channels.

use super::Lowerer;
use crate::go::syntax::{children, elements};
use crate::go::types::{Type, cannot_use, of_type};
use syncscope_program::{BinOp, Block, Expr, Stmt, StmtKind, Target};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `map[K]V` as written; keys `keyable` does not take are refused.
    pub(super) fn map_type(&mut self, t: Node) -> Type {
        let (Some(k), Some(v)) = (t.child_by_field_name("key"), t.child_by_field_name("value"))
        else {
            return Type::Invalid;
        };
        let key = self.type_of(k);
        let value = self.type_of(v);
        if self.incomparable(&key) {
            let key = key.spelled(self.spelling());
            self.error(k, format!("invalid map key type {key}"));
            return Type::Invalid;
        }
        if !self.keyable(&key) {
            self.unsupported(k, &format!("maps with keys of type {key}"));
            return Type::Invalid;
        }
        if matches!(
            value,
            Type::Mutex
                | Type::RwMutex
                | Type::WaitGroup
                | Type::Atomic(_)
                | Type::AtomicPointer(_)
                | Type::Once
        ) {
            self.unsupported(v, &format!("maps of {value}"));
            return Type::Invalid;
        }
        Type::Map(Box::new(key), Box::new(value))
    }

    /// `make(map[K]V)` or `make(map[K]V, hint)`.
    pub(super) fn make_map(&mut self, n: Node, t: Node, rest: &[Node]) -> (Expr, Type) {
        let ty = match t.kind() {
            "map_type" => self.map_type(t),
            _ => self.type_of(t),
        };
        if let [hint] = rest {
            self.value_as(*hint, &Type::Int, "argument to make");
        } else if rest.len() > 1 {
            let text = self.expr_text(n);
            self.error(
                n,
                format!(
                    "invalid operation: {text} expects 1 or 2 arguments; found {}",
                    rest.len() + 1
                ),
            );
        }
        let var = self.hidden_var(&self.made_name("map"));
        (
            Expr::MakeMap {
                var,
                entries: Vec::new(),
            },
            ty,
        )
    }

    /// `map[K]V{k: v, ...}`.
    pub(super) fn map_lit(&mut self, ty: Type, body: Node) -> (Expr, Type) {
        let Type::Map(key, value) = &super::named_composite::peeled(ty.clone()) else {
            return (Expr::int(0), Type::Invalid);
        };
        let mut entries = Vec::new();
        for el in elements(body) {
            let k = el.child_by_field_name("key").and_then(|k| k.named_child(0));
            let v = el
                .child_by_field_name("value")
                .and_then(|v| v.named_child(0));
            let (Some(k), Some(v)) = (k, v) else {
                self.error(el, "missing key in map literal".into());
                continue;
            };
            let k = self.element(k, key, "map literal");
            let v = self.element(v, value, "map literal");
            entries.push((k, v));
        }
        let var = self.hidden_var(&self.made_name("map"));
        (Expr::MakeMap { var, entries }, ty)
    }

    /// `m[k]` of a map: its value, or the zero value when missing.
    pub(super) fn map_index(
        &mut self,
        m: Expr,
        key: &Type,
        value: &Type,
        index: Node,
    ) -> (Expr, Type) {
        let k = self.value_as(index, key, "map index");
        let zero = self.zero_of(value, "map value");
        let e = Expr::MapGet {
            map: Box::new(m),
            key: Box::new(k),
            zero: Box::new(zero),
        };
        (e, value.clone())
    }

    /// `m[k] = v`, `m[k] op= v`, `m[k]++`: lowered when `target` indexes a map.
    pub(super) fn map_store(
        &mut self,
        n: Node,
        target: Node,
        op: Option<BinOp>,
        value: Option<Node>,
        out: &mut Block,
    ) -> bool {
        let (Some(operand), Some(index)) = (
            target.child_by_field_name("operand"),
            target.child_by_field_name("index"),
        ) else {
            return false;
        };
        let (m, ty) = self.expr(operand);
        let Type::Map(key, elem) = super::named_composite::peeled(ty) else {
            return false;
        };
        let k = self.value_as(index, &key, "map index");
        // The old value stands in the update and is put in at run time.
        let Some(v) = self.stored_value(n, target, &elem, op, value, Expr::int(0)) else {
            return true;
        };
        let kind = match (op, v) {
            (Some(op), Expr::Binary(_, _, v)) => StmtKind::MapUpdate {
                map: m,
                key: k,
                op,
                value: *v,
                zero: self.zero_of(&elem, "map value"),
            },
            (_, v) => StmtKind::MapSet(m, k, v),
        };
        let pc = self.mark(n);
        out.push(Stmt::new(kind, pc));
        true
    }

    /// Whether `target` is `m[k]` of a map (so an assignment to it is a map store).
    pub(super) fn indexes_map(&mut self, target: Node) -> bool {
        if target.kind() != "index_expression" {
            return false;
        }
        let Some(operand) = target.child_by_field_name("operand") else {
            return false;
        };
        // A name's type is known without lowering it twice.
        if operand.kind() == "identifier" {
            return self
                .variable_type(operand)
                .is_some_and(|t| matches!(t.under(), Type::Map(..)));
        }
        // `(*p)[k]` of a pointer to a map.
        if operand.kind() == "parenthesized_expression"
            && let Some(pointee) = operand.named_child(0)
            && super::pointers::is_pointee(pointee)
            && let Some(p) = pointee.child_by_field_name("operand")
            && p.kind() == "identifier"
        {
            return self.variable_type(p).is_some_and(
                |t| matches!(t.under(), Type::Pointer(to) if matches!(to.under(), Type::Map(..))),
            );
        }
        // A field's or element's type is found without lowering it twice too.
        operand.kind() == "selector_expression"
            && matches!(self.peek_type(operand), Some(Type::Map(..)) | None)
    }

    /// The type of the variable `name` names, if it names one.
    fn variable_type(&mut self, name: Node) -> Option<Type> {
        let name = self.text_of(name).to_string();
        match self.resolve(&name, false) {
            super::scope::Resolved::Local(_, t)
            | super::scope::Resolved::Captured(_, t)
            | super::scope::Resolved::Global(_, t) => Some(t),
            _ => None,
        }
    }

    /// `delete(m, k)`.
    pub(super) fn delete_stmt(&mut self, call: Node) -> Option<(Expr, Expr)> {
        let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let [m, k] = args.as_slice() else {
            self.builtin_arity(call, &args, 2);
            return None;
        };
        let (me, ty) = self.value(*m);
        let Type::Map(key, _) = super::named_composite::peeled(ty.clone()) else {
            if ty != Type::Invalid {
                let text = self.described(*m, &me, &ty);
                self.error(*m, format!("invalid argument: {text} is not a map"));
            }
            return None;
        };
        let ke = self.value_as(*k, &key, "argument to delete");
        Some((me, ke))
    }

    /// `v, ok := m[k]` (or `=`): true when `right` is one map index.
    pub(super) fn map_comma_ok(
        &mut self,
        n: Node,
        left: &[Node],
        right: &[Node],
        define: bool,
        out: &mut Block,
    ) -> bool {
        let ([v, ok], [index]) = (left, right) else {
            return false;
        };
        if index.kind() != "index_expression" {
            return false;
        }
        let (Some(operand), Some(key_node)) = (
            index.child_by_field_name("operand"),
            index.child_by_field_name("index"),
        ) else {
            return false;
        };
        let (m, ty) = self.expr(operand);
        let Type::Map(key, elem) = super::named_composite::peeled(ty) else {
            return false;
        };
        let k = self.value_as(key_node, &key, "map index");
        let zero = self.zero_of(&elem, "map value");
        let mut into = Vec::new();
        let mut fresh = false;
        for (target, ty) in [(*v, *elem.clone()), (*ok, Type::Bool)] {
            let text = self.text_of(target).to_string();
            if text == "_" {
                into.push(Target::Discard);
            } else if define && self.in_this_block(&text).is_none() {
                fresh = true;
                into.push(Target::Declare(self.declare(&text, ty, target)));
            } else if let Some((place, have)) = self.place_of(target, false) {
                if !self.assignable_here(&ty, &have) {
                    // Go words `ok` as an untyped bool, the value as the map's entry.
                    let spelling = self.spelling();
                    let what = match ty {
                        Type::Bool => "untyped bool value".into(),
                        _ => format!("map index expression {}", of_type(&ty, spelling)),
                    };
                    let text = format!("{} ({what})", self.expr_text(*index));
                    let message = cannot_use(&text, &have, "assignment", spelling);
                    self.error(*index, message);
                }
                into.push(Target::Store(place));
            }
        }
        if define && !fresh {
            // Go puts it at the `:=`.
            let op = children(n).find(|c| !c.is_named() && self.text_of(*c) == ":=");
            self.error(
                op.unwrap_or(n),
                "no new variables on left side of :=".into(),
            );
        }
        let pc = self.mark(n);
        let kind = StmtKind::MapLookup {
            map: m,
            key: k,
            zero,
            into,
        };
        out.push(Stmt::new(kind, pc));
        true
    }
}

impl Lowerer<'_> {
    /// Whether syncscope keeps a map's keys of type `key`: integers, strings and booleans,
    /// arrays and structs of them, pointers to structs (by which struct they point to) and
    /// channels (by which channel they are).
    /// Whether `==` is not defined on values of `ty`: slices, maps, functions, and arrays and
    /// structs holding one.
    fn incomparable(&self, ty: &Type) -> bool {
        match ty.under() {
            Type::Slice(_) | Type::Func(..) | Type::Map(..) => true,
            Type::Array(_, elem) => self.incomparable(elem),
            Type::Struct(id, _) => self
                .structs
                .defs
                .get(*id)
                .is_some_and(|def| def.fields.iter().any(|(_, t)| self.incomparable(t))),
            _ => false,
        }
    }

    fn keyable(&self, key: &Type) -> bool {
        match key.under() {
            Type::Int
            | Type::Sized(_)
            | Type::Str
            | Type::Bool
            | Type::Rune
            | Type::Byte
            | Type::Invalid
            | Type::Chan(..) => true,
            Type::Array(_, elem) => self.keyable(elem),
            Type::Pointer(_) => Self::struct_of(key).is_some(),
            Type::Struct(id, _) => self.structs.defs.get(*id).is_some_and(|def| {
                def.underlying.is_none() && def.fields.iter().all(|(_, t)| self.keyable(t))
            }),
            _ => false,
        }
    }
}

//! The library's iterators as the functions they are: `slices.Values(s)`, `slices.All(s)`,
//! `maps.Keys(m)`, `maps.Values(m)` and `maps.All(m)` make a function that calls `yield`
//! with each element (in the map's own random order, as a range over it), and
//! `slices.Collect(seq)` / `slices.Sorted(seq)` call any such function with a `yield` that
//! appends, as Go's own code does. Each is made here as the program's own functions.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::library::InPlace;
use syncscope_program::{Capture, Expr, Func, Lit, Place, SliceAt, Slot, Stmt, StmtKind, UnOp};

/// Which of a range's two values an iterator yields.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Yields {
    Index,
    Value,
    Both,
}

impl Lowerer<'_> {
    /// The iterator over `over` (a slice or a map of `key` and `elem`), yielding `which`.
    pub(super) fn seq_of(
        &mut self,
        name: &str,
        over: Expr,
        key: Type,
        elem: Type,
        which: Yields,
    ) -> (Expr, Type) {
        let yielded = match which {
            Yields::Index => vec![key],
            Yields::Value => vec![elem],
            Yields::Both => vec![key, elem],
        };
        let yield_ty = Type::Func(yielded.clone(), Some(Box::new(Type::Bool)));
        let seq_ty = Type::Func(vec![yield_ty], None);
        // The function that ranges: `yield` its slot 0, what it ranges over captured.
        let inner = self.new_func(&format!("{name}.func1"));
        let (mut index, mut value, mut slot) = (None, None, 1);
        let mut args = Vec::new();
        for (wanted, var) in [
            (which != Yields::Value, &mut index),
            (which != Yields::Index, &mut value),
        ] {
            if wanted {
                *var = Some(slot);
                args.push(Expr::Local(slot));
                slot += 1;
            }
        }
        let stop = Expr::Unary(
            UnOp::Not,
            Box::new(Expr::CallValue(Box::new(Expr::Local(0)), args)),
        );
        let ret = Stmt::new(StmtKind::Return(None), None);
        let check = Stmt::new(StmtKind::If(stop, vec![ret], Vec::new()), None);
        let range = StmtKind::Range {
            over: Expr::Captured(0),
            index,
            value,
            body: vec![check],
            fresh: true,
        };
        self.set_func(inner, 1, slot, 1, vec![Stmt::new(range, None)]);
        // The function called: what it ranges over, given to the iterator it returns.
        let outer = self.new_func(name);
        let made = Expr::Closure(inner, vec![Capture::Slot(0)]);
        let body = vec![Stmt::new(StmtKind::Return(Some(made)), None)];
        self.set_func(outer, 1, 1, 0, body);
        if let Some(f) = self.funcs[outer].as_mut() {
            f.boxed = vec![true];
        }
        (Expr::Call(outer, vec![over]), seq_ty)
    }

    /// `slices.Collect(seq)` or `slices.Sorted(seq)` of an iterator of `elem`.
    pub(super) fn collect_seq(&mut self, seq: Expr, elem: Type, sorted: bool) -> (Expr, Type) {
        let name = if sorted {
            "slices.Sorted"
        } else {
            "slices.Collect"
        };
        let grow = Box::new(self.grow_of(&elem));
        // `yield`: appends its value to the slice captured, and asks for more.
        let inner = self.new_func(&format!("{name}.func1"));
        let appended = Expr::Append {
            slice: Box::new(Expr::Captured(0)),
            items: vec![Expr::Local(0)],
            spread: false,
            grow,
        };
        let body = vec![
            Stmt::new(StmtKind::Assign(Place::Captured(0), appended), None),
            Stmt::new(StmtKind::Return(Some(Expr::Lit(Lit::Bool(true)))), None),
        ];
        self.set_func(inner, 1, 1, 1, body);
        let outer = self.new_func(name);
        let out: Slot = 1;
        let call = Expr::CallValue(
            Box::new(Expr::Local(0)),
            vec![Expr::Closure(inner, vec![Capture::Slot(out)])],
        );
        let mut body = vec![
            Stmt::new(StmtKind::Let(out, Expr::NilSlice), None),
            Stmt::new(StmtKind::Expr(call), None),
        ];
        if sorted {
            let sort = StmtKind::InPlace(SliceAt::Var(Place::Local(out)), InPlace::Sort);
            body.push(Stmt::new(sort, None));
        }
        body.push(Stmt::new(StmtKind::Return(Some(Expr::Local(out))), None));
        self.set_func(outer, 1, 2, 0, body);
        if let Some(f) = self.funcs[outer].as_mut() {
            f.boxed = vec![false, true];
        }
        (Expr::Call(outer, vec![seq]), Type::Slice(Box::new(elem)))
    }

    /// `slices.Values(s)` or `slices.All(s)`.
    pub(super) fn slice_seq(
        &mut self,
        n: tree_sitter::Node,
        member: &str,
        arg: tree_sitter::Node,
    ) -> (Expr, Type) {
        let (s, ty) = self.value(arg);
        let elem = match ty.under() {
            Type::Slice(elem) => (**elem).clone(),
            Type::Invalid => return (Expr::int(0), Type::Invalid),
            _ => {
                // Where Go's `slices/iter.go` declares the type parameter it cannot infer.
                let col = if member == "All" { 22 } else { 25 };
                let line = if member == "All" { 14 } else { 37 };
                let message = format!(
                    "in call to slices.{member}, cannot infer E (declared at \
                     $GOROOT/src/slices/iter.go:{line}:{col})"
                );
                self.error(paren(n), message);
                return (Expr::int(0), Type::Invalid);
            }
        };
        let which = yields(member).unwrap_or(Yields::Both);
        self.seq_of(&format!("slices.{member}"), s, Type::Int, elem, which)
    }

    /// `slices.Collect(seq)` or `slices.Sorted(seq)` of an iterator other than `maps.Keys`
    /// or `maps.Values` written in place.
    pub(super) fn collect_other(
        &mut self,
        n: tree_sitter::Node,
        member: &str,
        args: &[tree_sitter::Node],
    ) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let [arg] = args else {
            self.unsupported(n, &format!("this call of slices.{member}"));
            return invalid;
        };
        let (seq, ty) = self.value(*arg);
        if ty == Type::Invalid {
            return invalid;
        }
        let Some(elem) = Self::seq_elem(&ty) else {
            self.unsupported(n, &format!("slices.{member} of other than an iter.Seq"));
            return invalid;
        };
        let sorted = member == "Sorted";
        if sorted && !super::lib_slices::is_ordered(elem.under()) {
            let e = elem.spelled(self.spelling()).to_string();
            let message = format!(
                "{e} does not satisfy cmp.Ordered ({e} missing in {})",
                super::lib_slices::ORDERED
            );
            self.error(paren(n), message);
            return invalid;
        }
        self.collect_seq(seq, elem, sorted)
    }

    /// The element type of an iterator of one value, `func(yield func(E) bool)`.
    pub(super) fn seq_elem(ty: &Type) -> Option<Type> {
        match ty.under() {
            Type::Func(params, None) => match params.as_slice() {
                [Type::Func(yielded, Some(r))] if **r == Type::Bool && yielded.len() == 1 => {
                    Some(yielded[0].clone())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The body of a function of the program's own, made with `new_func`.
    fn set_func(
        &mut self,
        id: usize,
        params: usize,
        slots: usize,
        captures: usize,
        body: Vec<Stmt>,
    ) {
        self.funcs[id] = Some(Func {
            name: self.names[id].clone(),
            mark: u16::try_from(id).unwrap_or(u16::MAX),
            params,
            slots,
            boxed: vec![false; slots],
            captures,
            body,
            recovered: None,
        });
    }
}

/// What `slices.member` or `maps.member` yields, if it makes an iterator.
pub(super) fn yields(member: &str) -> Option<Yields> {
    Some(match member {
        "Keys" => Yields::Index,
        "Values" => Yields::Value,
        "All" => Yields::Both,
        _ => return None,
    })
}

/// Where Go's compiler places a mistake of a call's arguments: its opening parenthesis.
fn paren(call: tree_sitter::Node) -> tree_sitter::Node {
    call.child_by_field_name("arguments").unwrap_or(call)
}

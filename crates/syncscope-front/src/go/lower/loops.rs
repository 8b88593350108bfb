//! `for` in its forms: for ever, while a condition holds, three clauses, and `range` over a
//! slice, a channel or (as Go 1.22 has it) an int.

use super::Lowerer;
use super::stmt::list_of;
use crate::go::syntax::children;
use crate::go::types::{Dir, Type, Untyped, converted};
use syncscope_program::{BinOp, Block, Expr, Place, Slot, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    pub(super) fn for_stmt(&mut self, n: Node, out: &mut Block) {
        let Some(body) = n.child_by_field_name("body") else {
            return;
        };
        let clause = children(n).find(|c| c.is_named() && c.id() != body.id());
        self.open_block();
        match clause {
            None => {
                let pc = self.mark(n);
                let body = self.loop_body(body);
                out.push(Stmt::new(for_ever(None, None, body), pc));
            }
            Some(c) if c.kind() == "for_clause" => {
                let before = out.len();
                if let Some(init) = c.child_by_field_name("initializer") {
                    self.stmt(init, out);
                }
                // The variables the loop declares: from Go 1.22, each round's its own.
                let fresh: Vec<Slot> = match self.lang.loop_per_round() {
                    true => out[before..]
                        .iter()
                        .filter_map(|s| match s.kind {
                            StmtKind::Let(slot, _) => Some(slot),
                            _ => None,
                        })
                        .collect(),
                    false => Vec::new(),
                };
                let cond = c
                    .child_by_field_name("condition")
                    .map(|x| self.condition(x, "for"));
                let mut post = Vec::new();
                if let Some(update) = c.child_by_field_name("update") {
                    self.stmt(update, &mut post);
                }
                let pc = self.mark(n);
                let body = self.loop_body(body);
                // `i, j = i+1, j-1` is several statements: one block of them.
                let post = match post.len() {
                    0 | 1 => post.pop(),
                    _ => Some(Stmt::new(
                        StmtKind::If(
                            Expr::Lit(syncscope_program::Lit::Bool(true)),
                            post,
                            Vec::new(),
                        ),
                        None,
                    )),
                }
                .map(Box::new);
                let kind = StmtKind::For {
                    cond,
                    post,
                    body,
                    fresh,
                };
                out.push(Stmt::new(kind, pc));
            }
            Some(c) if c.kind() == "range_clause" => self.range(n, c, body, out),
            Some(cond) => {
                let cond = self.condition(cond, "for");
                let pc = self.mark(n);
                let body = self.loop_body(body);
                out.push(Stmt::new(for_ever(Some(cond), None, body), pc));
            }
        }
        self.close_block();
    }

    fn range(&mut self, n: Node, clause: Node, body: Node, out: &mut Block) {
        let Some(over) = clause.child_by_field_name("right") else {
            return;
        };
        let names = list_of(clause.child_by_field_name("left"));
        let defines = children(clause).any(|c| !c.is_named() && self.text_of(c) == ":=");
        // `for k, v = range x`: each round's values go to the variables written.
        let assign = !names.is_empty() && !defines;
        if self.range_map_seq(n, over, &names, assign, body, out) {
            return;
        }
        let mut prefix = Vec::new();
        let (e, ty) = self.value(over);
        // Go's messages name the declared type, not what it is made of.
        let shown = ty.clone();
        let (e, ty) = super::named_composite::array_pointee(e, ty);
        let ty = match super::named_composite::peeled(ty) {
            // A declared string type's runes, as a string's.
            Type::Named(_, _, u) if *u == Type::Str => Type::Str,
            ty => ty,
        };
        // Go ranges over a copy of an array only when it reads the elements.
        let e = match ty {
            Type::Array(..) if names.len() < 2 => super::arrays::in_place(e),
            _ => e,
        };
        match ty.clone() {
            Type::Slice(elem) | Type::Array(_, elem) => {
                let index = self.range_var(&names, 0, Type::Int, assign, &mut prefix);
                let value = self.range_var(&names, 1, *elem, assign, &mut prefix);
                let pc = self.mark(n);
                let body = self.range_body(body, prefix);
                out.push(Stmt::new(
                    StmtKind::Range {
                        over: e,
                        index,
                        value,
                        body,
                        fresh: self.lang.loop_per_round(),
                    },
                    pc,
                ));
            }
            ty @ (Type::Map(..) | Type::Str | Type::Untyped(Untyped::Str)) => {
                // A map's keys and values; a string's runes and the byte each starts at.
                let (key, elem) = match ty {
                    Type::Map(key, elem) => (*key, *elem),
                    _ => (Type::Int, Type::Rune),
                };
                let index = self.range_var(&names, 0, key, assign, &mut prefix);
                let value = self.range_var(&names, 1, elem, assign, &mut prefix);
                let pc = self.mark(n);
                let body = self.range_body(body, prefix);
                let kind = StmtKind::Range {
                    over: e,
                    index,
                    value,
                    body,
                    fresh: self.lang.loop_per_round(),
                };
                out.push(Stmt::new(kind, pc));
            }
            _ if super::shifts::is_integer(&ty) => {
                // Reported, and the loop lowered still, so that what it uses counts as used.
                if !self.lang.loop_per_round() {
                    let text = self.described(over, &e, &shown);
                    let lang = self.lang.0;
                    self.error(
                        over,
                        format!(
                            "cannot range over {text}: requires go1.22 or later (-lang was set \
                             to go1.{lang}; check go.mod)"
                        ),
                    );
                }
                if names.len() > 1 {
                    let text = self.described(over, &e, &shown);
                    self.error(
                        names[1],
                        format!("range over {text} permits only one iteration variable"),
                    );
                    return self.refused_range(&names, body);
                }
                // `for i := range n`: n once, then a fresh i each time round, as Go 1.22.
                let n_slot = self.declare("_", Type::Int, over);
                let counter = self.declare("_", Type::Int, over);
                let pc = self.mark(n);
                out.push(Stmt::new(
                    StmtKind::Let(n_slot, converted(e, &ty, &Type::Int)),
                    pc,
                ));
                out.push(Stmt::new(StmtKind::Let(counter, Expr::int(0)), None));
                let mut inner = Vec::new();
                // `i` is of the integer's type (`int64`, a declared `main.level`).
                let each = ty.clone().defaulted();
                let value = match each.narrow_int() {
                    Some(kind) => Expr::Convert(kind, Box::new(Expr::Local(counter))),
                    None => Expr::Local(counter),
                };
                if let Some(i) = self.range_var(&names, 0, each, assign, &mut prefix) {
                    inner.push(Stmt::new(StmtKind::Let(i, value), None));
                }
                inner.extend(self.range_body(body, prefix));
                let cond = Expr::Binary(
                    BinOp::Lt,
                    Box::new(Expr::Local(counter)),
                    Box::new(Expr::Local(n_slot)),
                );
                let post = Stmt::new(
                    StmtKind::Update(Place::Local(counter), BinOp::Add, Expr::int(1)),
                    None,
                );
                let pc = self.mark(n);
                out.push(Stmt::new(
                    for_ever(Some(cond), Some(Box::new(post)), inner),
                    pc,
                ));
            }
            Type::Chan(dir, elem) => {
                // A mistake is reported and the loop lowered still, so that what it uses
                // counts as used.
                let text = self.described(over, &e, &shown);
                if dir == Dir::Send {
                    let ty = shown.spelled(self.spelling());
                    let message =
                        format!("cannot range over {text}: receive from send-only channel {ty}");
                    self.error(over, message);
                } else if names.len() > 1 {
                    let message = format!("range over {text} permits only one iteration variable");
                    self.error(names[1], message);
                }
                // Each value received goes to the loop's variable until the channel is closed.
                let index = self.range_var(&names, 0, *elem, assign, &mut prefix);
                let pc = self.mark(n);
                let body = self.range_body(body, prefix);
                let kind = StmtKind::Range {
                    over: e,
                    index,
                    value: None,
                    body,
                    fresh: self.lang.loop_per_round(),
                };
                out.push(Stmt::new(kind, pc));
            }
            // Go looks at the body still, with the variables of no type.
            Type::Invalid => self.refused_range(&names, body),
            Type::Func(mut params, None)
                if self.lang.0 >= 23 && super::map_iters::iterator(&params) =>
            {
                let Some(Type::Func(yielded, _)) = params.pop() else {
                    return;
                };
                let e = (e, &shown);
                self.range_func(n, over, &names, assign, body, e, yielded, out);
            }
            _ => {
                let text = self.described(over, &e, &shown);
                self.error(over, format!("cannot range over {text}"));
                self.refused_range(&names, body);
            }
        }
    }

    /// The body of a range Go refused, looked at still as Go does, so that what it uses
    /// counts as used; its variables are used too.
    pub(super) fn refused_range(&mut self, names: &[Node], body: Node) {
        for name in names {
            let text = self.text_of(*name).to_string();
            self.declare(&text, Type::Invalid, *name);
            self.resolve(&text, true);
        }
        self.loop_body(body);
    }
}

/// A loop with no variables of its own.
fn for_ever(cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block) -> StmtKind {
    StmtKind::For {
        cond,
        post,
        body,
        fresh: Vec::new(),
    }
}

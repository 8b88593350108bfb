//! Channels: `make(chan T, n)`, `<-ch`, `ch <- v`, `close`, `cap`, `time.After`, and the
//! two-value receive `v, ok := <-ch`, checked against the channel's direction and element
//! type in the words of Go's compiler.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::syntax::children;
use crate::go::types::{Dir, Type, Untyped, cannot_use, of_type};
use syncscope_program::{Block, Expr, Place, Stmt, StmtKind, Target};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `<-operand`: the value received, of the element type.
    pub(super) fn receive(&mut self, operand: Node) -> (Expr, Type) {
        let (ch, ty) = self.value(operand);
        match self.chan_elem(operand, &ch, &ty, "receive from", Dir::Send) {
            Some(elem) => (Expr::Recv(Box::new(ch)), elem),
            None => (ch, Type::Invalid),
        }
    }

    /// The element type of a channel that lets `verb` happen (it is not `refused`-only);
    /// else Go's error, at the channel.
    fn chan_elem(
        &mut self,
        at: Node,
        e: &Expr,
        ty: &Type,
        verb: &str,
        refused: Dir,
    ) -> Option<Type> {
        let problem = match ty.under() {
            Type::Invalid => return None,
            Type::Chan(dir, _) if *dir == refused => {
                let only = if refused == Dir::Send {
                    "send-only"
                } else {
                    "receive-only"
                };
                format!("{only} channel")
            }
            Type::Chan(_, elem) => return Some(*elem.clone()),
            _ => "non-channel".into(),
        };
        let text = self.described(at, e, ty);
        // Go names the channel's type before the channel it sends to or receives from.
        let ty = match verb {
            "close" => String::new(),
            _ => format!("{} ", ty.spelled(self.spelling())),
        };
        self.error(
            at,
            format!("invalid operation: cannot {verb} {problem} {ty}{text}"),
        );
        None
    }

    /// `ch <- v`, as a statement or a select case: the channel and the value.
    pub(super) fn send_parts(&mut self, n: Node) -> Option<(Expr, Expr)> {
        let (Some(chan), Some(value)) = (
            n.child_by_field_name("channel"),
            n.child_by_field_name("value"),
        ) else {
            return None;
        };
        let (ch, ty) = self.value(chan);
        let elem = self.chan_elem(chan, &ch, &ty, "send to", Dir::Recv);
        let v = match &elem {
            Some(elem) => self.value_as(value, elem, "send"),
            None => self.value(value).0,
        };
        elem.map(|_| (ch, v))
    }

    pub(super) fn send_stmt(&mut self, n: Node, out: &mut Block) {
        if let Some((ch, v)) = self.send_parts(n) {
            let pc = self.mark(n);
            out.push(Stmt::new(StmtKind::Send(ch, v), pc));
        }
    }

    /// `make(chan T)` and `make(chan T, n)`, named after the variable it is made for.
    pub(super) fn make(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let invalid = (Expr::int(0), Type::Invalid);
        let Some((t, rest)) = args.split_first() else {
            return self.builtin_arity(n, args, 1);
        };
        let kind = self.made_kind(*t);
        if kind == "map_type" {
            return self.make_map(n, *t, rest);
        }
        if kind == "slice_type" {
            return self.make_slice(n, *t, rest);
        }
        if kind != "channel_type" {
            self.unsupported(n, "make(...) of anything but a channel");
            return invalid;
        }
        let ty = self.type_of(*t);
        let Type::Chan(_, elem) = &super::named_composite::peeled(ty.clone()) else {
            return invalid;
        };
        let cap = match rest {
            [] => Expr::int(0),
            [size] => self.index_value(*size),
            [_, _, ..] => {
                let text = self.expr_text(n);
                self.error(
                    n,
                    format!(
                        "invalid operation: {text} expects 1 or 2 arguments; found {}",
                        args.len()
                    ),
                );
                return invalid;
            }
        };
        let name = match &self.naming {
            Some((id, name)) if *id == n.id() => name.clone(),
            _ => "chan".into(),
        };
        // What a receive from it gives once it is closed: a struct's, an array's or a
        // pointer's zero value too.
        let zero = self.zero_of(elem, &format!("{name}.zero"));
        self.chans.push(name);
        let e = Expr::MakeChan {
            site: self.chans.len() - 1,
            cap: Box::new(cap),
            zero: Box::new(zero),
        };
        (e, ty)
    }

    /// An index, a slice's bound or a channel's buffer size, checked as Go checks an index:
    /// of an integer type (`time.Duration` is one), or a constant that converts to `int`.
    pub(super) fn index_value(&mut self, n: Node) -> Expr {
        let (e, ty) = self.value(n);
        let text = self.described(n, &e, &ty);
        if let Some(v) = negative(&e) {
            let shown = self.expr_text(n);
            let value = if shown == v.to_string() {
                String::new()
            } else {
                format!("{v} ")
            };
            let ty = ty.defaulted();
            let message = format!(
                "invalid argument: index {shown} (constant {value}of type {ty}) must not be negative"
            );
            self.error(n, message);
            return e;
        }
        match ty {
            // Any integer type, declared ones and bytes and runes too.
            Type::Invalid => e,
            _ if super::shifts::is_integer(&ty) => e,
            Type::Untyped(Untyped::Float) => match super::operators::constant_float(&e) {
                Some(v) if v.fract() == 0.0 => {
                    Expr::Convert(syncscope_program::Ty::Int, Box::new(e))
                }
                _ => {
                    self.error(n, format!("{text} truncated to int"));
                    e
                }
            },
            Type::Untyped(_) => {
                self.error(n, format!("cannot convert {text} to type int"));
                e
            }
            _ => {
                self.error(n, format!("invalid argument: index {text} must be integer"));
                e
            }
        }
    }

    /// `close(ch)`, its channel checked: `None` once the mistake is reported.
    pub(super) fn close_arg(&mut self, call: Node, args: &[Node]) -> Option<Expr> {
        let [arg] = args else {
            self.builtin_arity(call, args, 1);
            return None;
        };
        let (ch, ty) = self.value(*arg);
        self.chan_elem(*arg, &ch, &ty, "close", Dir::Recv)?;
        Some(ch)
    }

    /// Whether `call` is a call of Go's own `close` (not a function of the file's).
    pub(super) fn is_close(&mut self, call: Node) -> bool {
        call.child_by_field_name("function")
            .is_some_and(|f| f.kind() == "identifier" && self.text_of(f) == "close")
            && matches!(self.resolve("close", false), Resolved::Undefined)
    }

    /// `v, ok := <-ch` (`define`) or `v, ok = <-ch`: where the value and `ok` go. Each new
    /// name is declared after the receive is lowered, as Go scopes it.
    pub(super) fn comma_ok(
        &mut self,
        n: Node,
        left: &[Node],
        recv: Node,
        define: bool,
    ) -> Option<(Expr, Vec<Target>)> {
        let operand = recv.child_by_field_name("operand")?;
        let (ch, ty) = self.value(operand);
        let elem = self.chan_elem(operand, &ch, &ty, "receive from", Dir::Send);
        let mut targets = Vec::new();
        let mut fresh = false;
        for (name, want) in left
            .iter()
            .zip([elem.clone().unwrap_or(Type::Invalid), Type::Bool])
        {
            let text = self.text_of(*name).to_string();
            if text == "_" {
                targets.push(Target::Discard);
                continue;
            }
            let existing = if define {
                if !super::scope::is_name(*name) {
                    self.error(*name, format!("non-name {text} on left side of :="));
                    continue;
                }
                self.in_this_block(&text).map(|(s, t)| (Place::Local(s), t))
            } else {
                Some(self.place_of(*name, false)?)
            };
            match existing {
                Some((place, have)) => {
                    if !self.assignable_here(&want, &have) {
                        // Go words `ok` as an untyped bool.
                        let what = match want {
                            Type::Bool => "untyped bool value".into(),
                            _ => {
                                format!("comma, ok expression {}", of_type(&want, self.spelling()))
                            }
                        };
                        let text = format!("{} ({what})", self.expr_text(recv));
                        let message = cannot_use(&text, &have, "assignment", self.spelling());
                        self.error(recv, message);
                    }
                    targets.push(Target::Store(place));
                }
                None => {
                    fresh = true;
                    let slot = self.declare(&text, want, *name);
                    targets.push(Target::Declare(slot));
                }
            }
        }
        if define && !fresh {
            let op = children(n).find(|c| !c.is_named() && self.text_of(*c) == ":=");
            self.error(
                op.unwrap_or(n),
                "no new variables on left side of :=".into(),
            );
        }
        elem.map(|_| (ch, targets))
    }

    /// `v, ok := <-ch` as a statement, if `right` is a receive.
    pub(super) fn comma_ok_stmt(
        &mut self,
        n: Node,
        left: &[Node],
        right: &[Node],
        define: bool,
        out: &mut Block,
    ) -> bool {
        if self.map_comma_ok(n, left, right, define, out) {
            return true;
        }
        let ([_, _], [recv]) = (left, right) else {
            return false;
        };
        if !is_receive(self, *recv) {
            return false;
        }
        if let Some((chan, into)) = self.comma_ok(n, left, *recv, define) {
            let pc = self.mark(n);
            out.push(Stmt::new(StmtKind::Recv { chan, into }, pc));
        }
        true
    }
}

/// The value of a negative integer constant (`-1`, or a `const` of one).
fn negative(e: &Expr) -> Option<i64> {
    match e {
        Expr::Unary(syncscope_program::UnOp::Neg, x) => match x.as_ref() {
            Expr::Lit(syncscope_program::Lit::Int(v)) if *v > 0 => Some(-v),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `n` is `<-x`.
pub(super) fn is_receive(l: &Lowerer, n: Node) -> bool {
    n.kind() == "unary_expression"
        && n.child_by_field_name("operator")
            .is_some_and(|o| l.text_of(o) == "<-")
}

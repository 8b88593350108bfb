//! `sync.Cond`: `sync.NewCond(&mu)` of a Mutex or RWMutex or of `rw.RLocker()`, the type
//! `*sync.Cond`, its `Wait`, `Signal` and `Broadcast`, and `c.L.Lock()` / `c.L.Unlock()`.

use super::Lowerer;
use super::stmt_calls::Builtin;
use crate::go::syntax::children;
use crate::go::types::{Spelling, Type};
use syncscope_program::{CondCall, Expr};
use tree_sitter::Node;

const INVALID: (Expr, Type) = (Expr::Lit(syncscope_program::Lit::Int(0)), Type::Invalid);

/// Go's name of `sync.Locker`, as its messages spell it.
fn locker(spelling: Spelling) -> &'static str {
    match spelling {
        Spelling::Plain => "sync.Locker",
        Spelling::Go { .. } => "\"sync\".Locker",
    }
}

impl Lowerer<'_> {
    /// `*sync.Cond` written as a type.
    pub(super) fn cond_type(&mut self, t: Node) -> Type {
        if self.use_package("sync") {
            return Type::Cond;
        }
        let at = t.named_child(0).unwrap_or(t);
        self.error(at, "undefined: sync".into());
        Type::Invalid
    }

    /// Whether `value` is a call of `sync.NewCond`.
    pub(super) fn makes_cond(&self, value: Node) -> bool {
        value.kind() == "call_expression"
            && value
                .child_by_field_name("function")
                .is_some_and(|f| self.canonical(self.text_of(f)) == "sync.NewCond")
    }

    /// The RWMutex `arg` is `rw.RLocker()` of, if it is that call (of an RWMutex or a pointer
    /// to one, with no arguments).
    fn rlocker_of<'t>(&mut self, arg: Node<'t>) -> Option<Node<'t>> {
        let callee = arg.child_by_field_name("function")?;
        let args = arg.child_by_field_name("arguments")?;
        let operand = callee.child_by_field_name("operand")?;
        let member = self.text_of(callee.child_by_field_name("field")?);
        let rw = match self.peek_type(operand)? {
            Type::RwMutex => true,
            Type::Pointer(inner) => *inner == Type::RwMutex,
            _ => false,
        };
        (arg.kind() == "call_expression"
            && callee.kind() == "selector_expression"
            && member == "RLocker"
            && rw
            && args.named_child_count() == 0)
            .then_some(operand)
    }

    /// `sync.NewCond(&mu)`: a Cond on a Mutex or an RWMutex (whose `Lock` it takes), or
    /// `sync.NewCond(rw.RLocker())` (whose `RLock`).
    pub(super) fn new_cond(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let want = locker(self.spelling());
        let [arg] = args else {
            let have: Vec<Type> = args.iter().map(|a| self.expr(*a).1).collect();
            let (at, words) = match args.get(1) {
                Some(extra) => (*extra, "too many"),
                None => (n, "not enough"),
            };
            let have = crate::go::types::types_summary(&have, self.spelling());
            self.error(
                at,
                format!("{words} arguments in call to sync.NewCond: have {have}, want ({want})"),
            );
            return INVALID;
        };
        let name = self.made_name("cond");
        if let Some(rw) = self.rlocker_of(*arg) {
            let (lock, _) = self.expr(rw);
            let lock = Box::new(lock);
            return (
                Expr::NewCond {
                    lock,
                    name,
                    read: true,
                },
                Type::Cond,
            );
        }
        let (lock, ty) = self.expr(*arg);
        match ty {
            Type::Pointer(inner) if matches!(*inner, Type::Mutex | Type::RwMutex) => {
                let lock = Box::new(lock);
                (
                    Expr::NewCond {
                        lock,
                        name,
                        read: false,
                    },
                    Type::Cond,
                )
            }
            Type::Mutex | Type::RwMutex => {
                let text = self.described(*arg, &lock, &ty);
                let ty = ty.spelled(self.spelling());
                self.error(
                    *arg,
                    format!(
                        "cannot use {text} as {want} value in argument to sync.NewCond: {ty} \
                         does not implement {want} (method Lock has pointer receiver)"
                    ),
                );
                INVALID
            }
            Type::Invalid => INVALID,
            _ => {
                self.unsupported(
                    *arg,
                    "sync.NewCond of other than a *sync.Mutex or *sync.RWMutex",
                );
                INVALID
            }
        }
    }

    /// `c.Wait()`, `c.Signal()`, `c.Broadcast()`, `c.L.Lock()` and `c.L.Unlock()` as
    /// statements; `None` for a call of something else.
    pub(super) fn cond_stmt(
        &mut self,
        call: Node,
        operand: Node,
        member: &str,
    ) -> Option<(Builtin, Vec<Expr>)> {
        let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let full = self.expr_text(call.child_by_field_name("function")?);
        if self.is_cond(operand) {
            let which = match member {
                "Wait" => CondCall::Wait,
                "Signal" => CondCall::Signal,
                "Broadcast" => CondCall::Broadcast,
                _ => return None,
            };
            let (c, _) = self.expr(operand);
            self.args_as(call, &args, &[], &full);
            return Some((Builtin::Cond(which), vec![c]));
        }
        let cond = self.cond_of_l(operand)?;
        let (c, _) = self.expr(cond);
        let lock = Expr::CondLock(Box::new(c));
        let b = match member {
            "Lock" => Builtin::Lock(syncscope_program::event::Access::Write),
            "Unlock" => Builtin::Unlock(syncscope_program::event::Access::Write),
            _ => {
                let field = call
                    .child_by_field_name("function")
                    .and_then(|f| f.child_by_field_name("field"))?;
                let want = locker(self.spelling());
                let message =
                    format!("{full} undefined (type {want} has no field or method {member})");
                self.error(field, message);
                for a in &args {
                    self.used_in(*a);
                }
                return Some((
                    Builtin::Lock(syncscope_program::event::Access::Write),
                    vec![lock],
                ));
            }
        };
        self.args_as(call, &args, &[], &full);
        Some((b, vec![lock]))
    }

    /// Whether `n`, the operand of a selector, is a Cond.
    fn is_cond(&mut self, n: Node) -> bool {
        self.peek_type(n) == Some(Type::Cond)
    }

    /// The Cond `n` is the `L` of (`c` of `c.L`), if it is.
    fn cond_of_l<'t>(&mut self, n: Node<'t>) -> Option<Node<'t>> {
        if n.kind() != "selector_expression" {
            return None;
        }
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        (self.text_of(field) == "L" && self.is_cond(operand)).then_some(operand)
    }

    /// A selector of a Cond other than in a call of its methods: `c.L` as a value is not
    /// run yet, and a Cond has no other field. `None` for a selector of something else.
    pub(super) fn cond_field(&mut self, n: Node) -> Option<(Expr, Type)> {
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        if !self.is_cond(operand) {
            return None;
        }
        let member = self.text_of(field).to_string();
        if member == "L" {
            let full = self.expr_text(n);
            self.unsupported(n, &format!("{full} as a value"));
        } else {
            let (_, ty) = self.expr(operand);
            let full = self.expr_text(n);
            let message = self.no_field_or_method(&full, &ty, &member);
            self.error(field, message);
        }
        Some(INVALID)
    }

    /// A method of a Cond called for its value: Go's words for the mistake (`Wait`, `Signal`
    /// and `Broadcast` give none), or for a method it does not have.
    pub(super) fn cond_method_value(
        &mut self,
        field: Node,
        full: &str,
        member: &str,
    ) -> (Expr, Type) {
        if matches!(member, "Wait" | "Signal" | "Broadcast") {
            return super::calls::NO_VALUE;
        }
        let message = self.no_field_or_method(full, &Type::Cond, member);
        self.error(field, message);
        INVALID
    }
}

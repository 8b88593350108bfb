//! Methods: declared on a struct type with a pointer or a value receiver, lowered as
//! functions whose first parameter is the receiver, and called through a value or a pointer
//! as Go does (`c.Inc()` on a variable takes its address for a pointer receiver).

use super::structs::Method;
use super::{Lowerer, Sig};
use crate::go::syntax::children;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// A method's receiver as the function's first parameter: its name, type and place.
    pub(super) fn receiver_of<'t>(
        &mut self,
        decl: Node<'t>,
    ) -> Vec<(Option<String>, Type, Node<'t>)> {
        let Some(list) = decl.child_by_field_name("receiver") else {
            return Vec::new();
        };
        let Some(p) = children(list).find(|c| c.kind() == "parameter_declaration") else {
            return Vec::new();
        };
        let ty = p
            .child_by_field_name("type")
            .map_or(Type::Invalid, |t| self.type_of(t));
        let name = p
            .child_by_field_name("name")
            .map(|n| self.text_of(n).to_string());
        vec![(name, ty, p)]
    }

    /// A method's signature, before any body calls it.
    pub(super) fn method_signature(&mut self, n: Node) {
        let Some(name_node) = n.child_by_field_name("name") else {
            return;
        };
        // A generic type's method is declared for each of its instances.
        if self.generics.bound.is_empty() && self.generic_method(n) {
            return;
        }
        let receiver = self.receiver_of(n);
        let Some((_, recv_ty, at)) = receiver.first().cloned() else {
            return;
        };
        let (id, pointer) = match &recv_ty {
            Type::Struct(id, _) | Type::Named(id, ..) => (*id, false),
            Type::Pointer(inner) => match inner.as_ref() {
                Type::Struct(id, _) => (*id, true),
                Type::Named(id, ..) => (*id, true),
                _ if self.invalid_receiver(at, &recv_ty) => return,
                _ => return self.unsupported(at, "methods of other than structs"),
            },
            Type::Invalid => return,
            _ if self.invalid_receiver(at, &recv_ty) => return,
            _ => return self.unsupported(at, "methods of other than structs"),
        };
        let member = self.text_of(name_node).to_string();
        let type_name = self.structs.defs[id].name.clone();
        if let Some(first) = self.structs.methods.get(&(id, member.clone())) {
            let (line, col) = first.at;
            let message = format!(
                "method {type_name}.{member} already declared at {}:{line}:{col}",
                self.file
            );
            return self.error(name_node, message);
        }
        if self.structs.defs[id]
            .fields
            .iter()
            .any(|(f, _)| *f == member)
        {
            let message = format!("field and method with the same name {member}");
            return self.error(name_node, message);
        }
        // Go's own name for it, as its goroutine dumps show.
        let full = if pointer {
            format!("(*{type_name}).{member}")
        } else {
            format!("{type_name}.{member}")
        };
        let mut params = vec![recv_ty];
        params.extend(self.params_of(n).into_iter().map(|p| p.1));
        let result = self.result_of(n);
        let func = self.new_func(&full);
        let declared = self.at(name_node);
        self.sigs[func] = Sig { params, result };
        self.structs.methods.insert(
            (id, member),
            Method {
                func,
                pointer,
                at: declared,
            },
        );
    }

    pub(super) fn method_body(&mut self, n: Node) {
        let (Some(name_node), Some(body)) =
            (n.child_by_field_name("name"), n.child_by_field_name("body"))
        else {
            return;
        };
        // A generic type's method is lowered for each of its instances.
        if self.generics.bound.is_empty() && self.generic_receiver(n).is_some() {
            return;
        }
        let recv = self.receiver_of(n);
        let Some(id) = recv.first().and_then(|r| Self::methods_id(&r.1)) else {
            return;
        };
        let member = self.text_of(name_node).to_string();
        let Some(m) = self.structs.methods.get(&(id, member)).copied() else {
            return;
        };
        if self.funcs[m.func].is_some() {
            return;
        }
        let name = self.names[m.func].clone();
        let (func, _) = self.function(m.func, &name, n, body, None);
        self.funcs[m.func] = Some(func);
    }

    /// `x.m(args)` of a method of `x`'s struct type, if it has one.
    pub(super) fn method_call(
        &mut self,
        n: Node,
        callee: Node,
        recv: Expr,
        ty: &Type,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let id = Self::methods_id(ty)?;
        let Some(m) = self.structs.methods.get(&(id, member.to_string())).copied() else {
            let (inner, inner_ty) = self.promoted_method(recv, ty, member)?;
            // Go names the outer type when the promoted pointer method has no address.
            let inner_pointer = Self::methods_id(&inner_ty)
                .and_then(|i| self.structs.methods.get(&(i, member.to_string())))
                .is_some_and(|m| m.pointer);
            if matches!(inner_ty, Type::Struct(..))
                && inner_pointer
                && self.pointer_method_of_unaddressable(callee, ty, member)
            {
                for a in args {
                    self.used_in(*a);
                }
                return Some(super::context::INVALID);
            }
            return match inner_ty {
                Type::Struct(..) | Type::Named(..) => {
                    self.method_call(n, callee, inner, &inner_ty, member, args)
                }
                // A lock's or WaitGroup's call is a statement: used as a value it has none.
                _ => Some(super::calls::NO_VALUE),
            };
        };
        if m.pointer && self.pointer_method_of_unaddressable(callee, ty, member) {
            for a in args {
                self.used_in(*a);
            }
            return Some(super::context::INVALID);
        }
        let sig = self.sigs[m.func].clone();
        let is_pointer = matches!(ty, Type::Pointer(_));
        let recv = match (m.pointer, is_pointer) {
            // A basic type's value is copied as it is read.
            _ if Self::struct_of(ty).is_none() => self.named_receiver(callee, recv, ty, m.pointer),
            (true, false) => Expr::AddrOf(Box::new(recv)),
            (false, _) => Expr::CopyStruct(Box::new(recv)),
            (true, true) => recv,
        };
        let full = self.expr_text(callee);
        let mut all = vec![recv];
        all.extend(self.args_as(n, args, sig.params.get(1..).unwrap_or(&[]), &full));
        Some((Expr::Call(m.func, all), sig.result.unwrap_or(Type::Void)))
    }
}

impl Lowerer<'_> {
    /// `x.mu.Lock()` and the like, of a lock that lives in a struct: a statement on the
    /// lock the operand gives when it runs.
    pub(super) fn field_lock(
        &mut self,
        call: Node,
        operand: Node,
        member: &str,
    ) -> Option<(super::stmt_calls::Builtin, Vec<Expr>)> {
        let pointer = matches!(
            self.peek_type(operand),
            Some(Type::Pointer(inner)) if super::pointers::sync(&inner)
        );
        if operand.kind() != "selector_expression" && !pointer {
            return None;
        }
        let (e, ty) = self.expr(operand);
        // `wg.Done()` of a `*sync.WaitGroup` is of the WaitGroup it points to.
        let ty = match ty {
            Type::Pointer(inner) if super::pointers::sync(&inner) => *inner,
            ty => ty,
        };
        self.lock_call(call, operand, e, &ty, member)
    }

    /// `member` of the lock or WaitGroup `e` of type `ty`, called by `call`.
    pub(super) fn lock_call(
        &mut self,
        call: Node,
        operand: Node,
        e: Expr,
        ty: &Type,
        member: &str,
    ) -> Option<(super::stmt_calls::Builtin, Vec<Expr>)> {
        use super::stmt_calls::Builtin;
        use syncscope_program::event::Access;
        let rw = *ty == Type::RwMutex;
        let (access, unlock) = match (ty, member) {
            (Type::Mutex | Type::RwMutex, "Lock") => (Access::Write, false),
            (Type::Mutex | Type::RwMutex, "Unlock") => (Access::Write, true),
            (_, "RLock") if rw => (Access::Read, false),
            (_, "RUnlock") if rw => (Access::Read, true),
            (Type::WaitGroup, _) => return self.field_wait_group(call, operand, e, member),
            _ => return None,
        };
        let text = self.expr_text(call.child_by_field_name("function")?);
        let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        self.args_as(call, &args, &[], &text);
        let b = if unlock {
            Builtin::Unlock(access)
        } else {
            Builtin::Lock(access)
        };
        Some((b, vec![e]))
    }

    /// `x.wg.Add(n)`, `x.wg.Done()`, `x.wg.Wait()`.
    fn field_wait_group(
        &mut self,
        call: Node,
        operand: Node,
        wg: Expr,
        member: &str,
    ) -> Option<(super::stmt_calls::Builtin, Vec<Expr>)> {
        use super::stmt_calls::Builtin;
        let (b, params) = match member {
            "Add" => (Builtin::WgAdd, vec![Type::Int]),
            "Done" => (Builtin::WgDone, vec![]),
            "Wait" => (Builtin::WgWait, vec![]),
            _ => return None,
        };
        let full = format!("{}.{member}", self.expr_text(operand));
        let args: Vec<Node> = children(call.child_by_field_name("arguments")?)
            .filter(|a| a.is_named() && a.kind() != "comment")
            .collect();
        let mut all = vec![wg];
        all.extend(self.args_as(call, &args, &params, &full));
        Some((b, all))
    }
}

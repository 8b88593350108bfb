//! Method values: `f := c.Inc` is a function value with its receiver bound when it is made
//! (a copy for a value receiver, the variable's address for a pointer one, the interface value
//! for an interface's method), as Go binds it. It is lowered as a function of its own that
//! calls the method with the receiver it captured.

use super::Lowerer;
use crate::go::types::Type;
use syncscope_program::{Expr, Func, Stmt, StmtKind};
use tree_sitter::Node;

impl Lowerer<'_> {
    /// Whether some type of the file, or an interface, has a method named as `n`'s field.
    pub(super) fn names_a_method(&self, n: Node) -> bool {
        let Some(field) = n.child_by_field_name("field") else {
            return false;
        };
        let member = self.text_of(field);
        self.structs.methods.keys().any(|(_, m)| m == member)
            || self
                .ifaces
                .defs
                .iter()
                .any(|d| d.methods.iter().any(|(m, _)| m == member))
    }

    /// `x.m` not called, if `m` is a method of `x`'s type (and not a field).
    pub(super) fn method_value(&mut self, n: Node) -> Option<(Expr, Type)> {
        let operand = n.child_by_field_name("operand")?;
        let field = n.child_by_field_name("field")?;
        if operand.kind() == "identifier" {
            let name = self.text_of(operand).to_string();
            if matches!(
                self.resolve(&name, true),
                super::scope::Resolved::Package(_)
            ) {
                return None;
            }
        }
        let member = self.text_of(field).to_string();
        let (recv, ty) = self.expr(operand);
        let (call, params, result, recv) = match &ty {
            Type::Iface(id, _) => {
                let found = self.ifaces.defs[*id]
                    .methods
                    .iter()
                    .find(|(m, _)| *m == member)
                    .map(|(_, t)| t.clone());
                let Some(Type::Func(params, result)) = found else {
                    return None;
                };
                (None, params, result, recv)
            }
            _ => {
                let id = Self::methods_id(&ty)?;
                let Some(m) = self.structs.methods.get(&(id, member.clone())).copied() else {
                    if self.promoted_method(recv, &ty, &member).is_some() {
                        self.unsupported(n, "method values of promoted methods");
                        return Some((Expr::int(0), Type::Invalid));
                    }
                    return None;
                };
                if m.pointer && self.pointer_method_of_unaddressable(n, &ty, &member) {
                    return Some((Expr::int(0), Type::Invalid));
                }
                let sig = self.sigs[m.func].clone();
                let recv = match (&ty, m.pointer) {
                    _ if Self::struct_of(&ty).is_none() => {
                        self.named_receiver(n, recv, &ty, m.pointer)
                    }
                    (Type::Pointer(_), true) => recv,
                    (Type::Pointer(_), false) => {
                        Expr::CopyStruct(Box::new(Expr::Deref(Box::new(recv))))
                    }
                    (_, true) => Expr::AddrOf(Box::new(recv)),
                    (_, false) => Expr::CopyStruct(Box::new(recv)),
                };
                let params = sig.params.get(1..).unwrap_or(&[]).to_vec();
                (Some(m.func), params, sig.result.map(Box::new), recv)
            }
        };
        let name = format!("{}-fm", one_line_name(self.text_of(n)));
        let id = self.new_func(&name);
        let mark = u16::try_from(id).unwrap_or(u16::MAX);
        self.marks.insert((mark, 0), n.start_position().row);
        let count = params.len();
        let args: Vec<Expr> = (0..count).map(Expr::Local).collect();
        let this = Box::new(Expr::Captured(0));
        let called = match call {
            Some(func) => {
                let mut all = vec![Expr::Captured(0)];
                all.extend(args);
                Expr::Call(func, all)
            }
            None => Expr::CallMethod {
                recv: this,
                name: member.as_str().into(),
                args,
            },
        };
        let kind = match result {
            Some(_) => StmtKind::Return(Some(called)),
            None => StmtKind::Expr(called),
        };
        self.sigs[id] = super::Sig {
            params: params.clone(),
            result: result.clone().map(|r| *r),
        };
        self.funcs[id] = Some(Func {
            name,
            mark,
            params: count,
            slots: count,
            boxed: vec![false; count],
            captures: 1,
            recovered: None,
            body: vec![Stmt::new(kind, Some(0))],
        });
        Some((Expr::Bound(id, Box::new(recv)), Type::Func(params, result)))
    }
}

/// A method value's name in the program's functions: Go's own `main.(*T).M-fm` is close.
fn one_line_name(text: &str) -> String {
    syncscope_program::safe_text::one_line(text, 40)
}
